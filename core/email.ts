/**
 * `analyzeEmail`: a raw RFC 5322 message (.eml) parsed by postal-mime, which runs in browsers,
 * workers and Node alike, then analysed with its subject, headers, HTML and text parts.
 */
import PostalMime, { type Email } from 'postal-mime';
import type { Analyzer } from './analyze.ts';
import type { AnalyzeOptions, EmailInput, Report } from './types.ts';

export type RawEmail = string | Uint8Array | ArrayBuffer;

export class EmailParseError extends Error {
  override readonly name = 'EmailParseError';
}

function headersOf(email: Email): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, value } of email.headers ?? []) {
    const name = key.toLowerCase();
    (headers[name] ??= []).push(value);
  }
  return headers;
}

/** What postal-mime read from the message, as `analyze()` input. */
export async function emailToInput(raw: RawEmail): Promise<EmailInput> {
  if (typeof raw !== 'string' && !(raw instanceof Uint8Array) && !(raw instanceof ArrayBuffer)) {
    throw new EmailParseError('analyzeEmail expects the raw message as a string, Uint8Array or ArrayBuffer.');
  }
  let email: Email;
  try {
    email = await PostalMime.parse(raw);
  } catch (error) {
    throw new EmailParseError(`Could not parse the message as MIME: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    ...(email.html ? { html: email.html } : {}),
    ...(email.text ? { text: email.text } : {}),
    ...(email.subject !== undefined ? { subject: email.subject } : {}),
    headers: headersOf(email),
  };
}

export async function analyzeEmailWith(analyzer: Analyzer, raw: RawEmail, options?: AnalyzeOptions): Promise<Report> {
  return analyzer.analyze(await emailToInput(raw), options);
}
