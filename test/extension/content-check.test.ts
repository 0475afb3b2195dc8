// @vitest-environment happy-dom
// What counts as nothing to score (an empty draft), and which dropped files are text.

import { describe, expect, test } from 'vitest';
import { hasContent, htmlHasContent } from '../../extension/content/content-check.ts';
import { crossOriginFrames } from '../../extension/content/frames.ts';
import { looksLikeText } from '../../extension/popup/files.ts';

const editor = (html: string): HTMLElement => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
};

describe('an empty draft has nothing to score', () => {
  test.each(['', '<br>', '<div><br></div><div><br></div>', '   \n\t ', '<p>&nbsp;</p>', '<div>\u200b</div>'])('%j is empty', (html) => {
    expect(hasContent(editor(html))).toBe(false);
  });
  test.each(['Hi', '<div>x</div>', '<img src="a.png">', '<a href="https://example.com"></a>', '<table><tr><td></td></tr></table>'])('%j has content', (html) => {
    expect(hasContent(editor(html))).toBe(true);
  });
  test('pasted HTML in the popup', () => {
    const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
    expect(htmlHasContent('  \n', parse)).toBe(false);
    expect(htmlHasContent('<html><body><p> </p></body></html>', parse)).toBe(false);
    expect(htmlHasContent('<p>Hello</p>', parse)).toBe(true);
  });
});

describe('dropped files', () => {
  const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
  test('binary signatures and NUL bytes are not text', () => {
    expect(looksLikeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe(false);
    expect(looksLikeText(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(false);
    expect(looksLikeText(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toBe(false);
    expect(looksLikeText(new TextEncoder().encode('abc\u0000def'))).toBe(false);
  });
  test('HTML, an .eml in UTF-8 or Latin-1 are text', () => {
    expect(looksLikeText(new TextEncoder().encode('<p>Grüße</p>\r\n'))).toBe(true);
    expect(looksLikeText(bytes(...new TextEncoder().encode('Subject: caf'), 0xe9, 0x0d, 0x0a))).toBe(true);
  });
});

describe('cross-origin frames the popup can name', () => {
  test('only large frames of another origin', () => {
    document.body.innerHTML = '<iframe id="a" src="https://builder.example.net/canvas"></iframe><iframe id="b" src="/same"></iframe>';
    for (const frame of document.querySelectorAll('iframe')) {
      frame.getBoundingClientRect = () => ({ width: 800, height: 600, left: 0, top: 0, right: 800, bottom: 600, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;
      Object.defineProperty(frame, 'contentDocument', { value: null });
    }
    expect(crossOriginFrames(document, location.origin)).toEqual(['https://builder.example.net']);
  });
});
