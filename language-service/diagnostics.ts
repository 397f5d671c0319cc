/**
 * Diagnostics exactly as `quorate check` reports them for a file, grouped by the file they
 * are in: checking a policy also reports what is wrong in the base and vocabulary it uses.
 */
import type { Diagnostic } from "../grammar/diagnostic.js";
import type { Analysis } from "./analysis.js";
import { editorRange } from "./positions.js";
import type { EditorDiagnostic, FileDiagnostics } from "./types.js";

export function editorDiagnostic(d: Diagnostic): EditorDiagnostic {
  return {
    range: editorRange(d.range),
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.help ? { help: d.help } : {}),
    ...(d.related ? { related: d.related.map((r) => ({ message: r.message, location: { file: r.file, range: editorRange(r.range) } })) } : {}),
  };
}

/** The file's own diagnostics first (always present, even when empty), then those of each other file, in `check`'s order. */
export function diagnostics(analysis: Analysis): FileDiagnostics[] {
  const byFile = new Map<string, EditorDiagnostic[]>([[analysis.file, []]]);
  for (const d of analysis.compiled.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(editorDiagnostic(d));
    byFile.set(d.file, list);
  }
  return [...byFile].map(([file, list]) => ({ file, diagnostics: list }));
}
