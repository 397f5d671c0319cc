/**
 * Quorate's Prettier plugin: `prettier --plugin ./dist/format/plugin.js` (or the repo's
 * `.prettierrc`) formats `*.policy` files in the canonical layout of `grammar/printer.ts`.
 *
 * The parser is Quorate's own Chevrotain grammar, so a file Prettier formats is a file
 * `quorate check` reads the same way. Comments are placed by the printer itself (see
 * `grammar/commentAttachment.ts`), not by Prettier's generic attachment, which cannot know
 * that a comment after `cite "…"` belongs to the statement's line.
 *
 * A formatter must never change what a policy means. Before handing its layout back to
 * Prettier, the printer prints it, parses the result and compares it with the original
 * (`format/meaning.ts`); if they differ it throws, and Prettier writes nothing.
 */
import type { Doc, Parser, ParserOptions, Plugin, Printer, SupportLanguage } from "prettier";
import { printer as docPrinter } from "prettier/doc";
import type { PolicyFile } from "../grammar/ast.js";
import { PlacedTokens } from "../grammar/commentAttachment.js";
import { parse } from "../grammar/parse.js";
import { CANONICAL_WIDTH, groupingCommaOffsets, printPolicy } from "../grammar/printer.js";
import { syntaxDifference } from "./meaning.js";

export const PARSER_NAME = "quorate";
export const AST_FORMAT = "quorate-ast";

/** What the parser hands the printer: the policy's syntax tree and where its comments sit. */
export interface PolicyRoot {
  type: "PolicyRoot";
  file: PolicyFile;
  placed: PlacedTokens;
  start: number;
  end: number;
}

/** A policy that does not parse; Prettier shows `loc` as a code frame. */
export class PolicySyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly loc: { start: { line: number; column: number }; end: { line: number; column: number } },
  ) {
    super(message);
    this.name = "PolicySyntaxError";
  }
}

/** A layout the printer refuses to hand back because it would change the policy. */
export class MeaningChangedError extends Error {
  constructor(readonly reason: string) {
    super(`formatting would change this policy (${reason}), so it was left as it is; this is a fault in Quorate's formatter, please report it`);
    this.name = "MeaningChangedError";
  }
}

/** Parses a policy for printing; throws `PolicySyntaxError` on the first syntax error. */
export function parsePolicy(text: string, filename = "<input>.policy"): PolicyRoot {
  const result = parse(text, filename);
  const first = result.diagnostics.find((d) => d.severity === "error");
  if (!result.ast || !result.tokens || first) {
    const d = first ?? result.diagnostics[0];
    const at = d?.range ?? result.lines.range(0, 0);
    const message = d ? `${d.code}: ${d.message}${d.help ? ` (help: ${d.help})` : ""}` : "this policy could not be read";
    throw new PolicySyntaxError(message, {
      start: { line: at.start.line, column: at.start.column },
      end: { line: at.end.line, column: at.end.column },
    });
  }
  const dropped = groupingCommaOffsets(result.ast, result.tokens);
  const tokens = result.tokens.filter((t) => !dropped.has(t.startOffset));
  return { type: "PolicyRoot", file: result.ast, placed: new PlacedTokens(tokens, result.ast.comments), start: 0, end: text.length };
}

const locStart = (node: { start?: number; range?: { start: { offset: number } } }): number => node.start ?? node.range?.start.offset ?? 0;
const locEnd = (node: { end?: number; range?: { end: { offset: number } } }): number => node.end ?? node.range?.end.offset ?? 0;

export const languages: SupportLanguage[] = [
  {
    name: "Quorate policy",
    parsers: [PARSER_NAME],
    extensions: [".policy"],
    vscodeLanguageIds: ["quorate"],
  },
];

const policyParser: Parser<PolicyRoot> = {
  astFormat: AST_FORMAT,
  parse: (text, options) => parsePolicy(text, typeof options.filepath === "string" ? options.filepath : undefined),
  locStart,
  locEnd,
};

export const parsers: Record<string, Parser<PolicyRoot>> = { [PARSER_NAME]: policyParser };

/** Prints the layout, reads it back and refuses it unless it says exactly what the original said. */
function printChecked(root: PolicyRoot, options: ParserOptions<PolicyRoot>): Doc {
  const doc = printPolicy(root.file, root.placed);
  const text = docPrinter.printDocToString(doc, { printWidth: options.printWidth, tabWidth: options.tabWidth, useTabs: options.useTabs }).formatted;
  let reread: PolicyRoot;
  try {
    reread = parsePolicy(text);
  } catch (error) {
    throw new MeaningChangedError(`the result would not parse: ${error instanceof Error ? error.message : String(error)}`);
  }
  const difference = syntaxDifference(root.file, reread.file);
  if (difference) throw new MeaningChangedError(difference);
  return doc;
}

const policyPrinter: Printer<PolicyRoot> = {
  print: (path, options) => printChecked(path.node, options),
};

export const printers: Record<string, Printer<PolicyRoot>> = { [AST_FORMAT]: policyPrinter };

/** The canonical layout: two-space indentation, lines of at most 100 characters. */
export const defaultOptions = { printWidth: CANONICAL_WIDTH, tabWidth: 2, useTabs: false };

const plugin: Plugin<PolicyRoot> = { languages, parsers, printers, defaultOptions };
export default plugin;
