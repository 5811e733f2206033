// React 19 JSX typings for <sociale-veiligheid-quickscan> (types only; needs @types/react 19).
// Load them once in your project, e.g. in a .d.ts file or next to your first use:
//   import type {} from 'sociale-veiligheid-quickscan/react';
// React 19 sets the props the element has as properties (content, answers, result, …) and listens to
// `on` + the exact event name:
//   <sociale-veiligheid-quickscan lang="en" onquickscan-complete={(e) => save(e.detail)} />
import type * as React from 'react';
import type { QuickscanElement } from '../element/quickscan-element.js';
import type { QuickscanElementProps, QuickscanReactEventProps } from './attributes.js';

export type { QuickscanElementProps, QuickscanReactEventProps } from './attributes.js';

/** Everything JSX accepts on <sociale-veiligheid-quickscan>. */
export type QuickscanReactProps = Omit<React.DetailedHTMLProps<React.HTMLAttributes<QuickscanElement>, QuickscanElement>, keyof QuickscanElementProps> &
  QuickscanElementProps &
  QuickscanReactEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sociale-veiligheid-quickscan': QuickscanReactProps;
    }
  }
}
