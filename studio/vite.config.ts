/**
 * Quorate Studio's build. `npm run studio` serves it (`vite`), `npm run studio:build`
 * writes `dist/studio/index.html`, one self-contained page that opens from disk. The
 * tests build it with `studioConfig({ policies, outDir })` from the engine's own copy of
 * the boards.
 */
import path from "node:path";
import { defineConfig, type UserConfig } from "vite";
import { bundledPolicies } from "./build/bundledPolicies.js";
import { holidaysOfJurisdictions } from "./build/holidayData.js";
import { selfContained } from "./build/selfContained.js";

const STUDIO = import.meta.dirname;
const REPO = path.resolve(STUDIO, "..");

export interface StudioBuildOptions {
  /** The folder of policies (and `scenarios/`) to ship; the repository's `policies/` by default. */
  policies?: string;
  /** Where the page is written; `dist/studio` by default. */
  outDir?: string;
}

export function studioConfig(options: StudioBuildOptions = {}): UserConfig {
  return {
    root: STUDIO,
    base: "./",
    logLevel: "warn",
    plugins: [bundledPolicies(options.policies ?? path.join(REPO, "policies")), selfContained()],
    // The compiler's path rules come from compiler/platform.ts; nothing of Node.js is bundled.
    resolve: { conditions: ["browser"] },
    // The worker is bundled apart, with its own plugins: the holidays are read only there.
    worker: { format: "iife", plugins: () => [holidaysOfJurisdictions()] },
    server: { host: "127.0.0.1", fs: { allow: [REPO] } },
    build: {
      outDir: options.outDir ?? path.join(REPO, "dist/studio"),
      emptyOutDir: true,
      target: "es2022",
      modulePreload: false,
      // One script, written into the page by selfContained(): no chunk is loaded later.
      rolldownOptions: { output: { codeSplitting: false } },
      chunkSizeWarningLimit: 10_000,
    },
  };
}

export default defineConfig(studioConfig());
