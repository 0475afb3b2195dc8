// Detects a large sum of money (`US$10,500,000.00`, `$4.5 million`) in a mail that also uses two
// distinct pieces of scam wording (shady phrases: next of kin, lottery winner, strictly
// confidential…): the fortune on offer is what advance-fee, lottery and inheritance fraud is about,
// and the sum beside the lures is what filters score, never the sum alone (budgets and contracts
// name sums too), and not beside one lure (a business mail may say "strictly confidential").
// Old bulk mail's removal wording ("to be removed") is no lure, nor the admission "this is an
// advertisement" (US law asks compliant marketing to say it; SpamAssassin's __MONEY_FRAUD_3 does not
// count __ADMITS_SPAM), and neither is a phrase that names a currency (`million us dollars`, `sum of
// us`): it is the sum's own wording. Source: SpamAssassin's
// LOTS_OF_MONEY, which counts only in metas such as ADVANCE_FEE_2_NEW_MONEY (more than one
// advance-fee phrase, 1.944 in rulesrc/scores/72_scores.cf) and MONEY_FRAUD_3 (more than three fraud
// phrases, 1.847) (rulesrc/sandbox/jhardin/20_advance_fee_reevolved.cf, 20_lotsa_money.cf;
// docs/rules/large-sum-lure.md pins the versions read).
import { isWarnedLureHit, type PhraseHitList } from '../../facts/triggers.ts';
import { isSamePhrase } from '../../phrases/company.ts';
import type { PhraseDefinition } from '../../phrases/matcher.ts';
import { isAdmissionWording, isRemovalWording, namesCurrency } from '../../phrases/shady-wording.ts';
import { findLargeSum } from '../../text/large-sum.ts';
import { defineRule, inSubject, inText, shorten, type RuleContext } from '../rule.ts';

/** Distinct scam-wording phrases that make a pair: SpamAssassin's money metas start at more than one fraud phrase. */
const LURES = 2;

/** The first two distinct scam-wording phrases, in the text and then in the subject, or null when there are fewer. */
function luresOf(context: RuleContext): readonly string[] | null {
  const { text, subject, textWarned, subjectWarned } = context.facts.triggers;
  const lures: PhraseDefinition[] = [];
  // A lure the sender warns against ("never send your bank details to anyone who promises you a
  // lottery win") is no fortune on offer: no lure (`isWarnedLureHit`). A company-only phrase with no
  // company still is one: the sum and the second lure are this rule's company (wordlists/README.md).
  const collect = (hits: PhraseHitList, warned: Uint8Array): void => {
    for (let index = 0; index < hits.length && lures.length < LURES; index++) {
      const definition = hits.definition(index);
      if (definition?.category !== 'shady' || isWarnedLureHit(hits, warned, index)) continue;
      const { phrase } = definition;
      // Distinct as SpamAssassin's metas count them: the phrases of one group are one (`isSamePhrase`).
      if (isRemovalWording(phrase) || isAdmissionWording(phrase) || namesCurrency(phrase) || lures.some((lure) => isSamePhrase(lure, definition))) continue;
      lures.push(definition);
    }
  };
  collect(text, textWarned);
  collect(subject, subjectWarned);
  return lures.length >= LURES ? lures.map((lure) => lure.phrase) : null;
}

export default defineRule({
  id: 'large-sum-lure',
  category: 'phrases',
  description: 'Names a large sum of money beside scam wording',
  weight: 1.5,
  cap: 1,
  messages: {
    'large-sum-lure':
      'The mail names a large sum, `{sum}`, and says `{lure}` and `{second}`: a fortune on offer beside scam wording is what advance-fee, lottery and inheritance fraud look like, and filters score them together.',
    'state-the-business':
      'If the sum is real business, say who you are and what the payment is for (an invoice, a contract), and drop the wording scams use.',
  },
  check(context) {
    // The lures first: they are read off the trigger hits, and mail with two of them is rare, so
    // the sum's regexes run over the text of few messages.
    const lures = luresOf(context);
    if (lures === null) return [];
    const { message } = context;
    const inBody = findLargeSum(message.text);
    const inSubjectLine = inBody || message.subject === null ? null : findLargeSum(message.subject);
    const found = inBody ?? inSubjectLine;
    if (!found) return [];
    const source = inBody ? message.text : (message.subject ?? '');
    const evidence = shorten(source.slice(found.start, found.end));
    return [
      {
        messageId: 'large-sum-lure',
        suggestionId: 'state-the-business',
        data: { sum: evidence, lure: lures[0]!, second: lures[1]! },
        evidence,
        location: inBody ? inText(found.start, found.end) : inSubject(found.start, found.end),
      },
    ];
  },
});
