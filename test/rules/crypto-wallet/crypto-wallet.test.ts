import { describe, expect, it } from 'vitest';
import { createAnalyzer, type EmailInput } from '../../../core/index.ts';
import { ruleById, testRule } from '../test-rule.ts';

testRule('crypto-wallet', import.meta.dirname);

const analyzer = createAnalyzer();
const rule = ruleById('crypto-wallet');
/** The strength of the rule's hit (0 when silent). */
const strength = (input: EmailInput): number => rule.check(analyzer.context(input)).reduce((sum, hit) => sum + (hit.strength ?? 1), 0);

const P2SH = '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy';
const BECH32 = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';

describe('crypto-wallet: what doubles the address (SpamAssassin BITCOIN_EXTORT_*, BITCOIN_DEADLINE with __PAY_ME)', () => {
  it.each([
    ['extortion wording', `I recorded you through your webcam. Pay 0.1 BTC to ${P2SH}.`],
    ['extortion wording after the address', `Wallet: ${P2SH}\n\nI installed a malware on your computer.`],
    ['a deadline beside a payment demand, no extortion words', `Send $1,500 in Bitcoin to ${P2SH}. You have 48 hours.`],
    ['a deadline beside "pay me"', `Address: ${BECH32}\nPay me within 2 days.`],
    ['extortion wording in the subject only', { subject: 'I have hacked your device', text: `Pay to ${P2SH} now.` }],
  ])('doubles it beside %s', (_, input) => {
    expect(strength(typeof input === 'string' ? { text: input } : input)).toBe(2);
  });

  it.each([
    ['an exchange deposit notice with its deadline', `Your BTC address for deposits is ${P2SH}. Send only Bitcoin to this address. Deposits are credited within 24 hours.`],
    ['the bitcoin address label', `Deposit received: 0.2 BTC to your bitcoin address ${BECH32}. Gemini`],
    ['ordinary urgency wording', `Withdrawal sent to ${P2SH}. To view it on the blockchain, click here. Limited time: zero fees, order now.`],
    ['an invoice that expires today', `Invoice 2291: pay 0.002 BTC to ${BECH32}. This invoice expires today. Pay now.`],
    ['a donation footer', `Support our work. Donate BTC: ${BECH32}. Our matching campaign runs for a limited time.`],
    ['a payment demand without a deadline', `Please send exactly 0.01 BTC to ${P2SH} for your order.`],
    // review-d20b 1 and 2: how invoices and newsletters talk, beside a due date.
    ['an invoice with its due date', `Please make the payment within 7 days to ${BECH32}. Invoice 118, Studio Nord.`],
    ['an exchange asking for an exact amount', `Send exactly 0.05 BTC to ${P2SH}. Deposits are credited within 24 hours.`],
    ['a supplier\'s terms', `Send the payment within 30 days to ${BECH32}. Thank you for your business.`],
    ['a newsletter with a tip jar', `Add us to your contact list so we reach your inbox. Tips: ${BECH32}. Sale ends within 48 hours.`],
    ['a privacy tip with a donation address', `Cover your webcam when you are not using it. Donate: ${P2SH}. Campaign ends within 3 days.`],
  ])('counts it once in %s', (_, text) => {
    expect(strength({ text })).toBe(1);
  });

  it('reads the wording near the address only (1,500 characters either side)', () => {
    const far = `I recorded you.${' Unrelated text here.'.repeat(100)} Our address: ${P2SH}`;
    expect(strength({ text: far })).toBe(1);
    expect(strength({ text: `I recorded you. Our address: ${P2SH}` })).toBe(2);
  });
});
