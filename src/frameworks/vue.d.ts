// Vue 3 typings for <sociale-veiligheid-quickscan> in templates (types only; needs vue 3.3+ and, for
// templates, vue-tsc / Volar). Load them once in your project:
//   import type {} from 'sociale-veiligheid-quickscan/vue';
// Tell Vue the tag is a custom element (compilerOptions.isCustomElement: (tag) => tag.includes('-')),
// then: <sociale-veiligheid-quickscan lang="en" :answers="saved" @quickscan-complete="(e) => save(e.detail)" />
import type { AllowedComponentProps, ComponentCustomProps, VNodeProps } from 'vue';
import type { QuickscanElement } from '../element/quickscan-element.js';
import type { QuickscanElementProps, QuickscanVueEventProps } from './attributes.js';

export type { QuickscanElementProps, QuickscanVueEventProps } from './attributes.js';

/** Everything a template accepts on <sociale-veiligheid-quickscan>. */
export type QuickscanVueProps = QuickscanElementProps & QuickscanVueEventProps & { class?: unknown; style?: unknown; id?: string };

/** A component type Vue's tooling reads for the tag: its props, and the element as the template ref. */
export type QuickscanVueComponent = new () => QuickscanElement & {
  $props: QuickscanVueProps & AllowedComponentProps & ComponentCustomProps & VNodeProps;
};

declare module 'vue' {
  interface GlobalComponents {
    'sociale-veiligheid-quickscan': QuickscanVueComponent;
  }
}
