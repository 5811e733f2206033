// Node unit tests: TypeScript through tsx's loader, and fast-check's run count and seed for every law
// that does not set its own. LAW_RUNS (default 10,000) and LAW_SEED (default fixed, printed) replay a run.
import { register } from 'tsx/esm/api';
import fc from 'fast-check';

register();

export const LAW_RUNS = Number(process.env.LAW_RUNS ?? 10000);
export const LAW_SEED = Number(process.env.LAW_SEED ?? 20240501);
if (!Number.isInteger(LAW_RUNS) || LAW_RUNS < 1) throw new Error(`LAW_RUNS must be a positive integer, got ${process.env.LAW_RUNS}`);
if (!Number.isInteger(LAW_SEED)) throw new Error(`LAW_SEED must be an integer, got ${process.env.LAW_SEED}`);
fc.configureGlobal({ numRuns: LAW_RUNS, seed: LAW_SEED });
if (!process.env.STRYKER_MUTATOR_WORKER) console.log(`laws: ${LAW_RUNS} cases each, seed ${LAW_SEED} (replay with LAW_RUNS=${LAW_RUNS} LAW_SEED=${LAW_SEED})`);
