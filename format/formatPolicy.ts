/**
 * Formats one policy through Prettier with Quorate's plugin, then proves the result
 * means what the original meant: both texts are compiled (with the same base and
 * vocabulary) and their IRs compared without line numbers. Only a result that passes is
 * returned as formatted; anything else is refused, so a caller never writes it.
 */
import * as prettier from "prettier";
import { compile } from "../compiler/compile.js";
import type { CompileHost } from "../compiler/host.js";
import type { Diagnostic } from "../grammar/diagnostic.js";
import type { LineMap } from "../grammar/location.js";
import { codePoints } from "../grammar/limits.js";
import { parse } from "../grammar/parse.js";
import { CANONICAL_WIDTH } from "../grammar/printer.js";
import { sameIR } from "./meaning.js";
import quoratePlugin, { MeaningChangedError, PARSER_NAME } from "./plugin.js";

/**
 * The largest policy the formatter lays out. Prettier's document for a policy takes about
 * 800 MB of memory per megabyte of text, so a larger file could exhaust a small machine's
 * memory; real policies are a few kilobytes. Larger files are still checked and compiled.
 */
export const MAX_FORMAT_CHARACTERS = 1024 * 1024;

export type FormatOutcome =
  /** `changed` is false when the file was already in the canonical layout. */
  | { kind: "formatted"; text: string; changed: boolean }
  /** The policy does not parse; nothing can be formatted until these are fixed. */
  | { kind: "syntax-errors"; diagnostics: Diagnostic[]; lines: LineMap }
  /** Formatting would have changed what the policy means; the reason says how. */
  | { kind: "refused"; reason: string }
  /** The file is larger than the formatter lays out (MAX_FORMAT_CHARACTERS). */
  | { kind: "too-large"; characters: number };

export interface FormatOptions {
  /** The policy's path, for messages and for finding its base and vocabulary. */
  filename: string;
  /** How to read the base and vocabulary when comparing the compiled policies. */
  host: CompileHost;
  /** For tests of the meaning check only: a plugin to format with instead of Quorate's. */
  plugin?: prettier.Plugin;
  /**
   * Whether to prove, by compiling both texts, that the formatted text means what the
   * original meant (the default). `quorate fmt --check` writes nothing, so it skips the two
   * compiles; the plugin still compares the syntax trees of every text it prints.
   */
  verifyMeaning?: boolean;
}

/** Prettier's options for the canonical layout; configuration files are not consulted. */
export function canonicalOptions(filename: string, plugin: prettier.Plugin = quoratePlugin): prettier.Options {
  return { parser: PARSER_NAME, plugins: [plugin], filepath: filename, printWidth: CANONICAL_WIDTH, tabWidth: 2, useTabs: false, endOfLine: "lf" };
}

export async function formatPolicy(source: string, options: FormatOptions): Promise<FormatOutcome> {
  if (source.length > MAX_FORMAT_CHARACTERS && codePoints(source) > MAX_FORMAT_CHARACTERS) return { kind: "too-large", characters: codePoints(source) };
  const parsed = parse(source, options.filename);
  if (!parsed.ast) return { kind: "syntax-errors", diagnostics: parsed.diagnostics, lines: parsed.lines };
  let text: string;
  try {
    text = await prettier.format(source, canonicalOptions(options.filename, options.plugin));
  } catch (error) {
    if (error instanceof MeaningChangedError) return { kind: "refused", reason: error.reason };
    throw error;
  }
  if (text === source) return { kind: "formatted", text, changed: false };
  if (options.verifyMeaning === false) return { kind: "formatted", text, changed: true };
  const reason = meaningDifference(source, text, options);
  return reason ? { kind: "refused", reason } : { kind: "formatted", text, changed: true };
}

/** Why the formatted text does not mean what the original means, if it does not. */
function meaningDifference(original: string, formatted: string, options: FormatOptions): string | undefined {
  const compileAs = (text: string) => compile(text, { filename: options.filename, host: options.host });
  const before = compileAs(original);
  const after = compileAs(formatted);
  if (before.ir && after.ir) return sameIR(before.ir, after.ir) ? undefined : "the compiled policy would differ";
  if (before.ir || after.ir) return "one version compiles and the other does not";
  // Neither compiles (the policy has errors beyond its layout): the findings must match.
  const codes = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.severity}`).join("\n");
  return codes(before.diagnostics) === codes(after.diagnostics) ? undefined : "the checks would report different problems";
}
