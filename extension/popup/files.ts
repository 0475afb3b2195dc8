/**
 * A popup textarea that also takes a file: chosen with its file input or dropped on it (with a drop
 * marker while dragging). Dropped text is left to the textarea.
 */
export function acceptFiles(box: HTMLTextAreaElement, input: HTMLInputElement, onFile: (file: File) => void): void {
  input.addEventListener('change', () => {
    const chosen = input.files?.[0];
    if (chosen) onFile(chosen);
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
    onFile(dropped);
  });
}
