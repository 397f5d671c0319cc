/**
 * Comparing policies as `quorate diff --format html` does: each compiled from the files it
 * reads (the policies as shipped, or as edited here), then `diff()` and the same HTML
 * renderer. A policy with errors is named, not compared.
 */
import { compile } from "../../../compiler/compile.js";
import { memoryHost } from "../../../compiler/host.js";
import { diff, DiffInputError, type DiffInput } from "../../../diff/diff.js";
import { renderDiffHtml } from "../../../diff/render/html.js";
import type { Compared, CompareInput } from "./protocol.js";

export function compare(inputs: readonly CompareInput[], bundled: Record<string, string>, workspace: Record<string, string>, today: string): Compared {
  const irs: DiffInput[] = [];
  for (const input of inputs) {
    const files = input.source === "bundled" ? bundled : { ...bundled, ...workspace };
    const text = files[input.path];
    if (text === undefined) return { kind: "problem", message: `the Studio has no file ${input.path}` };
    const { ir, diagnostics } = compile(text, { filename: input.path, host: memoryHost(files), today });
    if (!ir) {
      const errors = diagnostics.filter((d) => d.severity === "error").length;
      return { kind: "problem", message: `${input.label} has ${errors === 1 ? "an error" : `${errors} errors`}, so it cannot be compared: fix ${errors === 1 ? "it" : "them"} first` };
    }
    if (ir.kind !== "policy") return { kind: "problem", message: `${input.label} is a ${ir.kind}, not a board's policy: compare the boards that use it` };
    irs.push({ ir, file: input.label });
  }
  try {
    const started = performance.now();
    const report = diff(irs);
    return { kind: "compared", report, html: renderDiffHtml(report), milliseconds: performance.now() - started };
  } catch (error) {
    if (error instanceof DiffInputError) return { kind: "problem", message: error.message };
    throw error;
  }
}
