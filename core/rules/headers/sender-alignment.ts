// Detects failed sender authentication and a From domain that no signature vouches for: the
// receiver's Authentication-Results (spf/dkim/dmarc=fail) and DKIM `d=` / Return-Path domains
// that do not align with From (DMARC, RFC 7489 §3.1). Gmail and Yahoo require SPF or DKIM, and
// DMARC alignment for bulk senders (2024 sender guidelines); SpamAssassin scores SPF_FAIL, DKIM_VALID_AU.
import { defineRule, type MessageHit } from '../rule.ts';
import { receiverVerdicts } from '../../headers/authentication.ts';
import { domainOfAddress, firstHeader, headerValues, registrableDomain } from '../../headers/fields.ts';

/** `d=` of a DKIM-Signature value. */
function signingDomain(value: string): string | null {
  const match = /(?:^|;)\s*d\s*=\s*([^;\s]{1,255})/i.exec(value);
  return match?.[1]?.toLowerCase() ?? null;
}

export default defineRule({
  id: 'sender-alignment',
  category: 'headers',
  description: 'Sender authentication fails or does not align with From',
  weight: 1.2,
  cap: 2,
  headerFields: ['authentication-results', 'dkim-signature', 'from'],
  messages: {
    'dmarc-fail':
      'The receiver\'s Authentication-Results say `dmarc=fail`: no SPF or DKIM pass lines up with the From domain{known, select, yes { `{domain}`} other {}}. Receivers quarantine or reject such mail when the domain\'s DMARC policy asks them to, and Gmail and Yahoo require DMARC alignment from bulk senders.',
    'align-with-from':
      'Sign with DKIM as your From domain (d=your domain) or send with a Return-Path on your domain that your SPF record covers.',
    'spf-fail':
      'The receiver\'s Authentication-Results say `spf={result}`: the server that sent this mail is not listed in the sending domain\'s SPF record. Receivers treat SPF failures as a sign of forgery.',
    'fix-spf':
      "Add your sending service to the SPF record of the Return-Path domain (its 'include:' line), or send through a server it already lists.",
    'dkim-fail':
      'The receiver\'s Authentication-Results say `dkim={result}`: the DKIM signature does not verify, so the mail may have been altered or the key is wrong. A broken signature counts like none at all.',
    'fix-dkim':
      'Check that the DKIM public key in DNS matches the signing key, and that nothing rewrites the mail after signing (footers, link tracking added later).',
    'not-aligned':
      'The mail is DKIM-signed by `{signer}`, not by the From domain `{domain}`, and its Return-Path is not on that domain either. Nothing aligns with From, so a DMARC check would fail; Gmail and Yahoo require alignment from bulk senders.',
    'sign-as-from':
      'Set up DKIM signing for {domain} at your sending service (a CNAME or TXT record it gives you), or use a custom Return-Path on {domain}.',
  },
  check(context) {
    const { message } = context;
    const { from } = context.facts.sender;
    const fromDomain = from?.registrable ?? null;
    const hits: MessageHit[] = [];

    // The topmost Authentication-Results is the one the receiving mailbox wrote.
    const verdict = receiverVerdicts(message);
    const dmarc = verdict.get('dmarc');
    if (dmarc === 'fail') {
      hits.push({
        messageId: 'dmarc-fail',
        suggestionId: 'align-with-from',
        data: fromDomain ? { known: 'yes', domain: fromDomain } : { known: 'no' },
        evidence: 'dmarc=fail',
        strength: 1.5,
      });
    }
    if (dmarc !== 'pass') {
      const spf = verdict.get('spf');
      if (spf === 'fail' || spf === 'softfail') {
        hits.push({
          messageId: 'spf-fail',
          suggestionId: 'fix-spf',
          data: { result: spf },
          evidence: `spf=${spf}`,
          strength: spf === 'fail' ? 1 : 0.5,
        });
      }
      const dkim = verdict.get('dkim');
      if (dkim === 'fail' || dkim === 'permerror') {
        hits.push({
          messageId: 'dkim-fail',
          suggestionId: 'fix-dkim',
          data: { result: dkim },
          evidence: `dkim=${dkim}`,
          strength: 1,
        });
      }
    }

    // Without a receiver's DMARC verdict, check alignment ourselves from the signatures.
    if (dmarc === undefined && fromDomain) {
      const signers = headerValues(message, 'dkim-signature')
        .map(signingDomain)
        .filter((domain): domain is string => domain !== null);
      if (signers.length > 0) {
        const aligned = signers.some((domain) => registrableDomain(domain) === fromDomain);
        const returnPath = domainOfAddress(firstHeader(message, 'return-path') ?? '');
        const spfAligned = returnPath !== null && registrableDomain(returnPath) === fromDomain;
        if (!aligned && !spfAligned) {
          const signer = signers[0] ?? '';
          hits.push({
            messageId: 'not-aligned',
            suggestionId: 'sign-as-from',
            data: { signer, domain: fromDomain },
            evidence: `d=${signer}`,
            // Common for mail sent through an ESP without a custom domain (a tenth of the legitimate
            // newsletters we measured, hardly any phishing): a bulk-sender requirement since 2024
            // rather than a sign of spam, so it is advice without points.
            strength: 0,
          });
        }
      }
    }
    return hits;
  },
});
