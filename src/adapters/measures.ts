// Small pure measures shared by the SCORM bridge and the xAPI statement: the overall score of a
// result and durations in the formats SCORM 1.2, SCORM 2004 and xAPI want.
import type { Result } from '../scoring/result-schema.js';

/**
 * The overall score reported to an LMS or LRS: the mean of the pillar scores that have a value
 * (0–100; a pillar with too few valued answers has none), rounded to a whole number.
 * Null when no pillar has a score.
 */
export function overallScore(result: Pick<Result, 'pillars'>): number | null {
  const scores = result.pillars.map((p) => p.score).filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
  if (!scores.length) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  return Math.min(100, Math.max(0, Math.round(mean)));
}

/** ISO 8601 duration with hundredths of a second, e.g. `PT1H2M3.45S` (SCORM 2004 timeinterval, xAPI). */
export function isoDuration(ms: number): string {
  const cs = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = (cs % 6000) / 100;
  let out = 'PT';
  if (hours) out += `${hours}H`;
  if (minutes) out += `${minutes}M`;
  if (seconds || (!hours && !minutes)) out += `${seconds}S`;
  return out;
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999). */
export function scorm12Timespan(ms: number): string {
  const cs = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
  const hours = Math.min(9999, Math.floor(cs / 360000));
  const minutes = Math.floor((cs % 360000) / 6000);
  const seconds = (cs % 6000) / 100;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${hours < 10 ? `0${hours}` : hours}:${two(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}
