/**
 * Quorate Studio built for a test: with Vite, into a temporary folder, from the policies
 * folder given (the tests ship the engine's own copy of the boards), to be opened from
 * disk as a board officer opens it. The page is driven with ./studioPage.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { studioConfig } from "../../studio/vite.config.js";

export * from "./studioPage.js";

export interface BuiltStudio {
  /** The page's address: a file:// URL. */
  url: string;
  folder: string;
  remove(): void;
}

export async function buildStudio(policies: string): Promise<BuiltStudio> {
  const folder = mkdtempSync(path.join(tmpdir(), "quorate-studio-"));
  try {
    await build({ ...studioConfig({ policies, outDir: folder }), configFile: false, logLevel: "error" });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { url: `file://${path.join(folder, "index.html")}`, folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
