/**
 * What the CLI writes to, and how it writes files: always to a temporary file beside the
 * target, then renamed over it, so an interrupted or failed run never leaves half a file.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { errorMessage } from "../compiler/host.js";
import { OutputTargetError, sameFile, writeFileAtomic, type Interruption } from "./atomicWrite.js";

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
  /** Set by a message of several lines whose every part is already printable; any other message is printed as one line. */
  multiline = false;

  constructor(
    message: string,
    readonly help?: string,
  ) {
    super(message);
  }
}

export { temporaryFileOf, temporaryNameFor, writeFileAtomic, type Interruption } from "./atomicWrite.js";

export function interruptionFrom(env: Record<string, string | undefined> | undefined): Interruption | undefined {
  const value = env?.["QUORATE_TEST_INTERRUPT"];
  return value === "before-rename" || value === "mid-write" || value === "signal-mid-rewrite" ? value : undefined;
}

/** Why a file could not be written, in words: the reasons differ from a read's. */
export function writeFailure(error: unknown, folder: string, cwd: string): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return existsSync(path.resolve(cwd, folder)) ? `files cannot be made in the folder \`${folder}\`` : `the folder \`${folder}\` does not exist`;
  if (code === "EACCES" || code === "EPERM") return `permission to write in the folder \`${folder}\` was refused`;
  if (code === "EROFS") return `the folder \`${folder}\` is on a disk that cannot be written to`;
  if (code === "ENAMETOOLONG") return "the name is too long for the file system";
  return errorMessage(error);
}

/**
 * The file a command's `-o` names, checked before anything is computed or written: an
 * empty name is a mistake, and `-` means standard output (undefined here).
 */
export function outputName(given: string | undefined): string | undefined {
  if (given === undefined || given === "-") return undefined;
  if (given === "") throw new UsageError("`-o` was given an empty file name", "name the file to write, such as `-o wakefield.json`, or leave out `-o` (or write `-o -`) for standard output");
  return given;
}

/**
 * Refuses an output file that is one of the files the command reads (by any name or
 * link): writing the report over a policy compared, or the IR over the vocabulary, would
 * lose the file.
 */
export function refuseOverwritingInputs(shown: string, cwd: string, reads: Iterable<string>): void {
  const target = path.resolve(cwd, shown);
  for (const file of reads) {
    if (!sameFile(target, path.resolve(cwd, file))) continue;
    throw new UsageError(`\`-o ${shown}\` would write over \`${file}\`, which this command reads`, "name a new file for the output, such as `-o report.json`; the file is unchanged");
  }
}

/**
 * Writes a command's `-o` output file atomically; a failure is the user's to fix (exit 2),
 * named with the file as they wrote it, and any file already there is left unchanged.
 */
export function writeOutputFile(shown: string, cwd: string, text: string, env: Record<string, string | undefined> | undefined): void {
  try {
    writeFileAtomic(path.resolve(cwd, shown), text, interruptionFrom(env), cwd);
  } catch (error) {
    if (error instanceof OutputTargetError) throw new UsageError(`cannot write \`${shown}\`: ${error.message}`, error.help);
    throw new UsageError(`cannot write \`${shown}\`: ${writeFailure(error, path.dirname(shown), cwd)}`, "check that the folder exists, can be written to and has room; a file already there is unchanged");
  }
}
