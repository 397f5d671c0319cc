/** A command run as a child process without blocking, so that several can run side by side. */
import { spawn, type SpawnOptions } from "node:child_process";

export interface ChildRun {
  status: number | null;
  stderr: string;
}

/** Runs `command` with `args`; resolves when it has ended, with its exit status and what it wrote to standard error. */
export function runChild(command: string, args: readonly string[], options: SpawnOptions & { stdio: ["ignore", "ignore" | number, "pipe"] }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, options);
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stderr }));
  });
}
