/**
 * Curated lists for the recipient check, read from the generated wordlist data (the sources are
 * wordlists/global/typo-target-domains.txt, near-miss-domains.txt, typo-suffixes.txt,
 * disposable-domains.txt and role-local-parts.txt). Small on purpose (the extension ships them).
 */
import { disposableDomains, nearMissDomains, roleLocalParts, typoSuffixes, typoTargetDomains } from '../data/global.ts';

/** Mailbox domains a typo is checked against. Also the domains never reported as typos. */
export const COMMON_MAILBOX_DOMAINS: readonly string[] = typoTargetDomains;

/** Real domains one edit away from a common one: never reported as typos. */
export const KNOWN_NEAR_MISSES: readonly string[] = nearMissDomains;

/** Domain endings that are mostly `.com` or `.net` mistyped, even where they are real country codes. */
export const TYPO_SUFFIXES: readonly string[] = typoSuffixes;

/** Disposable (throwaway) address services. */
export const DISPOSABLE_DOMAINS: readonly string[] = disposableDomains;

/** Local parts that name a role or a machine rather than a person. */
export const ROLE_LOCAL_PARTS: readonly string[] = roleLocalParts;
