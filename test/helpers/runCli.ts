/** Runs the CLI in-process with captured output, as the `quorate` binary would. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: { NO_COLOR: "1" },
  });
  return { code, stdout, stderr };
}

export const REPO = path.resolve(new URL("../..", import.meta.url).pathname);

/** A scratch folder holding a copy of the bundled policies, to break without harm. */
export function scratchPolicies(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-test-"));
  cpSync(path.join(REPO, "policies"), path.join(dir, "policies"), { recursive: true });
  return dir;
}
