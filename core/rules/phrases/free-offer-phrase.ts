// Detects "free" offers and giveaways ("100% free", "free gift", "no cost"). SpamAssassin and most
// ESP spam checkers score these; legitimate promotions survive them only in moderation.
import { definePhraseRule } from '../phrase-rule.ts';

export default definePhraseRule({
  id: 'free-offer-phrase',
  categories: ['free-offer'],
  description: 'Advertises something free or a giveaway',
  weight: 0.5,
  cap: 3,
  messages: {
    phrase:
      '`{phrase}` advertises something free or a deal that sounds too good; filters count these offers and add up their weight.{repeat, select, yes { It is a repeat of the same phrase, so it counts for less.} other {}}',
    suggestion:
      'Name what the reader gets and on what terms ("a sample pack with your first order"), and use "free" or a price superlative ("lowest price") at most once.',
  },
});
