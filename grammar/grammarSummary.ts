/**
 * The grammar on one page, written out from the parser itself: every rule as a
 * production, keywords in quotes, `Name`, `Text`, `Number` and `Date` for the words a
 * board chooses. docs/language.md carries it between markers, and a test checks it is
 * current, so the summary can never describe a language the parser does not read.
 */
import type { ISerializedGast } from "chevrotain";
import { QuorateParser } from "./parser.js";

const TERMINALS: Record<string, string> = {
  Name: "Name",
  Identifier: "Name",
  StringLiteral: "Text",
  UnterminatedString: "Text",
  Integer: "Number",
  DateLiteral: "Date",
  LCurly: '"{"',
  RCurly: '"}"',
  Colon: '":"',
  Comma: '","',
};

interface Gast {
  type: string;
  name?: string;
  definition?: Gast[];
  separator?: Gast;
}

function terminal(name: string): string {
  if (name.startsWith("Kw_")) return `"${name.slice(3)}"`;
  return TERMINALS[name] ?? name;
}

function sequence(items: Gast[] | undefined): string {
  return (items ?? []).map(element).join(" ");
}

function grouped(items: Gast[] | undefined): string {
  const text = sequence(items);
  // One word, or one set of alternatives (already in brackets), needs no brackets of its own.
  const single = (items ?? []).length === 1 && (!text.includes(" ") || items?.[0]?.type === "Alternation");
  return single ? text : `(${text})`;
}

function element(node: Gast): string {
  switch (node.type) {
    case "Terminal":
      return terminal(node.name ?? "");
    case "NonTerminal":
      return node.name ?? "";
    case "Alternation":
      return `(${(node.definition ?? []).map((alt) => sequence(alt.definition)).join(" | ")})`;
    case "Option":
      return `${grouped(node.definition)}?`;
    case "Repetition":
      return `${grouped(node.definition)}*`;
    case "RepetitionMandatory":
      return `${grouped(node.definition)}+`;
    case "RepetitionWithSeparator":
    case "RepetitionMandatoryWithSeparator": {
      const item = sequence(node.definition);
      const separator = node.separator ? element(node.separator) : "";
      return node.type === "RepetitionWithSeparator" ? `(${item} (${separator} ${item})*)?` : `${item} (${separator} ${item})*`;
    }
    default:
      return sequence(node.definition);
  }
}

/** Every production of the grammar, one per line, in the order the parser defines them. */
export function grammarSummary(): string {
  const rules = new QuorateParser().getSerializedGastProductions() as unknown as (ISerializedGast & Gast)[];
  const width = Math.max(...rules.map((r) => (r.name ?? "").length));
  return rules.map((rule) => `${(rule.name ?? "").padEnd(width)} := ${sequence(rule.definition)}`).join("\n");
}
