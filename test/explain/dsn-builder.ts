/**
 * One builder for the minimal RFC 3464 reports the explain() tests wrap replies in (probeDsn in
 * probes.ts, dsn() in generalise.test.ts, the Postfix failure and delay notices of
 * widening-review-set10.test.ts, the reports of leftovers-set11.test.ts, the Sendmail report): a multipart/report with a
 * human-readable part, the delivery-status part for one recipient, and optionally the returned
 * message's headers. Lines end in CRLF; every field the caller leaves out is left out.
 */
export interface DsnOptions {
  /** the report's From: (default the reporting MTA's MAILER-DAEMON) */
  readonly from?: string;
  /** the report's To:, which is the envelope sender (default sender@a.example) */
  readonly to?: string;
  readonly subject?: string;
  /** a `Return-Path: <>` field after the Subject */
  readonly nullReturnPath?: boolean;
  /** the lines of the human-readable part */
  readonly human?: readonly string[];
  readonly arrivalDate?: string;
  /** the Final-Recipient address (default someone@b.example) */
  readonly recipient?: string;
  readonly action: string;
  readonly status: string;
  /** the Remote-MTA field's value, e.g. `dns; mx.b.example` */
  readonly remoteMta?: string;
  /** the Diagnostic-Code field's whole value, its type included (`smtp; 550 …`) */
  readonly diagnosticCode?: string;
  readonly lastAttemptDate?: string;
  /** the returned message's header lines, as a text/rfc822-headers part */
  readonly returnedHeaders?: readonly string[];
  /** MIME parts written as they are (each from its `--b` line on), before the closing boundary */
  readonly rawParts?: string;
  /** more recipients, each its own block after the first one's */
  readonly others?: readonly { readonly recipient: string; readonly action: string; readonly status: string; readonly diagnosticCode?: string }[];
}

export function dsnReport(options: DsnOptions): string {
  const {
    from = 'MAILER-DAEMON@mx.a.example',
    to = 'sender@a.example',
    subject = 'Undelivered Mail Returned to Sender',
    human = ['This is the mail system at host mx.a.example.'],
    recipient = 'someone@b.example',
  } = options;
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    ...(options.nullReturnPath ? ['Return-Path: <>'] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    ...human,
    '',
    '--b',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.a.example',
    ...(options.arrivalDate ? [`Arrival-Date: ${options.arrivalDate}`] : []),
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Action: ${options.action}`,
    `Status: ${options.status}`,
    ...(options.remoteMta ? [`Remote-MTA: ${options.remoteMta}`] : []),
    ...(options.diagnosticCode ? [`Diagnostic-Code: ${options.diagnosticCode}`] : []),
    ...(options.lastAttemptDate ? [`Last-Attempt-Date: ${options.lastAttemptDate}`] : []),
    '',
    ...(options.others ?? []).flatMap((other) => [`Final-Recipient: rfc822; ${other.recipient}`, `Action: ${other.action}`, `Status: ${other.status}`, ...(other.diagnosticCode ? [`Diagnostic-Code: ${other.diagnosticCode}`] : []), '']),
    ...(options.returnedHeaders ? ['--b', 'Content-Type: text/rfc822-headers', '', ...options.returnedHeaders, ''] : []),
    ...(options.rawParts ? [options.rawParts] : []),
    '--b--',
    '',
  ].join('\r\n');
}

/**
 * A Sendmail DSN: the failed address and its reason, then the SMTP session's transcript up to the
 * remote's reply (`transcript` is every line before `<<< reply`, `after` any after it), in the
 * report's human-readable part.
 */
export function sendmailReport(
  reply: string,
  transcript: readonly string[],
  { to = 'sender@a.example', status = '5.0.0', after = [], returnedHeaders }: { to?: string; status?: string; after?: readonly string[]; returnedHeaders?: readonly string[] } = {},
): string {
  return dsnReport({
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mx.a.example>',
    to,
    subject: 'Returned mail: see transcript for details',
    human: [
      '   ----- The following addresses had permanent fatal errors -----',
      '<someone@b.example>',
      `    (reason: ${reply})`,
      '',
      '   ----- Transcript of session follows -----',
      '... while talking to mx.b.example.:',
      ...transcript,
      `<<< ${reply}`,
      ...after,
    ],
    action: 'failed',
    status,
    remoteMta: 'DNS; mx.b.example',
    diagnosticCode: `SMTP; ${reply}`,
    ...(returnedHeaders ? { returnedHeaders } : {}),
  });
}
