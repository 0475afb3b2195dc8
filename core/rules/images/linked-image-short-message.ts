// Detects a clickable picture in a message with few words: a banner that links out is the
// whole message. Spam uses it to carry its pitch in the image and get a click.
// Source: SpamAssassin HTML_SHORT_LINK_IMG_1…3 ("HTML is very short with a linked image").
import { defineRule } from '../rule.ts';
import { atImage } from '../evidence.ts';

/** Fewer visible words than this around a linked picture make the message "short". */
const FEW_WORDS = 30;

export default defineRule({
  id: 'linked-image-short-message',
  category: 'images',
  description: 'Linked image in a message with few words',
  weight: 1.5,
  cap: 1,
  messages: {
    'linked-banner':
      'A linked image is the main content of a message with only {words, plural, one {# word} other {# words}}: a clickable banner with little text is the shape of image spam, and filters score it.',
    'add-text':
      'Add a few sentences of real text and a text link (or button) with the same destination as the image.',
  },
  check(context) {
    const { message } = context;
    const linked = context.facts.images.pictures.find((image) => image.linked);
    if (!linked) return [];
    const { words } = context.facts.visibleText;
    if (words >= FEW_WORDS) return [];
    return [
      {
        messageId: 'linked-banner',
        suggestionId: 'add-text',
        data: { words },
        ...atImage(message, linked),
        strength: words < FEW_WORDS / 2 ? 1 : 0.6,
      },
    ];
  },
});
