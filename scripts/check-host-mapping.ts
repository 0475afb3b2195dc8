/**
 * `tsx scripts/check-host-mapping.ts`: parseUrl's hostname against Node's WHATWG `new URL().hostname`
 * (punycode labels decoded) for every code point from U+0080 to U+10FFFF, inside, at the end and
 * at the start of a label. Prints how many agree, differ, and how many hosts Node refuses (their
 * links open nothing; parseUrl still maps them where NFKC says how). Exits 1 when any host Node
 * accepts reads differently. Takes about half a minute.
 */
import { parseUrl } from '../core/links/url.ts';
import { unicodeHostname } from '../core/links/punycode.ts';

let agree = 0;
let refused = 0;
const differ: string[] = [];
for (let code = 0x80; code <= 0x10ffff; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const char = String.fromCodePoint(code);
  for (const host of [`a${char}b.com`, `ab${char}.com`, `${char}b.com`]) {
    let browser: string;
    try {
      browser = unicodeHostname(new URL(`http://${host}/`).hostname);
    } catch {
      refused++;
      continue;
    }
    const ours = parseUrl(`http://${host}/`).hostname;
    // A browser keeps a trailing dot (`ab。.com` → `ab..com` is refused; `.com.` is kept); parseUrl drops one.
    if (ours === browser || ours === browser.replace(/\.$/, '')) agree++;
    else differ.push(`U+${code.toString(16).toUpperCase()} ${JSON.stringify(host)}: browser ${JSON.stringify(browser)}, parseUrl ${JSON.stringify(ours)}`);
  }
}
console.log(`agree ${agree}, differ ${differ.length}, refused by the browser ${refused}`);
for (const line of differ.slice(0, 50)) console.log(line);
process.exit(differ.length > 0 ? 1 : 0);
