// A test-runner command that emulates media features @web/test-runner-commands cannot (forced-colors),
// through the Chrome DevTools Protocol. Browsers without CDP answer "unsupported".
export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page || typeof page.createCDPSession !== 'function') return 'unsupported';
      try {
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
        return 'ok';
      } catch {
        return 'unsupported';
      }
    },
  };
}
