/**
 * explain() in the user's language (issue 13): `locale` as analyze() takes it, the cause's title,
 * why and fix and explain()'s own sentences from core/messages/explain/, numbers and plurals
 * through Intl, the evidence (the server's own words) untouched, the same causes and points as in
 * English, and the content check of a returned message in the same language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../core/index.ts';
import { CAUSES } from '../../core/explain/causes.ts';
import { explain } from '../../core/explain/index.ts';
import { DETAIL_MESSAGES } from '../../core/explain/details.ts';
import { HEADER_MESSAGES } from '../../core/explain/headers.ts';
import { SPAMASSASSIN_RULES } from '../../core/explain/spamassassin-rules.ts';
import { STATUS_MESSAGES } from '../../core/explain/status-codes.ts';
import type { MessageSource } from '../../core/messages/index.ts';
import { checkExplainOptions } from '../../core/validate.ts';
import type { Report } from '../../core/types.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));
const INPUTS: [name: string, input: Uint8Array | string][] = [
  ...readdirSync(FIXTURES)
    .filter((name) => /\.(eml|txt)$/.test(name))
    .sort()
    .map((name) => [name, fixture(name)] as [string, Uint8Array]),
  ...[
    '550 5.1.1 <a@b.example>: Recipient address rejected: User unknown in local recipient table',
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '450 Greylisted, please try again in 300 seconds',
    'retry timeout exceeded',
    'This is not a bounce at all, just a note about lunch.',
  ].map((line) => [line, line] as [string, string]),
];

/** What must not change with the language: which causes, their points and categories, the server's words. */
const skeleton = (report: Report) => ({
  score: report.score,
  level: report.level,
  findings: report.findings.map(({ rule, category, points, evidence }) => ({ rule, category, points, evidence })),
});

const CAUSE_IDS = new Set<string>(CAUSES.map((cause) => cause.id));

/**
 * The fixed wording of English templates explain() fills in besides the causes (status codes' words,
 * header verdicts, provider details): each run of text between placeholders and select/plural
 * syntax, kept when it has three words or more, so that a translated report holding one of them
 * has English left in it.
 */
function englishPhrases(sources: readonly MessageSource[]): string[] {
  const phrases = new Set<string>();
  for (const source of sources) {
    for (const template of Object.values(source.messages ?? {})) {
      for (const run of template.split(/[{}]|`[^`]*`|\b(?:select|plural|other|number)\b/)) {
        const text = run.trim().replace(/^[\s,.;:()]+|[\s,.;:()]+$/g, '');
        if (text.split(/\s+/).length >= 3) phrases.add(text);
      }
    }
  }
  return [...phrases];
}

/** An input per status and reply code that explain() decodes, each with its own meaning. */
const STATUS_LINES = Object.keys(STATUS_MESSAGES.messages).flatMap((id) => {
  const detail = /^detail-(\d+)-(\d+)$/.exec(id);
  if (detail) return [`550 5.${detail[1]}.${detail[2]} refused`, `450 4.${detail[1]}.${detail[2]} try later`];
  const vendor = /^vendor-(\d+)-(\d+)-(\d+)$/.exec(id);
  if (vendor) return [`${vendor[1]}${vendor[1] === '5' ? '50' : '51'} ${vendor[1]}.${vendor[2]}.${vendor[3]} refused`];
  const reply = /^reply-(\d+)$/.exec(id);
  return reply ? [`${reply[1]} refused`] : [];
});

describe('explain() with a locale', () => {
  it('explains a refusal in French: the cause, the outcome with the code, the fix; the evidence as the server wrote it', () => {
    const english = explain(fixture('gmail-unknown-user.eml'));
    const french = explain(fixture('gmail-unknown-user.eml'), { locale: 'fr' });
    const [top] = french.findings;
    expect(top?.rule).toBe('unknown-recipient');
    expect(top?.message).toMatch(/^L’adresse du destinataire n’existe pas\. Le message pour lee@example\.org a été refusé (par \S+ )?avec 550 5\.1\.1 \(échec permanent\u00a0: adresse de boîte de destination erronée\u00a0: la boîte n’existe pas\)\. /);
    expect(top?.message).toContain('une faute de frappe, une personne partie ou une adresse fermée');
    expect(top?.suggestion).toMatch(/^Vérifiez l’orthographe de la partie avant le @/);
    expect(top?.evidence).toBe(english.findings[0]?.evidence);
    expect(skeleton(french)).toEqual(skeleton(english));
  });

  it('speaks German and Spanish', () => {
    const german = explain(fixture('gmail-unknown-user.eml'), { locale: 'de' }).findings[0];
    expect(german?.message).toMatch(/^Die Empfängeradresse existiert nicht\. Die Mail an lee@example\.org wurde .*mit 550 5\.1\.1 \(dauerhafter Fehler: ungültige Zielpostfachadresse: Das Postfach existiert nicht\) abgelehnt\. /);
    expect(german?.suggestion).toMatch(/^Prüfen Sie die Schreibweise/);
    const spanish = explain('450 Greylisted, please try again in 300 seconds', { locale: 'es' }).findings[0];
    expect(spanish?.rule).toBe('greylisted');
    expect(spanish?.message).toMatch(/^El receptor puso el mensaje en lista gris\. El mensaje se ha retrasado con 450/);
  });

  for (const locale of ['fr', 'de', 'es']) {
    it(`${locale}: the same causes, points and evidence as English on every input, and no cause's English left`, () => {
      for (const [name, input] of INPUTS) {
        const english = explain(input);
        const translated = explain(input, { locale });
        expect(skeleton(translated), name).toEqual(skeleton(english));
        translated.findings.forEach((finding, index) => {
          const original = english.findings[index];
          if (!original || !CAUSE_IDS.has(finding.rule) && !['delivered', 'complaint-report', 'auto-reply', 'unrecognised-input', 'no-filter-verdict', 'bounce-reason-unknown'].includes(finding.rule)) return;
          expect(finding.message, `${name} ${finding.rule}`).not.toBe(original.message);
          const cause = CAUSES.find((entry) => entry.id === finding.rule);
          if (cause) {
            expect(finding.message, `${name}: English why`).not.toContain(cause.why);
            expect(finding.suggestion, `${name}: English fix`).not.toContain(cause.fix);
            expect(finding.message.startsWith(cause.title), `${name}: English title`).toBe(false);
          }
        });
      }
    });
  }

  for (const locale of ['fr', 'de', 'es']) {
    it(`${locale}: says what each status and reply code means in the language, never in English`, () => {
      const phrases = englishPhrases([STATUS_MESSAGES]);
      expect(phrases.length).toBeGreaterThan(100);
      let decoded = 0;
      for (const line of STATUS_LINES) {
        const english = explain(line).findings.map((finding) => finding.message).join(' ');
        const translated = explain(line, { locale }).findings.map((finding) => `${finding.message} ${finding.suggestion}`).join(' ');
        if (phrases.some((phrase) => english.includes(phrase))) decoded += 1;
        const left = phrases.filter((phrase) => translated.includes(phrase));
        expect(left, `${locale}: ${line}`).toEqual([]);
      }
      // Most lines are explained with their code's meaning in English, so the check above has something to find.
      expect(decoded).toBeGreaterThan(STATUS_LINES.length / 2);
    });
  }

  /** Headers that make every kind of verdict: each authentication failure, each filter, known and unknown rules. */
  const HEADER_SETS = [
    ...['headers-barracuda.txt', 'headers-gmail-dmarc-fail.txt', 'headers-microsoft.txt', 'headers-spamassassin.txt'].map((name) => fixture(name).toString()),
    [
      'Authentication-Results: mx.example; dmarc=fail (p=REJECT sp=REJECT dis=REJECT) header.from=shop.example; spf=softfail smtp.mailfrom=bounce.example client-ip=192.0.2.7; dkim=fail (bad signature) header.d=shop.example; compauth=fail reason=001',
      'From: Shop <news@shop.example>',
      'X-Spam-Status: Yes, score=7.3 required=5.0 tests=BAYES_99=3.5,URIBL_BLACK=1.7,XYZ_UNKNOWN_RULE=2.1,FREEMAIL_FROM=0.001 autolearn=no',
      'X-Forefront-Antispam-Report: CIP:192.0.2.7;SCL:6;SFV:SPM;CAT:SPOOF;IPV:CAL;',
      'X-Microsoft-Antispam: BCL:8;',
      'X-Microsoft-Antispam-Mailbox-Delivery: ucf:0;jmr:0;dest:J;',
      'X-Barracuda-Spam-Status: Yes, SCORE=9.5 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=6.0 KILL_LEVEL=9.0 tests=BSF_SC0_MISMATCH_TO',
      'Subject: Offer',
      '',
      'Hello',
    ].join('\n'),
    [
      'Authentication-Results: mx.example; spf=none; dkim=none; dmarc=fail header.from=a.example',
      'From: a@a.example',
      'X-Spam-Status: No, score=1.2 required=5.0 tests=NONE',
      'X-Forefront-Antispam-Report: SCL:1;SFV:SKA;CAT:BULK;',
      'Subject: Hi',
      '',
      'Hello',
    ].join('\n'),
    [
      'Authentication-Results: mx.example; spf=permerror smtp.mailfrom=a.example; dkim=pass header.d=esp.example; dmarc=pass header.from=a.example',
      'From: a@a.example',
      'X-Forefront-Antispam-Report: SCL:-1;SFV:XYZ;CAT:ODD;',
      'Subject: Hi',
      '',
      'Hello',
    ].join('\n'),
    ['Received-SPF: fail (domain does not designate 192.0.2.7)', 'From: a@a.example', 'Subject: Hi', '', 'Hello'].join('\n'),
  ];

  for (const locale of ['fr', 'de', 'es']) {
    it(`${locale}: says the filters' verdicts in the language: authentication, SpamAssassin, Microsoft, Barracuda`, () => {
      const phrases = englishPhrases([HEADER_MESSAGES]);
      const seen = new Set<string>();
      for (const input of HEADER_SETS) {
        const english = explain(input);
        const translated = explain(input, { locale });
        expect(skeleton(translated)).toEqual(skeleton(english));
        for (const finding of english.findings) for (const phrase of phrases) if (`${finding.message} ${finding.suggestion}`.includes(phrase)) seen.add(phrase);
        const text = translated.findings.map((finding) => `${finding.message} ${finding.suggestion}`).join('\n');
        expect(phrases.filter((phrase) => text.includes(phrase)), `${locale}: ${input.slice(0, 60)}`).toEqual([]);
      }
      // The inputs reach most of the verdicts' wording, so the check above has something to find.
      expect(seen.size).toBeGreaterThan(phrases.length / 2);
    });
  }

  it('says what every known SpamAssassin rule means, and its fix, in the language', () => {
    // X-Spam-Status headers naming every rule spamrisk knows (a family such as RAZOR2_CF_RANGE_* by one member), 50 a
    // message (explain() reads at most 60 rules of one header).
    const names = SPAMASSASSIN_RULES.map((rule) => (rule.name.endsWith('*') ? `${rule.name.slice(0, -1)}51` : rule.name));
    const inputs = Array.from({ length: Math.ceil(names.length / 50) }, (_, index) => names.slice(index * 50, index * 50 + 50)).map((chunk) =>
      ['From: a@a.example', `X-Spam-Status: Yes, score=${chunk.length}.0 required=5.0 tests=${chunk.join(',\n\t')} autolearn=no`, 'Subject: Hi', '', 'Hello'].join('\n'),
    );
    const words = (locale?: string) => inputs.map((input) => explain(input, locale ? { locale } : {}).findings.map((finding) => `${finding.message} ${finding.suggestion}`).join('\n')).join('\n');
    const englishText = words();
    const reached = SPAMASSASSIN_RULES.filter((rule) => englishText.includes(rule.meaning));
    expect(reached.length).toBeGreaterThan(SPAMASSASSIN_RULES.length * 0.9);
    for (const locale of ['fr', 'de', 'es']) {
      const text = words(locale);
      const left = reached.flatMap((rule) => [rule.meaning, rule.fix]).filter((english) => english.split(' ').length >= 3 && text.includes(english));
      expect(left, locale).toEqual([]);
    }
  });

  it('keeps the rule names, codes and the filter’s own words of a header verdict as they are', () => {
    const input = HEADER_SETS[4] as string;
    const french = explain(input, { locale: 'fr' }).findings.map((finding) => finding.message);
    expect(french).toContain('Verdict de Microsoft 365 / Exchange Online Protection\u00a0: SCL 6 (spam\u00a0: remis dans le dossier Courrier indésirable ou mis en quarantaine), SFV:SPM (spam (filtré comme spam)), CAT:SPOOF (usurpation (le domaine From a échoué à l’authentification)), IPV:CAL (l’adresse IP figure sur la liste autorisée de l’organisation).');
    expect(french.some((message) => message.startsWith('Règle SpamAssassin XYZ_UNKNOWN_RULE (+2,1 points)\u00a0: spamrisk ne connaît pas cette règle'))).toBe(true);
    expect(french).toContain('SpamAssassin a donné au message un score de 7,3 pour un seuil de 5\u00a0: il a été classé comme spam. 4 règles se sont déclenchées, chacune est listée avec sa signification.');
  });

  /** Replies whose words name a list, a provider's code, a mechanism or an IP: each cause's sharper details. */
  const DETAILED_REPLIES = [
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '554 5.7.1 Client host [192.0.2.5] blocked using bl.spamcop.net, also listed in SORBS, UCEPROTECT and the CBL',
    '550 5.7.1 Mail from 192.0.2.6 refused, listed in dnsbl.example.net',
    '550 5.7.606 Access denied, banned sending IP [192.0.2.9]. To request removal from this list please visit https://sender.office.com/ (AS16012609)',
    '550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. gsmtp',
    '550 5.7.515 Access denied, sending domain shop.example does not meet the required authentication level.',
    '550 5.7.509 Access denied, sending domain shop.example does not pass DMARC verification and has a DMARC policy of reject.',
    '550-5.7.26 Unauthenticated email from shop.example is not accepted due to domain’s DMARC policy. gsmtp',
    '550 5.7.23 SPF check failed: the domain of shop.example does not designate 192.0.2.3 as permitted sender',
    '550 5.7.1 DKIM signature verification failed for shop.example',
    '421 4.7.0 [TSS04] Messages from 192.0.2.3 temporarily deferred due to unexpected volume or user complaints',
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. (AS(123456)) outlook.com',
    '421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address 192.0.2.4. gsmtp',
    '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: a@shop.example',
    '550 5.7.1 Message rejected as spam by Content Filtering. [OFR_506]',
    '554 5.7.1 The message was rejected because it contains prohibited content (UBE) barracuda',
  ];

  for (const locale of ['fr', 'de', 'es']) {
    it(`${locale}: says a cause's details (lists, providers' codes and steps, mechanisms, IPs) in the language`, () => {
      const phrases = englishPhrases([DETAIL_MESSAGES]);
      const seen = new Set<string>();
      for (const line of DETAILED_REPLIES) {
        const english = explain(line);
        const translated = explain(line, { locale });
        expect(skeleton(translated), line).toEqual(skeleton(english));
        for (const finding of english.findings) for (const phrase of phrases) if (`${finding.message} ${finding.suggestion}`.includes(phrase)) seen.add(phrase);
        const text = translated.findings.map((finding) => `${finding.message} ${finding.suggestion}`).join('\n');
        expect(phrases.filter((phrase) => text.includes(phrase)), `${locale}: ${line}`).toEqual([]);
      }
      // The replies reach most of the details' wording, so the check above has something to find.
      expect(seen.size).toBeGreaterThan(phrases.length * 0.6);
    });
  }

  it('puts a detail’s sharper title first in the language, with the domain and IP read from the reply', () => {
    const line = '550 5.7.23 SPF check failed: the domain of shop.example does not designate 192.0.2.3 as permitted sender';
    expect(explain(line).findings[0]?.message).toMatch(/^SPF failed for shop\.example: the domain does not authorise the server that sent the message\. /);
    const french = explain(line, { locale: 'fr' }).findings[0];
    expect(french?.message).toMatch(/^SPF a échoué pour shop\.example\u00a0: le domaine n’autorise pas le serveur qui a envoyé le message\. /);
    expect(french?.message).toContain('La réponse cite SPF. Adresse IP d’envoi\u00a0: 192.0.2.3.');
    expect(french?.suggestion).toMatch(/^Ajoutez le serveur d’envoi \(192\.0\.2\.3\) ou l’include: de son fournisseur à l’enregistrement SPF du domaine de l’expéditeur d’enveloppe shop\.example\. /);
  });

  it('counts the other recipients with the language’s plural and numbers', () => {
    const dsn = [
      'From: MAILER-DAEMON@mx.sender.example',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.sender.example',
      '',
      ...['ann', 'bob', 'cy'].flatMap((name) => [`Final-Recipient: rfc822; ${name}@b.example`, 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', '']),
      '--b--',
    ].join('\r\n');
    expect(explain(dsn).findings[0]?.message).toContain('The same applies to 2 more recipient(s): bob@b.example, cy@b.example.');
    expect(explain(dsn, { locale: 'fr' }).findings[0]?.message).toContain('Il en va de même pour 2 autres destinataires\u00a0: bob@b.example, cy@b.example.');
    expect(explain(dsn, { locale: 'de' }).findings[0]?.message).toContain('Dasselbe gilt für 2 weitere Empfänger: bob@b.example, cy@b.example.');
  });

  it('runs the content check of a returned message in the same language, unless analyze.locale says otherwise', () => {
    const english = explain(fixture('arf-abuse.eml'));
    const french = explain(fixture('arf-abuse.eml'), { locale: 'fr' });
    const content = french.findings.filter((finding) => finding.message.startsWith('Dans le message renvoyé\u00a0: '));
    expect(content.length).toBeGreaterThan(0);
    expect(content.length).toBe(english.findings.filter((finding) => finding.message.startsWith('In the returned message: ')).length);
    // The inner message is the content check's own French (the same as analyze() in French says).
    const missingId = french.findings.find((finding) => finding.rule === 'missing-message-id');
    const direct = analyze({ text: 'x', headers: { from: 'a@b.example' } }, { locale: 'fr' }).findings.find((finding) => finding.rule === 'missing-message-id');
    expect(direct).toBeDefined();
    expect(missingId?.message).toContain(direct?.message ?? '?');
    expect(missingId?.message).toMatch(/\(le contrôle du contenu lui donne 1 point\)\.$/);
    const mixed = explain(fixture('arf-abuse.eml'), { locale: 'fr', analyze: { locale: 'de' } });
    expect(mixed.findings.find((finding) => finding.rule === 'missing-message-id')?.message).toMatch(/^Dans le message renvoyé\u00a0: Die Nachricht hat keinen Message-ID-Header/);
  });

  it('is English by default and for en-GB, takes a region (fr-CA → French), and refuses a language it does not write like analyze() does', () => {
    const input = fixture('arf-abuse.eml');
    expect(explain(input, { locale: 'en' })).toEqual(explain(input));
    expect(explain(input, { locale: 'en-GB' })).toEqual(explain(input));
    expect(explain(input, { locale: 'fr-CA' }).findings.map((f) => f.message)).toEqual(explain(input, { locale: 'fr' }).findings.map((f) => f.message));
    expect(() => explain(input, { locale: 'pt' })).toThrow(TypeError);
    expect(() => explain(input, { locale: 'pt' })).toThrow("explain(): options.locale must be a language tag of 'en', 'fr', 'de', 'es' (a region such as 'fr-CA' is fine); got a string (\"pt\").");
    expect(() => explain(input, { locale: 5 as unknown as string })).toThrow(/explain\(\): options\.locale must be a language tag/);
    expect(() => explain(input, { locale: 'not a tag' })).toThrow(TypeError);
    // An inherited `locale` is not an option the caller gave.
    expect(explain(input, Object.create({ locale: 'pt' }) as object)).toEqual(explain(input));
  });

  it('refuses an option it does not take, naming it and the near one, as analyze() does', () => {
    const input = fixture('arf-abuse.eml');
    expect(() => explain(input, { treshold: 4 } as never)).toThrow(TypeError);
    expect(() => explain(input, { treshold: 4 } as never)).toThrow('explain(): options has no option "treshold"; did you mean "threshold"? (it takes threshold, analyzeReturned, analyze, locale).');
    expect(() => explain(input, { colour: 'red' } as never)).toThrow(/^explain\(\): options has no option "colour" \(it takes/);
    // A key inside `analyze` is analyze()'s to refuse, with its path.
    expect(() => explain(input, { analyze: { langauges: ['en'] } } as never)).toThrow(/^explain\(\): options\.analyze has no option "langauges"; did you mean "languages"\?/);
    // Every option it takes, given, is taken; an inherited unknown one is none the caller gave.
    expect(() => explain(input, { threshold: 5, analyzeReturned: false, analyze: { languages: ['en'] }, locale: 'fr' })).not.toThrow();
    expect(explain(input, Object.create({ treshold: 4 }) as object)).toEqual(explain(input));
  });

  it('checkExplainOptions reads locale itself, as checkAnalyzeOptions does for analyze()', () => {
    expect(() => checkExplainOptions({ locale: 'fr-CA' })).not.toThrow();
    expect(() => checkExplainOptions({ locale: 'es', analyze: { locale: 'de' } })).not.toThrow();
    expect(() => checkExplainOptions({ locale: 'pt' })).toThrow("explain(): options.locale must be a language tag of 'en', 'fr', 'de', 'es'");
    expect(() => checkExplainOptions({ locale: ['fr'] }, 'cli explain')).toThrow(/^cli explain: options\.locale must be a language tag/);
    expect(() => checkExplainOptions({ analyze: { locale: 'xx' } })).toThrow(/options\.analyze\.locale must be a language tag/);
  });
});
