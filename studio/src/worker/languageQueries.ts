/**
 * The editor's questions, answered by Quorate's language service (the same one the
 * language server uses) and turned from its line-and-character positions into offsets
 * of the text the editor holds.
 */
import { DIAGNOSTIC_CATALOGUE, exampleSource } from "../../../compiler/diagnosticCatalogue.js";
import { TextLines, type Range } from "../../../language-service/index.js";
import { nameIndex } from "../../../language-service/names.js";
import type { CodeAction, EditorDiagnostic } from "../../../language-service/types.js";
import type { CatalogueEntryView, Checked, Completions, Fix, Formatted, Hovered, NameSpan, Problem } from "./protocol.js";
import type { Workspace } from "./workspace.js";

function span(lines: TextLines, range: Range): { from: number; to: number } {
  return { from: lines.offsetAt(range.start), to: lines.offsetAt(range.end) };
}

function fixesOf(action: CodeAction, file: string, lines: TextLines): Fix | undefined {
  const edits = action.edit[file];
  if (!edits || edits.length === 0) return undefined;
  return { title: action.title, changes: edits.map((e) => ({ ...span(lines, e.range), insert: e.newText })) };
}

/** The quick fixes for one problem of the edited file: those the service offers for its code at its place. */
function problemFixes(ws: Workspace, file: string, d: EditorDiagnostic, lines: TextLines): Fix[] {
  return ws.service
    .codeActions(file, d.range)
    .filter((a) => a.kind === "quickfix" && a.diagnostics?.includes(d.code))
    .map((a) => fixesOf(a, file, lines))
    .filter((f): f is Fix => f !== undefined);
}

function names(ws: Workspace, file: string): NameSpan[] {
  const model = ws.service.analysis(file).model;
  if (!model) return [];
  return nameIndex(model)
    .occurrences.filter((o) => o.file.path === file)
    .map((o) => ({ from: o.ident.range.start.offset, to: o.ident.range.end.offset, kind: o.kind, declaration: o.declaration }));
}

/** Every problem `quorate check` reports for the file, in the file itself and in those it reaches, with fixes for its own. */
export function check(ws: Workspace, file: string, text: string): Checked {
  ws.set(file, text);
  const problems: Problem[] = [];
  for (const group of ws.service.diagnostics(file)) {
    const own = group.file === file;
    const lines = new TextLines(own ? text : (ws.text(group.file) ?? ""));
    for (const d of group.diagnostics) {
      const place = span(lines, d.range);
      problems.push({
        file: group.file,
        ...place,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        severity: d.severity,
        code: d.code,
        message: d.message,
        ...(d.help ? { help: d.help } : {}),
        fixes: own ? problemFixes(ws, file, d, lines) : [],
      });
    }
  }
  const header = ws.service.analysis(file).ast?.header;
  return { problems, names: names(ws, file), ...(header ? { header: { kind: header.fileKind, id: header.id.name, title: header.title.value } } : {}) };
}

export function hover(ws: Workspace, file: string, text: string, at: number): Hovered | null {
  ws.set(file, text);
  const lines = new TextLines(text);
  const found = ws.service.hover(file, lines.positionAt(at));
  return found ? { ...span(lines, found.range), markdown: found.contents } : null;
}

export function complete(ws: Workspace, file: string, text: string, at: number): Completions {
  ws.set(file, text);
  const lines = new TextLines(text);
  const list = ws.service.completion(file, lines.positionAt(at));
  return { ...span(lines, list.replace), options: list.items.map((i) => ({ label: i.label, kind: i.kind, ...(i.detail ? { detail: i.detail } : {}) })) };
}

export async function format(ws: Workspace, file: string, text: string): Promise<Formatted> {
  ws.set(file, text);
  const lines = new TextLines(text);
  const result = await ws.service.format(file);
  if ("error" in result) return result;
  return { changes: result.edits.map((e) => ({ ...span(lines, e.range), insert: e.newText })) };
}

/** The diagnostics catalogue, for the page's explanation of each code. */
export function catalogue(): CatalogueEntryView[] {
  return DIAGNOSTIC_CATALOGUE.map((e) => ({ code: e.code, severity: e.severity, title: e.title, invariant: e.invariant, ...(e.example ? { example: exampleSource(e.example).trimEnd() } : {}) }));
}
