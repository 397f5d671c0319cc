/**
 * Quorate's language service: editor features over the compiler's model, shared by the
 * language server (`quorate lsp`) and the browser Studio. Positions are the Language
 * Server Protocol's: 0-based lines and UTF-16 characters (see positions.ts).
 */
export { createLanguageService, type LanguageService, type LanguageServiceOptions } from "./service.js";
export type { Analysis } from "./analysis.js";
export type { FormatResult } from "./formatting.js";
export { TextLines, editorRange, type Position, type Range } from "./positions.js";
export type * from "./types.js";
export { memoryHost, type CompileHost, type ReadResult } from "../compiler/host.js";
