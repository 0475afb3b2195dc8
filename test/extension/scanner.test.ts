// @vitest-environment happy-dom
// Compose windows come and go without page loads: the scanner attaches once per editor, detaches
// when it leaves, ignores typing, and one abort tears everything down.

import { afterEach, describe, expect, test } from 'vitest';
import { gmailAdapter } from '../../extension/content/hosts/gmail.ts';
import { watchEditors } from '../../extension/content/scanner.ts';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function compose(id: string): HTMLElement {
  const root = document.createElement('div');
  root.className = 'M9';
  root.innerHTML = `<input name="subjectbox"><table><tr><td class="Ap"><div id="${id}" g_editable="true" contenteditable="true"></div></td></tr></table>`;
  return root;
}

afterEach(() => document.body.replaceChildren());

describe('watchEditors', () => {
  test('attach on appear, detach on disappear, once each', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const scanner = watchEditors(
      document,
      gmailAdapter,
      (target) => {
        events.push(`attach ${target.editor.id}`);
        return { detach: () => events.push(`detach ${target.editor.id}`) };
      },
      controller.signal,
      { debounceMs: 5 },
    );
    expect(events).toEqual([]);
    const a = compose('a');
    document.body.append(a);
    await wait(30);
    expect(events).toEqual(['attach a']);

    // Typing (mutations inside the editor) neither re-attaches nor rescans into duplicates.
    a.querySelector('#a')!.append('hello');
    await wait(30);
    const b = compose('b');
    document.body.append(b);
    await wait(30);
    expect(events).toEqual(['attach a', 'attach b']);
    expect(scanner.attached.size).toBe(2);

    a.remove();
    await wait(30);
    expect(events).toEqual(['attach a', 'attach b', 'detach a']);

    controller.abort();
    expect(events).toEqual(['attach a', 'attach b', 'detach a', 'detach b']);
    expect(scanner.attached.size).toBe(0);

    // After the abort, nothing is observed any more.
    document.body.append(compose('c'));
    await wait(30);
    expect(events).toHaveLength(4);
  });

  test('an editor already present at start is attached at once', () => {
    document.body.append(compose('x'));
    const controller = new AbortController();
    const seen: string[] = [];
    watchEditors(document, gmailAdapter, (t) => (seen.push(t.editor.id), { detach() {} }), controller.signal);
    expect(seen).toEqual(['x']);
    controller.abort();
  });
});
