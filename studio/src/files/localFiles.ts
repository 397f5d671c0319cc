/**
 * Opening and saving files on this computer, with nothing sent anywhere. Where the browser
 * has the File System Access API (Chrome, Edge), a file opened can be saved back in
 * place; elsewhere a file is read through the usual file chooser and saved as a download.
 */
interface PickerType {
  description: string;
  accept: Record<string, string[]>;
}
interface FilePickers {
  showOpenFilePicker?: (options: { types: PickerType[]; multiple?: boolean }) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: { suggestedName: string; types: PickerType[] }) => Promise<FileSystemFileHandle>;
}
const pickers = window as unknown as FilePickers;

export interface OpenedFile {
  name: string;
  text: string;
  handle?: FileSystemFileHandle;
}

export interface FileKind {
  description: string;
  extension: string;
  mime: string;
}

export const POLICY_FILES: FileKind = { description: "Quorate policy", extension: ".policy", mime: "text/plain" };
export const CONFERENCE_FILES: FileKind = { description: "Conference (JSON)", extension: ".json", mime: "application/json" };

const pickerType = (kind: FileKind): PickerType => ({ description: kind.description, accept: { [kind.mime]: [kind.extension] } });

function isCancel(error: unknown): boolean {
  return error instanceof DOMException && error.name === "AbortError";
}

/** Asks for a file; undefined when the person cancels. */
export async function openLocalFile(kind: FileKind): Promise<OpenedFile | undefined> {
  if (pickers.showOpenFilePicker) {
    try {
      const [handle] = await pickers.showOpenFilePicker({ types: [pickerType(kind)] });
      if (!handle) return undefined;
      const file = await handle.getFile();
      return { name: file.name, text: await file.text(), handle };
    } catch (error) {
      if (isCancel(error)) return undefined;
      // A picker refused (from a file:// page, say): fall back to the file chooser.
    }
  }
  return chooseWithInput(kind);
}

function chooseWithInput(kind: FileKind): Promise<OpenedFile | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = kind.extension;
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      if (!file) return resolve(undefined);
      void file.text().then((text) => resolve({ name: file.name, text }));
    });
    input.addEventListener("cancel", () => resolve(undefined));
    input.click();
  });
}

export type Saved = { name: string; handle?: FileSystemFileHandle; downloaded: boolean } | undefined;

/** Writes the text back to the file it came from, or asks where to save it, or downloads it. */
export async function saveLocalFile(kind: FileKind, suggestedName: string, text: string, handle?: FileSystemFileHandle): Promise<Saved> {
  try {
    let target = handle;
    if (!target && pickers.showSaveFilePicker) target = await pickers.showSaveFilePicker({ suggestedName, types: [pickerType(kind)] });
    if (target) {
      const writable = await target.createWritable();
      await writable.write(text);
      await writable.close();
      return { name: target.name, handle: target, downloaded: false };
    }
  } catch (error) {
    if (isCancel(error)) return undefined;
    // No permission to write there: offer the download instead.
  }
  download(suggestedName, text, kind.mime);
  return { name: suggestedName, downloaded: true };
}

function download(name: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
