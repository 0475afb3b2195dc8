/**
 * The domain check's pure part (DESIGN §2, §6): parsers and evaluators for SPF, DMARC and DKIM key
 * records, MX and reverse DNS, DNS blocklists, and `checkDomain()`, all reading DNS through an
 * injected `DnsResolver`. The Node shell is cli/domain/.
 */
export { checkDomain, domainReport, inspectDomain, bulkSenderRequirements, DomainCheckError, type DomainCheckOptions, type DomainInspection } from './check.ts';
export { DnsLookupError, isDomainName, type DnsResolver } from './resolver.ts';
export { DOMAIN_POINTS } from './finding.ts';
export { checkHost, inspectSpf, isSpfRecord, parseSpf, spfFindings, SPF_LOOKUP_LIMIT, SPF_VOID_LOOKUP_LIMIT, type ParsedSpf, type SpfInspection, type SpfResult, type SpfTerm } from './spf.ts';
export { dmarcFindings, inspectDmarc, isDmarcRecord, parseDmarc, type DmarcInspection, type DmarcPolicy, type DmarcRecord } from './dmarc.ts';
export { COMMON_DKIM_SELECTORS, dkimFindings, inspectDkim, isDkimRecord, parseDkimKey, type DkimInspection, type DkimKey } from './dkim.ts';
export { inspectMx, inspectReverseDns, mxFindings, reverseDnsFindings } from './hosts.ts';
export { blocklistFindings, DEFAULT_DOMAIN_BLOCKLISTS, DEFAULT_IP_BLOCKLISTS, inspectBlocklists, queryBlocklist, type BlocklistAnswer } from './blocklists.ts';
