// Deep equality for the laws' hot paths: node:assert's is many times faster than chai's on big objects.
import { deepStrictEqual } from 'node:assert/strict';

export function assertEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  deepStrictEqual(actual, expected, message);
}
