// Detects an X-Mailer that claims Outlook Express 5 or 6 for Windows on a message whose Message-ID
// Outlook Express did not write. Outlook Express makes every Message-ID itself, in one shape
// (`<000d01c2a4b5$1f2e3d40$0a00a8c0@host>`: 12 hex digits, `$`, 8, `$`, 8); spam software of the
// botnet era copied its X-Mailer to look like a person's mail client but made its own IDs. Mail sent
// through Hotmail or MSN by Outlook Express carries the web service's ID (`<DAV32…@hotmail.com>`,
// `<OE31…@hotmail.com>`), and the Macintosh edition never used the Windows shape, so both are left
// out. An ID in the right shape but without Outlook's timestamp is forged-message-id's.
// Source: SpamAssassin FORGED_MUA_OUTLOOK ("Forged mail pretending to be from MS Outlook", 3.999 in
// score set 0, 1.927 in set 3) and MSOE_MID_WRONG_CASE, rules/20_ratware.cf and rules/50_scores.cf.
import { firstHeader, registrableDomain } from '../../headers/fields.ts';
import { defineRule, shorten } from '../rule.ts';

/** Outlook Express 5.x or 6.x, the Windows builds (`Microsoft Outlook Express 6.00.2900.5512`). */
const OUTLOOK_EXPRESS = /\bOutlook Express [56]\.\d/i;
const MACINTOSH = /Macintosh/i;
/** Outlook Express's own Message-ID: 12 (or 16) hex digits, `$`, 8, `$`, 8, `@`. */
const OUTLOOK_EXPRESS_ID = /^\s*<[0-9a-f]{12,16}\$[0-9a-f]{8}\$[0-9a-f]{8}\$?@/i;
/** The host of a Message-ID (`<…@host>`), bounded. */
const ID_HOST = /@([A-Za-z0-9.-]{1,253})>?\s*$/;
/** Microsoft's web mail, which gives Outlook Express mail sent through it an ID of its own. */
const WEB_MAIL_ID_DOMAINS: ReadonlySet<string> = new Set(['hotmail.com', 'msn.com', 'live.com', 'outlook.com']);
const MAX_CHARS = 300;

export default defineRule({
  id: 'forged-mail-client',
  category: 'headers',
  description: 'X-Mailer claims Outlook Express, Message-ID is not its',
  weight: 2.0,
  cap: 1,
  messages: {
    'fake-outlook-express':
      'The X-Mailer header says `{mailer}`, but the Message-ID `{id}` is not one Outlook Express writes (it makes every ID itself, as `<hex$hex$hex@host>`). Spam software copies the X-Mailer of a person\'s mail client and makes its own IDs, and filters recognise the mismatch.',
    'honest-mailer':
      'Let the software that really sends the mail write its own X-Mailer (or none), and let it or your mail server create the Message-ID.',
  },
  check(context) {
    const { message } = context;
    const mailer = firstHeader(message, 'x-mailer')?.slice(0, MAX_CHARS) ?? null;
    if (mailer === null || !OUTLOOK_EXPRESS.test(mailer) || MACINTOSH.test(mailer)) return [];
    const id = firstHeader(message, 'message-id')?.slice(0, MAX_CHARS).trim() ?? null;
    if (id === null || id === '' || OUTLOOK_EXPRESS_ID.test(id)) return [];
    const host = ID_HOST.exec(id)?.[1];
    const domain = host ? registrableDomain(host.toLowerCase()) : null;
    if (domain !== null && WEB_MAIL_ID_DOMAINS.has(domain)) return [];
    const evidence = shorten(id);
    return [
      {
        messageId: 'fake-outlook-express',
        suggestionId: 'honest-mailer',
        data: { mailer: shorten(mailer.trim()), id: evidence },
        evidence,
      },
    ];
  },
});
