// Plain DOM: the events are typed on the element, on document and on window (they bubble and are composed).
import 'sociale-veiligheid-quickscan/define';
import { score, type Result, type QuickscanErrorDetail } from 'sociale-veiligheid-quickscan';

document.addEventListener('quickscan-complete', (e) => {
  const result: Result = e.detail;
  const first: number | null = e.detail.pillars[0]!.score;
  void result;
  void first;
});
window.addEventListener('quickscan-answer', (e) => {
  const value: number | null = e.detail.value;
  const total: number = e.detail.total;
  void value;
  void total;
});
document.addEventListener('quickscan-error', (e) => {
  const detail: QuickscanErrorDetail = e.detail;
  void detail.kind;
});
window.addEventListener('quickscan-ready', (e) => void e.detail.contentId.toUpperCase());
document.addEventListener('quickscan-step', (e) => void e.detail.pillarId);

const scan = document.querySelector('sociale-veiligheid-quickscan')!;
scan.addEventListener('quickscan-complete', (e) => void e.detail.priorities.join());
scan.addEventListener('quickscan-team-summary', (e) => void e.detail);
scan.answers = { 'p1-s1': 4, 'p1-s2': null };
scan.step = 'results';
const content = scan.loadedContent;
if (content) void score(content, scan.answers, { locale: 'nl' });

// Not `any`: wrong uses are errors.
// @ts-expect-error the detail of quickscan-complete has no such field
document.addEventListener('quickscan-complete', (e) => e.detail.nonsense);
// @ts-expect-error the detail of quickscan-answer is not a string
window.addEventListener('quickscan-answer', (e) => e.detail.toUpperCase());
// @ts-expect-error no such step
scan.step = 'nowhere';
