// Detects <iframe>, <frame> and <frameset>: a message that pulls in another web page. Mail
// clients block them, so the reader sees a blank box, and filters know frames as a way to show
// content they never scanned; but filters give a frame alone no points, and commercial HTML of
// some eras framed its ads, so the points are small. Source: SpamAssassin HTML_IFRAME_SRC 0
// (rules/50_scores.cf), html_tag_exists tests (20_html_tests.cf); rspamd: no such rule.
import { defineRule, inHtml, shorten } from '../rule.ts';

const FRAMES = new Set(['iframe', 'frame', 'frameset']);
const MAX_HITS = 5;

export default defineRule({
  id: 'iframe-in-email',
  category: 'structure',
  description: 'Iframe or frame that loads another page',
  weight: 0.2,
  cap: 1.5,
  messages: {
    'frame':
      'The message contains {tag, select, iframe {an `<iframe>`} other {a `<{tag}>`}}{loads, select, yes { that loads `{src}`} other {}}. Mail clients block frames, so readers see an empty box, and filters treat a frame as content smuggled past their scan.',
    'inline-content':
      'Put the content in the message itself, or link to the page instead of framing it.',
  },
  check(context) {
    const { message } = context;
    return message.elements
      .filter((element) => FRAMES.has(element.name))
      .slice(0, MAX_HITS)
      .map((element) => {
        const evidence = shorten(message.html.slice(element.sourceStart, element.sourceEnd));
        const src = element.attributes.src ? shorten(element.attributes.src, 60) : '';
        return {
          messageId: 'frame',
          suggestionId: 'inline-content',
          data: { tag: element.name, loads: src ? 'yes' : 'no', src },
          evidence,
          location: inHtml(element.sourceStart, element.sourceEnd),
          strength: element.name === 'frameset' ? 0.5 : 1,
        };
      });
  },
});
