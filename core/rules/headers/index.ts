// The headers rules, sorted by id. Every rule file is listed here by hand: no globbing.
import dateWithoutZone from './date-without-zone.ts';
import displayNameBrand from './display-name-brand.ts';
import displayNameUrgency from './display-name-urgency.ts';
import fakeReplySubject from './fake-reply-subject.ts';
import forgedMailClient from './forged-mail-client.ts';
import forgedMessageId from './forged-message-id.ts';
import freemailFrom from './freemail-from.ts';
import freemailReplyTo from './freemail-reply-to.ts';
import fromWithoutName from './from-without-name.ts';
import highPriority from './high-priority.ts';
import machineMadeMailbox from './machine-made-mailbox.ts';
import malformedFrom from './malformed-from.ts';
import malformedMimeHeaders from './malformed-mime-headers.ts';
import missingDate from './missing-date.ts';
import missingMessageId from './missing-message-id.ts';
import recipientInSubject from './recipient-in-subject.ts';
import senderAlignment from './sender-alignment.ts';
import subjectAdvLabel from './subject-adv-label.ts';
import subjectAllCaps from './subject-all-caps.ts';
import subjectCurrencyOrUrl from './subject-currency-or-url.ts';
import subjectPadding from './subject-padding.ts';
import subjectShouting from './subject-shouting.ts';
import undisclosedRecipients from './undisclosed-recipients.ts';

export default [
  dateWithoutZone,
  displayNameBrand,
  displayNameUrgency,
  fakeReplySubject,
  forgedMailClient,
  forgedMessageId,
  freemailFrom,
  freemailReplyTo,
  fromWithoutName,
  highPriority,
  machineMadeMailbox,
  malformedFrom,
  malformedMimeHeaders,
  missingDate,
  missingMessageId,
  recipientInSubject,
  senderAlignment,
  subjectAdvLabel,
  subjectAllCaps,
  subjectCurrencyOrUrl,
  subjectPadding,
  subjectShouting,
  undisclosedRecipients,
];
