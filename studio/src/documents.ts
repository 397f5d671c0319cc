/**
 * The policy files the Studio holds: those it ships, each as shipped and as edited here,
 * and those opened from this computer. All live under `policies/`, beside the shipped
 * vocabulary and bases, so a policy opened from disk finds them by the same names it
 * uses on disk; a file opened with the name of a shipped one takes its place (the
 * shipped text stays available to compare with).
 */
import type { BundledDocument, Checked } from "./worker/protocol.js";

export type FileKind = BundledDocument["kind"];

export interface PolicyDocument {
  path: string;
  kind: FileKind;
  id: string;
  title: string;
  /** The text as shipped; absent for a file opened from this computer under a new name. */
  shipped?: string;
  text: string;
  /** The name of the file on this computer it was opened from or saved to. */
  diskName?: string;
  /** Where the browser lets the Studio write the file back (the File System Access API). */
  handle?: FileSystemFileHandle;
  /** The text last opened from or saved to this computer. */
  savedText?: string;
}

export class Documents {
  private readonly byPath = new Map<string, PolicyDocument>();
  private readonly listeners: (() => void)[] = [];

  constructor(shipped: Record<string, string>, described: BundledDocument[]) {
    for (const d of described) {
      const text = shipped[d.path] ?? "";
      this.byPath.set(d.path, { ...d, shipped: text, text });
    }
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  get(path: string): PolicyDocument | undefined {
    return this.byPath.get(path);
  }

  all(): PolicyDocument[] {
    return [...this.byPath.values()];
  }

  /** Changed since shipped, or not shipped at all. */
  edited(path: string): boolean {
    const d = this.byPath.get(path);
    return d !== undefined && d.text !== d.shipped;
  }

  setText(path: string, text: string): void {
    const d = this.byPath.get(path);
    if (!d) return;
    const wasEdited = d.text !== d.shipped;
    d.text = text;
    if (wasEdited !== (d.text !== d.shipped)) this.changed();
  }

  /** What a check read in the file's header: a file opened from disk is named by it. */
  describe(path: string, header: Checked["header"]): void {
    const d = this.byPath.get(path);
    if (!d || !header || (d.kind === header.kind && d.id === header.id && d.title === header.title)) return;
    Object.assign(d, header);
    this.changed();
  }

  /** A file from this computer, placed beside the shipped policies; returns its path. */
  open(name: string, text: string, handle?: FileSystemFileHandle): string {
    const base = name.split(/[\\/]/).pop() || "policy.policy";
    const path = `policies/${base.endsWith(".policy") ? base : `${base}.policy`}`;
    const existing = this.byPath.get(path);
    const entry: PolicyDocument = existing ? { ...existing, text, diskName: base, savedText: text } : { path, kind: "unknown", id: base, title: base, text, diskName: base, savedText: text };
    if (handle) entry.handle = handle;
    else delete entry.handle;
    this.byPath.set(path, entry);
    this.changed();
    return path;
  }

  saved(path: string, diskName: string, handle?: FileSystemFileHandle): void {
    const d = this.byPath.get(path);
    if (!d) return;
    d.diskName = diskName;
    d.savedText = d.text;
    if (handle) d.handle = handle;
    this.changed();
  }

  /** Whether any file holds changes not yet saved to this computer. */
  unsaved(): boolean {
    return this.all().some((d) => d.text !== (d.savedText ?? d.shipped));
  }

  /** Every file whose text differs from what the Studio ships, for comparing policies as edited. */
  overlay(): Record<string, string> {
    return Object.fromEntries(this.all().filter((d) => d.text !== d.shipped).map((d) => [d.path, d.text]));
  }
}
