/**
 * The policies the Studio ships with, read from a folder when the Studio is built and
 * served to the page as the module `virtual:quorate-bundled`: every `*.policy` file under
 * the folder, and every scenario file with its conferences read in. Nothing is fetched at
 * run time, so the built Studio works from disk with no network.
 *
 * Paths are given as `policies/…` whatever folder they were read from, so a policy's
 * `vocabulary` and `extends` resolve in the page exactly as they do in the repository,
 * and an explanation names its files as `quorate eval` run from the repository does.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

export const BUNDLED_MODULE = "virtual:quorate-bundled";
const RESOLVED = `\0${BUNDLED_MODULE}`;

export interface BundledScenario {
  name: string;
  clause: string;
  /** The conference, read in where the scenario names a file. */
  conference: unknown;
  expect: unknown;
}

export interface BundledScenarioFile {
  file: string;
  /** The policy the scenarios test, as a `policies/…` path. */
  policy: string;
  scenarios: BundledScenario[];
}

function filesUnder(folder: string, relative = ""): string[] {
  return readdirSync(path.join(folder, relative), { withFileTypes: true }).flatMap((entry) => {
    const inner = path.posix.join(relative, entry.name);
    if (entry.isDirectory()) return filesUnder(folder, inner);
    return entry.isFile() ? [inner] : [];
  });
}

/** A scenario file with each conference file it names read in; a file that cannot be read is left out with a warning. */
function readScenarioFile(folder: string, relative: string, warn: (message: string) => void): BundledScenarioFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path.join(folder, relative), "utf8")) as { policy: string; scenarios: BundledScenario[] };
    const here = path.posix.dirname(relative);
    const scenarios = parsed.scenarios.map((s) => {
      if (typeof s.conference !== "string") return s;
      const conference = JSON.parse(readFileSync(path.join(folder, here, s.conference), "utf8")) as unknown;
      return { ...s, conference };
    });
    return { file: `policies/${relative}`, policy: path.posix.normalize(`policies/${here}/${parsed.policy}`), scenarios };
  } catch (error) {
    warn(`the scenario file ${relative} was left out of the Studio: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

export function bundledPolicies(folder: string): Plugin {
  return {
    name: "quorate-bundled-policies",
    resolveId: (id) => (id === BUNDLED_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const all = filesUnder(folder).sort();
      for (const file of all) this.addWatchFile(path.join(folder, file));
      const files = Object.fromEntries(all.filter((f) => f.endsWith(".policy")).map((f) => [`policies/${f}`, readFileSync(path.join(folder, f), "utf8")]));
      const scenarioFiles = all
        .filter((f) => f.endsWith(".scenarios.json"))
        .map((f) => readScenarioFile(folder, f, (m) => this.warn(m)))
        .filter((f): f is BundledScenarioFile => f !== undefined);
      return `export const files = ${JSON.stringify(files)};\nexport const scenarioFiles = ${JSON.stringify(scenarioFiles)};\n`;
    },
  };
}
