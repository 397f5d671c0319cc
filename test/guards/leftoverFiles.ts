/**
 * Temporary files a test run must not leave behind: the hidden `.<name>.<pid>.<time>.tmp`
 * files `writeFileAtomic` writes through, and any `*.tmp`. A write that failed or was
 * interrupted and did not clean up shows here.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { temporaryFileOf } from "../../cli/io.js";

const NOT_OURS = new Set(["node_modules", ".git", "dist"]);

/** Every temporary file under `dir`, as a path; links and pipes are listed, never followed or opened. */
export function temporaryFilesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_OURS.has(entry.name)) walk(full);
      } else if (temporaryFileOf(entry.name) !== undefined || entry.name.endsWith(".tmp")) {
        found.push(full);
      }
    }
  };
  walk(dir);
  return found;
}
