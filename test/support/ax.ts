// Accessible names as the browser computes them: Chromium's full accessibility tree through the
// ax-tree command (test/support/ax-plugin.mjs). Resolves null where the browser gives none (Firefox).
import { executeServerCommand } from '@web/test-runner-commands';

export interface AxNode {
  id: string;
  parentId: string | null;
  /** Not exposed to assistive technology (kept so ancestry can be followed). */
  ignored: boolean;
  role: string;
  name: string;
}

/** Every node of the page's accessibility tree, ignored ones included; null where unsupported. */
export async function axNodes(): Promise<AxNode[] | null> {
  const answer = await executeServerCommand<AxNode[] | 'unsupported', Record<string, never>>('ax-tree', {});
  return Array.isArray(answer) ? answer : null;
}

/** The exposed nodes with this role. */
export function axRole(nodes: AxNode[], role: string): AxNode[] {
  return nodes.filter((n) => !n.ignored && n.role === role);
}

/** The exposed nodes below `ancestor` (at any depth). */
export function axDescendants(nodes: AxNode[], ancestor: AxNode): AxNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.filter((n) => {
    if (n.ignored) return false;
    for (let p = n.parentId && byId.get(n.parentId); p; p = p.parentId ? byId.get(p.parentId) : undefined) {
      if (p === ancestor) return true;
    }
    return false;
  });
}
