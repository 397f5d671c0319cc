/**
 * Reads a JSON Lines history of conferences as it arrives, one line at a time, and hands
 * each conference line to the command: the loop `eval --batch` and `impact` share. Blank
 * lines are skipped (and still counted in line numbers); the progress bar, when there is
 * one, is updated once per chunk of input; `afterChunk` lets a command flush its output.
 */
import type { BatchInput } from "./input.js";
import { bytesOf } from "./input.js";
import { parseConferenceLine, type ParsedLine } from "./conferenceLine.js";
import { LineSplitter } from "./lines.js";
import type { ProgressBar } from "./progress.js";

export async function forEachConferenceLine(input: BatchInput, progress: ProgressBar | undefined, handle: (parsed: ParsedLine) => void | Promise<void>, afterChunk?: () => Promise<void>): Promise<number> {
  const splitter = new LineSplitter();
  let conferences = 0;
  let bytesRead = 0;
  const take = async (lines: Iterable<Parameters<typeof parseConferenceLine>[0]>) => {
    for (const line of lines) {
      const parsed = parseConferenceLine(line);
      if (!parsed) continue;
      await handle(parsed);
      conferences++;
    }
  };
  try {
    progress?.update(0, 0);
    for await (const chunk of bytesOf(input)) {
      bytesRead += chunk.length;
      await take(splitter.take(chunk));
      await afterChunk?.();
      progress?.update(conferences, bytesRead);
    }
    await take(splitter.end());
    await afterChunk?.();
  } finally {
    progress?.finish();
  }
  return conferences;
}
