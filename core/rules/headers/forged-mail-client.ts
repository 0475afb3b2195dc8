// Detects an X-Mailer that claims Outlook Express 5 or 6 for Windows on a message whose Message-ID
// Outlook Express did not write. Outlook Express makes its own Message-IDs, usually
// `<000d01c2a4b5$1f2e3d40$0a00a8c0@host>` (core/headers/outlook-id.ts; the first part may also be
// 8 digits) and, on XP SP3, Vista-style 32 hex digits (`<3F2504E04F8911D39A0C0305E82C3301@host>`);
// spam software of the botnet era copied its X-Mailer to look like a person's mail client but made
// its own IDs. Left out, as SpamAssassin leaves them out: mail sent through Hotmail or MSN (the web
// service's ID, `<DAV32…@hotmail.com>`, `<BAY103-DAV12…@phx.gbl>`) or rewritten by Exchange Online
// relays (`@…prod.exchangelabs.com`), Windows Server 2003's build (6.00.3790.x), mailing-list mail
// (List-Id: lists may rewrite IDs) and the Macintosh edition. An ID in the right shape but without
// Outlook's timestamp is forged-message-id's.
// Source: SpamAssassin FORGED_MUA_OUTLOOK ("Forged mail pretending to be from MS Outlook", 3.999 in
// score set 0, 1.927 in set 3, rules/50_scores.cf) and its exclusions __OE_MSGID_2, __VISTA_MSGID
// (SA bug 5910), __HOTMAIL_BAYDAV_MSGID and __FMO_EXCL_OE3790.
import { firstHeader, registrableDomain } from '../../headers/fields.ts';
import { OUTLOOK_ID_SHAPE } from '../../headers/outlook-id.ts';
import { defineRule, shorten } from '../rule.ts';

/** Outlook Express 5.x or 6.x, the Windows builds (`Microsoft Outlook Express 6.00.2900.5512`). */
const OUTLOOK_EXPRESS = /\bOutlook Express [56]\.\d/i;
const MACINTOSH = /Macintosh/i;
/** Windows Server 2003's Outlook Express (6.00.3790.x), whose IDs SpamAssassin does not judge. */
const SERVER_2003 = /\b6\.00\.3790\b/;
/** Outlook Express on XP SP3 and Windows Mail: a Vista-style ID of 32 hex digits (SA __VISTA_MSGID). */
const VISTA_ID = /^\s*<[0-9a-f]{32}@/i;
/** Hotmail's relay ID for Outlook Express mail (`<BAY103-DAV12…@phx.gbl>`, SA __HOTMAIL_BAYDAV_MSGID). */
const HOTMAIL_DAV_ID = /^\s*<[A-Z]{2,4}\d{1,4}-DAV\d{1,4}[A-Za-z0-9]{0,40}@phx\.gbl>/i;
/** The host of a Message-ID (`<…@host>`), bounded. */
const ID_HOST = /@([A-Za-z0-9.-]{1,253})>?\s*$/;
const MAX_CHARS = 300;

export default defineRule({
  id: 'forged-mail-client',
  category: 'headers',
  description: 'X-Mailer claims Outlook Express, Message-ID is not its',
  weight: 2.0,
  cap: 1,
  headerFields: ['message-id', 'x-mailer'],
  messages: {
    'fake-outlook-express':
      'The X-Mailer header says `{mailer}`, but the Message-ID `{id}` is not one Outlook Express writes (it makes its own IDs, as `<hex$hex$hex@host>`). Spam software copies the X-Mailer of a person\'s mail client and makes its own IDs, and filters recognise the mismatch.',
    'honest-mailer':
      'Let the software that really sends the mail write its own X-Mailer (or none), and let it or your mail server create the Message-ID.',
  },
  check(context) {
    const { message, lists } = context;
    const mailer = firstHeader(message, 'x-mailer')?.slice(0, MAX_CHARS) ?? null;
    if (mailer === null || !OUTLOOK_EXPRESS.test(mailer) || MACINTOSH.test(mailer) || SERVER_2003.test(mailer)) return [];
    if (firstHeader(message, 'list-id') !== null) return [];
    const id = firstHeader(message, 'message-id')?.slice(0, MAX_CHARS).trim() ?? null;
    if (id === null || id === '' || OUTLOOK_ID_SHAPE.test(id) || VISTA_ID.test(id) || HOTMAIL_DAV_ID.test(id)) return [];
    const host = ID_HOST.exec(id)?.[1];
    const domain = host ? registrableDomain(host.toLowerCase()) : null;
    // Microsoft's web mail and Exchange Online relays (wordlists/global/relay-id-domains.txt).
    if (domain !== null && lists.relayIdDomains.has(domain)) return [];
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
