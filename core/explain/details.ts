/**
 * Cause-specific details read from the server's words: which blocklist, which authentication
 * mechanism and domain, which provider's documented code (Gmail, Microsoft, Yahoo), the sending
 * IP. They sharpen the message and put the provider's own next step first.
 *
 * Their words are DETAIL_MESSAGES (English, below); the translations are data in
 * core/messages/explain/details/, keyed `explain/details/<id>`. List names, domains, IPs and codes
 * read from the server's words are data, never translated.
 */
import type { MessageData, MessageSource } from '../messages/index.ts';
import type { BounceFacts } from './bounce.ts';
import type { CauseId } from './causes.ts';
import type { Diagnosis } from './classify.ts';
import type { Say } from './headers.ts';

export interface Detail {
  /** replaces the cause's generic title when the words say more */
  readonly title?: string;
  /** added to the message */
  readonly extra: string;
  /** put before the cause's generic suggestion */
  readonly fix: string;
}

export const DETAIL_MESSAGES = {
  id: 'explain/details',
  messages: {
    'lists-named': '{count, plural, other {The list named}}: {names}.{hasIp, select, yes { Listed address: {ip}.} other {}}',
    'address-in-question': 'The address in question: {ip}.',
    'delist-at': 'Check and delist at {lookups}.',
    /** between two lookups in `delist-at` */
    'lookup-separator': '; ',
    'name-cbl': 'CBL (now part of Spamhaus XBL)',
    'name-microsoft': 'Microsoft’s own block list',
    'lookup-spamcop': 'spamcop.net/bl.shtml (listings expire within about a day once reports stop)',
    'lookup-sorbs': 'sorbs.net (closed in 2024; a receiver still citing it should update its configuration)',
    'lookup-uceprotect': 'uceprotect.net (level 2/3 list whole networks: ask your provider)',
    'lookup-microsoft': 'sender.office.com (Microsoft’s delist portal)',
    'gmail-unauthenticated-title': 'Gmail refused the message as unauthenticated{hasDomain, select, yes { (from {domain})} other {}}: it passed neither SPF nor DKIM',
    'gmail-unauthenticated-fix':
      'Gmail requires every sender to pass SPF or DKIM, and senders of more than 5,000 messages a day to Gmail to pass DMARC with an aligned domain (support.google.com/mail/answer/81126).',
    'outlook-515-title':
      'Outlook.com refused the message: the sending domain{hasDomain, select, yes { {domain}} other {}} does not meet its authentication requirements',
    'outlook-515-fix':
      'Outlook.com requires senders of more than 5,000 messages a day to pass SPF, DKIM and DMARC (at least p=none) with alignment to the From domain (since May 2025).',
    'dmarc-title': 'The message failed DMARC{hasDomain, select, yes { for {domain}} other {}}{hasPolicy, select, yes { (the domain’s policy is p={policy})} other {}}',
    'dmarc-gmail-fix':
      'Gmail enforces the From domain’s DMARC policy: make SPF or DKIM pass for that domain (aligned), or, if the From address is not yours, send from your own domain.',
    'dmarc-own-policy-fix':
      'The receiver applied your domain’s own DMARC policy: a server sent for your domain without SPF or DKIM passing for the From domain. Find that server in your DMARC aggregate reports and authenticate it (or stop it sending).',
    'spf-title': 'SPF failed{hasDomain, select, yes { for {domain}} other {}}: the domain does not authorise the server that sent the message',
    'spf-fix':
      'Add the sending server{hasIp, select, yes { ({ip})} other {}} or its provider’s include: to the SPF record of the envelope-sender domain{hasDomain, select, yes { {domain}} other {}}.',
    'dkim-title': 'DKIM failed{hasDomain, select, yes { for {domain}} other {}}: the signature is missing or does not verify',
    'dkim-fix': 'Check that the DKIM key published in DNS matches the signing key, and that nothing changes the message after signing.',
    'reply-names': 'The reply names {count, select, one {{first}} two {{first} and {second}} other {{first} and {second} and {third}}}.',
    'sending-ip': 'Sending IP: {ip}.',
    'yahoo-ts': 'Yahoo’s [TS0x]/[TSS0x] codes mean deferral because of the IP’s or domain’s complaint rate, volume or sending pattern.',
    'yahoo-fix': 'Check Yahoo’s Sender Hub (senders.yahooinc.com) for the code, slow down to Yahoo, and remove recipients who do not engage.',
    'microsoft-reputation-fix': 'Enroll the IP in Microsoft SNDS and JMRP to see its status and complaints, and request mitigation at sender.office.com.',
    'google-reputation-fix':
      'Register your domain in Google Postmaster Tools to watch its spam rate and reputation; keep the user-reported spam rate under 0.1 %.',
    'microsoft-as-code':
      'AS({code}) is Microsoft’s internal anti-spam reason code: quote it when you contact Microsoft (sender.office.com or the tenant’s admin).',
    'ses-unverified': 'Amazon SES refuses to send from (or, in its sandbox, to) identities that are not verified.',
    'ses-unverified-fix': 'Verify the sending domain or address in the SES console for that region, and request production access to leave the sandbox.',
    'orange-506': 'Orange documents code 506 as a message refused by its anti-spam filter.',
    'barracuda-ube': 'A Barracuda Spam Firewall refused it as unsolicited bulk email (UBE).',
    'barracuda-ube-fix': 'Check your IP at barracudacentral.org as well.',
  },
} as const satisfies MessageSource;

type DetailMessageId = keyof typeof DETAIL_MESSAGES.messages;
type Words = (id: DetailMessageId, data?: MessageData) => string;

type Describer = (diagnosis: Diagnosis, facts: BounceFacts, t: Words) => Detail;

/** `name` and `lookup` are English; an entry whose name or lookup has words besides names says them through `nameId`, `lookupId`. */
const BLOCKLISTS: readonly { pattern: RegExp; name: string; lookup: string; nameId?: DetailMessageId; lookupId?: DetailMessageId }[] = [
  { pattern: /spamhaus|\bzen\.|\bsbl\b|\bxbl\b|\bpbl\b|\bcss\b|\bdbl\b/i, name: 'Spamhaus', lookup: 'check.spamhaus.org' },
  { pattern: /barracuda|\bbrbl\b/i, name: 'Barracuda (BRBL)', lookup: 'barracudacentral.org/lookups' },
  { pattern: /spamcop/i, name: 'SpamCop', lookup: 'spamcop.net/bl.shtml', lookupId: 'lookup-spamcop' },
  { pattern: /\bsorbs\b/i, name: 'SORBS', lookup: 'sorbs.net', lookupId: 'lookup-sorbs' },
  { pattern: /uceprotect/i, name: 'UCEPROTECT', lookup: 'uceprotect.net', lookupId: 'lookup-uceprotect' },
  { pattern: /\bpsbl\b/i, name: 'PSBL', lookup: 'psbl.org' },
  { pattern: /mailspike/i, name: 'Mailspike', lookup: 'mailspike.org' },
  { pattern: /spamrats/i, name: 'SpamRATS', lookup: 'spamrats.com' },
  { pattern: /abuseat|\bcbl\b/i, name: 'CBL (now part of Spamhaus XBL)', nameId: 'name-cbl', lookup: 'check.spamhaus.org' },
  { pattern: /invaluement/i, name: 'Invaluement', lookup: 'invaluement.com' },
  { pattern: /s3150|5\.7\.60[67]|5\.7\.511|banned sending ip|on our block list/i, name: 'Microsoft’s own block list', nameId: 'name-microsoft', lookup: 'sender.office.com', lookupId: 'lookup-microsoft' },
];

function ipIn(words: string): string | undefined {
  return /(?:^|[^\d.])((?:\d{1,3}\.){3}\d{1,3})(?![\d.]*\d)/.exec(words)?.[1];
}

const sendingIp = (ip: string | undefined, t: Words) => (ip ? t('sending-ip', { ip }) : '');

const describeBlocklist: Describer = (diagnosis, _facts, t) => {
  const lists = BLOCKLISTS.filter((entry) => entry.pattern.test(diagnosis.words));
  const named = /(?:blocked using|listed (?:in|on|at|by)) ([a-z0-9][a-z0-9.-]{2,80}\.[a-z]{2,})/i.exec(diagnosis.words)?.[1];
  const ip = ipIn(diagnosis.words);
  // Whether the server's own list name is one we already name, compared on the first word of our English name.
  const known = lists.map((entry) => entry.name);
  const names = lists.map((entry) => (entry.nameId ? t(entry.nameId) : entry.name));
  if (named && !known.some((name) => named.toLowerCase().includes(name.split(' ')[0]?.toLowerCase() ?? ''))) names.push(named);
  const extra = names.length > 0 ? t('lists-named', { count: names.length, names: names.join(', '), hasIp: ip ? 'yes' : 'no', ip: ip ?? '' }) : ip ? t('address-in-question', { ip }) : '';
  const fix = lists.length > 0 ? t('delist-at', { lookups: lists.map((entry) => (entry.lookupId ? t(entry.lookupId) : entry.lookup)).join(t('lookup-separator')) }) : '';
  return { extra, fix };
};

const describeAuthentication: Describer = (diagnosis, facts, t) => {
  const words = diagnosis.words.toLowerCase();
  const dmarc = /dmarc|5\.7\.509/.test(words);
  const spf = /\bspf\b|designat|permitted sender|allowed to send/.test(words);
  const dkim = /dkim|domainkeys/.test(words);
  const mechanisms = [dmarc ? 'DMARC' : '', spf ? 'SPF' : '', dkim ? 'DKIM' : ''].filter(Boolean);
  const domain = (
    /(?:sending domain|domain|from|for|of) \[?\(?([a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){1,8})\]?\)?/i.exec(diagnosis.words)?.[1] ??
    /@([a-z0-9.-]{3,200})/i.exec(facts.returned?.headers.find((field) => field.name === 'from')?.value ?? '')?.[1]
  )?.toLowerCase();
  const policy = /(?:policy of|p=)\s?(reject|quarantine|none)/.exec(words)?.[1];
  const ip = ipIn(diagnosis.words);
  const on = { hasDomain: domain ? 'yes' : 'no', domain: domain ?? '' };
  let title: string | undefined;
  let fix = '';
  if ((/this (?:mail|message) is unauthenticated|unauthenticated email from/.test(words) || (/5\.7\.26/.test(words) && !spf)) && !dmarc) {
    title = t('gmail-unauthenticated-title', on);
    fix = t('gmail-unauthenticated-fix');
  } else if (/5\.7\.515|required authentication level/.test(words)) {
    title = t('outlook-515-title', on);
    fix = t('outlook-515-fix');
  } else if (dmarc) {
    title = t('dmarc-title', { ...on, hasPolicy: policy ? 'yes' : 'no', policy: policy ?? '' });
    if (/5\.7\.26|gsmtp|google/.test(words)) fix = t('dmarc-gmail-fix');
    if (/5\.7\.509/.test(words) || policy === 'reject') fix = t('dmarc-own-policy-fix');
  } else if (spf && !dkim) {
    title = t('spf-title', on);
    fix = t('spf-fix', { ...on, hasIp: ip ? 'yes' : 'no', ip: ip ?? '' });
  } else if (dkim && !spf) {
    title = t('dkim-title', on);
    fix = t('dkim-fix');
  }
  const parts: string[] = [];
  if (mechanisms.length > 0) {
    parts.push(t('reply-names', { count: mechanisms.length === 1 ? 'one' : mechanisms.length === 2 ? 'two' : 'three', first: mechanisms[0] ?? '', second: mechanisms[1] ?? '', third: mechanisms[2] ?? '' }));
  }
  if (ip) parts.push(sendingIp(ip, t));
  return { ...(title ? { title } : {}), extra: parts.join(' '), fix };
};

const describeReputation: Describer = (diagnosis, _facts, t) => {
  const words = diagnosis.words.toLowerCase();
  const extra = sendingIp(ipIn(diagnosis.words), t);
  if (/\btss?0[1-4]\b/.test(words)) {
    return { extra: [extra, t('yahoo-ts')].filter(Boolean).join(' '), fix: t('yahoo-fix') };
  }
  if (/4\.7\.65[01]|5\.7\.70[58]|5\.7\.750|outlook|hotmail|microsoft/.test(words)) {
    return { extra, fix: t('microsoft-reputation-fix') };
  }
  if (/gsmtp|google|gmail/.test(words)) {
    return { extra, fix: t('google-reputation-fix') };
  }
  return { extra, fix: '' };
};

const describeClientBlocked: Describer = (diagnosis, _facts, t) => ({ extra: sendingIp(ipIn(diagnosis.words), t), fix: '' });

const describeMicrosoftCodes = (words: string, t: Words): string => {
  const match = /\(as(\d{3,10})\)|\bas\((\d{3,10})\)/i.exec(words);
  const code = match?.[1] ?? match?.[2];
  return code ? t('microsoft-as-code', { code }) : '';
};

const withMicrosoft = (describer: Describer): Describer => (diagnosis, facts, t) => {
  const detail = describer(diagnosis, facts, t);
  const note = describeMicrosoftCodes(diagnosis.words, t);
  return note ? { extra: [detail.extra, note].filter(Boolean).join(' '), fix: detail.fix } : detail;
};

const describeRelay: Describer = (diagnosis, _facts, t) => {
  if (/not verified|identities failed/i.test(diagnosis.words)) return { extra: t('ses-unverified'), fix: t('ses-unverified-fix') };
  return { extra: '', fix: '' };
};

const describeSpam: Describer = (diagnosis, _facts, t) => {
  const words = diagnosis.words.toLowerCase();
  if (/ofr_506|\[506\]/.test(words)) return { extra: t('orange-506'), fix: '' };
  if (/barracuda|ube/.test(words)) return { extra: t('barracuda-ube'), fix: t('barracuda-ube-fix') };
  return { extra: '', fix: '' };
};

const DESCRIBERS: Partial<Record<CauseId, Describer>> = {
  blocklisted: withMicrosoft(describeBlocklist),
  'authentication-failed': withMicrosoft(describeAuthentication),
  'not-authorized': withMicrosoft(describeAuthentication),
  'poor-reputation': withMicrosoft(describeReputation),
  'client-blocked': withMicrosoft(describeClientBlocked),
  'reverse-dns': describeClientBlocked,
  'relay-denied': describeRelay,
  'spam-content': withMicrosoft(describeSpam),
};

/** The details of a cause in the report's language, or none when the cause has no describer. */
export function describeDetail(id: CauseId, diagnosis: Diagnosis, facts: BounceFacts, say: Say): Detail | null {
  const describe = Object.hasOwn(DESCRIBERS, id) ? DESCRIBERS[id] : undefined;
  return describe ? describe(diagnosis, facts, (messageId, data) => say(DETAIL_MESSAGES, messageId, data)) : null;
}
