/** The golden IR of a board's policy as `test/golden/<name>.ir.json` holds it, from the policies of a repository (or a copy of it). */
import { readdirSync } from "node:fs";
import path from "node:path";
import { compileFile, type CompileResult } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import { TODAY } from "./compileText.js";

/** The boards' policies of the repository at `root` (every `policies/*.policy` but the shared vocabulary), by name, sorted. */
export function boardNames(root: string): string[] {
  return readdirSync(path.join(root, "policies"))
    .filter((f) => f.endsWith(".policy") && f !== "vocabulary.policy")
    .map((f) => f.replace(/\.policy$/, ""))
    .sort();
}

/** The compiled policy `policies/<name>.policy` of the repository at `root`. */
export function compileBoard(root: string, name: string): CompileResult {
  return compileFile(`policies/${name}.policy`, { host: fileSystemHost(root), today: TODAY });
}

/** An IR as its golden file is written. */
export function goldenText(ir: unknown): string {
  return JSON.stringify(ir, null, 2) + "\n";
}

export function goldenPath(root: string, name: string): string {
  return path.join(root, "test/golden", `${name}.ir.json`);
}
