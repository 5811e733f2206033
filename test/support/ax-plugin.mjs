// A test-runner command that returns the page's full accessibility tree as Chromium computes it
// (DevTools Protocol Accessibility.getFullAXTree): every node with its parent, role and accessible
// name, and whether assistive technology ignores it. Answers "unsupported" where there is no DevTools Protocol (Firefox).
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return 'unsupported';
      let cdp;
      try {
        cdp = await page.createCDPSession();
      } catch {
        return 'unsupported';
      }
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.map((n) => ({
          id: n.nodeId,
          parentId: n.parentId ?? null,
          ignored: Boolean(n.ignored),
          role: n.role?.value ?? '',
          name: n.name?.value ?? '',
        }));
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
