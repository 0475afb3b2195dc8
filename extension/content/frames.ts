/**
 * Editors we cannot reach: a page builder embedded from another site (an ESP page that frames a
 * builder served from its vendor's domain). Our script runs in such a frame only when that site is
 * added too, so the popup names the frame's site and offers to add it (issue 13).
 */

/** Smaller frames are widgets (chat, captcha, ads), not editors. */
const MIN_WIDTH = 200;
const MIN_HEIGHT = 120;

/** Origins of the large, visible iframes of `doc` whose document belongs to another origin. */
export function crossOriginFrames(doc: Document, ownOrigin: string): string[] {
  const found = new Set<string>();
  for (const frame of doc.querySelectorAll('iframe')) {
    const rect = frame.getBoundingClientRect();
    if (rect.width < MIN_WIDTH || rect.height < MIN_HEIGHT) continue;
    let reachable: boolean;
    try {
      reachable = frame.contentDocument !== null;
    } catch {
      reachable = false;
    }
    if (reachable) continue;
    let url: URL;
    try {
      url = new URL(frame.src || frame.getAttribute('src') || '', doc.baseURI);
    } catch {
      continue;
    }
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== ownOrigin) found.add(url.origin);
  }
  return [...found];
}
