// npm entry: the class, types, schemas and pure helpers. Importing it defines no element; import
// "sociale-veiligheid-quickscan/define" (or the standalone bundle) for that.
export { QuickscanElement } from './element/quickscan-element.js';
export { QuickscanTeamElement } from './team/team-element.js';
export type { Step } from './internal/step.js';
export {
  contentSchema,
  pillarSchema,
  statementSchema,
  scaleSchema,
  bandSchema,
  glossaryTermSchema,
  formatPath,
  LIMITS,
  type Content,
  type Pillar,
  type Statement,
  type Scale,
  type ScaleOption,
  type Band,
  type GlossaryTerm,
  type Tool,
} from './content/schema.js';
export { parseContent, parseContentText, fetchContent, LoadError, type ContentIssue, type LoadErrorKind } from './content/load.js';
export { isSafeUrl } from './content/safe-url.js';
export { builtinContent } from './content/builtin.js';
export { score, scorePillar, bandFor, scaleRange } from './scoring/score.js';
export { resultSchema, pillarResultSchema, resultAnswerSchema, RESULT_SCHEMA_VERSION, INSUFFICIENT_BAND, type Result, type PillarResult, type ResultAnswer } from './scoring/result-schema.js';
export { sanitizeAnswers, type Answers, type AnswerValue } from './scoring/answers.js';
export { resultToCsv, resultToJson } from './scoring/export.js';
export * from './events.js';
export { aggregate, prepareTeam, type TeamSummary, type TeamPillar, type TeamStatement, type TeamListItem, type TeamRejection } from './team/aggregate.js';
export { openProgressStore, storageKey, type ProgressStore, type SavedProgress } from './internal/progress-store.js';
export { toXapiStatement, resultFromXapiStatement, xapiExtensionKeys, XAPI_VERB_COMPLETED, XAPI_ACTIVITY_ASSESSMENT, XAPI_EXTENSION_BASE, type XapiStatement, type XapiOptions, type XapiActor, type XapiLanguageMap, type XapiReadResult, type XapiReadError } from './adapters/xapi.js';
export { overallScore } from './adapters/measures.js';
export {
  encodeShareCode,
  decodeShareCode,
  shareCodeToResult,
  extractShareCodes,
  SHARE_CODE_PREFIX,
  SHARE_CODE_NONCE_BITS,
  type EncodeShareCodeOptions,
  type DecodedShareCode,
  type ShareCodeResult,
  type ShareCodeError,
} from './share/share-code.js';
export { parseResultsFeed, resolveMoreUrl, type ResultsFeed, type ResultsFeedKind, type ResultsFeedOptions, type FeedRejection, type MoreUrl } from './share/results-feed.js';
export { planSchema, measureSchema, measureToolSchema, PLAN_LIMITS, MEASURE_STATUSES, hasVisibleText, type Plan, type Measure, type MeasureTool, type MeasureStatus } from './plan/plan-schema.js';
export { emptyPlan, addMeasure, editMeasure, setMeasureStatus, removeMeasure, restoreMeasure, moveMeasure, measuresOf, newMeasureId, isOverdue, localDate, suggestions, clipMeasureText, type MeasureDraft, type MeasurePatch, type PlanChange, type PlanRefusal, type PlanRefusalReason, type RemovedMeasure, type PillarSuggestions, type AnsweredStatements } from './plan/plan.js';
export { validatePlan, planContentIssues, type PlanValidation } from './plan/plan-content.js';
export { planToCsv, planToIcs, csvSeparator, escapeIcsText, foldIcsLine, type PlanCsvLabels, type PlanIcsLabels, type PlanIcsOptions, type PlanExportOptions } from './plan/plan-export.js';
export { compareResults, parseBaseline, compareEventDetail, MOVED_STEPS, type Comparison, type CompareRefusal, type CompareRefusalReason, type PillarDelta, type MovedStatement, type DeltaKind } from './compare/deltas.js';
export { chartGeometry, scoreX, MIN_BAR, type ChartGeometry, type ChartPillar, type ChartOptions, type ChartRow } from './compare/chart-geometry.js';
