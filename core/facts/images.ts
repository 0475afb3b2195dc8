/**
 * The images of a message as a reader sees them: pictures (visible, with a source, not a spacer)
 * and tracking pixels (1×1 or hidden remote images that only report the open).
 */
import type { Image } from '../message/message.ts';
import type { FactSources } from './index.ts';

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
function declaredArea(image: Image): number | null {
  return image.width !== null && image.height !== null ? Math.max(0, image.width) * Math.max(0, image.height) : null;
}

/**
 * Characters of text per 1,000 px² of image area: how image-only weighs text against pictures,
 * and the report's `stats.textToImageRatio`. Null when there is no area to weigh against.
 */
export function charactersPer1000Px(characters: number, area: number): number | null {
  return area > 0 ? characters / (area / 1000) : null;
}

export interface ImageFacts {
  /** images a reader sees as pictures, in document order */
  readonly pictures: readonly Image[];
  /** the summed declared area (px²) of `pictures`; a picture without a declared width and height adds 0 */
  readonly pictureArea: number;
  readonly trackingPixels: readonly Image[];
}

export function imageFacts({ message }: FactSources): ImageFacts {
  const pictures = message.images.filter(isContentImage);
  return {
    pictures,
    pictureArea: pictures.reduce((sum, image) => sum + (declaredArea(image) ?? 0), 0),
    trackingPixels: message.images.filter(isTrackingPixel),
  };
}
