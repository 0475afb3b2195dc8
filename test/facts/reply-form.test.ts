import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { withinFormLabel } from '../../core/facts/reply-form.ts';

const analyzer = createAnalyzer();
const formOf = (text: string) => analyzer.context({ text }).facts.replyForm;
/** Whether the first occurrence of `words` in `text` lies within one label of the text's form. */
const inLabel = (text: string, words: string): boolean => {
  const at = text.indexOf(words);
  return withinFormLabel(formOf(text), at, at + words.length, text);
};

describe('facts.replyForm', () => {
  it('is null below three labels, and for a reply', () => {
    expect(formOf('Name:\nAddress:\n')).toBeNull();
    expect(analyzer.context({ text: 'Name:\nAddress:\nPhone:\n', headers: { 'In-Reply-To': '<a@b.example>' } }).facts.replyForm).toBeNull();
  });

  it('is found when its labels are of several words, whose last words are no labels alone', () => {
    // The fact skips a text with fewer than three words that end a label: `kin` and `status` end
    // one here without being one, `name` is one.
    const text = 'Next of kin:\nMarital status:\nName:\n';
    expect(formOf(text)?.labels).toBe(3);
    expect(formOf('Next of kin:\nMarital status:\n')).toBeNull();
  });

  it('reads a listed label that ends in a tail word whole, and drops a tail word after another label', () => {
    // `number` may follow a field word (`Phone number`, read as `phone`), and it also ends two
    // listed labels, `account number` and `routing number`, which are read whole.
    expect(formOf('Account number:\nRouting number:\nName:\nAge:\n')?.labels).toBe(4);
    expect(formOf('Your account number:\nRouting number:\nAccount number no:\n')?.labels).toBe(3);
    expect(formOf('Phone number:\nTelephone no:\nName:\n')?.labels).toBe(3);
    // `account` alone, or before a tail word that is not its own, is no label (it breaks each run).
    expect(formOf('Name:\nAccount:\nAge:\nRouting:\nCity:\n')).toBeNull();
    expect(formOf('Name:\nAccount code:\nRouting number:\nAge:\n')).toBeNull();
  });

  it('reads `no`, `nr` or `num` after a label as `number`, and the bank account number and its abbreviation as labels', () => {
    expect(formOf('Account no:\nRouting nr:\nName:\n')?.labels).toBe(3);
    expect(formOf('Bank account number:\nAcct number:\nName:\n')?.labels).toBe(3);
    // `no` stands for `number` only in a label that ends in it: `Name no:` reads as `name`, `Age num` as `age`.
    expect(formOf('Name no:\nAge num:\nCity:\n')?.labels).toBe(3);
    // `bank` is no qualifier of other labels.
    expect(formOf('Bank name:\nBank address:\nBank phone:\n')).toBeNull();
  });

  it("keeps an abbreviation's full stop inside its label: before the `:` or a tail word", () => {
    const text = 'Full Name:\nAcct. No.:\nTel. No.:\n';
    const form = formOf(text);
    expect(form?.labels).toBe(3);
    expect(text.slice(form?.start, form?.end)).toBe('Full Name:\nAcct. No.:\nTel. No.');
    // Before any other word it is a sentence's full stop, which parts.
    expect(formOf('Send your name, address and phone no. We will call you back.')?.labels).toBe(3);
    expect(formOf('Name:\nAddress:\nAcct. Please reply.\n')).toBeNull();
  });

  it('is the longest run, with where its labels start', () => {
    const text = 'Name:\nAge:\nPhone:\n\nWe met last week.\n\nName:\nAddress:\nCity:\nCountry:\n';
    const form = formOf(text);
    expect(form?.labels).toBe(4);
    expect(text.slice(form!.start, form!.end)).toBe('Name:\nAddress:\nCity:\nCountry');
    expect(form?.labelsFrom).toBe(form?.start);
  });

  it('starts the labels of a run opened by a request at its "your"', () => {
    const text = 'Please send us your full name, address, phone number and occupation.';
    const form = formOf(text);
    expect(text.slice(form!.labelsFrom, form!.end)).toBe('your full name, address, phone number and occupation');
  });
});

describe('withinFormLabel', () => {
  const form = 'Kindly send:\n1. Your Full Name:\n2. Your Home Address:\n3. Your private email: ____\n4. Next of kin:\n5. Username and password:\n';

  it('holds the words of one label, with its modifiers', () => {
    expect(inLabel(form, 'Next of kin')).toBe(true);
    expect(inLabel(form, 'private email')).toBe(true);
    expect(inLabel(form, 'Full Name')).toBe(true);
  });

  it('does not hold words across two labels, before the form, or outside it', () => {
    expect(inLabel(form, 'Username and password')).toBe(false);
    expect(inLabel(form, 'Name:\n2. Your')).toBe(false);
    expect(inLabel(form, 'Kindly send')).toBe(false);
    expect(inLabel('Please send us your full name, address, phone number and occupation.', 'send us')).toBe(false);
    expect(inLabel('Your next of kin will be told. Name:\nAddress:\nPhone:\n', 'next of kin')).toBe(false);
    expect(withinFormLabel(null, 0, 4, 'Name')).toBe(false);
  });

  it("holds nothing in a short form (three or four labels: SpamAssassin's __FILL_THIS_FORM_SHORT)", () => {
    const short = 'Full name:\nYour private email:\nNext of kin:\n';
    expect(formOf(short)?.labels).toBe(3);
    expect(inLabel(short, 'Next of kin')).toBe(false);
    expect(inLabel(short, 'private email')).toBe(false);
  });
});
