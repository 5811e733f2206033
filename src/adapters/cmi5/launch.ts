// cmi5 launch (cmi5 spec §8.1): the LMS opens the AU's URL with five query parameters. Pure parsing:
// null when any is missing or unusable, so the AU page runs as a plain scan instead.
import type { XapiActor } from '../xapi.js';

export interface Cmi5Launch {
  /** The LRS endpoint, always ending in "/". */
  endpoint: string;
  /** The URL to POST once for the authorization token. */
  fetch: string;
  actor: XapiActor;
  registration: string;
  activityId: string;
}

export const CMI5_LAUNCH_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function actorOf(value: string | null): XapiActor | null {
  if (!value) return null;
  try {
    const actor = JSON.parse(value) as Record<string, unknown>;
    if (!actor || typeof actor !== 'object' || Array.isArray(actor)) return null;
    // cmi5 §9.2: an Agent identified by an account.
    const account = actor.account as Record<string, unknown> | undefined;
    const identified =
      (account && typeof account.homePage === 'string' && typeof account.name === 'string') ||
      typeof actor.mbox === 'string' ||
      typeof actor.mbox_sha1sum === 'string' ||
      typeof actor.openid === 'string';
    return identified ? (actor as unknown as XapiActor) : null;
  } catch {
    return null;
  }
}

/** True when the URL carries any cmi5 launch parameter (a broken launch, not a plain visit). */
export function hasCmi5Params(search: string): boolean {
  const params = new URLSearchParams(search);
  return CMI5_LAUNCH_PARAMS.some((name) => params.has(name));
}

export function parseCmi5Launch(search: string, base = 'http://localhost/'): Cmi5Launch | null {
  const params = new URLSearchParams(search);
  const endpoint = absolute(params.get('endpoint'), base);
  const fetchUrl = absolute(params.get('fetch'), base);
  const actor = actorOf(params.get('actor'));
  const registration = params.get('registration')?.trim() ?? '';
  const activityId = params.get('activityId')?.trim() ?? '';
  if (!endpoint || !fetchUrl || !actor || !registration || !activityId) return null;
  return {
    endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
    fetch: fetchUrl,
    actor,
    registration,
    activityId,
  };
}
