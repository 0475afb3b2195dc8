// The browser build of Tiptap 3 for test/fixtures/compose/esp-tiptap-editor.html. Tiptap ships ES
// modules only (and ProseMirror underneath imports its packages by bare name), so vendor.ts bundles
// this file into one classic script, dist/test/vendor/tiptap/tiptap.js, before the browser suite
// runs. The page reads `window.Tiptap`. Nothing of it is committed.

import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

(globalThis as unknown as { Tiptap: object }).Tiptap = { Editor, StarterKit };
