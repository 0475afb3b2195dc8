/**
 * What the image rules share: which images a reader sees as content, which are spacers or
 * tracking pixels, how much text the reader sees, and where an `<img>` tag is.
 */
import type { Image, Message } from '../message/message.ts';
import { TokenFlag } from '../text/tokenize.ts';
import { overlapCursor } from '../text/ranges.ts';

/** A side this short (px) makes an image a spacer, a rule line or a pixel, not a picture. */
const SPACER_PX = 10;
/** Both sides at most this (px): a tracking pixel. */
const PIXEL_PX = 2;

/** The image is fetched from a server (not inline `cid:`/`data:`), so loading it reports the open. */
export function isRemote(image: Image): boolean {
  return /^(?:https?:)?\/\//i.test(image.src);
}

/**
 * 1×1 / 0×0 remote images, or hidden ones of no declared size: they exist only to report that the
 * mail was opened. A hidden image with a real declared size is a picture in a hidden block (or
 * one the parser counts as hidden because its cell sets `font-size:0`), not a pixel.
 */
export function isTrackingPixel(image: Image): boolean {
  if (!isRemote(image)) return false;
  const { width, height } = image;
  const tiny = width !== null && height !== null && width <= PIXEL_PX && height <= PIXEL_PX;
  const unsized = (width === null || width <= PIXEL_PX) && (height === null || height <= PIXEL_PX);
  return tiny || width === 0 || height === 0 || (image.hidden && unsized);
}

/** A spacer, divider or pixel: declared so thin that it shows nothing. */
export function isSpacer(image: Image): boolean {
  const { width, height } = image;
  return (width !== null && width <= SPACER_PX) || (height !== null && height <= SPACER_PX);
}

/** An image a reader sees as a picture: visible, with a source, not a spacer or pixel. */
export function isContentImage(image: Image): boolean {
  return !image.hidden && image.src.length > 0 && !isSpacer(image);
}

/** Declared pixel area of an image, or null when a side is not declared. */
export function declaredArea(image: Image): number | null {
  return image.width !== null && image.height !== null ? Math.max(0, image.width) * Math.max(0, image.height) : null;
}

export interface VisibleText {
  /** words with a letter outside hidden text */
  readonly words: number;
  /** characters of those words and of visible numbers (whitespace not counted) */
  readonly characters: number;
}

/** Two image rules ask how much text there is: it is counted once per message. */
const counted = new WeakMap<Message, VisibleText>();

/** How much text the reader sees: words and their characters outside hidden spans. */
export function visibleText(message: Message): VisibleText {
  let known = counted.get(message);
  if (!known) {
    known = countVisibleText(message);
    counted.set(message, known);
  }
  return known;
}

function countVisibleText(message: Message): VisibleText {
  const hidden = overlapCursor(message.hidden);
  let words = 0;
  let characters = 0;
  for (const token of message.tokens) {
    if (hidden(token.start, token.end)) continue;
    characters += token.end - token.start;
    if (token.flags & TokenFlag.Alpha) words++;
  }
  return { words, characters };
}
