// What a framework template can set on <sociale-veiligheid-quickscan>: the element's attributes and
// properties, and one listener per public event. Shared by the React and Vue typings
// (sociale-veiligheid-quickscan/react, sociale-veiligheid-quickscan/vue); types only.
import type { QuickscanElement } from '../element/quickscan-element.js';
import type { QuickscanEventMap } from '../events.js';
import type { Result } from '../scoring/result-schema.js';

/** Attributes and properties of the element (React 19 and Vue set the properties the element has). */
export interface QuickscanElementProps {
  /** URL of the content JSON. */
  src?: string;
  /** `nl` (default) or `en`; without it the nearest ancestor's `lang` counts. */
  lang?: string;
  /** `dark` or `light` forces a colour scheme; without it the element follows `prefers-color-scheme`. */
  theme?: 'dark' | 'light';
  /** Keep answers and step in this browser and offer them back. */
  persist?: boolean;
  /** `team` shows the team conversation view. */
  mode?: 'scan' | 'team';
  /** Team mode: results needed before anything is shown (attribute). */
  'min-group-size'?: number | string;
  /** Team mode: results needed before anything is shown (property). */
  minGroupSize?: number;
  /** Content to use (object or JSON text); wins over inline JSON and `src`. */
  content?: unknown;
  /** A saved result to show, or null. */
  result?: Result | null;
  /** Answers to restore. */
  answers?: QuickscanElement['answers'];
  /** The step to restore. */
  step?: QuickscanElement['step'];
  /** Team mode: the results of the group. */
  results?: unknown[];
}

/** React 19: `on` + the exact event name, e.g. `onquickscan-complete={(e) => e.detail.pillars}`. */
export type QuickscanReactEventProps = {
  [K in keyof QuickscanEventMap as `on${K}`]?: (event: QuickscanEventMap[K]) => void;
};

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Vue: `@quickscan-complete="…"` is the prop `onQuickscanComplete`. */
export type QuickscanVueEventProps = {
  [K in keyof QuickscanEventMap as `on${Capitalize<Camel<K>>}`]?: (event: QuickscanEventMap[K]) => void;
};
