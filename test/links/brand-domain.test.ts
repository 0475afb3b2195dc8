// isBrandDomain (core/links/brand-domain.ts), with the shipped brands list: a brand's distinctive
// domain word makes a domain the brand's anywhere in a label (but after lure words alone), a
// generic one (brands.yml `generic`) only in the brand's domains listed whole (brands.yml `own`).
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { isBrandDomain } from '../../core/links/brand-domain.ts';

const { lists } = createAnalyzer().context({ text: 'Hello' });

function brand(name: string) {
  const found = lists.brands.find((entry) => entry.brand === name);
  if (!found) throw new Error(`no brand "${name}" in brands.yml`);
  return found;
}

/** The domains of `domains` that isBrandDomain takes for `name`'s own. */
const owned = (name: string, domains: readonly string[]) => domains.filter((domain) => isBrandDomain(domain, brand(name), lists.combosquatWords));

describe('isBrandDomain', () => {
  it("takes a generic word for the brand's domain only as the whole registrable label", () => {
    // Review of brand43: a generic word anywhere in a label let these senders pass as the brand.
    expect(owned('microsoft', ['officedepot.com', 'livechatinc.com', 'office365-security.com', 'myoffice.example', 'outlookmail-verify.com', 'live-events.example'])).toEqual([]);
    expect(owned('outlook', ['outlookmail-verify.com', 'office365-login.example'])).toEqual([]);
    expect(owned('crypto.com', ['cryptonews.com', 'crypto-wallet.example'])).toEqual([]);
    expect(owned('apple support', ['applebees.com', 'pineapple.example'])).toEqual([]);
    expect(owned('facebook', ['metalworks.example', 'metamailer.example'])).toEqual([]);
    expect(owned('wells fargo', ['wfhomes.example'])).toEqual([]);
    // The brand's own domains the word names, listed whole, still are the brand's.
    expect(owned('microsoft', ['office.com', 'live.com', 'outlook.com', 'office365.com'])).toEqual(['office.com', 'live.com', 'outlook.com', 'office365.com']);
    expect(owned('crypto.com', ['crypto.com'])).toEqual(['crypto.com']);
    expect(owned('apple support', ['apple.com'])).toEqual(['apple.com']);
    expect(owned('facebook', ['meta.com', 'metamail.com'])).toEqual(['meta.com', 'metamail.com']);
    expect(owned('wells fargo', ['wf.com'])).toEqual(['wf.com']);
  });

  // brandown44: a word of one domain of the brand's (brands.yml generic) is that domain only, as written.
  it("takes the brands' consumer mail and short domains whole, and nothing longer", () => {
    expect(owned('microsoft', ['hotmail.com', 'msn.com', 'msft.net'])).toEqual(['hotmail.com', 'msn.com', 'msft.net']);
    expect(owned('microsoft', ['hotmail-verify.com', 'hot-mail.com', 'hotmai1.com', 'gymsnacks.com', 'msnbc.com', 'msftconnect-login.example'])).toEqual([]);
    expect(owned('icloud', ['me.com', 'mac.com', 'itunes.com'])).toEqual(['me.com', 'mac.com', 'itunes.com']);
    expect(owned('icloud', ['macys.com', 'name.com', 'itunes-billing.example'])).toEqual([]);
    expect(owned('facebook', ['fb.com', 'fbi.gov', 'f-b.com'])).toEqual(['fb.com']);
    expect(owned('norton', ['securenorton.com', 'secure-norton.com', 'securenorton-billing.com'])).toEqual(['securenorton.com']);
    expect(owned('norton', ['avast.com'])).toEqual([]);
  });

  // Review of brandown44 (brandown44fix2): a generic word on any public suffix made whole families the brand's.
  it("takes a generic word's domain on another suffix for anyone's: only the domains brands.yml lists under own are the brand's", () => {
    expect(owned('norton', ['securenorton.net', 'securenorton.co', 'securenorton.xyz'])).toEqual([]);
    expect(owned('microsoft', ['msft.xyz', 'msft.support', 'hotmail.support', 'msn.xyz', 'outlook.xyz', 'office.xyz', 'live.xyz', 'office365.xyz', 'office.co.uk'])).toEqual([]);
    expect(owned('icloud', ['itunes.support', 'me.xyz', 'mac.xyz', 'apple.xyz'])).toEqual([]);
    expect(owned('facebook', ['fb.xyz', 'meta.xyz'])).toEqual([]);
    expect(owned('crypto.com', ['crypto.xyz'])).toEqual([]);
    expect(owned('wells fargo', ['wf.xyz'])).toEqual([]);
  });

  it('keeps reading a distinctive word anywhere in a label, unless only lure words come before it', () => {
    expect(owned('microsoft', ['microsoft.com', 'microsoftonline.com', 'onmicrosoft.com', 'skype.com'])).toEqual(['microsoft.com', 'microsoftonline.com', 'onmicrosoft.com', 'skype.com']);
    expect(owned('facebook', ['facebookmail.com'])).toEqual(['facebookmail.com']);
    expect(owned('crypto.com', ['crypto-com.example'])).toEqual(['crypto-com.example']);
    expect(owned('wells fargo', ['wellsfargo.com', 'wellsfargoadvisors.com'])).toEqual(['wellsfargo.com', 'wellsfargoadvisors.com']);
    expect(owned('norton', ['norton.com', 'nortonlifelock.com', 'gendigital.com'])).toEqual(['norton.com', 'nortonlifelock.com', 'gendigital.com']);
    expect(owned('paypal', ['paypal.com', 'paypal-community.com', 'secure-paypal.com'])).toEqual(['paypal.com', 'paypal-community.com']);
  });

  // Review of brandown44 (brandown44fix2): hyphens were removed before matching, so a hyphen inside the brand's word passed as its own.
  it("takes a distinctive word split by a hyphen for a look-alike, not the brand's own, and one beside it or between the name's words for the brand's", () => {
    expect(owned('paypal', ['pay-pal.com', 'pa-ypal.com', 'paypa-l.net'])).toEqual([]);
    expect(owned('microsoft', ['micro-soft.com', 'micro-soft-online.com'])).toEqual([]);
    expect(owned('crypto.com', ['cryp-to.example', 'cryptoc-om.example'])).toEqual([]);
    expect(owned('wells fargo', ['wellsf-argo.example'])).toEqual([]);
    // A hyphen beside the word, or between the words of the brand's name, is how the name is written.
    expect(owned('paypal', ['paypal-community.com'])).toEqual(['paypal-community.com']);
    expect(owned('wells fargo', ['wells-fargo.example'])).toEqual(['wells-fargo.example']);
    expect(owned('deutsche post', ['deutsche-post.de'])).toEqual(['deutsche-post.de']);
    expect(owned('crypto.com', ['crypto-com.example'])).toEqual(['crypto-com.example']);
    expect(owned('sparkasse', ['sparkasse-hannover.de', 'kreissparkasse-heilbronn.de'])).toEqual(['sparkasse-hannover.de', 'kreissparkasse-heilbronn.de']);
  });

  it('reads the brand of a registrable domain, whatever the sender host before it', () => {
    // The callers pass registrable domains: email.microsoft.com, insideapple.apple.com and outlook.office365.com arrive as these.
    expect(owned('microsoft', ['microsoft.com', 'office365.com'])).toHaveLength(2);
    expect(owned('apple id', ['apple.com', 'icloud.com'])).toHaveLength(2);
    // Norton's old `gen` is gone: Norton's own list of sending domains has none with it.
    expect(owned('norton', ['gen.com', 'gen.example'])).toEqual([]);
    expect(isBrandDomain(null, brand('microsoft'), lists.combosquatWords)).toBe(false);
  });

  it("gives every Microsoft brand Microsoft 365's mail domain, and Norton its LifeLock (review rev43f)", () => {
    // OneDrive and SharePoint mail comes from office365.com too: `office` alone, whole-label only, no longer covered it.
    expect(owned('onedrive', ['office365.com'])).toEqual(['office365.com']);
    expect(owned('sharepoint', ['office365.com'])).toEqual(['office365.com']);
    expect(owned('onedrive', ['office365-login.example', 'office-365-login.example'])).toEqual([]);
    // Norton's own list of sending domains names lifelock.com.
    expect(owned('norton', ['lifelock.com'])).toEqual(['lifelock.com']);
  });
});
