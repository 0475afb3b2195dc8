/**
 * A popup textarea that also takes a file: chosen with its file input or dropped on it (with a drop
 * marker while dragging). Dropped text is left to the textarea. Only text files get through: an
 * image, a PDF or an archive is refused with a message (`onRefused`) instead of being scored as
 * text (issue 13: a dropped PNG scored "0.0 low risk").
 */

/** How much of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 4096;

// Magic numbers of common binary files people drop by mistake.
const SIGNATURES: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, XLSX
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: .msg, .doc
  [0x1f, 0x8b], // gzip
];

/** MIME types that are never an email's text. */
const BINARY_TYPE = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-7z|x-rar|vnd\.|octet-stream$)/i;

/** True when the bytes look like text: no known binary signature, no NUL, valid UTF-8 or mostly printable. */
export function looksLikeText(bytes: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.every((byte, i) => bytes[i] === byte))) return false;
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  // Legacy 8-bit charsets are fine (an .eml in ISO-8859-1); many control bytes are not text.
  return control <= bytes.length * 0.02;
}

/** Whether a chosen or dropped file is text we can score (by its type, then by its first bytes). */
export async function isTextFile(file: File): Promise<boolean> {
  if (BINARY_TYPE.test(file.type) && !/\.(html?|eml|txt)$/i.test(file.name)) return false;
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return looksLikeText(head);
}

export function acceptFiles(
  box: HTMLTextAreaElement,
  input: HTMLInputElement,
  onFile: (file: File) => void,
  onRefused: (file: File) => void,
): void {
  const take = (file: File): void => {
    void isTextFile(file).then((text) => (text ? onFile(file) : onRefused(file)), () => onRefused(file));
  };
  input.addEventListener('change', () => {
    const chosen = input.files?.[0];
    if (chosen) take(chosen);
    input.value = '';
  });
  box.addEventListener('dragover', (event) => {
    event.preventDefault();
    box.classList.add('drop');
  });
  box.addEventListener('dragleave', () => box.classList.remove('drop'));
  box.addEventListener('drop', (event) => {
    box.classList.remove('drop');
    const dropped = event.dataTransfer?.files[0];
    if (!dropped) return; // dropped text: the textarea takes it
    event.preventDefault();
    take(dropped);
  });
}
