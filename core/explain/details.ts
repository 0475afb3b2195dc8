/**
 * Cause-specific details read from the server's words: which blocklist, which authentication
 * mechanism and domain, which provider's documented code (Gmail, Microsoft, Yahoo), the sending
 * IP. They sharpen the message and put the provider's own next step first.
 */
import type { BounceFacts } from './bounce.ts';
import type { CauseId } from './causes.ts';
import type { Diagnosis } from './classify.ts';

export interface Detail {
  /** replaces the cause's generic title when the words say more */
  readonly title?: string;
  /** added to the message */
  readonly extra: string;
  /** put before the cause's generic suggestion */
  readonly fix: string;
}

type Describer = (diagnosis: Diagnosis, facts: BounceFacts) => Detail;

const BLOCKLISTS: readonly { pattern: RegExp; name: string; lookup: string }[] = [
  { pattern: /spamhaus|\bzen\.|\bsbl\b|\bxbl\b|\bpbl\b|\bcss\b|\bdbl\b/i, name: 'Spamhaus', lookup: 'check.spamhaus.org' },
  { pattern: /barracuda|\bbrbl\b/i, name: 'Barracuda (BRBL)', lookup: 'barracudacentral.org/lookups' },
  { pattern: /spamcop/i, name: 'SpamCop', lookup: 'spamcop.net/bl.shtml (listings expire within about a day once reports stop)' },
  { pattern: /\bsorbs\b/i, name: 'SORBS', lookup: 'sorbs.net (closed in 2024; a receiver still citing it should update its configuration)' },
  { pattern: /uceprotect/i, name: 'UCEPROTECT', lookup: 'uceprotect.net (level 2/3 list whole networks: ask your provider)' },
  { pattern: /\bpsbl\b/i, name: 'PSBL', lookup: 'psbl.org' },
  { pattern: /mailspike/i, name: 'Mailspike', lookup: 'mailspike.org' },
  { pattern: /spamrats/i, name: 'SpamRATS', lookup: 'spamrats.com' },
  { pattern: /abuseat|\bcbl\b/i, name: 'CBL (now part of Spamhaus XBL)', lookup: 'check.spamhaus.org' },
  { pattern: /invaluement/i, name: 'Invaluement', lookup: 'invaluement.com' },
  { pattern: /s3150|5\.7\.60[67]|5\.7\.511|banned sending ip|on our block list/i, name: 'Microsoft’s own block list', lookup: 'sender.office.com (Microsoft’s delist portal)' },
];

function ipIn(words: string): string | undefined {
  return /(?:^|[^\d.])((?:\d{1,3}\.){3}\d{1,3})(?![\d.]*\d)/.exec(words)?.[1];
}

const describeBlocklist: Describer = (diagnosis) => {
  const lists = BLOCKLISTS.filter((entry) => entry.pattern.test(diagnosis.words));
  const named = /(?:blocked using|listed (?:in|on|at|by)) ([a-z0-9][a-z0-9.-]{2,80}\.[a-z]{2,})/i.exec(diagnosis.words)?.[1];
  const ip = ipIn(diagnosis.words);
  const names = lists.map((entry) => entry.name);
  if (named && !names.some((name) => named.toLowerCase().includes(name.split(' ')[0]?.toLowerCase() ?? ''))) names.push(named);
  const extra = names.length > 0 ? `The list named: ${names.join(', ')}.${ip ? ` Listed address: ${ip}.` : ''}` : ip ? `The address in question: ${ip}.` : '';
  const fix = lists.length > 0 ? `Check and delist at ${lists.map((entry) => entry.lookup).join('; ')}.` : '';
  return { extra, fix };
};

const describeAuthentication: Describer = (diagnosis, facts) => {
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
  const on = domain ? ` for ${domain}` : '';
  let title: string | undefined;
  let fix = '';
  if ((/this (?:mail|message) is unauthenticated|unauthenticated email from/.test(words) || (/5\.7\.26/.test(words) && !spf)) && !dmarc) {
    title = `Gmail refused the message as unauthenticated${domain ? ` (from ${domain})` : ''}: it passed neither SPF nor DKIM`;
    fix = 'Gmail requires every sender to pass SPF or DKIM, and senders of more than 5,000 messages a day to Gmail to pass DMARC with an aligned domain (support.google.com/mail/answer/81126).';
  } else if (/5\.7\.515|required authentication level/.test(words)) {
    title = `Outlook.com refused the message: the sending domain${domain ? ` ${domain}` : ''} does not meet its authentication requirements`;
    fix = 'Outlook.com requires senders of more than 5,000 messages a day to pass SPF, DKIM and DMARC (at least p=none) with alignment to the From domain (since May 2025).';
  } else if (dmarc) {
    title = `The message failed DMARC${on}${policy ? ` (the domain’s policy is p=${policy})` : ''}`;
    if (/5\.7\.26|gsmtp|google/.test(words)) fix = 'Gmail enforces the From domain’s DMARC policy: make SPF or DKIM pass for that domain (aligned), or, if the From address is not yours, send from your own domain.';
    if (/5\.7\.509/.test(words) || policy === 'reject') fix = 'The receiver applied your domain’s own DMARC policy: a server sent for your domain without SPF or DKIM passing for the From domain. Find that server in your DMARC aggregate reports and authenticate it (or stop it sending).';
  } else if (spf && !dkim) {
    title = `SPF failed${on}: the domain does not authorise the server that sent the message`;
    fix = `Add the sending server${ip ? ` (${ip})` : ''} or its provider’s include: to the SPF record of the envelope-sender domain${domain ? ` ${domain}` : ''}.`;
  } else if (dkim && !spf) {
    title = `DKIM failed${on}: the signature is missing or does not verify`;
    fix = 'Check that the DKIM key published in DNS matches the signing key, and that nothing changes the message after signing.';
  }
  const parts: string[] = [];
  if (mechanisms.length > 0) parts.push(`The reply names ${mechanisms.join(' and ')}.`);
  if (ip) parts.push(`Sending IP: ${ip}.`);
  return { ...(title ? { title } : {}), extra: parts.join(' '), fix };
};

const describeReputation: Describer = (diagnosis) => {
  const words = diagnosis.words.toLowerCase();
  const ip = ipIn(diagnosis.words);
  const extra = ip ? `Sending IP: ${ip}.` : '';
  if (/\btss?0[1-4]\b/.test(words)) {
    return {
      extra: `${extra} Yahoo’s [TS0x]/[TSS0x] codes mean deferral because of the IP’s or domain’s complaint rate, volume or sending pattern.`.trim(),
      fix: 'Check Yahoo’s Sender Hub (senders.yahooinc.com) for the code, slow down to Yahoo, and remove recipients who do not engage.',
    };
  }
  if (/4\.7\.65[01]|5\.7\.70[58]|5\.7\.750|outlook|hotmail|microsoft/.test(words)) {
    return { extra, fix: 'Enroll the IP in Microsoft SNDS and JMRP to see its status and complaints, and request mitigation at sender.office.com.' };
  }
  if (/gsmtp|google|gmail/.test(words)) {
    return { extra, fix: 'Register your domain in Google Postmaster Tools to watch its spam rate and reputation; keep the user-reported spam rate under 0.1 %.' };
  }
  return { extra, fix: '' };
};

const describeClientBlocked: Describer = (diagnosis) => {
  const ip = ipIn(diagnosis.words);
  return { extra: ip ? `Sending IP: ${ip}.` : '', fix: '' };
};

const describeMicrosoftCodes = (words: string): string => {
  const match = /\(as(\d{3,10})\)|\bas\((\d{3,10})\)/i.exec(words);
  const code = match?.[1] ?? match?.[2];
  return code ? ` AS(${code}) is Microsoft’s internal anti-spam reason code: quote it when you contact Microsoft (sender.office.com or the tenant’s admin).` : '';
};

const withMicrosoft = (describer: Describer): Describer => (diagnosis, facts) => {
  const detail = describer(diagnosis, facts);
  const note = describeMicrosoftCodes(diagnosis.words);
  return note ? { extra: `${detail.extra}${note}`.trim(), fix: detail.fix } : detail;
};

const describeRelay: Describer = (diagnosis) => {
  if (/not verified|identities failed/i.test(diagnosis.words)) {
    return {
      extra: 'Amazon SES refuses to send from (or, in its sandbox, to) identities that are not verified.',
      fix: 'Verify the sending domain or address in the SES console for that region, and request production access to leave the sandbox.',
    };
  }
  return { extra: '', fix: '' };
};

const describeSpam: Describer = (diagnosis) => {
  const words = diagnosis.words.toLowerCase();
  if (/ofr_506|\[506\]/.test(words)) return { extra: 'Orange documents code 506 as a message refused by its anti-spam filter.', fix: '' };
  if (/barracuda|ube/.test(words)) return { extra: 'A Barracuda Spam Firewall refused it as unsolicited bulk email (UBE).', fix: 'Check your IP at barracudacentral.org as well.' };
  return { extra: '', fix: '' };
};

export const describers: Partial<Record<CauseId, Describer>> = {
  blocklisted: withMicrosoft(describeBlocklist),
  'authentication-failed': withMicrosoft(describeAuthentication),
  'not-authorized': withMicrosoft(describeAuthentication),
  'poor-reputation': withMicrosoft(describeReputation),
  'client-blocked': withMicrosoft(describeClientBlocked),
  'reverse-dns': describeClientBlocked,
  'relay-denied': describeRelay,
  'spam-content': withMicrosoft(describeSpam),
};
