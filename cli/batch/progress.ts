/**
 * A one-line progress report on standard error while a long batch runs: conferences done,
 * the rate, and how much of the input has been read when its size is known. Drawn only
 * on a terminal (a log file or CI would fill with redraws), at most ten times a second,
 * and cleared at the end so the terminal is left as it was.
 */
import type { Writable } from "../io.js";

const REDRAW_MS = 100;
const CLEAR_LINE = "\r\u001b[K";

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export class ProgressBar {
  private readonly started: number;
  private lastDrawn = -Infinity;
  private drawn = false;

  constructor(
    private readonly stderr: Writable,
    private readonly totalBytes: number | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** Redraws unless it was drawn less than a tenth of a second ago. */
  update(conferences: number, bytesRead: number): void {
    const now = this.now();
    if (now - this.lastDrawn < REDRAW_MS) return;
    this.lastDrawn = now;
    this.drawn = true;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(conferences / seconds) : 0;
    const read = this.totalBytes !== undefined && this.totalBytes > 0 ? ` · ${megabytes(bytesRead)} of ${megabytes(this.totalBytes)} (${Math.min(100, Math.floor((bytesRead / this.totalBytes) * 100))}%)` : ` · ${megabytes(bytesRead)} read`;
    this.stderr.write(`${CLEAR_LINE}${conferences.toLocaleString("en-GB")} conferences · ${rate.toLocaleString("en-GB")} a second${read}`);
  }

  finish(): void {
    if (this.drawn) this.stderr.write(CLEAR_LINE);
  }
}

/** A bar for a terminal, or nothing. */
export function progressFor(stderr: Writable, totalBytes: number | undefined): ProgressBar | undefined {
  return stderr.isTTY ? new ProgressBar(stderr, totalBytes) : undefined;
}
