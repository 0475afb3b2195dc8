/**
 * One explain() call reads each text outside names once for each way causes read them
 * (Vocabulary.forOneCall): what it keeps must never answer for another way of reading, nor for another
 * text. Each cause still reads its own words, whatever was asked before it in the same call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explain } from '../../core/explain/index.ts';
import { wordsForMatching } from '../../core/explain/classify.ts';
import { VOCABULARY, createVocabulary, withoutNames } from '../../core/explain/vocabulary.ts';
import type { CauseId } from '../../core/explain/causes.ts';
import { PROBES, PROBES_5, PROBES_12 } from './probes.ts';
import { PROBES_15 } from './probes-set15.ts';
import { dsnReport } from './dsn-builder.ts';

// A virus signature's name: a finding only read as signatures (virus-detected) read them; a host to every other way.
const SIGNATURE = '554 5.7.1 message rejected: heuristics.phishing.email found';
// A DNS list's zone: a listing only read as zones (blocklisted) read them; a host, hidden or blanked, to every other way.
const ZONE = '550 5.7.1 rejected: listed in zen.spamhaus.org';

describe('one call keeps each way of reading a text apart', () => {
  it('the words of another way of reading would not say the cause (so a mix-up would show)', () => {
    expect(withoutNames(SIGNATURE, 'names')).not.toBe(withoutNames(SIGNATURE, 'signatures'));
    expect(VOCABULARY.says('virus-detected', withoutNames(SIGNATURE, 'names'))).toBe(false);
    expect(VOCABULARY.says('virus-detected', withoutNames(SIGNATURE, 'hosts'))).toBe(false);
    expect(VOCABULARY.says('blocklisted', withoutNames(ZONE, 'signatures'))).toBe(false);
    expect(VOCABULARY.says('blocklisted', withoutNames(ZONE, 'hosts'))).toBe(false);
  });

  it('a signature read after the same text was read for spam and for every cause', () => {
    const call = VOCABULARY.forOneCall();
    expect(call.says('spam-content', SIGNATURE)).toBe(false);
    expect(call.says('unknown-domain', SIGNATURE)).toBe(false);
    expect(call.first(SIGNATURE, (cause) => cause.id !== 'virus-detected')).toBe(null);
    expect(call.says('virus-detected', SIGNATURE)).toBe(true);
    expect(call.first(SIGNATURE)).toBe('virus-detected');
  });

  it('a zone read after the same text was read for a virus, and a virus after a zone', () => {
    const call = VOCABULARY.forOneCall();
    expect(call.says('virus-detected', ZONE)).toBe(false);
    expect(call.says('blocklisted', ZONE)).toBe(true);
    expect(call.says('blocklisted', SIGNATURE)).toBe(false);
    expect(call.says('virus-detected', SIGNATURE)).toBe(true);
    expect(call.first(ZONE)).toBe('blocklisted');
    expect(call.first(SIGNATURE)).toBe('virus-detected');
  });

  it('each text its own words, read the same way one after another', () => {
    const call = VOCABULARY.forOneCall();
    expect(call.first('550 5.1.1 user unknown')).toBe('unknown-recipient');
    expect(call.first('552 5.2.2 mailbox full')).toBe('mailbox-full');
    expect(call.says('unknown-recipient', '552 5.2.2 mailbox full')).toBe(false);
    expect(call.says('mailbox-full', '550 5.1.1 user unknown')).toBe(false);
  });

  it('a vocabulary without some items keeps them out of its calls too', () => {
    const without = createVocabulary({ exclude: (item) => item.cause === 'blocklisted' }).forOneCall();
    expect(without.says('blocklisted', ZONE)).toBe(false);
    expect(VOCABULARY.forOneCall().says('blocklisted', ZONE)).toBe(true);
  });
});

/** A report of two recipients, each refused for its own reason in its own words; the generic status leaves the words to decide. */
function twoRecipientReport(first: string, second: string): string {
  return dsnReport({
    recipient: 'one@b.example',
    action: 'failed',
    status: '5.0.0',
    diagnosticCode: `smtp; ${first}`,
    others: [{ recipient: 'two@c.example', action: 'failed', status: '5.0.0', diagnosticCode: `smtp; ${second}` }],
  });
}

describe('one explain() call of two recipients: each read in its own words, its own way', () => {
  const rules = (report: string) => explain(report, { analyzeReturned: false }).findings.map((finding) => finding.rule);
  it.each([
    [SIGNATURE, ZONE, ['virus-detected', 'blocklisted']],
    [ZONE, SIGNATURE, ['blocklisted', 'virus-detected']],
    ['550 5.1.1 user unknown', SIGNATURE, ['unknown-recipient', 'virus-detected']],
    [SIGNATURE, '550 5.1.1 user unknown', ['virus-detected', 'unknown-recipient']],
  ] as const)('%s / %s', (first, second, expected) => {
    expect(rules(twoRecipientReport(first, second))).toEqual(expected);
  });
});

describe('a call answers as a fresh vocabulary does, over many texts and causes asked in any order', () => {
  // Probe replies (and a name or a signature appended), lower-cased as explain() reads them; more texts
  // than one call keeps (16), so it also starts over mid-sequence.
  const replies = [...PROBES, ...PROBES_5, ...PROBES_12, ...PROBES_15].map((probe) => probe.reply);
  const texts = replies.flatMap((reply) => [reply, `${reply}; relayed via mailbox-full.example`, `${reply} (heuristics.phishing.email)`]).map((text) => wordsForMatching(text));
  const causes: CauseId[] = ['virus-detected', 'blocklisted', 'spam-content', 'unknown-domain', 'mailbox-full', 'unknown-recipient', 'policy-rejection', 'delivery-delayed'];
  const ask = fc.record({ text: fc.constantFrom(...texts), cause: fc.constantFrom(...causes), first: fc.boolean() });
  it('says() and first() of one call equal those of the whole vocabulary', () => {
    fc.assert(
      fc.property(fc.array(ask, { minLength: 1, maxLength: 200 }), (asks) => {
        const call = VOCABULARY.forOneCall();
        for (const { text, cause, first } of asks) {
          if (first) expect(call.first(text, (entry) => entry.id !== cause)).toBe(VOCABULARY.first(text, (entry) => entry.id !== cause));
          else expect(call.says(cause, text)).toBe(VOCABULARY.says(cause, text));
        }
      }),
      { seed: 20261205, numRuns: 60 },
    );
  });
});
