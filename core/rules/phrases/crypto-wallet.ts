// Detects a Bitcoin wallet address in the visible text, its checksum verified (the wallets fact):
// payment to a wallet is what extortion ("I recorded you… send $1,500 in Bitcoin within 48
// hours"), fake-giveaway and advance-fee mail asks, and legitimate mail rarely shows one. It counts
// twice beside extortion wording, or beside a deadline and a payment demand together, near the
// address (the walletWording fact, wordlists/global/wallet-demand-words.yml). Sources: rspamd's
// BITCOIN_ADDR (rules/bitcoin.lua, checksums verified) and SpamAssassin's __BITCOIN_ID metas
// (PDS_BTC_ID, BITCOIN_PAY_ME, BITCOIN_DEADLINE, BITCOIN_EXTORT_01); docs/rules/crypto-wallet.md pins the versions read.
import { defineRule, inText, shorten } from '../rule.ts';

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
      'The mail shows a Bitcoin wallet address, `{address}`, and says `{phrase}` near it: a payment to a wallet beside extortion wording, or beside a deadline to pay, is how extortion mail reads, and filters score them together.',
    'name-the-payment':
      'If you do take payment in Bitcoin, say who you are and what the payment is for, and link to a payment page on your own site rather than writing the address in the mail.',
  },
  check(context) {
    const [address] = context.facts.wallets;
    if (address === undefined) return [];
    const { text } = context.message;
    const evidence = shorten(text.slice(address.start, address.end));
    const wording = context.facts.walletWording;
    const location = inText(address.start, address.end);
    if (wording === null) {
      return [{ messageId: 'wallet', suggestionId: 'name-the-payment', data: { address: evidence }, evidence, location }];
    }
    return [
      {
        messageId: 'wallet-beside-wording',
        suggestionId: 'name-the-payment',
        data: { address: evidence, phrase: wording.phrase },
        evidence,
        location,
        strength: 2,
      },
    ];
  },
});
