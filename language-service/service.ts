/**
 * The language service: one object answering an editor's queries about policy files, over
 * an analysis cached per file (see analysis.ts). Files are named by path and read through
 * the host, which the front end supplies: the language server's reads open documents
 * first and the disk after; the Studio's holds every file in memory. Nothing here touches
 * the file system, the process or the network, so it runs in a browser or a Web Worker.
 */
import type { CompileHost } from "../compiler/host.js";
import { todayIso } from "../compiler/dates.js";
import { AnalysisCache, type Analysis } from "./analysis.js";
import { codeActions } from "./codeActions.js";
import { completion } from "./completion.js";
import { diagnostics } from "./diagnostics.js";
import { format, formatRange, type FormatResult } from "./formatting.js";
import { hover } from "./hover.js";
import { definition, prepareRename, references, rename } from "./navigation.js";
import { documentSymbols, foldingRanges } from "./outline.js";
import type { Position, Range } from "./positions.js";
import type { CodeAction, CompletionList, DocumentSymbol, FileDiagnostics, FoldingRange, Hover, Location, PrepareRenameResult, RenameResult } from "./types.js";

export interface LanguageServiceOptions {
  /** Reads policy files by path: open documents, files on disk, or files in memory. */
  host: CompileHost;
  /** Today's date (YYYY-MM-DD) for the review-date check; the real date by default. */
  today?: () => string;
}

export interface LanguageService {
  /** Diagnostics of a file as `quorate check` reports them, with those it finds in the files it reaches. */
  diagnostics(file: string): FileDiagnostics[];
  hover(file: string, position: Position): Hover | undefined;
  completion(file: string, position: Position): CompletionList;
  definition(file: string, position: Position): Location[];
  references(file: string, position: Position, includeDeclaration?: boolean): Location[];
  prepareRename(file: string, position: Position): PrepareRenameResult;
  rename(file: string, position: Position, newName: string): RenameResult;
  documentSymbols(file: string): DocumentSymbol[];
  foldingRanges(file: string): FoldingRange[];
  format(file: string): Promise<FormatResult>;
  formatRange(file: string, range: Range): Promise<FormatResult>;
  codeActions(file: string, range: Range): CodeAction[];
  /** The cached analysis of a file, for front ends that want the model itself. */
  analysis(file: string): Analysis;
  /** Drops a file's cached analysis (when an editor closes it). */
  forget(file: string): void;
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  const { host } = options;
  const cache = new AnalysisCache(host, options.today ?? todayIso);
  const at = (file: string, position: Position) => {
    const analysis = cache.get(file);
    return { analysis, offset: analysis.lines.offsetAt(position) };
  };
  return {
    diagnostics: (file) => diagnostics(cache.get(file)),
    hover(file, position) {
      const { analysis, offset } = at(file, position);
      return hover(analysis, offset);
    },
    completion(file, position) {
      const { analysis, offset } = at(file, position);
      return completion(analysis, host, offset);
    },
    definition(file, position) {
      const { analysis, offset } = at(file, position);
      return definition(analysis, offset);
    },
    references(file, position, includeDeclaration = true) {
      const { analysis, offset } = at(file, position);
      return references(analysis, offset, includeDeclaration);
    },
    prepareRename(file, position) {
      const { analysis, offset } = at(file, position);
      return prepareRename(analysis, offset);
    },
    rename(file, position, newName) {
      const { analysis, offset } = at(file, position);
      return rename(analysis, offset, newName);
    },
    documentSymbols: (file) => documentSymbols(cache.get(file)),
    foldingRanges: (file) => foldingRanges(cache.get(file)),
    format: (file) => format(cache.get(file), host),
    formatRange: (file, range) => formatRange(cache.get(file), host, range),
    codeActions: (file, range) => codeActions(cache.get(file), range),
    analysis: (file) => cache.get(file),
    forget: (file) => cache.forget(file),
  };
}
