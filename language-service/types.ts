/**
 * What the language service answers with: plain data shaped like the Language Server
 * Protocol's types (so the language server passes most of it through), with files named by
 * path rather than URI and kinds named by word rather than number, so that a front end that
 * is not an LSP client (the Studio, on CodeMirror) reads it as easily.
 */
import type { ReferenceKind } from "../compiler/references.js";
import type { Severity } from "../grammar/diagnostic.js";
import type { Range } from "./positions.js";

export interface Location {
  file: string;
  range: Range;
}

export interface EditorDiagnostic {
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** The `help:` line `quorate check` prints under the message. */
  help?: string;
  related?: { message: string; location: Location }[];
}

/** Diagnostics of one file, reached by checking another (its base or vocabulary) or itself. */
export interface FileDiagnostics {
  file: string;
  diagnostics: EditorDiagnostic[];
}

export interface Hover {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** The kinds of name the compiler resolves (compiler/references.ts): role, grouping, agency, category, event, action… */
export type NameKind = ReferenceKind;

/** `statement`: an example of a whole statement form, from the grammar's own list. */
export type CompletionKind = "keyword" | "statement" | NameKind;

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** One line: a role's label, an event's meaning. */
  detail?: string;
}

export interface CompletionList {
  items: CompletionItem[];
  /** The word being typed, which a completion replaces. */
  replace: Range;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits by file path. */
export type WorkspaceEdit = Record<string, TextEdit[]>;

export type SymbolKind = "policy" | "section" | "declaration" | "rule";

export interface DocumentSymbol {
  name: string;
  kind: SymbolKind;
  /** For a declaration, what it declares (`role`, `grouping`…); for a rule, its kind in words. */
  detail?: string;
  range: Range;
  selectionRange: Range;
  children: DocumentSymbol[];
}

export interface FoldingRange {
  /** 0-based lines. */
  startLine: number;
  endLine: number;
  kind?: "comment" | "region";
}

export interface CodeAction {
  title: string;
  kind: "quickfix" | "refactor.rewrite";
  /** The codes of the diagnostics it fixes, if any. */
  diagnostics?: string[];
  edit: WorkspaceEdit;
  isPreferred?: boolean;
}

export type RenameResult = { edit: WorkspaceEdit } | { error: string };

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };
