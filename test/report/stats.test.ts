// The report's stats say what the findings beside them say (issue 12: each fact one home). Each
// case reads the figures out of a finding's own words and compares the stats with them: on the
// tree before stats31 the stats counted hidden text, tracking pixels, spacers and repeated links,
// and the Japanese newsletter's ratio in raw characters, so every case here failed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../core/index.ts';

const fixture = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

function finding(report: Report, rule: string): string {
  const found = report.findings.find((item) => item.rule === rule);
  expect(found, `${rule} fires`).toBeDefined();
  return found?.message ?? '';
}

/** The figures of image-only's mostly-images message: area in thousands of px², characters, ratio. */
function mostlyImages(message: string): { area: number; ratio: number } {
  const match = /about ([\d,.]+)k px².*\(([\d.]+) per 1,000 px²\)/.exec(message);
  expect(match, message).not.toBeNull();
  return { area: Number((match?.[1] ?? '').replace(/,/g, '')), ratio: Number(match?.[2]) };
}

// Fifty visible words under a 600×400 picture, with a tracking pixel, a spacer and a hidden block of
// 600 characters: the visible text is far too little for the picture.
const words = Array.from({ length: 50 }, (_, index) => `word${String.fromCharCode(97 + (index % 26))}`).join(' ');
const HIDDEN_TEXT_AND_IMAGES = `<html><body>
<p><img src="https://shop.example.com/banner.jpg" width="600" height="400" alt="Sale"></p>
<p>${words}</p>
<div style="display:none">${'hiddenword '.repeat(60)}</div>
<img src="https://shop.example.com/spacer.gif" width="600" height="1" alt="">
<img src="https://track.example.com/open.gif" width="1" height="1" alt="">
</body></html>`;

describe('the report stats agree with the findings', () => {
  it('text-to-image ratio and image area of a Japanese image newsletter are those image-only judged', () => {
    const report = analyze({ html: fixture('rules/linked-image-short-message/pass/japanese-newsletter.html') });
    const said = mostlyImages(finding(report, 'image-only'));
    expect(report.stats.textToImageRatio).not.toBeNull();
    // The finding shows the ratio to one decimal and the area in thousands.
    expect(Number((report.stats.textToImageRatio ?? 0).toFixed(1))).toBe(said.ratio);
    expect(Math.round(report.stats.imageArea / 1000)).toBe(said.area);
    expect(report.stats.images).toBe(1);
  });

  it('hidden text, a spacer and a tracking pixel count in neither the ratio nor the images', () => {
    const report = analyze({ html: HIDDEN_TEXT_AND_IMAGES, subject: 'Spring sale' });
    const said = mostlyImages(finding(report, 'image-only'));
    expect(Number((report.stats.textToImageRatio ?? 0).toFixed(1))).toBe(said.ratio);
    expect(report.stats.imageArea).toBe(600 * 400);
    expect(report.stats.images).toBe(1);
    // The figures themselves, not only agreement: 50 visible words of five letters over 240k px².
    expect(report.stats.textToImageRatio).toBe(Math.round((250 / 240) * 1000) / 1000);
  });

  it('image-only without enough words: the images and words are the ones it names', () => {
    const html = `<p><img src="https://a.example.com/x.jpg" width="500" height="500"></p><p>Big spring sale today only</p>
      <img src="https://track.example.com/o.gif" width="1" height="1"><div style="display:none">${'padding '.repeat(40)}</div>`;
    const report = analyze({ html });
    const message = finding(report, 'image-only');
    expect(message).toMatch(new RegExp(`^The message is ${report.stats.images} image with only ${report.stats.words} words`));
    // The visible line's five words and 22 letters over one 500×500 picture; the pixel and the hidden padding are not counted.
    expect([report.stats.images, report.stats.words, report.stats.textToImageRatio]).toEqual([1, 5, Math.round((22 / 250) * 1000) / 1000]);
  });

  it('links and links per word are link-density\u2019s: distinct shown links over words of prose', () => {
    const links = Array.from({ length: 8 }, (_, index) => `<a href="https://site${index}.example.com/">${index + 1}</a>`).join(' ');
    const html = `<p>Look at these great deals picked for you this week, all of them are worth a click today, so have a look now ${links} ${links}</p>
      <div style="display:none"><a href="https://hidden.example.com/">x</a></div><p><a href="#top">top</a> www.written-out.example.com</p>`;
    const report = analyze({ html });
    const match = /^(\d+) different links in (\d+) words/.exec(finding(report, 'link-density'));
    expect(match).not.toBeNull();
    const [links_, words_] = [Number(match?.[1]), Number(match?.[2])];
    expect(report.stats.links).toBe(links_);
    expect(report.stats.linksPerWord).toBe(Math.round((links_ / words_) * 10_000) / 10_000);
    // And the figures themselves: the eight sites (each shown twice) and the written-out host; not the
    // hidden link, not #top. The prose's 23 words and the link text `top`; the digits are not words.
    expect([links_, words_, report.stats.links, report.stats.linksPerWord]).toEqual([9, 24, 9, 0.375]);
  });
});
