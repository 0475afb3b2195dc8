/**
 * A word inside a host name, an address or a URL is no verdict, for the virus and blocklist causes as
 * for the spam words: a probe reply with a name appended ("; relayed via virus-filter.example",
 * "[blacklisted-words.example]") reads as it did without it. A DNS list's zone is a host name whose
 * listing the words outside it say; a virus signature's name (ClamAV's Platform.Category.…) is no host.
 * Each reply is explained as the pasted line and inside a DSN with a generic status (probeDsn).
 */
import { describe, it } from 'vitest';
import { reads } from './read.ts';

describe('virus: a word inside a host name, an address or a URL names no finding', () => {
  const table = [
    // A host name, appended or bracketed: the reply reads as it would without it.
    ['550 <a@b.example>: Recipient address rejected: undeliverable address: unknown user: "a"; relayed via virus-filter.example', 'unknown-recipient'],
    ['550 Unrouteable address (virus-filter.example)', 'unknown-domain'],
    ['retry timeout exceeded; relayed via virus-filter.example', 'delivery-expired'],
    ['550 Sender verify failed; relayed via mx.virus.example', 'sender-rejected'],
    ['554 5.7.9 Message not accepted for policy reasons. (phishing-guard.example)', 'policy-rejection'],
    ['452 4.4.5 Insufficient disk space; try again later; relayed via malware-scan.b.example', 'remote-storage-full'],
    ['550 Mail matches a known spam signature; relayed via virus-filter.example', 'spam-content'],
    ['421 4.4.2 Connection timed out (trojan-trap.example)', 'network-error'],
    ['550 5.7.1 Message refused (mx.virus.example)', 'not-authorized'],
    // An address or a URL (as before).
    ['550 5.1.1 User unknown; see https://b.example/virus-info', 'unknown-recipient'],
    ['550 5.1.1 User unknown <virus@b.example>', 'unknown-recipient'],
  ] as const;
  it.each(table)('%s → %s', reads);
});

describe('virus: a finding said outside the name, or a signature\'s name, is still a finding', () => {
  const table = [
    ['550 5.7.1 virus detected; relayed via virus-filter.example', 'virus-detected'],
    ['550 5.7.1 Message rejected (virus-filter.example): virus found', 'virus-detected'],
    ['554 5.7.1 Infected: Win.Test.EICAR_HDB-1 FOUND', 'virus-detected'],
    ['554 5.7.1 Message rejected: Heuristics.Phishing.Email found', 'virus-detected'],
    ['554 5.7.1 Heuristics.Phishing.Email.SpoofedDomain detected', 'virus-detected'],
    ['554 5.7.1 Phishing detected (virus-filter.example)', 'virus-detected'],
    // A vendor's Platform/Name, its name ending at a top-level domain (.download).
    ['554 5.7.1 Rejected: JS/Phishing.Agent.Download', 'virus-detected'],
  ] as const;
  it.each(table)('%s → %s', reads);
});

describe('blocklist: a word inside a host name, an address or a URL names no listing', () => {
  const table = [
    ['550 <a@b.example>: Recipient address rejected: undeliverable address: unknown user: "a" [blacklisted-words.example]', 'unknown-recipient'],
    ['retry timeout exceeded; host blacklisted-words.example said OK', 'delivery-expired'],
    ['554 IP address has poor reputation [blacklisted-words.example]', 'poor-reputation'],
    ['452 Too many recipients received this hour [blacklisted-words.example]', 'rate-limited'],
    ['550 This message contains a virus (Eicar-Test-Signature). [blacklisted-words.example]', 'virus-detected'],
    ['550 This message was classified as SPAM and may not be delivered; host blacklisted-words.example said OK', 'spam-content'],
    ['550 5.1.1 User unknown; see https://b.example/blacklist-info', 'unknown-recipient'],
    ['550 5.1.1 User unknown <blacklist@b.example>', 'unknown-recipient'],
    // A host that only holds a list's word is no list's zone.
    ['550 5.1.1 User unknown; relayed via rbl-filter.example', 'unknown-recipient'],
    ['550 5.7.1 Message refused; relayed via rbl-filter.example', 'not-authorized'],
    ['550 5.7.1 Message refused (spamhaus-fan.example)', 'not-authorized'],
    ['550 5.7.1 Message refused (blocklist-mirror.example)', 'not-authorized'],
    ['550 5.7.1 Message refused (mx.rbl-filter.example)', 'not-authorized'],
    ['421 4.4.2 Connection timed out [blacklisted-words.example]', 'network-error'],
  ] as const;
  it.each(table)('%s → %s', reads);
});

describe('blocklist: a DNS list\'s zone is a host name, its listing said outside it', () => {
  const table = [
    ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'blocklisted'],
    ['554 5.7.1 Service unavailable; 192.0.2.1 listed in zen.spamhaus.org', 'blocklisted'],
    ['554 5.7.1 blocked using b.barracudacentral.org', 'blocklisted'],
    ['550 5.7.1 RBL: bl.spamcop.net', 'blocklisted'],
    ['550 5.7.1 listed at relays.ordb.org', 'blocklisted'],
    ['550 5.7.1 mail.c.example listed at relays.ordb.example', 'blocklisted'],
    ['550 5.7.1 Blocked: spam.example.com listed', 'blocklisted'],
    ['550 5.7.1 Message refused; listed in dnsbl-1.uceprotect.net', 'blocklisted'],
    ['550 5.7.1 Rejected - see https://www.spamhaus.org/query/ip/192.0.2.1', 'blocklisted'],
    ['550 5.7.1 Message refused; see ix.dnsbl.manitu.net', 'blocklisted'],
    // The words outside decide, whatever the name beside them.
    ['550 5.7.1 Sender blacklisted [blacklisted-words.example]', 'blocklisted'],
    ['550 5.7.1 Your IP is on our blacklist (blacklisted-words.example)', 'blocklisted'],
  ] as const;
  it.each(table)('%s → %s', reads);
});
