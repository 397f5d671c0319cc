/**
 * For the batch commands' tests: the conferences of the bundled scenario files (varied,
 * realistic rooms) as JSON Lines, and a way to run the CLI with standard input and a
 * standard output that can be made to fall behind.
 */
import { EventEmitter } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { main } from "../../cli/main.js";
import type { CliRun } from "./runCli.js";
import { ENGINE } from "./scratch.js";

/** Every conference the scenarios of the engine's copy of the boards decide, in file order. */
export function scenarioConferences(): unknown[] {
  const folder = path.join(ENGINE, "policies/scenarios");
  const out: unknown[] = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".scenarios.json")).sort()) {
    const file = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as { scenarios: { conference: unknown }[] };
    for (const scenario of file.scenarios) {
      out.push(typeof scenario.conference === "string" ? JSON.parse(readFileSync(path.join(folder, scenario.conference), "utf8")) : scenario.conference);
    }
  }
  return out;
}

export function jsonLines(values: unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join("\n") + "\n";
}

/** Runs the CLI with `stdin` as standard input (given in pieces, as a pipe delivers it). */
export async function runCliWithStdin(args: string[], stdin: string | Buffer, options: { cwd?: string; stderrIsTTY?: boolean; chunkBytes?: number } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const bytes = Buffer.from(stdin);
  const size = options.chunkBytes ?? 997;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.stderrIsTTY === true },
    stdin: Readable.from(chunks),
    cwd: options.cwd ?? ENGINE,
    env: { NO_COLOR: "1" },
  });
  return { code, stdout, stderr };
}

/** A standard output whose buffer is always full: every write asks the writer to wait for `drain`, which comes only when the test says. */
export class SlowReader extends EventEmitter {
  readonly written: string[] = [];
  write(text: string): boolean {
    this.written.push(text);
    return false;
  }
  drain(): void {
    this.emit("drain");
  }
}
