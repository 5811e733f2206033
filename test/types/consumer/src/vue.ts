// Vue 3: the tag in GlobalComponents, with its props and `@quickscan-…` listeners (onQuickscan… props),
// checked here at the type level (templates are checked the same way by vue-tsc / Volar).
import type {} from 'sociale-veiligheid-quickscan/vue';
import 'sociale-veiligheid-quickscan/define';
import type { GlobalComponents } from 'vue';
import type { QuickscanElement } from 'sociale-veiligheid-quickscan';

type Component = GlobalComponents['sociale-veiligheid-quickscan'];
type Props = InstanceType<Component>['$props'];

export const props: Props = {
  lang: 'en',
  theme: 'light',
  src: '/content/acme.json',
  answers: { 'p1-s1': 4 },
  step: 'intro',
  mode: 'team',
  'min-group-size': 4,
  onQuickscanComplete: (e) => void e.detail.pillars.map((p) => p.score),
  onQuickscanAnswer: (e) => void e.detail.value,
  onQuickscanTeamSummary: (e) => void e.detail,
};

// The template ref is the element.
export const element: QuickscanElement = null as unknown as InstanceType<Component>;

// @ts-expect-error theme is dark or light
export const wrongTheme: Props = { theme: 'purple' };
// @ts-expect-error the complete detail has no such field
export const wrongEvent: Props = { onQuickscanComplete: (e) => e.detail.nonsense };
