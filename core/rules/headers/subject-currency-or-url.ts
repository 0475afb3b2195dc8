// Detects a money amount or a web address in the subject ("Claim your $1,000", "www.deals.example").
// Large sums and links in the subject are spam and scam hallmarks (SpamAssassin's money and URI
// subject tests); a receipt's small amount ("Your order of $24.90") is left alone.
import { defineRule, inSubject, shorten, type MessageHit } from '../rule.ts';

const MAX_SUBJECT = 1000;
/** A currency sign or code before or after a number: `$1,000`, `1.000 €`, `USD 500`, `£5k`. */
const AMOUNT =
  /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|US\$|R\$)\s?)\s?(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(k|m|million|mio|mil|billion)?\b|\b(\d{1,3}(?:[.,\s]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(k|m|million|mio|mil|billion)?\s?(?:[$€£¥₹]|(?:USD|EUR|GBP|dollars?|euros?|pounds)\b)/giu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]{2,200}/gi;

const MULTIPLIER: Record<string, number> = { k: 1e3, m: 1e6, million: 1e6, mio: 1e6, mil: 1e3, billion: 1e9 };

function amountOf(digits: string, suffix: string | undefined): number {
  const value = Number(digits.replace(/[.,\s]/g, ''));
  return value * (MULTIPLIER[(suffix ?? '').toLowerCase()] ?? 1);
}

export default defineRule({
  id: 'subject-currency-or-url',
  category: 'headers',
  description: 'Subject holds a large money amount or a web address',
  weight: 1.0,
  cap: 2,
  messages: {
    'money':
      'The subject names a sum of money, `{amount}`. Amounts in the subject line are typical of prize, loan and investment spam, and filters weigh them.',
    'money-in-body':
      'Keep money out of the subject; say what the mail is about and give the figures in the body.',
    'web-address':
      'The subject contains a web address, `{url}`. Links in the subject are rare in legitimate mail and common in spam, and a link there cannot be checked before it is read.',
    'link-in-body':
      'Move the link into the body, on descriptive link text; name the brand in the subject instead of its address.',
  },
  check(context) {
    const subject = (context.message.subject ?? '').slice(0, MAX_SUBJECT);
    if (!subject) return [];
    const hits: MessageHit[] = [];
    for (const match of subject.matchAll(AMOUNT)) {
      const amount = amountOf(match[1] ?? match[3] ?? '0', match[2] ?? match[4]);
      // Receipts and invoices name small sums; spam dangles big ones.
      const strength = amount >= 1000 ? 1 : amount >= 100 ? 0.4 : 0;
      if (strength === 0) continue;
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      const evidence = shorten(subject.slice(start, end));
      hits.push({
        messageId: 'money',
        suggestionId: 'money-in-body',
        data: { amount: evidence },
        evidence,
        location: inSubject(start, end),
        strength,
      });
    }
    for (const match of subject.matchAll(URL)) {
      const start = match.index;
      const end = start + match[0].replace(/[.,;:!?)]+$/, '').length;
      const evidence = shorten(subject.slice(start, end));
      hits.push({
        messageId: 'web-address',
        suggestionId: 'link-in-body',
        data: { url: evidence },
        evidence,
        location: inSubject(start, end),
        strength: 1,
      });
    }
    return hits;
  },
});
