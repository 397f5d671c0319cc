/**
 * What the CLI writes to, and how it writes files: always to a temporary file beside the
 * target, then renamed over it, so an interrupted or failed run never leaves half a file.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { errorMessage } from "../compiler/host.js";

export interface Writable {
  /** False when the stream's buffer is full: a long-running writer should wait for `drain`. */
  write(text: string): unknown;
  isTTY?: boolean;
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  off?(event: "drain" | "close" | "error", listener: () => void): unknown;
}

/** Standard input, for the commands that read conferences from a pipe (`--batch -`). */
export interface Readable extends AsyncIterable<Buffer | string> {
  isTTY?: boolean;
}

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin?: Readable;
  cwd: string;
  env?: Record<string, string | undefined>;
  /**
   * Told, while a long command is still writing, the exit code it has reached so far. If
   * the reader of its output stops early (`quorate eval … --batch … | head`), the process
   * ends at once with this code, not 0: lines already found undecidable still count.
   */
  exitCodeSoFar?(code: number): void;
}

/**
 * Writes, and when the stream says its buffer is full, waits until it has drained (or
 * closed), so a slow reader of a long stream holds the writer back instead of letting
 * unwritten output pile up in memory.
 */
export async function writeDrained(stream: Writable, text: string): Promise<void> {
  if (stream.write(text) !== false || !stream.once || !stream.off) return;
  const { once, off } = { once: stream.once.bind(stream), off: stream.off.bind(stream) };
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"] as const) off(event, done);
      resolve();
    };
    for (const event of ["drain", "close", "error"] as const) once(event, done);
  });
}

/** A problem the user can fix (bad flag, missing file): exit code 2, message, no stack. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help?: string,
  ) {
    super(message);
  }
}

const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.(\d+)\.tmp$/;

/** The temporary file a write goes through: hidden, beside its target, named by process and time. */
export function temporaryNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
}

/** For a file name made by `temporaryNameFor`: the target's name and the process that wrote it. */
export function temporaryFileOf(name: string): { target: string; pid: number } | undefined {
  const match = TEMPORARY_NAME.exec(name);
  return match ? { target: match[1] as string, pid: Number(match[2]) } : undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * Removes the temporary files of earlier writes to `target` whose process has gone: a run
 * killed outright (SIGKILL, a power cut) between writing and renaming leaves one, and the
 * next write to the same file clears it up. A live process's file is never touched.
 */
function removeStaleTemporaries(target: string): void {
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const found = temporaryFileOf(name);
    if (!found || found.target !== path.basename(target) || found.pid === process.pid || processIsAlive(found.pid)) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

/**
 * Points at which a test can interrupt a write, set with QUORATE_TEST_INTERRUPT:
 * `before-rename` kills the process (SIGKILL) once the temporary file is complete but
 * before it replaces the target; `mid-write` fails the write halfway, as a full disk
 * would. Never set outside tests.
 */
export type Interruption = "before-rename" | "mid-write";

export function interruptionFrom(env: Record<string, string | undefined> | undefined): Interruption | undefined {
  const value = env?.["QUORATE_TEST_INTERRUPT"];
  return value === "before-rename" || value === "mid-write" ? value : undefined;
}

function diskFull(): Error {
  return Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
}

export function writeFileAtomic(target: string, text: string, interruption?: Interruption): void {
  removeStaleTemporaries(target);
  const temp = temporaryNameFor(target);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o644);
    if (interruption === "mid-write") {
      writeSync(fd, text.slice(0, text.length >> 1));
      throw diskFull();
    }
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (interruption === "before-rename") process.kill(process.pid, "SIGKILL");
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Why a file could not be written, in words: the reasons differ from a read's. */
export function writeFailure(error: unknown, folder: string, cwd: string): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return existsSync(path.resolve(cwd, folder)) ? `files cannot be made in the folder \`${folder}\`` : `the folder \`${folder}\` does not exist`;
  if (code === "EACCES" || code === "EPERM") return `permission to write in the folder \`${folder}\` was refused`;
  if (code === "EROFS") return `the folder \`${folder}\` is on a disk that cannot be written to`;
  return errorMessage(error);
}

/**
 * Writes a command's `-o` output file atomically; a failure is the user's to fix (exit 2),
 * named with the file as they wrote it, and any file already there is left unchanged.
 */
export function writeOutputFile(shown: string, cwd: string, text: string, env: Record<string, string | undefined> | undefined): void {
  try {
    writeFileAtomic(path.resolve(cwd, shown), text, interruptionFrom(env));
  } catch (error) {
    throw new UsageError(`cannot write \`${shown}\`: ${writeFailure(error, path.dirname(shown), cwd)}`, "check that the folder exists, can be written to and has room; a file already there is unchanged");
  }
}
