// The free-hosting matcher (core/links/free-hosting.ts) with the real list: a host may hold one
// `{region}` for any AWS region name. Collapsing the 104 per-region AWS entries into four must keep
// every host the old list matched, match regions the list never named, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/index.ts';
import { freeHosting } from '../../core/data/global.ts';
import { freeHostOf, indexFreeHosts, isRegionName } from '../../core/links/free-hosting.ts';
import { parseUrl } from '../../core/links/url.ts';
import { ruleById } from '../rules/test-rule.ts';

const index = indexFreeHosts(freeHosting);
/** What a finding names: the host it matched and the entry's path, and the entry's sureness. */
const lookup = (url: string) => {
  const entry = freeHostOf(index, parseUrl(url));
  return entry === null ? null : `${entry.host}${entry.path ?? ''} ${entry.sureness}`;
};

/** `host[path] sureness` lines of the list before `{region}`. */
const before = readFileSync(new URL('fixtures/free-hosting-before.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'));

describe('free hosting: the region form keeps what the written-out list matched', () => {
  it('the fixture is the whole old list, and the new list is shorter', () => {
    expect(before).toHaveLength(190);
    expect(before.filter((line) => line.includes('amazonaws.com'))).toHaveLength(105);
    expect(freeHosting.length).toBe(190 - 104 + 4);
  });

  it.each(before)('%s', (line) => {
    const [where = ''] = line.split(' ');
    // The host itself and a bucket or site under it, as the old list matched them; same reported host and sureness.
    expect(lookup(`https://${where}`)).toBe(line);
    expect(lookup(`https://bucket-1.${where}`)).toBe(line);
  });
});

describe('free hosting: new regions match without an entry', () => {
  it.each([
    ['https://s3.ap-southeast-7.amazonaws.com/bucket/login.html', 's3.ap-southeast-7.amazonaws.com 1'],
    ['http://mybucket.s3-website.mx-central-1.amazonaws.com/', 's3-website.mx-central-1.amazonaws.com 1'],
    ['https://files.s3.ap-east-2.amazonaws.com/a.html', 's3.ap-east-2.amazonaws.com 1'],
    ['https://site.s3-website.eusc-de-east-1.amazonaws.com/', 's3-website.eusc-de-east-1.amazonaws.com 1'],
    ['https://abc123.execute-api.us-gov-west-1.amazonaws.com/prod/pay', 'execute-api.us-gov-west-1.amazonaws.com 1'],
    ['http://old.s3-website-us-gov-west-1.amazonaws.com/', 's3-website-us-gov-west-1.amazonaws.com 1'],
    ['https://a.b.s3.eu-south-3.amazonaws.com/', 's3.eu-south-3.amazonaws.com 1'],
  ])('%s', (url, expected) => {
    expect(lookup(url)).toBe(expected);
  });
});

describe('free hosting: near misses do not match', () => {
  it.each([
    'https://amazonaws.com/',
    'https://www.amazonaws.com/',
    'https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=x',
    'https://email.us-east-1.amazonaws.com/',
    'https://email-smtp.eu-west-1.amazonaws.com/',
    'https://ec2-3-80-1-2.compute-1.amazonaws.com/',
    'https://bucket.s3.example.amazonaws.com/',
    'https://bucket.s3.us-east.amazonaws.com/',
    'https://bucket.s3.useast1.amazonaws.com/',
    'https://bucket.s3.us-east-1a.amazonaws.com/',
    'https://bucket.s3.us-up-1.amazonaws.com/',
    'https://bucket.s3.website-bucket.amazonaws.com/',
    'https://bucket.s3.us-east-0.amazonaws.com/',
    'https://bucket.s3.dualstack.us-east-1.amazonaws.com/',
    'https://xs3.us-east-1.amazonaws.com/',
    'https://s3.us-east-1.amazonaws.com.evil.example/',
    'https://s3.us-east-1.amazonaws.co/',
    'https://s3.us-east-1.us-east-1.amazonaws.com/',
    'https://s3-website.us-east-1.example.com/',
  ])('%s', (url) => {
    expect(lookup(url)).toBeNull();
  });

  it('reads a huge host without trouble (the region check is length-gated)', () => {
    const host = `${'s3.us-east-1.'.repeat(400)}amazonaws.com`;
    expect(lookup(`https://${host}/`)).toBe('s3.us-east-1.amazonaws.com 1');
    expect(lookup(`https://${'a-'.repeat(2000)}b.s3.x.amazonaws.com/`)).toBeNull();
  });
});

describe('free-hosting-link keeps its exclusions for region hosts', () => {
  const analyzer = createAnalyzer();
  const findings = (html: string, from?: string) =>
    ruleById('free-hosting-link')
      .check(analyzer.context({ html, ...(from === undefined ? {} : { headers: { from } }) }))
      .map((hit) => `${hit.evidence} ${hit.strength ?? 1}`);
  const newRegionPage = 'https://vm-notice.s3.ap-east-2.amazonaws.com/listen.html';

  it('fires on a page in a bucket of a region the list never named, naming the real host', () => {
    expect(findings(`<p>New voicemail.</p><p><a href="${newRegionPage}">Play</a></p>`)).toEqual([`${newRegionPage} 1`]);
    const hit = ruleById('free-hosting-link').check(analyzer.context({ html: `<a href="${newRegionPage}">Play</a>` }))[0];
    expect(hit?.message).toContain('`s3.ap-east-2.amazonaws.com`');
  });

  it('stays silent on a pre-signed download there, as in every listed region', () => {
    const presigned = `${newRegionPage}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=abc123`;
    expect(findings(`<p>Your invoice.</p><p><a href="${presigned}">Download</a></p>`)).toEqual([]);
  });

  it('stays silent on a link on the From domain', () => {
    const html = '<p>Agenda.</p><p><a href="https://gardenclub.netlify.app/may">Open</a></p>';
    expect(findings(html, 'Garden Club <news@gardenclub.netlify.app>')).toEqual([]);
    expect(findings(html, 'Garden Club <news@gardenclub.example.org>')).toEqual(['https://gardenclub.netlify.app/may 1']);
  });
});

describe('isRegionName', () => {
  it('takes AWS region names and nothing looser', () => {
    for (const region of ['us-east-1', 'ap-southeast-7', 'us-gov-west-1', 'eusc-de-east-1', 'il-central-1', 'ap-northeast-3']) {
      expect(isRegionName(region), region).toBe(true);
    }
    for (const text of ['us-east', 'useast1', 'us-east-1a', 'us-east-01', 'us_east_1', 'US-EAST-1', 'x-east-1', 'example', '', 'us-east-1.', 'us-east-100']) {
      expect(isRegionName(text), text).toBe(false);
    }
  });
});
