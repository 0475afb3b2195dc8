/** Findings of the domain check: the report convention of DESIGN §2 with the categories of the domain check. */
import { shorten as shortenTo } from '../report/report.ts';
import type { DomainCategory, Finding } from '../types.ts';

/**
 * Points of the domain check (docs/domain.md). A problem that breaks a requirement of Gmail, Yahoo
 * or Outlook.com for bulk senders, or makes receivers treat the record as absent (an SPF
 * permerror, a DMARC record they must ignore), carries `required`: one is enough to reach the
 * default threshold (5), so `spamrisk domain` exits 1. Weaknesses carry `warning` or `minor`;
 * advice and the pass/fail checklist carry 0.
 */
export const DOMAIN_POINTS = {
  required: 5,
  warning: 2,
  minor: 1,
  advice: 0,
} as const;

export function domainFinding(
  rule: string,
  category: DomainCategory,
  points: number,
  message: string,
  suggestion: string,
  evidence: string,
): Finding {
  return { rule, category, points, message, suggestion, evidence: shorten(evidence) };
}

/** Evidence stays short: a record is cut in the middle with an ellipsis past 300 characters. */
export function shorten(text: string, max = 300): string {
  return shortenTo(text, max, 'middle');
}
