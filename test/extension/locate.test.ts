// @vitest-environment happy-dom
// Finding offsets (into the editor's innerHTML) → DOM ranges over the live editor, without touching it.

import { describe, expect, test } from 'vitest';
import { rangeForOffsets, rangeForText, sourceMap } from '../../extension/content/locate.ts';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = html;
  document.body.replaceChildren(editor);
  return editor;
}

const SAMPLES = [
  '<p>Hello <b>FREE</b> cash!!!</p>',
  '<div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">Caf&eacute; &amp; cr&egrave;me&nbsp;br&ucirc;l&eacute;e &lt;b&gt;</div>',
  '<p title="a &quot;quoted&quot; &amp; odd value">x</p><br><img src="x.png" alt="An image"><hr>',
  '<!-- a comment --><p>after</p>',
  '<ul><li>one</li><li>two<br></li></ul><table><tbody><tr><td>cell</td></tr></tbody></table>',
  '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle></svg><p>text</p>',
  '<style>p > b { color: red; }</style><p>Styled &gt; text</p>',
  '<div>emoji 🎉 and surrogate pairs 𝒳 and \u00a0 nbsp</div>',
];

describe('sourceMap reproduces innerHTML', () => {
  for (const html of SAMPLES) {
    test(html.slice(0, 60), () => {
      const editor = editorWith(html);
      expect(sourceMap(editor).html).toBe(editor.innerHTML);
    });
  }
});

describe('rangeForOffsets', () => {
  const check = (html: string, needle: string, occurrence = 0): Range | null => {
    const editor = editorWith(html);
    const map = sourceMap(editor);
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = map.html.indexOf(needle, start + 1);
    expect(start).toBeGreaterThanOrEqual(0);
    return rangeForOffsets(map, start, start + needle.length);
  };

  test('text inside one text node', () => {
    expect(check('<p>Dear friend, act <b>now</b>!</p>', 'act')?.toString()).toBe('act');
  });

  test('across elements', () => {
    expect(check('<p>FREE <b>cash</b> now</p>', 'FREE <b>cash</b>')?.toString()).toBe('FREE cash');
  });

  test('escaped characters inside the text', () => {
    const editor = editorWith('<p>Tom &amp; Jerry&nbsp;FREE &lt;3</p>');
    const map = sourceMap(editor);
    const start = map.html.indexOf('FREE');
    expect(rangeForOffsets(map, start, start + 4)?.toString()).toBe('FREE');
    const amp = map.html.indexOf('&amp; Jerry');
    expect(rangeForOffsets(map, amp, amp + '&amp; Jerry'.length)?.toString()).toBe('& Jerry');
  });

  test('evidence inside a start tag selects the element', () => {
    const range = check('<p>See <a href="http://bit.ly/x">this offer</a></p>', 'http://bit.ly/x');
    expect(range?.toString()).toBe('this offer');
    const img = check('<p>Hi</p><img src="x" onerror="alert(1)">', 'onerror="alert(1)"');
    expect(img?.startContainer.childNodes[img.startOffset]?.nodeName).toBe('IMG');
  });

  test('out-of-range offsets give null', () => {
    const editor = editorWith('<p>x</p>');
    expect(rangeForOffsets(sourceMap(editor), 5, 500)).toBeNull();
    expect(rangeForOffsets(sourceMap(editor), 3, 1)).toBeNull();
  });

  test('mapping never modifies the editor', () => {
    const html = SAMPLES.join('');
    const editor = editorWith(html);
    const before = editor.innerHTML;
    const map = sourceMap(editor);
    for (let i = 0; i < map.html.length; i += 7) rangeForOffsets(map, i, Math.min(i + 11, map.html.length));
    expect(editor.innerHTML).toBe(before);
  });
});

describe('rangeForText (fallback when the draft changed)', () => {
  test('exact, then case-insensitive, across nodes', () => {
    const editor = editorWith('<p>Act <i>now</i>: FREE cash</p>');
    expect(rangeForText(editor, 'Act now')?.toString()).toBe('Act now');
    expect(rangeForText(editor, 'free CASH')?.toString()).toBe('FREE cash');
    expect(rangeForText(editor, 'absent')).toBeNull();
    expect(rangeForText(editor, '  ')).toBeNull();
  });

  test('a match that ends where the next node starts ends in its own node, one that starts there starts in the next', () => {
    const editor = editorWith('<p><b>Act</b><i>now</i></p>');
    const act = rangeForText(editor, 'Act');
    expect(act?.toString()).toBe('Act');
    expect(act?.endContainer.textContent).toBe('Act');
    expect(act?.endOffset).toBe(3);
    const now = rangeForText(editor, 'now');
    expect(now?.startContainer.textContent).toBe('now');
    expect(now?.startOffset).toBe(0);
  });
});
