// Mutation testing of the pure modules (npm run mutation): Stryker changes their code one mutant at a
// time and runs the Node tests (mocha + tsx) that cover it; a mutant no test notices "survives".
// Not part of CI (it takes minutes); reports land in reports/mutation/.
export default {
  testRunner: 'mocha',
  mutate: [
    'src/scoring/score.ts',
    'src/scoring/answers.ts',
    'src/team/aggregate.ts',
    'src/adapters/suspend-data.ts',
    'src/content/schema.ts',
    'src/content/safe-url.ts',
  ],
  mochaOptions: {
    spec: ['test/scoring/score.test.ts', 'test/team/aggregate.test.ts', 'test/adapters/suspend-data.test.ts', 'test/node/**/*.spec.ts'],
    require: ['./test/node/setup.mjs'],
    config: 'test/node/mocharc.json',
  },
  coverageAnalysis: 'perTest',
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 60000,
  // Only what the tests need goes into Stryker's sandbox.
  ignorePatterns: ['/*', '!/src', '!/test', '!/demo', '!/package.json', '!/tsconfig.json'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  thresholds: { high: 90, low: 80, break: 80 },
};
