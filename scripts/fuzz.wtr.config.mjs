// @web/test-runner configuration for `npm run fuzz`: the suite's own configuration, only the property
// tests, the counts and seed handed to the page as window.__fuzz, and no overall time limit.
import base from '../web-test-runner.config.mjs';

const fuzz = { runs: Number(process.env.FUZZ_RUNS), seed: Number(process.env.FUZZ_SEED) };

export default {
  ...base,
  files: ['test/content/property.test.ts'],
  testsFinishTimeout: 6 * 3600 * 1000,
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>window.__fuzz = ${JSON.stringify(fuzz)};</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
