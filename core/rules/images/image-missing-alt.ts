// Detects pictures without an `alt` attribute. Many readers see mail with images blocked; without
// alt text they see empty boxes, and screen readers announce the file name. Advice: filters
// barely score it, but image-heavy mail without alt text is what image spam looks like.
// Sources: WCAG 2.2 SC 1.1.1 (non-text content); Litmus and Email on Acid image-blocking guidance.
import { defineRule, type RuleHit } from '../rule.ts';
import { atImage, imageName } from '../evidence.ts';

export default defineRule({
  id: 'image-missing-alt',
  category: 'images',
  description: 'Image has no alt text',
  weight: 0,
  cap: 1,
  check(context) {
    const { message } = context;
    const hits: RuleHit[] = [];
    for (const image of context.facts.images.pictures) {
      // `alt=""` is the right mark for a decorative image, except on a linked image: the link then has no name.
      const missing = image.alt === null || (image.linked && image.alt.trim() === '');
      if (!missing) continue;
      hits.push({
        message: `The image \`${imageName(image)}\` has ${image.alt === null ? 'no alt attribute' : 'an empty alt on a linked image'}: when images are blocked (the default in many clients) the reader sees an empty box${image.linked ? ' and a link with no name' : ''}, and screen readers read out the file name.`,
        suggestion: image.linked
          ? 'Add alt text that says where the link goes (alt="Shop the autumn sale").'
          : 'Add alt text that says what the image shows, or alt="" if it is only decoration.',
        ...atImage(message, image),
      });
    }
    return hits;
  },
});
