// Where the person is in the scan: the intro, a pillar (by index), or the results.

export type Step = 'intro' | 'results' | number;

export function isStep(value: unknown): value is Step {
  return value === 'intro' || value === 'results' || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}
