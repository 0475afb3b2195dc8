// Detects <meta http-equiv="refresh">: markup that sends a browser on to another page. In a mail it
// does nothing useful (clients ignore it) and only shows the message is a redirect page, a phishing
// pattern filters score. Source: SpamAssassin html_tag_exists tests; Gmail strips <meta>.
import { defineRule, inHtml, shorten } from '../rule.ts';

export default defineRule({
  id: 'meta-refresh',
  category: 'structure',
  description: 'Meta refresh that redirects to another page',
  weight: 2.0,
  cap: 1,
  messages: {
    'meta-refresh':
      'The message carries a meta refresh{redirects, select, yes { to `{target}`} other {}}. Mail clients ignore it; filters see a redirect page, which is how phishing forwards readers to a lure.',
    'remove-meta':
      'Remove the `<meta http-equiv="refresh">` tag and link to the page instead.',
  },
  check(context) {
    const { message } = context;
    return message.elements
      .filter((element) => element.name === 'meta-refresh')
      .slice(0, 1)
      .map((element) => {
        const evidence = shorten(message.html.slice(element.sourceStart, element.sourceEnd));
        const target = /url\s*=\s*['"]?([^'"\s>]+)/i.exec((element.attributes.content ?? '').slice(0, 2000))?.[1];
        return {
          messageId: 'meta-refresh',
          suggestionId: 'remove-meta',
          data: { redirects: target ? 'yes' : 'no', target: target ? shorten(target, 60) : '' },
          evidence,
          location: inHtml(element.sourceStart, element.sourceEnd),
        };
      });
  },
});
