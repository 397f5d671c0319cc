/**
 * `quorate fmt [--check|--write] [paths…]`: lays policies out in the canonical layout,
 * through Quorate's Prettier plugin.
 *
 * - `--check` lists the files not in the canonical layout and exits 1 if there are any;
 * - `--write` rewrites those files, each atomically (written beside, then renamed);
 * - with neither, the formatted text of the one policy named is printed.
 *
 * A policy that does not parse is not formatted: its syntax errors are shown and the run
 * exits 1. A file whose formatted version would compile to a different policy is refused
 * (exit 1) and never written.
 */
import path from "node:path";
import { fileSystemHost } from "../../compiler/host.js";
import { formatPolicy, MAX_FORMAT_CHARACTERS, type FormatOptions, type FormatOutcome } from "../../format/formatPolicy.js";
import { MAX_POLICY_CHARACTERS } from "../../grammar/parse.js";
import { OutputTargetError } from "../atomicWrite.js";
import { policyFiles } from "../files.js";
import { printable } from "../printable.js";
import { interruptionFrom, UsageError, writeFailure, writeFileAtomic, type CliIO } from "../io.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { styleFor } from "../style.js";

export interface FmtOptions {
  paths: string[];
  mode: "check" | "write" | "print";
  /** For tests of the meaning check only: a (faulty) plugin to format with instead of Quorate's. */
  plugin?: FormatOptions["plugin"];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export async function runFmt(options: FmtOptions, io: CliIO): Promise<number> {
  const files = policyFiles(options.paths, io.cwd);
  if (options.mode === "print" && files.length !== 1) {
    const found = options.paths.length === 0 ? `but none was named (this folder holds ${plural(files.length, "policy file")})` : `and ${plural(files.length, "file")} were named`;
    throw new UsageError(`\`quorate fmt\` prints one policy at a time, ${found}`, "name one policy file, or use `--check` or `--write` for several");
  }
  const host = fileSystemHost(io.cwd);
  const err = styleFor(io.stderr.isTTY, io.env);
  const out = styleFor(io.stdout.isTTY, io.env);
  const unformatted: string[] = [];
  let failed = 0;
  for (const file of files) {
    // A file name may hold control characters: shown escaped wherever it is printed.
    const shown = printable(file);
    const read = host.readFile(file);
    if ("error" in read) throw new UsageError(`cannot read \`${file}\`: ${read.error}`, "check that the file exists and can be read");
    // Nothing is written by --check, so the formatted text need not be compiled to prove its meaning.
    const outcome: FormatOutcome = await formatPolicy(read.text, { filename: file, host, verifyMeaning: options.mode !== "check", ...(options.plugin ? { plugin: options.plugin } : {}) });
    if (outcome.kind === "syntax-errors") {
      failed++;
      const sources = new Map([[file, outcome.lines]]);
      for (const d of outcome.diagnostics) io.stderr.write(renderDiagnostic(d, sources, err) + "\n\n");
      io.stderr.write(`${err.error("error")}: \`${shown}\` was not formatted because it has syntax errors\n  ${err.good("help:")} fix the errors above, then format it again\n`);
      continue;
    }
    if (outcome.kind === "too-large") {
      failed++;
      io.stderr.write(
        `${err.error("error")}: \`${shown}\` was not formatted: it has ${outcome.characters} characters, and Quorate lays out policies of at most ${MAX_FORMAT_CHARACTERS}\n` +
          `  ${err.good("help:")} the file is unchanged; check that this is the policy you meant (\`quorate check\` still reads files up to ${MAX_POLICY_CHARACTERS} characters)\n`,
      );
      continue;
    }
    if (outcome.kind === "refused") {
      failed++;
      io.stderr.write(
        `${err.error("error")}: \`${shown}\` was not formatted: formatting would change what the policy means (${outcome.reason})\n` +
          `  ${err.good("help:")} the file is unchanged; this is a fault in Quorate's formatter, please report it with the policy attached\n`,
      );
      continue;
    }
    if (options.mode === "print") {
      io.stdout.write(outcome.text);
      continue;
    }
    if (!outcome.changed) continue;
    unformatted.push(file);
    if (options.mode === "write") {
      try {
        writeFileAtomic(path.resolve(io.cwd, file), outcome.text, interruptionFrom(io.env), io.cwd);
      } catch (error) {
        if (error instanceof OutputTargetError) throw new UsageError(`cannot write \`${file}\`: ${error.message}; the file is unchanged`, error.help);
        throw new UsageError(`cannot write \`${file}\`: ${writeFailure(error, path.dirname(file), io.cwd)}; the file is unchanged`, "check that the folder can be written to and the disk has room");
      }
      io.stdout.write(`formatted ${shown}\n`);
    } else {
      io.stdout.write(`${shown}\n`);
    }
  }
  if (options.mode === "print") return failed > 0 ? 1 : 0;
  const done = files.length - failed;
  if (options.mode === "check") {
    if (unformatted.length > 0) {
      io.stdout.write(out.error(`${plural(unformatted.length, "file")} not in the canonical layout; run \`quorate fmt --write\` to format ${unformatted.length === 1 ? "it" : "them"}`) + "\n");
    } else if (failed === 0) {
      io.stdout.write(out.good(`${plural(done, "file")} checked: all in the canonical layout`) + "\n");
    }
    return unformatted.length > 0 || failed > 0 ? 1 : 0;
  }
  io.stdout.write(out.good(`${plural(done, "file")} checked: ${unformatted.length} formatted, ${done - unformatted.length} already in the canonical layout`) + "\n");
  return failed > 0 ? 1 : 0;
}
