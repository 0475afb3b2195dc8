// Detects a Bitcoin wallet address in the visible text, its checksum verified (the wallets fact):
// payment to a wallet is what extortion ("I recorded you… send $1,500 in Bitcoin within 48
// hours"), fake-giveaway and advance-fee mail asks, and legitimate mail rarely shows one. Beside
// scam or urgency wording (shady and urgency phrases) it counts twice. Sources: rspamd's
// BITCOIN_ADDR (rules/bitcoin.lua, checksums verified) and SpamAssassin's __BITCOIN_ID metas
// (PDS_BTC_ID, BITCOIN_PAY_ME, BITCOIN_DEADLINE, BITCOIN_EXTORT_01); docs/rules/crypto-wallet.md pins the versions read.
import type { PhraseHitList } from '../../facts/triggers.ts';
import { defineRule, inText, shorten, type RuleContext } from '../rule.ts';

/** Trigger categories that make the address a demand: scam wording and deadlines. */
const DEMAND_CATEGORIES: ReadonlySet<string> = new Set(['shady', 'urgency']);

/** The first scam or urgency phrase of the text, then of the subject, or null. */
function demandWording(context: RuleContext): string | null {
  const { text, subject } = context.facts.triggers;
  const first = (hits: PhraseHitList): string | null => {
    for (let index = 0; index < hits.length; index++) {
      const definition = hits.definition(index);
      if (definition !== undefined && DEMAND_CATEGORIES.has(definition.category)) return definition.phrase;
    }
    return null;
  };
  return first(text) ?? first(subject);
}

export default defineRule({
  id: 'crypto-wallet',
  category: 'phrases',
  description: 'Shows a Bitcoin wallet address',
  weight: 1.5,
  cap: 2,
  messages: {
    wallet:
      'The mail shows a Bitcoin wallet address, `{address}`: a payment to a wallet is what extortion, fake-giveaway and advance-fee mail asks for, and filters score the address.',
    'wallet-beside-wording':
      'The mail shows a Bitcoin wallet address, `{address}`, and says `{phrase}`: a payment to a wallet beside scam or deadline wording is how extortion and fake-giveaway mail reads, and filters score them together.',
    'name-the-payment':
      'If you do take payment in Bitcoin, say who you are and what the payment is for, and link to a payment page on your own site rather than writing the address in the mail.',
  },
  check(context) {
    const [address] = context.facts.wallets;
    if (address === undefined) return [];
    const { text } = context.message;
    const evidence = shorten(text.slice(address.start, address.end));
    const phrase = demandWording(context);
    const location = inText(address.start, address.end);
    if (phrase === null) {
      return [{ messageId: 'wallet', suggestionId: 'name-the-payment', data: { address: evidence }, evidence, location }];
    }
    return [
      {
        messageId: 'wallet-beside-wording',
        suggestionId: 'name-the-payment',
        data: { address: evidence, phrase },
        evidence,
        location,
        strength: 2,
      },
    ];
  },
});
