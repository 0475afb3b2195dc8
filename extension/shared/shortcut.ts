/**
 * A keyboard shortcut as the browser names it (`commands.getAll()`: "Alt+Shift+K" in Firefox and in
 * Chrome on Windows and Linux, "⌥⇧K" in Chrome on a Mac, "MacCtrl+Shift+K" in Firefox on a Mac) as
 * the value of `aria-keyshortcuts` (modifiers and keys as UI Events key values: "Alt+Shift+K").
 * Pure, unit-tested.
 */

const MODIFIERS: Readonly<Record<string, string>> = {
  Ctrl: 'Control',
  Control: 'Control',
  MacCtrl: 'Control',
  Command: 'Meta',
  Alt: 'Alt',
  Option: 'Alt',
  Shift: 'Shift',
};

const MAC_SYMBOLS: Readonly<Record<string, string>> = { '⌃': 'Control', '⌥': 'Alt', '⇧': 'Shift', '⌘': 'Meta' };

/** Named keys of the manifest's `commands` syntax, as key values. */
const KEYS: Readonly<Record<string, string>> = {
  Comma: ',',
  Period: '.',
  Space: 'Space',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Insert: 'Insert',
  Delete: 'Delete',
};

function key(name: string): string | null {
  if (/^[A-Z0-9]$/i.test(name)) return name.toUpperCase();
  if (/^F([1-9]|1[0-2])$/.test(name)) return name;
  return KEYS[name] ?? null;
}

/** The `aria-keyshortcuts` value of a shortcut the browser names, or null when it is empty or not understood. */
export function ariaKeyShortcuts(shortcut: string): string | null {
  const text = shortcut.trim();
  if (!text) return null;
  const parts: string[] = [];
  let rest: string;
  if (text.includes('+')) {
    const names = text.split('+').map((p) => p.trim());
    rest = names.pop() ?? '';
    for (const name of names) {
      const modifier = MODIFIERS[name];
      if (!modifier) return null;
      parts.push(modifier);
    }
  } else {
    // Chrome on a Mac: "⌥⇧K", modifiers as symbols before the key.
    let i = 0;
    const chars = [...text];
    while (i < chars.length && MAC_SYMBOLS[chars[i]!]) parts.push(MAC_SYMBOLS[chars[i++]!]!);
    if (parts.length === 0) return null;
    rest = chars.slice(i).join('');
  }
  const last = key(rest);
  if (last === null || new Set(parts).size !== parts.length) return null;
  return [...parts, last].join('+');
}
