// Detects <embed>, <object> and <applet>: plug-in content (Flash, Java, ActiveX) in a message.
// No current mail client plays it, and it was a malware vector for years, so filters count it
// against the sender. Source: SpamAssassin html_tag_exists tests (20_html_tests.cf).
import { defineRule, inHtml, shorten } from '../rule.ts';

const PLUGINS = new Set(['embed', 'object', 'applet']);
const MAX_HITS = 5;

export default defineRule({
  id: 'embedded-object',
  category: 'structure',
  description: 'Embedded plug-in object (embed, object, applet)',
  weight: 0.8,
  cap: 1.5,
  messages: {
    'plugin':
      'The message embeds plug-in content with `<{name}>`. Mail clients do not play it, and filters remember embedded objects as a malware vector.',
    'remove-object':
      'Remove the embedded object; show a still image that links to the video or page instead.',
  },
  check(context) {
    const { message } = context;
    return message.elements
      .filter((element) => PLUGINS.has(element.name))
      .slice(0, MAX_HITS)
      .map((element) => {
        const evidence = shorten(message.html.slice(element.sourceStart, element.sourceEnd));
        return {
          messageId: 'plugin',
          suggestionId: 'remove-object',
          data: { name: element.name },
          evidence,
          location: inHtml(element.sourceStart, element.sourceEnd),
        };
      });
  },
});
