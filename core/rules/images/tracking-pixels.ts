// Counts tracking pixels: 1×1, 0×0 or hidden remote images that exist only to report the open.
// One is routine for bulk mail; several mark a message passed through many trackers, and privacy
// features (Apple Mail Privacy Protection, Gmail's image proxy) and some filters treat them as a bulk tell.
// Source: SpamAssassin T_REMOTE_IMAGE / web-bug heuristics; Apple MPP and Gmail image proxy documentation.
import { defineRule } from '../rule.ts';
import { atImage } from '../evidence.ts';

/** More pixels than this is worth mentioning; one per sender (the ESP's) is normal. */
const NORMAL = 1;

export default defineRule({
  id: 'tracking-pixels',
  category: 'images',
  description: 'Several tracking pixels',
  weight: 0,
  cap: 1,
  messages: {
    'many-pixels':
      'The message has {count} tracking pixels (1×1 or hidden remote images); one is routine for bulk mail, several look like a message passed through many trackers, which privacy-minded clients and filters notice.',
    'one-pixel':
      'Keep a single open-tracking pixel (your ESP\'s) and remove the others.',
  },
  check(context) {
    const { message } = context;
    const pixels = context.facts.images.trackingPixels;
    const first = pixels[0];
    if (!first || pixels.length <= NORMAL) return [];
    return [
      {
        messageId: 'many-pixels',
        suggestionId: 'one-pixel',
        data: { count: pixels.length },
        ...atImage(message, first),
        strength: Math.min(1, pixels.length / 4),
      },
    ];
  },
});
