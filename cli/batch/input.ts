/**
 * Where a batch's conferences come from: a JSON Lines file, read as a stream (its size is
 * known, for the progress bar), or standard input for `-`. A file that cannot be opened
 * is the user's to fix (exit 2) and is found before any output is written.
 */
import { createReadStream, openSync, fstatSync, closeSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { errorMessage } from "../../compiler/host.js";
import { UsageError, type CliIO, type Readable } from "../io.js";

export interface BatchInput {
  /** How the input is named in messages. */
  shown: string;
  chunks: AsyncIterable<Buffer | string>;
  /** The file's size, for the progress bar; unknown for a pipe. */
  size?: number;
}

/** Standard input that is a folder (`< /tmp`) reads as nothing at all: said, not taken for an empty history. */
function refuseFolderAsStdin(stdin: Readable): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== "number") return;
  let folder: boolean;
  try {
    folder = fstatSync(fd).isDirectory();
  } catch {
    return;
  }
  if (folder) throw new UsageError("standard input is a folder, not a file of conferences", "send a file of conferences, one per line, such as `< conferences.jsonl`, or name the file instead of `-`");
}

/** What a path leads to, in words, for anything but a file or a pipe. */
function notReadable(stat: Stats): string | undefined {
  if (stat.isDirectory()) return "this is a folder, not a file";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "this is a device, not a file: it may never end";
  if (stat.isSocket()) return "this is a socket, not a file";
  return undefined;
}

export function openBatchInput(given: string, io: CliIO, example: string): BatchInput {
  if (given === "-") {
    const stdin: Readable | undefined = io.stdin;
    if (!stdin) throw new UsageError("`-` means standard input, and there is none here", `name a file instead: ${example}`);
    refuseFolderAsStdin(stdin);
    if (stdin.isTTY) io.stderr.write("reading conferences from the keyboard, one per line; end with Ctrl-D\n");
    return { shown: "standard input", chunks: stdin };
  }
  const full = path.resolve(io.cwd, given);
  const refuse = (reason: string) => new UsageError(`cannot read \`${given}\`: ${reason}`, `name a JSON Lines file, one conference per line (or a pipe, or \`-\` for standard input): ${example}`);
  // Looked at before it is opened: opening a device can itself do something.
  let before: Stats;
  try {
    before = statSync(full);
  } catch (error) {
    throw new UsageError(`cannot read \`${given}\`: ${errorMessage(error)}`, "check that the conferences file exists and can be read");
  }
  const first = notReadable(before);
  if (first !== undefined) throw refuse(first);
  let fd: number;
  try {
    fd = openSync(full, "r");
  } catch (error) {
    throw new UsageError(`cannot read \`${given}\`: ${errorMessage(error)}`, "check that the conferences file exists and can be read");
  }
  const stat = fstatSync(fd);
  const reason = notReadable(stat);
  if (reason !== undefined) {
    closeSync(fd);
    throw refuse(reason);
  }
  // The descriptor opened above is the one streamed, so the file checked is the file read.
  const chunks = createReadStream("", { fd, highWaterMark: 256 * 1024 });
  return stat.isFile() ? { shown: given, chunks, size: stat.size } : { shown: given, chunks };
}

/** Reads the input's chunks as bytes; a failure part-way (a disk error) is the user's to see, not a crash. */
export async function* bytesOf(input: BatchInput): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of input.chunks) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  } catch (error) {
    throw new UsageError(`cannot read \`${input.shown}\` to the end: ${errorMessage(error)}`, "the records written so far stand; run again once the input can be read");
  }
}
