// Detects account-security lures ("verify your account", "your account has been suspended",
// "unusual sign-in activity"): the words of credential phishing, which filters are tuned against.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'phishing-phrase',
  categories: ['phishing'],
  description: 'Uses account-security lures typical of phishing',
  weight: 1.2,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` is a lure of credential phishing (account, password, verification); filters are tuned hard against it.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'For a real security notice, say what happened and tell readers to open your site or app themselves, without a login link.',
  },
});
