/** Runs the CLI in-process with captured output, as the `quorate` binary would. */
import { main } from "../../cli/main.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    env: { NO_COLOR: "1", ...env },
  });
  return { code, stdout, stderr };
}

export { ENGINE, REPO, scratchFixture, scratchFolders, scratchPolicies } from "./scratch.js";
