// Detects a form written into the text for the reader to fill in and send back: a run of bare
// field labels ("Full name:", "Address:", "Phone:", "Age:", "Occupation:"), one a line or listed in
// a sentence ("send us your name, address, phone number, age and occupation"). Advance-fee,
// lottery and loan fraud collect their victims' details this way. A label that carries its value
// ("Name: Ana Silva", an order confirmation) breaks the run, as in SpamAssassin, whose rules need
// the fields blank. Source: SpamAssassin FILL_THIS_FORM_LONG (five fields or more, 2.00 in
// 73_sandbox_manual_scores.cf, which overrides 50_scores.cf) and T_FILL_THIS_FORM_SHORT (three,
// testing only), 72_active.cf; field words: the entries of wordlists/global/form-field-words.yml
// marked for this rule (the words SpamAssassin's FF_* tags read as labels), read whole.
// The reading is the fact `facts.replyForm` (core/facts/reply-form.ts), so the phrase rules can
// leave a label that is also a trigger phrase ("Next of kin:") to this rule (issue 11).
import { LONG } from '../../facts/reply-form.ts';
import { defineRule, inText, shorten, type MessageHit } from '../rule.ts';

/** The short form's share of the rule's weight (see the doc's "## Prior"). */
const SHORT_STRENGTH = 0.25;

export default defineRule({
  id: 'form-by-reply',
  category: 'phrases',
  description: 'Asks for personal details to fill in and send back',
  weight: 2,
  cap: 1,
  messages: {
    'form-by-reply':
      'The text lists {count} blank fields to fill in and send back, starting `{evidence}`: a form written into the mail that asks for name, address, phone or age is how advance-fee, lottery and loan fraud collect details, and filters score it.',
    'link-a-form':
      'If you need these details, link to a form on your own website, and never ask for identity or bank details by mail.',
  },
  check({ message, facts }) {
    // The form is a fact (core/facts/reply-form.ts): the phrase rules read where its labels are.
    const form = facts.replyForm;
    if (form === null) return [];
    const evidence = shorten(message.text.slice(form.start, form.end));
    const hit: MessageHit = {
      messageId: 'form-by-reply',
      suggestionId: 'link-a-form',
      data: { count: String(form.labels), evidence },
      evidence,
      location: inText(form.start, form.end),
      // Five fields or more is SpamAssassin's scored long form; three or four its short testing
      // rule, which has no live score (0.01, a T_ rule's default): a quarter unit, a project choice.
      strength: form.labels >= LONG ? 1 : SHORT_STRENGTH,
    };
    return [hit];
  },
});
