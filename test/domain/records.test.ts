/** The pure parsers and evaluators of core/dns-records, with an in-memory resolver. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkHost, DnsLookupError, inspectSpf, parseDkimKey, parseDmarc, parseSpf, spfFindings, type DnsResolver } from '../../core/dns-records/index.ts';

function memoryResolver(txt: Record<string, string[]>, a: Record<string, string[]> = {}, failing: string[] = []): DnsResolver {
  const fail = (name: string, type: string): void => {
    if (failing.includes(name)) throw new DnsLookupError(name, type, 'ETIMEOUT');
  };
  return {
    async txt(name) {
      fail(name, 'TXT');
      return txt[name] ?? null;
    },
    async mx() {
      return null;
    },
    async addresses(name) {
      fail(name, 'A');
      return a[name] ?? null;
    },
    async reverse() {
      return null;
    },
  };
}

describe('parseSpf', () => {
  it('reads mechanisms, qualifiers, prefixes and modifiers', () => {
    const spf = parseSpf('v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 a/24//64 mx:mail.example.com ~include:_spf.example.net exists:%{i}.x.example.com redirect=_spf.example.org exp=explain.example.com');
    expect(spf.errors).toEqual([]);
    expect(spf.terms.map((term) => (term.kind === 'mechanism' ? `${term.qualifier}${term.name}` : `${term.name}=`))).toEqual(['+ip4', '+ip6', '+a', '+mx', '~include', '+exists', 'redirect=', 'exp=']);
    expect(spf.terms[0]).toMatchObject({ value: '192.0.2.0', cidr4: 24 });
    expect(spf.terms[1]).toMatchObject({ value: '2001:db8::', cidr6: 32 });
    expect(spf.terms[2]).toMatchObject({ cidr4: 24, cidr6: 64 });
    expect(spf.terms[5]).toMatchObject({ macro: true });
    expect(spf.redirect).toBe('_spf.example.org');
  });

  it('reports syntax errors', () => {
    expect(parseSpf('v=spf1 ip4:300.1.1.1 -all').errors[0]).toContain('is not an IPv4 address');
    expect(parseSpf('v=spf1 ip4:192.0.2.0/33').errors[0]).toContain('prefix length');
    expect(parseSpf('v=spf1 include -all').errors[0]).toContain('needs a domain');
    expect(parseSpf('v=spf1 foo:bar -all').errors[0]).toContain('not a known mechanism');
    expect(parseSpf('v=spf1 include:localhost').errors[0]).toContain('not a fully qualified');
    expect(parseSpf('v=spf1 redirect=a.example redirect=b.example').errors[0]).toContain('more than once');
    expect(parseSpf('v=spf1 exists:%{z}.example.com').errors[0]).toContain('malformed macro');
    expect(parseSpf('v=spf10 -all').errors[0]).toContain('does not start');
  });
});

describe('parseSpf on hostile records (found by npm run fuzz)', () => {
  it('reads a run of 100,000 slashes as one bad prefix, quoted short', () => {
    const spf = parseSpf(`v=spf1 a${'/'.repeat(100_000)}x -all`);
    expect(spf.errors).toHaveLength(1);
    expect(spf.errors[0]).toMatch(/^"a\/{78}…" is not a known mechanism or modifier$/);
    expect(spf.all).toMatchObject({ qualifier: '-' });
    expect(parseSpf(`v=spf1 a${'//'.repeat(50_000)}`).errors[0]).toMatch(/prefix lengths must be/);
    expect(parseSpf(`v=spf1 ip4:192.0.2.0${'/'.repeat(40)}1`).errors[0]).toMatch(/prefix length must be 0–32/);
  });

  it('still reads the prefix forms of RFC 7208', () => {
    const spf = parseSpf('v=spf1 a/24//64 mx//48 a:x.example/28 ip4:192.0.2.0/24 ip6:2001:db8::/32');
    expect(spf.errors).toEqual([]);
    expect(spf.terms).toMatchObject([{ cidr4: 24, cidr6: 64 }, { cidr6: 48 }, { value: 'x.example', cidr4: 28 }, { cidr4: 24 }, { cidr6: 32 }]);
  });
});

describe('inspectSpf', () => {
  it('finds a missing include, ptr, a missing all and a temperror', async () => {
    const resolver = memoryResolver({ 'a.example': ['v=spf1 ptr include:gone.example include:slow.example'] }, {}, ['slow.example']);
    const inspection = await inspectSpf('a.example', resolver);
    expect(inspection.problems.map((problem) => problem.code)).toEqual(['include-missing', 'temperror']);
    expect(spfFindings(inspection).map((finding) => `${finding.rule} ${finding.points}`)).toEqual(['spf-include-missing 5', 'spf-temperror 2', 'spf-no-all 1', 'spf-ptr 1']);
  });

  it('follows redirect= for the all qualifier and detects loops', async () => {
    const resolver = memoryResolver({ 'a.example': ['v=spf1 redirect=b.example'], 'b.example': ['v=spf1 ?all'], 'loop.example': ['v=spf1 include:loop2.example -all'], 'loop2.example': ['v=spf1 include:loop.example -all'] });
    const redirect = await inspectSpf('a.example', resolver);
    expect(redirect.all).toEqual({ qualifier: '?', domain: 'b.example' });
    expect(spfFindings(redirect).map((finding) => finding.rule)).toEqual(['spf-neutral-all']);
    const loop = await inspectSpf('loop.example', resolver);
    expect(loop.problems.map((problem) => problem.code)).toEqual(['loop']);
  });

  it('finds a missing record', async () => {
    const inspection = await inspectSpf('none.example', memoryResolver({ 'none.example': ['google-site-verification=x'] }));
    expect(spfFindings(inspection).map((finding) => finding.rule)).toEqual(['spf-missing']);
  });
});

describe('checkHost', () => {
  const resolver = memoryResolver(
    { 'a.example': ['v=spf1 ip4:192.0.2.0/24 a:web.a.example include:esp.example ~all'], 'esp.example': ['v=spf1 ip6:2001:db8::/32 -all'] },
    { 'web.a.example': ['198.51.100.5'] },
  );
  it('evaluates ip4, ip6, a and include', async () => {
    expect((await checkHost('192.0.2.7', 'a.example', resolver)).result).toBe('pass');
    expect((await checkHost('198.51.100.5', 'a.example', resolver)).result).toBe('pass');
    expect((await checkHost('2001:db8::1', 'a.example', resolver)).result).toBe('pass');
    expect(await checkHost('203.0.113.1', 'a.example', resolver)).toMatchObject({ result: 'softfail', mechanism: 'a.example: ~all' });
    expect((await checkHost('203.0.113.1', 'nothing.example', resolver)).result).toBe('none');
  });
});

describe('parseDmarc', () => {
  it('reads the tags', () => {
    const dmarc = parseDmarc('v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:a@example.com,mailto:b@example.net!10m; ruf=mailto:f@example.com; adkim=s; aspf=r; fo=1');
    expect(dmarc).toMatchObject({ p: 'quarantine', sp: 'reject', pct: 50, adkim: 's', aspf: 'r', fatal: [], errors: [] });
    expect(dmarc.rua).toEqual(['mailto:a@example.com', 'mailto:b@example.net!10m']);
  });
  it('tells fatal errors from values receivers replace', () => {
    expect(parseDmarc('p=reject; v=DMARC1').fatal).toContain('the record must start with v=DMARC1');
    expect(parseDmarc('v=DMARC1; p=block').fatal).toEqual(['p=block is not none, quarantine or reject']);
    expect(parseDmarc('v=DMARC1').fatal).toEqual(['the p= tag (policy) is missing']);
    expect(parseDmarc('v=DMARC1; rua=mailto:r@example.com').p).toBe('none');
    expect(parseDmarc('v=DMARC1; p=none; pct=150; adkim=x').errors).toEqual(['pct=150 is not a whole number from 0 to 100', 'adkim=x is not r (relaxed) or s (strict)']);
  });
});

describe('parseDkimKey', () => {
  const spki = (bits: number): string => generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  it('measures RSA keys from the DER', () => {
    expect(parseDkimKey(`v=DKIM1; k=rsa; p=${spki(1024)}`)).toMatchObject({ keyType: 'rsa', bits: 1024, format: 'spki', revoked: false, errors: [] });
    expect(parseDkimKey(`p=${spki(2048)}`)).toMatchObject({ bits: 2048, errors: [] });
    expect(parseDkimKey(`p=${spki(512)}`).bits).toBe(512);
  });
  it('reads PKCS#1 and ed25519 keys', () => {
    const pkcs1 = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    expect(parseDkimKey(`p=${pkcs1}`)).toMatchObject({ bits: 1024, format: 'pkcs1' });
    const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' }).subarray(12).toString('base64');
    expect(parseDkimKey(`v=DKIM1; k=ed25519; p=${ed}`)).toMatchObject({ keyType: 'ed25519', bits: 256, errors: [] });
  });
  it('finds revoked, malformed and flagged keys', () => {
    expect(parseDkimKey('v=DKIM1; p=').revoked).toBe(true);
    expect(parseDkimKey('v=DKIM1; p=not*base64').errors).toEqual(['p= is not valid base64']);
    expect(parseDkimKey('v=DKIM1; p=AAAA').errors[0]).toContain('not an RSA public key');
    expect(parseDkimKey('v=DKIM1; k=dsa; p=AAAA').errors[0]).toContain('k=dsa');
    expect(parseDkimKey('v=DKIM1; k=rsa').errors).toEqual(['the p= tag (public key) is missing']);
    expect(parseDkimKey(`v=DKIM1; t=y; h=sha1; p=${spki(1024)}`)).toMatchObject({ testing: true, hashes: ['sha1'] });
  });
});
