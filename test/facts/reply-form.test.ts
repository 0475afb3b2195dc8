import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { withinFormLabel } from '../../core/facts/reply-form.ts';

const analyzer = createAnalyzer();
const formOf = (text: string) => analyzer.context({ text }).facts.replyForm;
/** The words of each label span, as the text has them. */
const labelsOf = (text: string): string[] => {
  const spans = formOf(text)?.labelSpans ?? [];
  const words: string[] = [];
  for (let at = 0; at < spans.length; at += 2) words.push(text.slice(spans[at], spans[at + 1]));
  return words;
};

describe('facts.replyForm', () => {
  it('is null below three labels, and for a reply', () => {
    expect(formOf('Name:\nAddress:\n')).toBeNull();
    expect(analyzer.context({ text: 'Name:\nAddress:\nPhone:\n', headers: { 'In-Reply-To': '<a@b.example>' } }).facts.replyForm).toBeNull();
  });

  it('holds each label\'s words, with its modifiers and without numbering or blanks', () => {
    expect(labelsOf('Kindly send:\n1. Your Full Name:\n2. Your Home Address:\n3. Private email: ____\n4. Next of kin:\n')).toEqual(['Your Full Name', 'Your Home Address', 'Private email', 'Next of kin']);
  });

  it('takes a request that ends in a label from "your" on', () => {
    expect(labelsOf('Please send us your full name, address, phone number and occupation.')).toEqual(['your full name', 'address', 'phone number', 'occupation']);
  });

  it('keeps the labels of the longest run only', () => {
    expect(labelsOf('Name:\nAge:\nPhone:\n\nWe met last week.\n\nName:\nAddress:\nCity:\nCountry:\n')).toEqual(['Name', 'Address', 'City', 'Country']);
  });

  it('says whether a stretch of text lies within one label', () => {
    const text = 'Full name:\nHome address:\nNext of kin:\n';
    const form = formOf(text);
    const kin = text.indexOf('Next of kin');
    expect(withinFormLabel(form, kin, kin + 'Next of kin'.length)).toBe(true);
    expect(withinFormLabel(form, kin - 2, kin + 4)).toBe(false);
    expect(withinFormLabel(null, kin, kin + 4)).toBe(false);
  });
});
