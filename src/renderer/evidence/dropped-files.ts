import type { DropzoneProps } from '@mantine/dropzone';

type DropzoneEvent = Parameters<NonNullable<DropzoneProps['getFilesFromEvent']>>[0];

const isDirectory = (entry: FileSystemEntry | null): entry is FileSystemDirectoryEntry => entry?.isDirectory === true;

/**
 * Splits a browser drop into files and folders. `webkitGetAsEntry` only answers during the drop
 * itself, so this runs synchronously inside the event; while dragging, the items are passed on as
 * they are so the drop zone can highlight. The desktop app keeps folders as files: the main process
 * recognises them by path and refuses them with code `folder`, which leads to the same question.
 */
export function splitDrop(event: DropzoneEvent, keepFolders: boolean): { items: (File | DataTransferItem)[]; folders: FileSystemDirectoryEntry[] } {
  if (Array.isArray(event)) return { items: [], folders: [] };
  const target = event.target as HTMLInputElement | null;
  if (target?.files) return { items: [...target.files], folders: [] };
  const transfer = 'dataTransfer' in event ? event.dataTransfer : null;
  if (!transfer) return { items: [], folders: [] };
  const items = [...transfer.items].filter((item) => item.kind === 'file');
  if (event.type !== 'drop') return { items, folders: [] };
  const folders: FileSystemDirectoryEntry[] = [];
  const files: File[] = [];
  for (const item of items) {
    const entry = item.webkitGetAsEntry();
    const file = item.getAsFile();
    if (isDirectory(entry) && !keepFolders) folders.push(entry);
    else if (file) files.push(file);
  }
  return { items: files, folders };
}

const readBatch = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

/** Every file inside a dropped folder and its subfolders. */
export async function filesInFolder(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const files: File[] = [];
  // readEntries answers in batches (about 100 in Chromium) until it answers with none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const entry of batch) {
      if (isDirectory(entry)) files.push(...(await filesInFolder(entry)));
      else if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    }
  }
  return files;
}
