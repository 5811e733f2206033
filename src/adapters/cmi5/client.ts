// A small cmi5 AU client (hand-written: @xapi/cmi5 with axios costs ~87 KiB minified in the AU bundle
// for the five requests the scan needs). The LMS launched us with launch.ts's parameters:
// 1. POST the fetch URL once for the authorization token (§8.2);
// 2. GET the LMS.LaunchData state document (§10), the learner's preferences (§11) and whether this
//    registration was completed before (one Completed per registration, §9.3.3);
// 3. send initialized, later completed (+ the score in a scored statement) and terminated, in order,
//    each with X-Experience-API-Version and the token.
import type { Result } from '../../scoring/result-schema.js';
import { overallScore } from '../measures.js';
import type { Cmi5Launch } from './launch.js';
import {
  CMI5_VERBS,
  completedStatement,
  initializedStatement,
  readLaunchData,
  scoredStatement,
  terminatedStatement,
  type Cmi5LaunchData,
  type Cmi5Statement,
} from './statements.js';

export const XAPI_VERSION = '1.0.3';

export interface Cmi5ClientOptions {
  fetch?: typeof fetch;
  now?: () => number;
  uuid?: () => string;
}

export class Cmi5Error extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'Cmi5Error';
  }
}

/** A version 4 UUID, also where crypto.randomUUID is missing (pages over plain http). */
export function uuid4(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export class Cmi5Client {
  readonly launch: Cmi5Launch;
  launchData: Cmi5LaunchData | null = null;
  /** The learner's preferred languages (cmi5LearnerPreferences), first choice first. */
  languages: string[] = [];
  /** A Completed statement exists already for this registration (an earlier session). */
  completedBefore = false;
  private token = '';
  private initializedAt = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private state: 'new' | 'initialized' | 'completed' | 'terminated' = 'new';
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly uuid: () => string;

  constructor(launch: Cmi5Launch, options: Cmi5ClientOptions = {}) {
    this.launch = launch;
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? Date.now;
    this.uuid = options.uuid ?? uuid4;
  }

  get initialized(): boolean {
    return this.state !== 'new';
  }

  get completed(): boolean {
    return this.state === 'completed' || this.state === 'terminated';
  }

  get terminated(): boolean {
    return this.state === 'terminated';
  }

  private headers(json = false): Record<string, string> {
    return {
      Authorization: `Basic ${this.token}`,
      'X-Experience-API-Version': XAPI_VERSION,
      ...(json ? { 'Content-Type': 'application/json' } : {}),
    };
  }

  private resource(name: string, query: Record<string, string>): string {
    const url = new URL(name, this.launch.endpoint);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url.href;
  }

  /** Token, launch data, preferences, then the initialized statement. */
  async start(): Promise<void> {
    if (this.state !== 'new') return;
    const tokenResponse = await this.fetch(this.launch.fetch, { method: 'POST', credentials: 'omit' });
    const body = (await tokenResponse.json().catch(() => null)) as Record<string, unknown> | null;
    const token = body?.['auth-token'];
    if (!tokenResponse.ok || typeof token !== 'string' || !token) {
      throw new Error(`fetch URL gave no auth-token (${tokenResponse.status})`);
    }
    this.token = token;
    const agent = JSON.stringify(this.launch.actor);
    const stateResponse = await this.fetch(
      this.resource('activities/state', {
        stateId: 'LMS.LaunchData',
        activityId: this.launch.activityId,
        agent,
        registration: this.launch.registration,
      }),
      { headers: this.headers(), credentials: 'omit' },
    );
    const launchData = stateResponse.ok ? readLaunchData(await stateResponse.json().catch(() => null)) : null;
    if (!launchData) throw new Cmi5Error('LMS.LaunchData missing or unusable', stateResponse.status);
    this.launchData = launchData;
    // Preferences are optional: a 404 or anything unreadable means none.
    try {
      const prefs = await this.fetch(this.resource('agents/profile', { agent, profileId: 'cmi5LearnerPreferences' }), {
        headers: this.headers(),
        credentials: 'omit',
      });
      if (prefs.ok) {
        const value = (await prefs.json()) as { languagePreference?: unknown };
        if (typeof value.languagePreference === 'string') {
          this.languages = value.languagePreference.split(',').map((s) => s.trim()).filter(Boolean);
        }
      }
    } catch {
      // no preferences
    }
    // cmi5 §9.3.3: one Completed per registration. A relaunch after it sends none again.
    try {
      const earlier = await this.fetch(
        this.resource('statements', {
          agent,
          activity: this.launch.activityId,
          registration: this.launch.registration,
          verb: CMI5_VERBS.completed,
          limit: '1',
        }),
        { headers: this.headers(), credentials: 'omit' },
      );
      if (earlier.ok) {
        const found = (await earlier.json()) as { statements?: unknown[] };
        this.completedBefore = Array.isArray(found.statements) && found.statements.length > 0;
      }
    } catch {
      // unknown: assume not completed
    }
    this.initializedAt = this.now();
    this.state = 'initialized';
    await this.send(initializedStatement(this.session(), this.uuid(), new Date(this.initializedAt)));
  }

  private session() {
    return { launch: this.launch, launchData: this.launchData! };
  }

  /** Normal launches record completion; Browse and Review only initialized and terminated (§10). */
  get recordsCompletion(): boolean {
    return this.launchData?.launchMode === 'Normal';
  }

  /** The scan is complete: scored (when there is a score) and completed, once per session. */
  async complete(result: Result): Promise<void> {
    if (this.state !== 'initialized' || !this.recordsCompletion) return;
    this.state = 'completed';
    const at = this.now();
    const duration = at - this.initializedAt;
    const sends: Promise<void>[] = [];
    if (overallScore(result) !== null) sends.push(this.send(scoredStatement(this.session(), this.uuid(), result, duration)));
    if (!this.completedBefore) sends.push(this.send(completedStatement(this.session(), this.uuid(), new Date(at), duration)));
    await Promise.all(sends);
  }

  /** The last statement of the session; `keepalive` lets it outlive a closing page. */
  async terminate({ keepalive = false } = {}): Promise<void> {
    if (this.state === 'new' || this.state === 'terminated') return;
    const before = this.state;
    this.state = 'terminated';
    const at = this.now();
    try {
      await this.send(terminatedStatement(this.session(), this.uuid(), new Date(at), at - this.initializedAt), keepalive);
    } catch (error) {
      // Not recorded: the learner may try again (the exit button), or leaving the page does.
      this.state = before;
      throw error;
    }
  }

  /** Statements go one after another, in the order they were made. */
  private send(statement: Cmi5Statement, keepalive = false): Promise<void> {
    const run = async () => {
      const response = await this.fetch(this.resource('statements', {}), {
        method: 'POST',
        headers: this.headers(true),
        body: JSON.stringify(statement),
        credentials: 'omit',
        keepalive,
      });
      if (!response.ok) throw new Cmi5Error(`statement ${statement.verb.id} refused`, response.status);
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
