// Detects mail that is all or nearly all image: pictures with little or no text, or far more
// image area than text. Filters cannot read text inside an image, so image-only mail is how spam
// hides its words, and filters score the shape itself.
// Source: SpamAssassin HTML_IMAGE_ONLY_04…32 (images in an HTML part of little raw HTML) and HTML_IMAGE_RATIO_02…08.
import { defineRule } from '../rule.ts';
import { atImage } from '../evidence.ts';
import { charactersPer1000Px } from '../../facts/images.ts';

/** Fewer visible words than this next to a picture make the mail image-only. */
const FEW_WORDS = 25;
/**
 * Visible characters per 1,000 px² of declared image area below which images dominate
 * (SpamAssassin's HTML_IMAGE_RATIO_02 bound, 0.002 per px²). Measured on the corpus, a looser
 * bound (0.004) fires on photo-rich legitimate newsletters. The characters are English ones, the
 * unit the bound was set in: Japanese, Chinese and Thai say as much in far fewer characters, so
 * their text counts as its English words would (the visible-text fact's `englishCharacters`).
 */
const LOW_RATIO = 2;
/** The ratio only matters for short texts; a long article with large photos is not image-only. */
const SHORT_TEXT_WORDS = 100;
/** Pictures need this much declared area before the ratio means anything (a 200×150 banner). */
const MIN_AREA = 30_000;

export default defineRule({
  id: 'image-only',
  category: 'images',
  description: 'Mostly images with little or no text',
  weight: 1.5,
  cap: 2,
  messages: {
    'image-only':
      'The message is {images, plural, one {# image} other {# images}} with {words, plural, =0 {no text} one {only # word of text} other {only # words of text}}; filters cannot read words inside a picture, so image-only mail is how spam hides its pitch, and they score the shape itself. Many readers also block images, and then see nothing.',
    'real-text':
      'Put the message in real HTML text (headline, offer, call to action) and keep images as illustration; aim for at least 60% text.',
    'mostly-images':
      'The images cover about {area}k px² but the text is only {characters} characters{unspaced, select, yes {, as much text as about {english} characters of English} other {}} ({ratio, number, ::.0} per 1,000 px²): the message is mostly pictures, which filters treat as a way to hide words from them.',
    'text-out-of-images':
      'Move the words out of the images into HTML text, and make images smaller or fewer.',
  },
  check(context) {
    const { message } = context;
    const { pictures, pictureArea: area } = context.facts.images;
    const first = pictures[0];
    if (!first) return [];
    const { words, characters, englishCharacters } = context.facts.visibleText;
    const ratio = area >= MIN_AREA ? charactersPer1000Px(englishCharacters, area) : null;
    if (words < FEW_WORDS) {
      return [
        {
          messageId: 'image-only',
          suggestionId: 'real-text',
          data: { images: pictures.length, words },
          ...atImage(message, first),
          strength: words === 0 ? 1.5 : words < 10 ? 1.2 : 1,
        },
      ];
    }
    if (ratio !== null && ratio < LOW_RATIO && words < SHORT_TEXT_WORDS) {
      return [
        {
          messageId: 'mostly-images',
          suggestionId: 'text-out-of-images',
          // Rounded as `toFixed` rounds (the binary value), so a locale's formatter cannot round 0.35 the other way.
          data: {
            area: Math.round(area / 1000),
            characters,
            // the real count, and for Japanese, Chinese or Thai the English one the ratio is of
            unspaced: englishCharacters === characters ? 'no' : 'yes',
            english: englishCharacters,
            ratio: Number(ratio.toFixed(1)),
          },
          ...atImage(message, first),
          strength: ratio < LOW_RATIO / 2 ? 1 : 0.8,
        },
      ];
    }
    return [];
  },
});
