/**
 * Where a batch's conferences come from: a JSON Lines file, read as a stream (its size is
 * known, for the progress bar), or standard input for `-`. A file that cannot be opened
 * is the user's to fix (exit 2) and is found before any output is written.
 */
import { createReadStream, openSync, fstatSync, closeSync } from "node:fs";
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

export function openBatchInput(given: string, io: CliIO, example: string): BatchInput {
  if (given === "-") {
    const stdin: Readable | undefined = io.stdin;
    if (!stdin) throw new UsageError("`-` means standard input, and there is none here", `name a file instead: ${example}`);
    if (stdin.isTTY) io.stderr.write("reading conferences from the keyboard, one per line; end with Ctrl-D\n");
    return { shown: "standard input", chunks: stdin };
  }
  const full = path.resolve(io.cwd, given);
  let fd: number;
  try {
    fd = openSync(full, "r");
  } catch (error) {
    throw new UsageError(`cannot read \`${given}\`: ${errorMessage(error)}`, "check that the conferences file exists and can be read");
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new UsageError(`cannot read \`${given}\`: this is a folder, not a file`, `name a JSON Lines file, one conference per line: ${example}`);
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
