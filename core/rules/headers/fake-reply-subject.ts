// Detects a subject that pretends to continue a conversation (`Re:`, `Fwd:`) in a message that
// answers nothing: no In-Reply-To or References header. Spam fakes replies to look expected;
// SpamAssassin's FAKE_REPLY rules score it. Judged only when the message's headers are given.
import { defineRule, inSubject, shorten, type RuleContext } from '../rule.ts';


/**
 * Headers that show a real thread: the RFC 5322 reply headers, Outlook's thread headers, and a
 * mailing list's (replies posted to a list by old clients often lack In-Reply-To).
 */
const THREAD_HEADERS = ['in-reply-to', 'references', 'thread-index', 'thread-topic', 'list-id', 'list-post'];

/**
 * The prefix at the start of the subject (`Re:`, `RE[2]:`, `Fwd :`), if any. The prefixes of each
 * language are data: wordlists/global/reply-prefixes.yml.
 */
function replyPrefix(subject: string, prefixes: RuleContext['lists']['replyPrefixes']): { kind: 'reply' | 'forward'; end: number } | null {
  const head = subject.slice(0, 24);
  const match = /^\s*([\p{L}]{1,6})\s?(?:\[\d{1,3}\])?\s?[:：]/u.exec(head);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const kind = prefixes.get(word) ?? null;
  return kind ? { kind, end: match[0].length } : null;
}

export default defineRule({
  id: 'fake-reply-subject',
  category: 'headers',
  description: 'Re: or Fwd: subject on a message that replies to nothing',
  weight: 1.0,
  cap: 1,
  messages: {
    'fake-reply':
      'The subject starts with `{prefix}` but the message has no In-Reply-To or References header, so it answers no earlier mail. Faked replies are a known spam trick and filters check for them.',
    'fake-forward':
      'The subject starts with `{prefix}` but the message carries no In-Reply-To or References header. Forwards often lack them, but a bulk mail dressed as a forward looks like a spam trick.',
    'drop-re':
      'Drop the "Re:" unless this really answers the reader\'s mail (then reply from your mail client, which adds the headers).',
    'drop-fwd':
      'Drop the "Fwd:" and write a subject that says what the mail is about.',
  },
  check(context) {
    const { message } = context;
    const subject = message.subject ?? '';
    if (!subject || !context.facts.wholeMessage) return [];
    const prefix = replyPrefix(subject, context.lists.replyPrefixes);
    if (!prefix) return [];
    const threaded = THREAD_HEADERS.some((name) => message.headers.has(name));
    if (threaded) return [];
    const start = subject.length - subject.trimStart().length;
    const evidence = shorten(subject.slice(start, prefix.end));
    const reply = prefix.kind === 'reply';
    return [
      {
        messageId: reply ? 'fake-reply' : 'fake-forward',
        suggestionId: reply ? 'drop-re' : 'drop-fwd',
        data: { prefix: evidence },
        evidence,
        location: inSubject(start, prefix.end),
        strength: reply ? 1 : 0.5,
      },
    ];
  },
});
