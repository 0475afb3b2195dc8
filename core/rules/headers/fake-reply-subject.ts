// Detects a subject that pretends to continue a conversation (`Re:`, `Fwd:`) in a message that
// answers nothing: no In-Reply-To or References header. Spam fakes replies to look expected;
// SpamAssassin's FAKE_REPLY rules score it. Judged only when the message's headers are given.
import { replyPrefix } from '../../headers/subject.ts';
import { defineRule, inSubject, shorten } from '../rule.ts';


/**
 * Headers that show a real thread: the RFC 5322 reply headers, Outlook's thread headers, and a
 * mailing list's (replies posted to a list by old clients often lack In-Reply-To).
 */
const THREAD_HEADERS = ['in-reply-to', 'references', 'thread-index', 'thread-topic', 'list-id', 'list-post'];

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
