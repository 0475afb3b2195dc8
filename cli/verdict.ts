/**
 * When a file fails the build. The level is the core's (score ≥ threshold is `high`, half of it
 * `medium`); `failOn` picks the level at which the exit code becomes 1.
 */
import { mediumFrom, type Report } from '../core/index.ts';
import type { FailOn } from './config.ts';

export function fails(report: Report, failOn: FailOn): boolean {
  return failOn === 'medium' ? report.level !== 'low' : report.level === 'high';
}

/** The score at which a file starts to fail under `threshold`, for messages. */
export function failingScoreAt(threshold: number, failOn: FailOn): number {
  return failOn === 'medium' ? mediumFrom(threshold) : threshold;
}

/** The score at which this report's file starts to fail, for messages. */
export function failingScore(report: Report, failOn: FailOn): number {
  return failingScoreAt(report.threshold, failOn);
}
