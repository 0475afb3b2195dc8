// Detects text painted in many different hues: a rainbow of font colours. Legitimate templates
// stick to a brand colour or two plus greys; spam of the <font color> era paints every line
// differently to grab the eye. Source: ESP content checkers; SpamAssassin's HTML font tests.
import { parseColor, type Rgb } from '../../message/css.ts';
import { defineRule, shorten } from '../rule.ts';

/** Distinct hues (greys, near-black and near-white left out) from which the palette is a rainbow. */
const MIN_HUES = 4;
/** Hue buckets of 30°: reds, oranges, yellows, … */
const BUCKET_DEGREES = 30;
/** Below this chroma (0–1) a colour is a grey; outside this lightness it is near black or white. */
const MIN_CHROMA = 0.15;
const MIN_LIGHTNESS = 0.12;
const MAX_LIGHTNESS = 0.92;

/** The hue bucket of a colour, or null for greys, near-black and near-white. */
function hueBucket([red, green, blue]: Rgb): number | null {
  const r = red / 255;
  const g = green / 255;
  const b = blue / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const chroma = max - min;
  const lightness = (max + min) / 2;
  if (chroma < MIN_CHROMA || lightness < MIN_LIGHTNESS || lightness > MAX_LIGHTNESS) return null;
  let hue: number;
  if (max === r) hue = ((g - b) / chroma) % 6;
  else if (max === g) hue = (b - r) / chroma + 2;
  else hue = (r - g) / chroma + 4;
  const degrees = (hue * 60 + 360) % 360;
  return Math.floor(((degrees + BUCKET_DEGREES / 2) % 360) / BUCKET_DEGREES);
}

export default defineRule({
  id: 'many-colors',
  category: 'formatting',
  description: 'Text painted in many different colours',
  weight: 0.5,
  cap: 1.5,
  messages: {
    'rainbow':
      'The text uses {hues} different hues (`{evidence}`). A rainbow of font colours is a hallmark of old-school spam, and it makes the message hard to read.',
    'one-accent':
      'Use one accent colour (your brand colour) for links and highlights, and a dark grey or black for the text.',
  },
  check(context) {
    const buckets = new Map<number, string>();
    for (const value of context.message.colors) {
      const rgb = parseColor(value);
      const bucket = rgb ? hueBucket(rgb) : null;
      if (bucket !== null && !buckets.has(bucket)) buckets.set(bucket, value);
    }
    if (buckets.size < MIN_HUES) return [];
    const shown = [...buckets.values()];
    const evidence = shorten(shown.join(', '));
    return [
      {
        messageId: 'rainbow',
        suggestionId: 'one-accent',
        data: { hues: buckets.size, evidence },
        evidence,
        strength: (buckets.size - MIN_HUES + 1) / 2,
      },
    ];
  },
});
