// Detects pictures without an `alt` attribute. Many readers see mail with images blocked; without
// alt text they see empty boxes, and screen readers announce the file name. Advice: filters
// barely score it, but image-heavy mail without alt text is what image spam looks like.
// Sources: WCAG 2.2 SC 1.1.1 (non-text content); Litmus and Email on Acid image-blocking guidance.
import { defineRule, type MessageHit } from '../rule.ts';
import { atImage, imageName } from '../evidence.ts';

export default defineRule({
  id: 'image-missing-alt',
  category: 'images',
  description: 'Image has no alt text',
  weight: 0,
  cap: 1,
  messages: {
    'missing-alt':
      'The image `{image}` has {alt, select, empty {an empty alt on a linked image} other {no alt attribute}}: when images are blocked (the default in many clients) the reader sees an empty box{linked, select, yes { and a link with no name} other {}}, and screen readers read out the file name.',
    'alt-for-link':
      'Add alt text that says where the link goes (alt="Shop the autumn sale").',
    'alt-for-image':
      'Add alt text that says what the image shows, or alt="" if it is only decoration.',
  },
  check(context) {
    const { message } = context;
    const hits: MessageHit[] = [];
    for (const image of context.facts.images.pictures) {
      // `alt=""` is the right mark for a decorative image, except on a linked image: the link then has no name.
      const missing = image.alt === null || (image.linked && image.alt.trim() === '');
      if (!missing) continue;
      hits.push({
        messageId: 'missing-alt',
        suggestionId: image.linked ? 'alt-for-link' : 'alt-for-image',
        data: { image: imageName(image), alt: image.alt === null ? 'none' : 'empty', linked: image.linked ? 'yes' : 'no' },
        ...atImage(message, image),
      });
    }
    return hits;
  },
});
