// The result format's constants, without zod (the schema, ./result-schema.ts, is loaded lazily).

export const RESULT_SCHEMA_VERSION = 1;

/** The band of a pillar with too few answers to say anything. */
export const INSUFFICIENT_BAND = 'insufficient';
