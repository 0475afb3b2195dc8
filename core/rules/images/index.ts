// The images rules, sorted by id. Every rule file is listed here by hand: no globbing.
import imageMissingAlt from './image-missing-alt.ts';
import imageOnly from './image-only.ts';
import linkedImageShortMessage from './linked-image-short-message.ts';
import trackingPixels from './tracking-pixels.ts';

export default [imageMissingAlt, imageOnly, linkedImageShortMessage, trackingPixels];
