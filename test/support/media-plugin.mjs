// A test-runner command that emulates media features (prefers-color-scheme, prefers-reduced-motion,
// forced-colors), in Chromium through the DevTools Protocol, in Firefox through puppeteer's WebDriver
// BiDi support where it has it. Answers "unsupported" when the browser cannot emulate a feature.
export function mediaFeaturesPlugin() {
  // One DevTools session per page: an emulation lives in the session that set it, so resetting it must
  // go through the same session.
  const sessions = new WeakMap();
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page) return 'unsupported';
      const features = payload.features ?? [];
      try {
        let cdp = sessions.get(page);
        if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
        return 'ok';
      } catch {
        // no CDP (Firefox): fall through
      }
      try {
        if (features.some((f) => f.name === 'forced-colors' && f.value === 'active')) return 'unsupported';
        await page.emulateMediaFeatures(features.filter((f) => f.name !== 'forced-colors'));
        return 'ok';
      } catch {
        return 'unsupported';
      }
    },
  };
}
