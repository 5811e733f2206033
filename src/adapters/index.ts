// Adapters that connect the element to the world around it, using only its public API: the iframe
// embed protocol and host helper, the SCORM bridge, the xAPI statement. Plain TypeScript, no lit.
export { QUICKSCAN_TAG, isStep, type QuickscanLike, type QuickscanStep, type QuickscanAnswers } from './element-api.js';
export {
  EMBED_PROTOCOL,
  EMBED_PROTOCOL_VERSION,
  EMBED_MESSAGE_TYPES,
  HOST_MESSAGE_TYPES,
  embedMessage,
  hostMessage,
  isEmbedMessage,
  isHostMessage,
  parseAllowedOrigin,
  acceptsMessage,
  parseEmbedParams,
  type EmbedMessage,
  type HostMessage,
  type EmbedMessageType,
  type HostMessageType,
  type EmbedDetailMap,
  type HostDetailMap,
  type EmbedConfig,
  type EmbedTheme,
} from './embed-protocol.js';
export { startEmbedPage, type EmbedPage } from './embed-page.js';
export { connectEmbedHost, frameOrigin, withOrigin, EMBED_FRAME_SELECTOR, type EmbedHost, type EmbedHostOptions } from './embed-host.js';
export { findScormApi, apiOn, API_NAMES, MAX_FRAME_DEPTH, type ScormVersion, type Scorm12Api, type Scorm2004Api, type FoundScormApi } from './scorm-api.js';
export { connectScorm, locationOf, type ScormBridge, type ScormBridgeOptions } from './scorm-bridge.js';
export { startScoPage } from './scorm-sco.js';
export {
  encodeSuspendData,
  decodeSuspendData,
  needsLayout,
  layoutFingerprint,
  SUSPEND_DATA_LIMITS,
  type Progress,
  type SuspendLayout,
  type EncodeOptions,
} from './suspend-data.js';
export {
  toXapiStatement,
  resultFromXapiStatement,
  xapiExtensionKeys,
  XAPI_VERB_COMPLETED,
  XAPI_ACTIVITY_ASSESSMENT,
  XAPI_EXTENSION_BASE,
  type XapiStatement,
  type XapiOptions,
  type XapiActor,
  type XapiLanguageMap,
  type XapiReadResult,
  type XapiReadError,
} from './xapi.js';
export { overallScore, isoDuration, scorm12Timespan } from './measures.js';
