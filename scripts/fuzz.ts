/**
 * `npm run fuzz`: generated inputs through every public function of the core — analyze,
 * analyzeEmail, explain, checkRecipients, recipientFindings, suggestDomain, and the domain-record
 * parsers and checkDomain (DNS through an injected fake resolver) — and a report of anything
 * that is not a report or a documented error (issue 10):
 *
 * - a throw on a well-typed call, other than the documented EmailParseError (analyzeEmail) and
 *   DomainCheckError (a domain name or IP that cannot be checked);
 * - a wrong call (about 1 in 25 inputs has an argument of the wrong type) that does not throw the
 *   validator's TypeError naming the function;
 * - an input slower than the per-input budget, or one that never finishes (a hang: the worker is
 *   stopped after five budgets and the run goes on with the next input).
 *
 * Inputs are deterministic: batch `b` of target `t` is `fc.sample(arbitrary, { seed: mix(seed, b) })`,
 * so every failure prints the line that replays it. Not part of `npm test`: it takes minutes.
 *
 *   npm run fuzz [-- --runs 100000] [--seed 20261203] [--only analyze,explain] [--budget 2000]
 *   npm run fuzz -- --only explain --replay 12:345      (batch 12, input 345 of the default seed)
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import {
  analyze,
  analyzeEmail,
  checkDomain,
  checkRecipients,
  DnsLookupError,
  DomainCheckError,
  EmailParseError,
  explain,
  recipientFindings,
  rules,
  suggestDomain,
  type DnsResolver,
} from '../core/index.ts';
import { WORDLIST_LANGUAGES } from '../core/data/index.ts';
import { parseDkimKey, parseDmarc, parseSpf } from '../core/dns-records/index.ts';

const BATCH = 250;
const DEFAULT_SEED = 20261203;

// ---------------------------------------------------------------------------------------------
// Pieces of hostile and careless mail

/** Characters that break naive code: controls, lone surrogates, bidi and zero-width, look-alikes. */
const oddCharacter = fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u00a0', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\ud800', '\udfff', '😀', '👨‍👩‍👧', 'é', 'e\u0301', 'İ', 'ß', 'ﬁ', 'а', 'Ⅸ', '０', '\u0085', '\u2028');
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: oddCharacter },
);

/**
 * One piece repeated thousands of times, then a character that may break the match: the shape of
 * most superlinear blow-ups (a regex that backtracks over the run, a parser that rescans it).
 */
function repeated(piece: fc.Arbitrary<string>, max = 60_000): fc.Arbitrary<string> {
  return fc
    .tuple(piece, fc.integer({ min: 500, max }), fc.constantFrom('', '', 'x', '!', ' ', '\n', '"', ')', '>', ';', '\u0000'))
    .map(([text, count, tail]) => text.repeat(Math.max(1, Math.floor(count / Math.max(1, text.length)))) + tail);
}

function joined(piece: fc.Arbitrary<string>, maxLength: number, separator = ''): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength }).map((parts) => parts.join(separator));
}

const HTML_PIECES = [
  '<div>', '</div>', '<p>', '</p>', '<br>', '<b>', '</b>', '<table><tr><td>', '</td></tr></table>', '<span style="display:none">', '</span>',
  '<a href="http://bit.ly/x">', '<a href="https://tinyurl.com/y7k2m4pq">', '<a href="javascript:alert(1)">', '<a href="data:text/html;base64,PHA+">', '</a>',
  '<a href="http://user:pw@192.0.2.1:8080/login">', '<a href="http://xn--pypal-4ve.com/">', '<a href="https://www.paypal.com@evil.example/">paypal.com</a>',
  '<a href="mailto:a@b.example?subject=unsubscribe">unsubscribe</a>', '<img src="x.png" width="600" height="400">', '<img src="p.gif" width="1" height="1">', '<img>',
  '<font color="#ffffff" size="7">', '</font>', '<p style="color:#fff;background:#fff">', '<p style="font-size:0">', '<div style="position:absolute;left:-9999px">',
  '<p style="color:rgb(255,255,255);background-color:rgba(255,255,255,0)">', '<p style="color: white !important; font-size: 1px; line-height:0; max-height:0; overflow:hidden">',
  '<style>.h{display:none} @media (max-width:600px){.x{color:red}}</style>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<script>', '</script>',
  '<form action="http://192.0.2.1/"><input name=p></form>', '<iframe src="http://x.example/"></iframe>', '<object data=x></object>', '<embed src=x>',
  '<meta http-equiv="refresh" content="0;url=http://x.example/">', '<link rel="stylesheet" href="http://x.example/a.css">', '<base href="http://x.example/">',
  '<svg><foreignObject><p>', '<math><mi>', '<template><p>', '<noscript>', '<textarea>', '<title>', '<select><option>', '<xmp>', '<plaintext>',
  '&amp;', '&nbsp;', '&#x200b;', '&#9999999;', '&#x41;&#x42;', '&', '<', '>', '"', "'", '=', '<x y=', '<a href=', '</', '<!', '<?xml?>', '<!DOCTYPE html>',
  'FREE!!! $$$ ', 'V1agra ', 'C-i-a-l-i-s ', 'f r e e ', 'V<b></b>iagra ', 'ACT NOW ', 'Dear friend, ', 'click here ', 'unsubscribe ', '123 Main St, Springfield, IL 62701 ',
  'http://192.0.2.1/a ', 'www.example.com ', 'tinyurl.com/abc ', 'bit.ly/x ', 'xn--80ak6aa92e.com ', 'pаypal.com ', 'Lorem ipsum dolor sit amet ', '{{ name }} ', '*|FNAME|* ', '🔥🔥🔥 ',
];

const htmlPiece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...HTML_PIECES) },
  { weight: 4, arbitrary: anyText },
  { weight: 1, arbitrary: fc.stringMatching(/^<[a-z]{1,8}( [a-z-]{1,10}="[^"]{0,20}")*>$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^ style="[a-z-]{1,12}:[ #0-9a-z(),.%!-]{0,30}(;[a-z-]{1,12}:[ #0-9a-z(),.%!-]{0,30}){0,4}"$/).map((style) => `<p${style}>`) },
);
const deepNesting = fc.tuple(fc.constantFrom('<div>', '<span>', '<table><tr><td>', '<b><i>', '<font color=red>', '<a href="http://x.example/">', '<ul><li>', '<blockquote>'), fc.integer({ min: 100, max: 20_000 })).map(([tag, count]) => tag.repeat(count) + 'text');
const html = fc.oneof(
  { weight: 30, arbitrary: joined(htmlPiece, 60) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: repeated(fc.constantFrom(...HTML_PIECES)) },
  { weight: 1, arbitrary: repeated(htmlPiece, 20_000) },
);

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'Constructor', 'prototype', 'length'];
const HEADER_NAMES = [
  'From', 'To', 'Cc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Content-Type', 'Content-Transfer-Encoding', 'MIME-Version',
  'List-Unsubscribe', 'List-Unsubscribe-Post', 'Precedence', 'X-Priority', 'Importance', 'Authentication-Results', 'ARC-Authentication-Results', 'Received-SPF',
  'DKIM-Signature', 'Received', 'Return-Path', 'Auto-Submitted', 'X-Spam-Status', 'X-Spam-Report', 'X-Spam-Score', 'X-Spam-Flag', 'X-Forefront-Antispam-Report',
  'X-Microsoft-Antispam', 'X-Microsoft-Antispam-Mailbox-Delivery', 'X-MS-Exchange-Organization-SCL', 'X-Barracuda-Spam-Status', 'X-Barracuda-Spam-Score',
  'X-Barracuda-Spam-Report', 'X-Failed-Recipients', ...PROTOTYPE_NAMES,
];
const headerName = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...HEADER_NAMES) }, { weight: 1, arbitrary: fc.stringMatching(/^[!-9;-~]{1,20}$/) });
const HEADER_VALUES = [
  '"Shop" <news@shop.example>', 'no-name@shop.example', 'URGENT!!! <a@b.example>', 'a@gmail.com', 'Tue, 3 Dec 2024 10:00:00 +0000', 'Tue, 3 Dec 2024 10:00:00', '<1@shop.example>', '<@>',
  '<mailto:u@x.example>, <https://x.example/u>', '<http://192.0.2.1/u>', 'List-Unsubscribe=One-Click', 'bulk', '1 (Highest)', 'high',
  'mx.example.org; dkim=pass header.d=esp.example; spf=fail smtp.mailfrom=a@b.example; dmarc=fail (p=REJECT) header.from=b.example; compauth=fail reason=000',
  'i=1; mx.example.org; dkim=fail', 'softfail (domain of a@b.example does not designate 192.0.2.1 as permitted sender)',
  'Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLACK=1.5,[SPF_FAIL=1.0] autolearn=no', 'No, score=-1 required=5', ' * 3.5 BAYES_99 BODY: x\n *  1.2 XYZ y', 'YES',
  'SCL:5;SFV:SPM;CAT:BULK;IPV:CAL;', 'BCL:8;', 'dest:J;', '9', 'Yes, SCORE=9.5 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=9.0',
  'text/html; charset=utf-8', 'multipart/alternative; boundary="b"', 'text/plain; charset="iso-2022-jp"', 'base64', 'quoted-printable', '=?utf-8?B?w6k=?=', '=?x?Q?=ZZ?=', 'auto-replied',
];
const headerValue = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADER_VALUES) }, { weight: 2, arbitrary: anyText }, { weight: 1, arbitrary: repeated(fc.constantFrom('(', '"', '=?', '<', ';', ' ', 'a@b.example, ')) });

// ---------------------------------------------------------------------------------------------
// analyze() and analyzeEmail()

/**
 * Options the validator takes (core/validate.ts): a threshold above 0; languages with wordlists, in
 * any case or with a region, or 'auto'; rules by id, each 'off' or points on the side of 0 its
 * weight is on (0 or more for a risk signal, 0 or less for a reassuring rule: pointsProblem); phrases
 * added with 0 points or more; a locale we write in, in any case or with a region. What it refuses
 * (an unknown rule id, a language without wordlists, negative points) is in wrongOptions.
 */
const ruleSetting = fc.constantFrom(...rules).chain((rule) =>
  fc.tuple(fc.constant(rule.id), fc.oneof(fc.constant('off' as const), fc.record({ points: rule.weight < 0 ? fc.double({ min: -20, max: 0, noNaN: true }) : fc.double({ min: 0, max: 20, noNaN: true }) }))),
);
const validOptions = fc.record(
  {
    threshold: fc.double({ min: 0.1, max: 100, noNaN: true, noDefaultInfinity: true }),
    languages: fc.array(fc.constantFrom(...WORDLIST_LANGUAGES, 'EN', 'pt-BR', 'auto'), { maxLength: 3 }),
    rules: fc.array(ruleSetting, { maxLength: 4 }).map((entries) => Object.fromEntries(entries)),
    phrases: fc.record({ add: fc.array(fc.oneof(anyText, fc.record({ phrase: anyText, points: fc.double({ min: 0, max: 10, noNaN: true }) })), { maxLength: 3 }), allow: fc.array(anyText, { maxLength: 3 }) }, { requiredKeys: [] }),
    locale: fc.constantFrom('en', 'fr', 'de', 'es', 'EN', 'fr-CA'),
  },
  { requiredKeys: [] },
);
/** Options, mostly none; custom phrases are rarer (each new set builds its tries). */
const someOptions = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: validOptions.map(({ phrases: _phrases, ...rest }) => rest) }, { weight: 1, arbitrary: validOptions });

const headersObject = fc.array(fc.tuple(headerName, fc.oneof(headerValue, fc.array(headerValue, { maxLength: 3 }))), { maxLength: 8 }).map((entries) => Object.fromEntries(entries));
const emailInput = fc.record({ html, text: fc.oneof(anyText, joined(htmlPiece, 20)), subject: fc.oneof(anyText, fc.constantFrom('RE: FREE $$$ WINNER!!!', 'Fwd: your invoice', '🔥 50% off', '=?utf-8?B?w6k=?=')), headers: headersObject }, { requiredKeys: [] });

/** Not a string, not bytes, not an object (an object with unknown keys is an empty input, not a wrong call). */
const wrongValue = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }), fc.bigInt(), fc.constant(Symbol('x')));
const wrongOptions = fc.oneof(
  fc.record({ threshold: fc.oneof(fc.constantFrom(Number.NaN, -1, 0, Number.POSITIVE_INFINITY), fc.string()) }),
  fc.record({ rules: fc.constantFrom({ 'link-shortener': { points: Number.NaN } }, { 'link-shortener': { points: -9e-323 } }, { 'sender-identity': { points: 1 } }) }),
  // A rule id that is a name on Object.prototype is no rule id.
  fc.record({ rules: fc.constantFrom(...PROTOTYPE_NAMES).map((name) => Object.fromEntries([[name, 'off']])) }),
  fc.record({ languages: fc.oneof(fc.string(), fc.constant([1]), fc.constant([null]), fc.constantFrom(['xx'], ['und'], [''])) }),
  fc.record({ phrases: fc.oneof(fc.constant({ add: 'x' }), fc.constant({ add: [{}] }), fc.constant({ allow: [1] }), fc.constant({ add: [{ phrase: 'x', points: -1 }] })) }),
  fc.record({ locale: fc.constantFrom('xx', 'und', '') }),
  fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant([])),
);

const badThreshold = fc.oneof(fc.constantFrom(Number.NaN, -1, 0, Number.POSITIVE_INFINITY), fc.string());
const notOptions = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.constant([]));
const wrongExplainOptions = fc.oneof(fc.record({ threshold: badThreshold }), fc.record({ analyzeReturned: fc.oneof(fc.string(), fc.integer()) }), notOptions, fc.record({ analyze: wrongOptions }), fc.constant({ treshold: 5 }));
const wrongRecipientOptions = fc.oneof(fc.record({ threshold: badThreshold }), fc.record({ disposable: fc.oneof(fc.string(), fc.constant([1])) }), fc.record({ roles: fc.oneof(fc.string(), fc.integer()) }), notOptions);

const eol = fc.constantFrom('\r\n', '\n', '\r');
const headerLines = fc.array(fc.tuple(headerName, headerValue, fc.boolean()), { maxLength: 10 }).map((fields) => fields.map(([name, value, folded]) => `${name}: ${folded ? value.replace(/ /g, '\n ') : value}`));
const boundary = fc.constantFrom('b', 'b1', '', '----=_Part_0', 'b"', '--', 'a b');
const leafPart = fc.tuple(fc.constantFrom('text/plain', 'text/html', 'message/rfc822', 'message/delivery-status', 'text/rfc822-headers', 'application/octet-stream', 'image/png', 'multipart/alternative'), fc.constantFrom('base64', 'quoted-printable', '7bit', '8bit', 'x-uuencode', ''), fc.oneof(html, anyText, fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')), fc.constantFrom('=E9=3D=\n=ZZ', '=\n=\n', 'SGVsbG8=\n=', '===')))
  .map(([type, encoding, body]) => `Content-Type: ${type}; charset=${['utf-8', 'iso-2022-jp', 'x-unknown', 'shift_jis'][body.length % 4]}\nContent-Transfer-Encoding: ${encoding}\n\n${body}`);
const multipartBody = fc.tuple(boundary, fc.array(leafPart, { maxLength: 5 }), fc.boolean()).map(([mark, parts, closed]) => `Content-Type: multipart/mixed; boundary="${mark}"\n\npreamble\n${parts.map((part) => `--${mark}\n${part}\n`).join('')}${closed ? `--${mark}--\n` : ''}`);
const deepMultipart = fc.integer({ min: 50, max: 3000 }).map((depth) => Array.from({ length: depth }, (_, level) => `Content-Type: multipart/mixed; boundary="b${level}"\n\n--b${level}\n`).join('') + 'Content-Type: text/html\n\n<p>deep</p>');
const rawEmail = fc
  .tuple(headerLines, fc.oneof({ weight: 3, arbitrary: html.map((body) => `Content-Type: text/html\n\n${body}`) }, { weight: 3, arbitrary: multipartBody }, { weight: 1, arbitrary: deepMultipart }, { weight: 2, arbitrary: anyText }), eol)
  .map(([lines, body, newline]) => [...lines, body].join('\n').replace(/\n/g, newline));
const rawInput = fc.oneof(
  { weight: 12, arbitrary: rawEmail },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2000 }) },
  { weight: 1, arbitrary: rawEmail.map((text) => new TextEncoder().encode(text)) },
  { weight: 1, arbitrary: rawEmail.map((text) => new TextEncoder().encode(text).buffer as ArrayBuffer) },
  { weight: 1, arbitrary: repeated(fc.constantFrom('From: a\n', 'X: =?utf-8?B?', '--b\n', '\n ', 'Content-Type: multipart/mixed; boundary=b\n\n--b\n')) },
);

// ---------------------------------------------------------------------------------------------
// explain()

const BOUNCE_PIECES = [
  'From: MAILER-DAEMON@x.example\n', 'From: postmaster@x.example\n', 'Subject: Undelivered Mail Returned to Sender\n', 'Subject: Delivery Status Notification (Failure)\n',
  'Subject: Out of Office\n', 'Auto-Submitted: auto-replied\n', 'Return-Path: <>\n', 'X-Failed-Recipients: a@b.example\n',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n', 'Content-Type: multipart/report; report-type=feedback-report; boundary="b"\n',
  'Content-Type: message/delivery-status\n', 'Content-Type: message/feedback-report\n', 'Content-Type: message/rfc822\n', 'Content-Type: text/rfc822-headers\n', 'Content-Type: text/html\n',
  '--b\n', '--b--\n', '\n\n', '\r\n', '\n',
  'Reporting-MTA: dns; mx.example\n', 'Final-Recipient: rfc822; a@b.example\n', 'Original-Recipient: rfc822;<a@b.example>\n', 'Action: failed\n', 'Action: delayed\n', 'Action: delivered\n',
  'Status: 5.1.1\n', 'Status: 4.4.7\n', 'Status: 5.0.0\n', 'Status: 5.7.1\n', 'Status: 9.9.9\n', 'Remote-MTA: dns; mx.b.example\n', 'Diagnostic-Code: smtp; 550 5.7.26 unauthenticated\n',
  'Diagnostic-Code: smtp; 550-5.7.1 [192.0.2.1] blocked\n', 'Diagnostic-Code: X-Unix; 71\n', 'Diagnostic-Code:\n', ' continued\n',
  'Feedback-Type: abuse\n', 'Feedback-Type: auth-failure\n', 'Source-IP: 192.0.2.1\n', 'Reported-Domain: x.example\n',
  '<<< 550 5.1.1 User unknown\n', '>>> RCPT To:<a@b.example>\n', '>>> DATA\n', '<<< 554 5.7.1 Message rejected due to content restrictions\n',
  '<a@b.example>: host mx[192.0.2.1] said: 554 5.7.1 blocked using zen.spamhaus.org\n', '    (in reply to RCPT TO command)\n', '    (in reply to end of DATA command)\n',
  'SMTP error from remote mail server after RCPT TO:<a@b.example>:\n', '    host mx.b.example [192.0.2.1]: 550 5.1.1 No such user\n', 'Remote host said: 552 mailbox full\n',
  'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'\n', '#550 5.1.1 RESOLVER.ADR.RecipientNotFound ##\n',
  'The response was:\n', '550-5.7.26 This mail is unauthenticated\n', '550-5.7.26 \n', '550 5.7.26 https://support.google.com/mail/answer/81126\n', '421 4.7.0 Try again later\n',
  'retry timeout exceeded\n', 'This is a copy of the message, including all the headers.\n', '------ This is a copy of the message, including all the headers. ------\n',
  '--- Below this line is a copy of the message.\n', 'Original message headers:\n',
  'X-Spam-Status: Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLACK\n', 'X-Spam-Status: No, score=1.0 required=5.0\n', 'X-Spam-Report: * 3.5 BAYES_99 x\n',
  'Authentication-Results: mx; spf=fail smtp.mailfrom=a@b.example; dkim=pass header.d=c.example; dmarc=fail header.from=b.example\n',
  'X-Forefront-Antispam-Report: SCL:5;SFV:SPM;CAT:BULK;\n', 'X-Barracuda-Spam-Status: Yes, SCORE=9\n', 'Content-Transfer-Encoding: base64\n', 'Content-Transfer-Encoding: quoted-printable\n',
  'SGVsbG8=\n', '=?utf-8?B?w6k=?=', '=?iso-2022-jp?B?GyRCJDMkcyRLJEEkTxsoQg==?=', '\u0000', '\ud800', '\u001b$B',
  '{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"a@b.example","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}',
  'constructor: x\n', '__proto__: y\n', 'toString: z\n', 'hasOwnProperty: w\n',
  '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"constructor","bouncedRecipients":[{"emailAddress":"a@b.example"}]}}',
  '{"notificationType":"Bounce","bounce":{"bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"a@b.example","status":"5.1.1"}]}}',
  'X-Forefront-Antispam-Report: SCL:5;SFV:constructor;CAT:__proto__;\n',
];
const bouncePiece = fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...BOUNCE_PIECES) }, { weight: 3, arbitrary: anyText }, { weight: 1, arbitrary: htmlPiece });
const bounce = fc.oneof(
  { weight: 30, arbitrary: joined(bouncePiece, 40) },
  { weight: 4, arbitrary: rawEmail },
  { weight: 1, arbitrary: repeated(fc.constantFrom(...BOUNCE_PIECES)) },
  { weight: 1, arbitrary: repeated(bouncePiece, 20_000) },
  { weight: 1, arbitrary: fc.tuple(joined(bouncePiece, 10), fc.integer({ min: 100, max: 5000 })).map(([text, depth]) => 'Content-Type: message/rfc822\n\n'.repeat(depth) + text) },
);
const explainInput = fc.oneof({ weight: 10, arbitrary: bounce }, { weight: 1, arbitrary: bounce.map((text) => new TextEncoder().encode(text)) }, { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }) });
const explainOptions = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.record({ threshold: fc.double({ min: 0.5, max: 50, noNaN: true, noDefaultInfinity: true }), analyzeReturned: fc.boolean() }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.record({ analyze: validOptions.map(({ phrases: _phrases, ...rest }) => rest) }) },
);

// ---------------------------------------------------------------------------------------------
// Recipients

const addressPiece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('(', ')', '"', '\\', '<', '>', '@', '.', ',', ';', ':', '[', ']', ' ', '\n', 'a', 'é', '\u0000', '+', '-', '_') },
  { weight: 3, arbitrary: fc.constantFrom('jane@example.com', 'a@gmial.com', 'info@', 'x@mailinator.com', '"Doe, J" <j@x.example>', 'Team:', 'user@localhost', '@[192.0.2.1]', 'xn--', '=?utf-8?q?x?=', 'a'.repeat(64), 'b'.repeat(63) + '.') },
  { weight: 2, arbitrary: anyText },
);
const addressText = fc.oneof({ weight: 20, arbitrary: joined(addressPiece, 30) }, { weight: 1, arbitrary: repeated(fc.constantFrom('(', '"', '\\', '<', '.', '@', ',', '(a)', '"a"', 'a.')) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) });
const recipientOptions = fc.oneof(fc.constant(undefined), fc.record({ threshold: fc.double({ min: 0.5, max: 50, noNaN: true, noDefaultInfinity: true }), disposable: fc.array(anyText, { maxLength: 3 }), roles: fc.boolean() }, { requiredKeys: [] }));
const domainText = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.stringMatching(/^[a-z0-9-]{0,12}$/), { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.')) },
  { weight: 3, arbitrary: fc.constantFrom('gmial.com', 'gmail.con', 'hotmail.cm', 'yahoo.co.jp', 'GMAIL.COM.', 'xn--gmil-6na.com', 'gmaiI.com', '.', '', '..com', 'gmail') },
  { weight: 2, arbitrary: anyText },
  { weight: 1, arbitrary: repeated(fc.constantFrom('a', 'a.', '-', '.')) },
);

// ---------------------------------------------------------------------------------------------
// Domain records and the domain check with a fake resolver

const NAMES = ['example.com', 'mail.example.com', '_spf.example.com', 'x.example', 'loop.example', 'deep.example', '%{i}.x.example', 'void.example', 'timeout.example', 'constructor', '__proto__'];
const SPF_TERMS = [
  'a', 'a/24', 'a//64', 'a/24//64', 'a/33', 'a////', 'mx', 'mx:mail.example.com/24', 'ptr', 'ptr:x.example', 'ip4:192.0.2.0/24', 'ip4:192.0.2.1', 'ip4:300.1.1.1', 'ip4:1.2.3.4/', 'ip6:2001:db8::/32',
  'ip6:::1/129', 'ip6::::', 'exists:%{i}.x.example', 'exists:%{ir}.%{v}._spf.%{d2}', 'include:', 'include:%', '-all', '~all', '?all', '+all', 'all:x', 'redirect=', 'exp=explain.example.com', 'x-foo=bar',
  'v=spf1', 'mx:', 'a:%{l1r-}.x.example',
  ...NAMES.flatMap((name) => [`include:${name}`, `redirect=${name}`, `a:${name}`, `mx:${name}`]),
];
const spfRecord = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...SPF_TERMS) }, { weight: 1, arbitrary: anyText }), { maxLength: 14 }).map((terms) => ['v=spf1', ...terms].join(' ')) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: repeated(fc.constantFrom('/', '//', 'a/', ' include:x.example', '%{', ':', '=')).map((text) => `v=spf1 a${text}`) },
);
const DMARC_TAGS = ['v=DMARC1', 'p=none', 'p=reject', 'p=quarantine', 'p=', 'p=bogus', 'sp=reject', 'pct=50', 'pct=101', 'pct=-1', 'rua=mailto:d@example.com', 'rua=mailto:d@other.example!10m', 'ruf=', 'adkim=s', 'aspf=r', 'fo=1:d:s', 'rf=afrf', 'ri=86400', 'ri=x', 'np=reject', '=', ';;'];
const dmarcRecord = fc.oneof(
  { weight: 10, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...DMARC_TAGS) }, { weight: 1, arbitrary: anyText }), { maxLength: 10 }).map((tags) => tags.join('; ')) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: repeated(fc.constantFrom('; ', '=', 'rua=mailto:a@b.example,', 'v=DMARC1')) },
);
const dkimKeyData = fc.oneof(fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('base64')), fc.constantFrom('', 'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC', '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=', '=='), anyText);
const dkimRecord = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.array(fc.constantFrom('v=DKIM1', 'k=rsa', 'k=ed25519', 'k=dsa', 'h=sha256', 'h=sha1:sha256', 't=y', 't=s', 's=email', 'n=note', '=', ''), { maxLength: 6 }), dkimKeyData).map(([tags, key]) => [...tags, `p=${key}`].join('; ')) },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: repeated(fc.constantFrom('p=', ';', 'MIIB', '=')) },
);
const ip = fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('300.1.1.1', '::ffff:192.0.2.1', '', 'x'));
const world = fc.record({
  txt: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES).map((name) => `_dmarc.${name}`), fc.constantFrom(...NAMES).map((name) => `s1._domainkey.${name}`)), fc.array(fc.oneof(spfRecord, dmarcRecord, dkimRecord), { maxLength: 3 })), { maxLength: 14 }),
  mx: fc.array(fc.tuple(fc.constantFrom(...NAMES), fc.array(fc.record({ exchange: fc.oneof(fc.constantFrom(...NAMES, '.', ''), anyText), priority: fc.integer({ min: -1, max: 70000 }) }), { maxLength: 3 })), { maxLength: 6 }),
  addresses: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NAMES), anyText), fc.array(ip, { maxLength: 3 })), { maxLength: 8 }),
  reverse: fc.array(fc.tuple(ip, fc.array(fc.oneof(fc.constantFrom(...NAMES), anyText), { maxLength: 2 })), { maxLength: 4 }),
  failing: fc.array(fc.constantFrom(...NAMES, '_dmarc.example.com'), { maxLength: 2 }),
});
type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function fakeResolver(data: World): DnsResolver {
  const table = <T>(entries: readonly (readonly [string, T])[]) => {
    const map = new Map<string, T>();
    for (const [name, value] of entries) map.set(name.toLowerCase(), value);
    return map;
  };
  const txt = table(data.txt);
  const mx = table(data.mx);
  const addresses = table(data.addresses);
  const reverse = table(data.reverse);
  const failing = new Set(data.failing);
  const answer = <T>(map: Map<string, T[]>, name: string, type: string): Promise<T[] | null> => {
    if (failing.has(name) || name.startsWith('timeout')) return Promise.reject(new DnsLookupError(name, type, 'ETIMEOUT'));
    const found = map.get(name.toLowerCase());
    return Promise.resolve(found && found.length > 0 ? found : null);
  };
  return {
    txt: (name) => answer(txt, name, 'TXT'),
    mx: (name) => answer(mx, name, 'MX'),
    addresses: (name) => answer(addresses, name, 'A'),
    reverse: (address) => answer(reverse, address, 'PTR'),
  };
}

const domainCheckCall = fc.tuple(
  fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...NAMES.filter((name) => name.includes('.') && !name.includes('%'))) }, { weight: 1, arbitrary: domainText }),
  world,
  fc.record(
    {
      // Mostly names and addresses that can be checked (a bad one is a DomainCheckError before any lookup).
      selectors: fc.array(fc.oneof({ weight: 20, arbitrary: fc.constantFrom('s1', 'default', 'google', 'k1') }, { weight: 1, arbitrary: fc.constantFrom('x..y', '') }, { weight: 1, arbitrary: anyText }), { maxLength: 3 }),
      ips: fc.array(fc.oneof({ weight: 20, arbitrary: fc.oneof(fc.ipV4(), fc.ipV6()) }, { weight: 1, arbitrary: ip }), { maxLength: 3 }),
      blocklists: fc.boolean(),
      domainBlocklists: fc.array(fc.constantFrom('dbl.spamhaus.org', 'x.example', 'loop.example'), { maxLength: 2 }),
      ipBlocklists: fc.array(fc.constantFrom('zen.spamhaus.org', 'x.example'), { maxLength: 2 }),
      threshold: fc.double({ min: 0.5, max: 50, noNaN: true, noDefaultInfinity: true }),
    },
    { requiredKeys: [] },
  ),
);

// ---------------------------------------------------------------------------------------------
// Targets

interface Call {
  /** the arguments; a wrong call has one of the wrong type */
  readonly args: readonly unknown[];
  readonly wrong: boolean;
}

interface Target {
  /** how the function names itself in its TypeErrors */
  readonly prefix: string;
  readonly calls: fc.Arbitrary<Call>;
  run(...args: readonly unknown[]): unknown;
  /** documented errors of well-typed calls */
  readonly documented?: (error: unknown) => boolean;
}

function calls(valid: fc.Arbitrary<readonly unknown[]>, wrong: fc.Arbitrary<readonly unknown[]>): fc.Arbitrary<Call> {
  return fc.oneof({ weight: 24, arbitrary: valid.map((args) => ({ args, wrong: false })) }, { weight: 1, arbitrary: wrong.map((args) => ({ args, wrong: true })) });
}

const TARGETS: Record<string, Target> = {
  analyze: {
    prefix: 'analyze()',
    calls: calls(fc.tuple(emailInput, someOptions), fc.oneof(fc.tuple(wrongValue), fc.tuple(fc.record({ html: wrongValue.filter((value) => value !== undefined) }), fc.constant(undefined)), fc.tuple(emailInput, wrongOptions))),
    run: (input, options) => analyze(input as never, options as never),
  },
  analyzeEmail: {
    prefix: 'analyzeEmail()',
    calls: calls(fc.tuple(rawInput, someOptions), fc.oneof(fc.tuple(wrongValue.filter((value) => typeof value !== 'string')), fc.tuple(rawEmail, wrongOptions))),
    run: (raw, options) => analyzeEmail(raw as never, options as never),
    documented: (error) => error instanceof EmailParseError,
  },
  explain: {
    prefix: 'explain()',
    calls: calls(fc.tuple(explainInput, explainOptions), fc.oneof(fc.tuple(wrongValue), fc.tuple(bounce, wrongExplainOptions))),
    run: (input, options) => explain(input as never, options as never),
  },
  checkRecipients: {
    prefix: 'checkRecipients()',
    calls: calls(fc.tuple(fc.oneof(addressText, fc.array(addressText, { maxLength: 5 })), recipientOptions), fc.oneof(fc.tuple(wrongValue.filter((value) => !Array.isArray(value))), fc.tuple(fc.constant(['a@b.example', 3])), fc.tuple(addressText, wrongRecipientOptions))),
    run: (input, options) => checkRecipients(input as never, options as never),
  },
  recipientFindings: {
    prefix: 'recipientFindings()',
    calls: calls(fc.tuple(addressText, recipientOptions), fc.oneof(fc.tuple(wrongValue), fc.tuple(addressText, wrongRecipientOptions))),
    run: (text, options) => recipientFindings(text as never, options as never),
  },
  suggestDomain: {
    prefix: 'suggestDomain()',
    calls: calls(fc.tuple(domainText), fc.tuple(wrongValue)),
    run: (domain) => suggestDomain(domain as never),
  },
  parseSpf: { prefix: 'parseSpf()', calls: calls(fc.tuple(spfRecord), fc.constant([])), run: (record) => parseSpf(record as string) },
  parseDmarc: { prefix: 'parseDmarc()', calls: calls(fc.tuple(dmarcRecord), fc.constant([])), run: (record) => parseDmarc(record as string) },
  parseDkimKey: { prefix: 'parseDkimKey()', calls: calls(fc.tuple(dkimRecord), fc.constant([])), run: (record) => parseDkimKey(record as string) },
  checkDomain: {
    prefix: 'checkDomain()',
    calls: calls(
      domainCheckCall.map(([domain, data, options]) => [domain, data, options]),
      fc.oneof(fc.tuple(wrongValue, world), fc.tuple(fc.constant('example.com'), wrongValue), fc.tuple(fc.constant('example.com'), world, fc.record({ ips: fc.constant('192.0.2.1') }))),
    ),
    run: (domain, data, options) => checkDomain(domain as never, data !== null && typeof data === 'object' && 'txt' in data && Array.isArray(data.txt) ? fakeResolver(data as World) : (data as never), options as never),
    documented: (error) => error instanceof DomainCheckError,
  },
};
// parseSpf, parseDmarc and parseDkimKey take any string and have no options: no wrong-call cases.
for (const name of ['parseSpf', 'parseDmarc', 'parseDkimKey']) {
  const target = TARGETS[name] as Target;
  (TARGETS as Record<string, Target>)[name] = { ...target, calls: (target.calls as fc.Arbitrary<Call>).filter((call) => !call.wrong) };
}

// ---------------------------------------------------------------------------------------------
// Running

/** A batch's seed: the run's seed and the batch number, mixed (splitmix32). */
function mix(seed: number, batch: number): number {
  let z = (seed ^ Math.imul(batch + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

function batchOf(target: Target, seed: number, batch: number): Call[] {
  return fc.sample(target.calls, { seed: mix(seed, batch), numRuns: BATCH });
}

interface Problem {
  readonly kind: 'throw' | 'wrong-call-accepted' | 'wrong-call-error' | 'slow' | 'hang';
  readonly batch: number;
  readonly index: number;
  readonly ms?: number;
  readonly error?: string;
  readonly input: string;
}

interface Summary {
  inputs: number;
  wrongCalls: number;
  documented: number;
  totalMs: number;
  maxMs: number;
  maxAt: string;
  problems: Problem[];
}

function preview(args: readonly unknown[]): string {
  const text = args
    .map((arg) => {
      if (arg instanceof Uint8Array) return `Uint8Array(${arg.length})`;
      if (arg instanceof ArrayBuffer) return `ArrayBuffer(${arg.byteLength})`;
      if (typeof arg === 'string') return JSON.stringify(arg.length > 160 ? `${arg.slice(0, 120)}…(${arg.length} chars)` : arg);
      try {
        const json = JSON.stringify(arg, (_key, value: unknown) => (typeof value === 'string' && value.length > 80 ? `${value.slice(0, 60)}…(${value.length} chars)` : typeof value === 'bigint' ? `${value}n` : value));
        return json === undefined ? String(arg) : json.length > 300 ? `${json.slice(0, 300)}…` : json;
      } catch {
        return String(arg);
      }
    })
    .join(', ');
  return text;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? ` @ ${error.stack.split('\n').slice(1, 3).map((line) => line.trim()).join(' ')}` : ''}`.slice(0, 600);
  return String(error);
}

/** Runs inputs [from, to) of one target; `progress[0]` holds the index being run and `progress[1]` turns 1 once running, for the hang watch. */
async function runRange(name: string, seed: number, from: number, to: number, budgetMs: number, progress: Int32Array): Promise<Summary> {
  const target = TARGETS[name] as Target;
  const summary: Summary = { inputs: 0, wrongCalls: 0, documented: 0, totalMs: 0, maxMs: 0, maxAt: '', problems: [] };
  let batch = -1;
  let inputs: Call[] = [];
  for (let position = from; position < to; position += 1) {
    const wanted = Math.floor(position / BATCH);
    if (wanted !== batch) {
      batch = wanted;
      inputs = batchOf(target, seed, batch);
    }
    const index = position % BATCH;
    const call = inputs[index] as Call;
    Atomics.store(progress, 0, position);
    Atomics.store(progress, 1, 1); // running: the hang watch starts now (not while the worker loads)
    const started = performance.now();
    let thrown: unknown;
    let threw = false;
    try {
      await target.run(...call.args);
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const ms = performance.now() - started;
    summary.inputs += 1;
    summary.totalMs += ms;
    if (ms > summary.maxMs) {
      summary.maxMs = ms;
      summary.maxAt = `${batch}:${index}`;
    }
    const problem = (kind: Problem['kind'], error?: unknown) => summary.problems.push({ kind, batch, index, ms, ...(error !== undefined ? { error: errorText(error) } : {}), input: preview(call.args) });
    if (call.wrong) {
      summary.wrongCalls += 1;
      if (!threw) problem('wrong-call-accepted');
      else if (!(thrown instanceof TypeError) || !thrown.message.startsWith(target.prefix.replace('()', ''))) problem('wrong-call-error', thrown);
    } else if (threw) {
      if (target.documented?.(thrown)) summary.documented += 1;
      else problem('throw', thrown);
    }
    if (ms > budgetMs) problem('slow');
  }
  return summary;
}

if (!isMainThread) {
  const { name, seed, from, to, budgetMs, shared } = workerData as { name: string; seed: number; from: number; to: number; budgetMs: number; shared: SharedArrayBuffer };
  const summary = await runRange(name, seed, from, to, budgetMs, new Int32Array(shared));
  parentPort?.postMessage(summary);
} else {
  await main();
}

function option(args: readonly string[], flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
}

/** A worker on this file: Node 20 does not run a worker's TypeScript through the parent's loader, so it registers tsx first. */
function startWorker(data: Record<string, unknown>): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

/** One target in a worker; a hang stops the worker, is recorded, and the run resumes after it. */
async function runTarget(name: string, seed: number, runs: number, budgetMs: number): Promise<Summary> {
  const total: Summary = { inputs: 0, wrongCalls: 0, documented: 0, totalMs: 0, maxMs: 0, maxAt: '', problems: [] };
  let from = 0;
  while (from < runs) {
    const shared = new SharedArrayBuffer(8);
    const progress = new Int32Array(shared);
    Atomics.store(progress, 0, from);
    const worker = startWorker({ name, seed, from, to: runs, budgetMs, shared });
    const outcome = await new Promise<{ summary: Summary } | { hangAt: number } | { error: string; at: number }>((resolve) => {
      let last = from;
      let since = performance.now();
      const watch = setInterval(() => {
        const now = Atomics.load(progress, 0);
        if (Atomics.load(progress, 1) === 0 || now !== last) {
          last = now;
          since = performance.now();
        } else if (performance.now() - since > budgetMs * 5) {
          clearInterval(watch);
          void worker.terminate();
          resolve({ hangAt: now });
        }
      }, Math.min(250, budgetMs));
      worker.once('message', (summary: Summary) => {
        clearInterval(watch);
        resolve({ summary });
      });
      worker.once('error', (error) => {
        clearInterval(watch);
        resolve({ error: errorText(error), at: Atomics.load(progress, 0) });
      });
    });
    if ('summary' in outcome) {
      const { summary } = outcome;
      total.inputs += summary.inputs;
      total.wrongCalls += summary.wrongCalls;
      total.documented += summary.documented;
      total.totalMs += summary.totalMs;
      if (summary.maxMs > total.maxMs) {
        total.maxMs = summary.maxMs;
        total.maxAt = summary.maxAt;
      }
      total.problems.push(...summary.problems);
      break;
    }
    // The worker stopped on an input (a hang, or a crash such as running out of memory): record it, go on after it.
    const at = 'hangAt' in outcome ? outcome.hangAt : outcome.at;
    const batch = Math.floor(at / BATCH);
    const index = at % BATCH;
    const call = batchOf(TARGETS[name] as Target, seed, batch)[index] as Call;
    total.problems.push({ kind: 'hang', batch, index, ...('error' in outcome ? { error: `worker died: ${outcome.error}` } : { ms: budgetMs * 5 }), input: preview(call.args) });
    total.inputs += at - from + 1;
    from = at + 1;
  }
  return total;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(option(args, '--runs') ?? 100_000);
  const seed = Number(option(args, '--seed') ?? DEFAULT_SEED);
  const budgetMs = Number(option(args, '--budget') ?? 2000);
  const only = option(args, '--only')?.split(',');
  const replay = option(args, '--replay');
  const names = only ?? Object.keys(TARGETS);
  for (const name of names) if (!(name in TARGETS)) throw new Error(`unknown target ${name}; targets: ${Object.keys(TARGETS).join(', ')}`);

  if (replay) {
    const [batch, index] = replay.split(':').map(Number) as [number, number];
    for (const name of names) {
      const call = batchOf(TARGETS[name] as Target, seed, batch)[index] as Call;
      console.log(`${name} ${batch}:${index}${call.wrong ? ' (a wrong call)' : ''}: ${preview(call.args)}`);
      const started = performance.now();
      try {
        await (TARGETS[name] as Target).run(...call.args);
        console.log(`  returned in ${(performance.now() - started).toFixed(1)} ms`);
      } catch (error) {
        console.log(`  threw after ${(performance.now() - started).toFixed(1)} ms: ${errorText(error)}`);
      }
    }
    return;
  }

  console.log(`fuzz: ${runs.toLocaleString('en')} inputs per function, seed ${seed}, per-input budget ${budgetMs} ms (a hang: no answer in ${budgetMs * 5} ms), ${availableParallelism()} cores\n`);
  const parallel = Math.max(1, Math.min(Number(option(args, '--jobs') ?? 1), availableParallelism()));
  const results = new Map<string, Summary>();
  const queue = [...names];
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const started = performance.now();
        const summary = await runTarget(name, seed, runs, budgetMs);
        results.set(name, summary);
        const count = (kind: Problem['kind']) => summary.problems.filter((problem) => problem.kind === kind).length;
        console.log(
          `${name.padEnd(18)} ${summary.inputs.toLocaleString('en').padStart(8)} inputs (${summary.wrongCalls} wrong calls, ${summary.documented} documented errors)  ` +
            `undocumented throws ${count('throw')}, wrong calls accepted ${count('wrong-call-accepted')} / mis-reported ${count('wrong-call-error')}, slow ${count('slow')}, hangs ${count('hang')}  ` +
            `mean ${(summary.totalMs / Math.max(1, summary.inputs)).toFixed(2)} ms, max ${summary.maxMs.toFixed(0)} ms (${summary.maxAt})  [${((performance.now() - started) / 1000).toFixed(0)} s]`,
        );
      }
    }),
  );

  const problems = names.flatMap((name) => (results.get(name)?.problems ?? []).map((problem) => ({ name, ...problem })));
  if (problems.length === 0) {
    console.log(`\nno problem found in ${names.length} functions × ${runs.toLocaleString('en')} inputs (seed ${seed}).`);
    return;
  }
  console.log(`\n${problems.length} problem(s); replay one with: npm run fuzz -- --seed ${seed} --only <function> --replay <batch>:<index>`);
  const shownPerKind = new Map<string, number>();
  for (const problem of problems) {
    const key = `${problem.name}/${problem.kind}/${problem.error?.split(' @ ')[0] ?? ''}`;
    const shown = shownPerKind.get(key) ?? 0;
    shownPerKind.set(key, shown + 1);
    if (shown >= 3) continue;
    console.log(`- ${problem.name} ${problem.kind} at ${problem.batch}:${problem.index}${problem.ms !== undefined ? ` (${problem.ms.toFixed(0)} ms)` : ''}${problem.error ? `: ${problem.error}` : ''}\n    input: ${problem.input}`);
  }
  const hidden = [...shownPerKind.values()].reduce((sum, count) => sum + Math.max(0, count - 3), 0);
  if (hidden > 0) console.log(`(${hidden} more of the same kinds not shown)`);
  process.exitCode = 1;
}
