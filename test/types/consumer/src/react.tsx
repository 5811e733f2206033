// React 19 JSX: the tag, its props and `on` + event name listeners.
import type {} from 'sociale-veiligheid-quickscan/react';
import 'sociale-veiligheid-quickscan/define';
import type { QuickscanElement, Result } from 'sociale-veiligheid-quickscan';
import { useRef } from 'react';

export function Scan(props: { onDone: (result: Result) => void; saved?: Result }) {
  const ref = useRef<QuickscanElement>(null);
  return (
    <sociale-veiligheid-quickscan
      ref={ref}
      lang="en"
      theme="dark"
      persist
      src="/content/acme.json"
      answers={{ 'p1-s1': 4 }}
      step={0}
      result={props.saved ?? null}
      className="scan"
      onquickscan-complete={(e) => props.onDone(e.detail)}
      onquickscan-answer={(e) => void e.detail.statementId.length}
      onquickscan-error={(e) => void e.detail.message}
    />
  );
}

export function Wrong() {
  return (
    <>
      {/* @ts-expect-error theme is dark or light */}
      <sociale-veiligheid-quickscan theme="purple" />
      {/* @ts-expect-error the complete detail has no such field */}
      <sociale-veiligheid-quickscan onquickscan-complete={(e) => e.detail.nonsense} />
      {/* @ts-expect-error step is 'intro', 'results' or an index */}
      <sociale-veiligheid-quickscan step="nowhere" />
    </>
  );
}
