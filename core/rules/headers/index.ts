// The headers rules, sorted by id. Every rule file is listed here by hand: no globbing.
import displayNameUrgency from './display-name-urgency.ts';
import fakeReplySubject from './fake-reply-subject.ts';
import freemailReplyTo from './freemail-reply-to.ts';
import missingDate from './missing-date.ts';
import missingMessageId from './missing-message-id.ts';
import senderAlignment from './sender-alignment.ts';
import subjectAllCaps from './subject-all-caps.ts';
import subjectCurrencyOrUrl from './subject-currency-or-url.ts';
import subjectShouting from './subject-shouting.ts';

export default [
  displayNameUrgency,
  fakeReplySubject,
  freemailReplyTo,
  missingDate,
  missingMessageId,
  senderAlignment,
  subjectAllCaps,
  subjectCurrencyOrUrl,
  subjectShouting,
];
