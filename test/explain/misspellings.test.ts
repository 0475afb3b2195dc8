/**
 * Misspelt key words of replies (wordlists/global/misspellings.yml), read as the word they stand for
 * where explain() normalises a reply's words (classify.ts, wordsForMatching): invented replies, each
 * read right only through its entry (without it, each read as an unrecognised reply or a bare refusal,
 * or the temporary ones as a missing mailbox); correctly spelt words, words of other languages and
 * misspellings inside a longer word or a name are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { wordsForMatching } from '../../core/explain/classify.ts';
import { misspellings } from '../../core/data/global.ts';
import { both, reads } from './read.ts';

/** An invented reply for each entry, and the rule it reads as, pasted and in a DSN with a generic status. */
const READ_RIGHT: readonly (readonly [string, string])[] = [
  ['550 Invalid adress', 'unknown-recipient'],
  ['Adress unknown', 'unknown-recipient'],
  ['SMTP Authentification required', 'smtp-auth-required'],
  ['Mailbox non existant', 'unknown-recipient'],
  ['Mailbox non existent', 'unknown-recipient'],
  ['550 non-existant mailbox', 'unknown-recipient'],
  ['550 Nonexistant user', 'unknown-recipient'],
  ['550 Receipient not found', 'unknown-recipient'],
  ['550 Receipients unknown', 'unknown-recipient'],
  ['550 Recepient not found', 'unknown-recipient'],
  ['550 Recepients not found', 'unknown-recipient'],
  ['550 Reciepient not found', 'unknown-recipient'],
  ['550 Reciepients not found', 'unknown-recipient'],
  ['550 Recipent does not exist', 'unknown-recipient'],
  ['550 Recipents unknown', 'unknown-recipient'],
  ['Service temporarly unavailable', 'remote-system-error'],
  ['Service temporarely unavailable', 'remote-system-error'],
  ['550 Mailbox unavailible', 'unknown-recipient'],
  ['550 Mailbox unavaliable', 'unknown-recipient'],
  ['User Unknow', 'unknown-recipient'],
  ['Host Unknow', 'unknown-domain'],
  ['Unkown user', 'unknown-recipient'],
];
/** Delays: pasted, a delay; in a DSN that says the message failed, an expiry. */
const DELAYS: readonly string[] = ['Delivery defered', 'Delivery deffered'];

describe('a misspelt key word is read as the word it stands for', () => {
  it.each(READ_RIGHT)('"%s" is %s', (reply, rule) => {
    reads(reply, rule);
  });

  it.each(DELAYS)('"%s" is a delay', (reply) => {
    expect(both(reply)).toEqual(['delivery-delayed', 'delivery-expired']);
  });

  it('each entry of the list has a reply here', () => {
    const said = [...READ_RIGHT.map(([reply]) => reply), ...DELAYS].map((reply) => ` ${reply.toLowerCase()} `);
    for (const { from } of misspellings) expect(said.some((reply) => new RegExp(`[^a-z]${from}[^a-z]`).test(reply)), from).toBe(true);
  });

  it('a temporary word misspelt no longer lets "mailbox … unavailable" read as a missing mailbox', () => {
    expect(both('Mailbox temporarly unavailable')).toEqual(both('Mailbox temporarily unavailable'));
    expect(both('Mailbox temporarely unavailable')).not.toContain('unknown-recipient');
  });
});

describe('what the reading leaves as it is', () => {
  it.each([
    'user unknown',
    'the sizes differed from the declared size',
    "adresse inconnue, l'adresse n'existe pas",
    'compte existant',
    'nonexistent mailbox',
    'authentication required',
  ])('a correctly spelt word or a word of another language: "%s"', (text) => {
    expect(wordsForMatching(text)).toBe(text);
  });

  it.each([
    ['unknowable', 'unknowable'],
    ['adressé à', 'adressé à'],
    ['readress', 'readress'],
    ['unknows', 'unknows'],
    ['mx.adress.example refused', 'mx.adress.example refused'],
    ['adress.b.example refused', 'adress.b.example refused'],
    ['adress@b.example', 'adress@b.example'],
    ['adress-check failed', 'adress-check failed'],
    ['user-unknow', 'user-unknow'],
  ])('a misspelling inside a longer word or a name: "%s"', (text, words) => {
    expect(wordsForMatching(text)).toBe(words);
  });

  it('a whole word beside punctuation is read, once', () => {
    expect(wordsForMatching('550 User Unknow. Host Unknow; adress/recipent (unkown)')).toBe('user unknown. host unknown; address/recipient (unknown)');
  });
});
