/**
 * Compiles the policy a command decides conferences under together with every earlier
 * version it `supersedes`, so that each conference is decided under the version in force
 * on its date. Findings are printed as `loadPolicy` prints them; a version with errors,
 * or a file that is a base or a vocabulary, decides nothing.
 */
import { compileVersions } from "../compiler/versions.js";
import { fileSystemHost } from "../compiler/host.js";
import { hasErrors } from "../grammar/diagnostic.js";
import { PolicyVersions } from "../runtime/versions.js";
import { UsageError, type CliIO } from "./io.js";
import { printable } from "./printable.js";
import { renderDiagnostic } from "./renderDiagnostic.js";
import type { Style } from "./style.js";

export type LoadedVersions = { versions: PolicyVersions } | { exitCode: number };

export function loadVersions(file: string, io: CliIO, style: Style, today: string | undefined): LoadedVersions {
  const result = compileVersions(file, { host: fileSystemHost(io.cwd), ...(today ? { today } : {}) });
  if (result.unreadable !== undefined) throw new UsageError(`cannot read \`${file}\`: ${result.unreadable}`, "check that the file exists and can be read");
  const sources = new Map(result.sources.map((s) => [s.path, s.lines]));
  if (!result.versions || hasErrors(result.diagnostics)) {
    for (const d of result.diagnostics) if (d.severity === "error") io.stderr.write(renderDiagnostic(d, sources, style) + "\n\n");
    io.stderr.write(style.error(`${printable(file)} has errors, so it cannot decide a conference: run \`quorate check ${printable(file)}\``) + "\n");
    return { exitCode: 1 };
  }
  const newest = result.versions[result.versions.length - 1];
  if (newest && newest.ir.kind !== "policy") {
    throw new UsageError(`\`${file}\` is a ${newest.ir.kind}, not a board's policy`, newest.ir.kind === "base" ? "evaluate a board policy that extends it" : "name a board's policy, such as policies/wakefield.policy");
  }
  return { versions: new PolicyVersions(result.versions) };
}
