/**
 * The language service's answers in the Language Server Protocol's shapes: files named by
 * URI, kinds and severities by number. The service's ranges are already the protocol's.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import type * as LS from "../language-service/index.js";

/** A file URI as a path; any other URI (an unsaved editor) is kept as it is, as a name. */
export function uriToPath(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  try {
    return fileURLToPath(uri);
  } catch {
    return uri;
  }
}

export function pathToUri(filePath: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(filePath) && !/^[a-z]:[\\/]/i.test(filePath) ? filePath : pathToFileURL(filePath).href;
}

const SEVERITY: Record<LS.EditorDiagnostic["severity"], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function lspDiagnostic(d: LS.EditorDiagnostic): Diagnostic {
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    source: "quorate",
    message: d.help ? `${d.message}\nhelp: ${d.help}` : d.message,
    ...(d.related ? { relatedInformation: d.related.map((r) => ({ message: r.message, location: { uri: pathToUri(r.location.file), range: r.location.range } })) } : {}),
  };
}

const COMPLETION_KIND: Record<LS.CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  statement: CompletionItemKind.Snippet,
  role: CompletionItemKind.Variable,
  grouping: CompletionItemKind.Struct,
  agency: CompletionItemKind.Module,
  category: CompletionItemKind.EnumMember,
  concern: CompletionItemKind.EnumMember,
  event: CompletionItemKind.Event,
  action: CompletionItemKind.Function,
  jurisdiction: CompletionItemKind.Constant,
  fact: CompletionItemKind.Field,
};

export function lspCompletions(list: LS.CompletionList): CompletionItem[] {
  return list.items.map((item) => ({
    label: item.label,
    kind: COMPLETION_KIND[item.kind],
    ...(item.detail ? { detail: item.detail } : {}),
    textEdit: { range: list.replace, newText: item.label },
  }));
}

function symbolKind(symbol: LS.DocumentSymbol): SymbolKind {
  if (symbol.kind === "policy") return SymbolKind.File;
  if (symbol.kind === "section") return SymbolKind.Namespace;
  if (symbol.kind === "rule") return SymbolKind.Property;
  switch (symbol.detail) {
    case "grouping":
      return SymbolKind.Struct;
    case "agency":
      return SymbolKind.Module;
    case "category":
    case "concern":
      return SymbolKind.EnumMember;
    case "event":
      return SymbolKind.Event;
    case "action":
      return SymbolKind.Function;
    case "fact":
      return SymbolKind.Field;
    default:
      return SymbolKind.Variable;
  }
}

export function lspSymbols(symbols: LS.DocumentSymbol[]): DocumentSymbol[] {
  return symbols.map((s) => ({
    name: s.name || "?",
    kind: symbolKind(s),
    ...(s.detail ? { detail: s.detail } : {}),
    range: s.range,
    selectionRange: s.selectionRange,
    children: lspSymbols(s.children),
  }));
}

export function lspEdit(edit: LS.WorkspaceEdit): WorkspaceEdit {
  return { changes: Object.fromEntries(Object.entries(edit).map(([file, edits]) => [pathToUri(file), edits])) };
}

export function lspCodeAction(action: LS.CodeAction, context: Diagnostic[]): CodeAction {
  const fixes = context.filter((d) => action.diagnostics?.includes(String(d.code)));
  return {
    title: action.title,
    kind: action.kind === "quickfix" ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
    ...(fixes.length > 0 ? { diagnostics: fixes } : {}),
    ...(action.isPreferred ? { isPreferred: true } : {}),
    edit: lspEdit(action.edit),
  };
}
