// Boxes in the top window's viewport (extension/content/geometry.ts `boxInTop`): an element's or a
// range's box moves by its frame's offset when it lies in the frame's document, not otherwise. The
// browser suite checks the boxes on real pages; here the arithmetic, with stand-ins for the DOM.

import { describe, expect, test } from 'vitest';
import { boxInTop } from '../../extension/content/geometry.ts';

const topDoc = {} as Document;
const frameDoc = {} as Document;
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, right: left + width, bottom: top + height, width, height });
// a frame at (100, 50) with a 2 px border
const frame = { contentDocument: frameDoc, clientLeft: 2, clientTop: 2, getBoundingClientRect: () => rect(100, 50, 400, 300) } as unknown as HTMLIFrameElement;

const element = (doc: Document, r: ReturnType<typeof rect>) => ({ ownerDocument: doc, getBoundingClientRect: () => r }) as unknown as Element;
const range = (doc: Document, r: ReturnType<typeof rect>) => ({ startContainer: { ownerDocument: doc }, getBoundingClientRect: () => r }) as unknown as Range;

describe('boxInTop', () => {
  for (const [kind, of] of [
    ['element', element],
    ['range', range],
  ] as const) {
    test(`${kind} in the frame's document: moved by the frame's offset and border`, () => {
      expect(boxInTop(of(frameDoc, rect(10, 20, 30, 40)), frame)).toEqual({ left: 112, top: 72, right: 142, bottom: 112 });
    });
    test(`${kind} in the top document, with a frame given: as it is`, () => {
      expect(boxInTop(of(topDoc, rect(10, 20, 30, 40)), frame)).toEqual({ left: 10, top: 20, right: 40, bottom: 60 });
      expect(boxInTop(of(topDoc, rect(10, 20, 30, 40)), null)).toEqual({ left: 10, top: 20, right: 40, bottom: 60 });
    });
    test(`${kind} with no box: null`, () => {
      expect(boxInTop(of(frameDoc, rect(10, 20, 0, 0)), frame)).toBeNull();
    });
  }
});
