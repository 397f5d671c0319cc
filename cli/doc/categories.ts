/**
 * The registration categories and the areas of concern, in sentences: each one the board
 * uses, then the rules for choosing them (several or one, a primary, a secondary).
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { said, type Sentence } from "./sentence.js";
import { withArticle } from "./words.js";

type List = "categories" | "concerns";

const WORDS = {
  categories: { one: "category", many: "categories", listed: "a child may be registered under", none: "the policy lists no categories of registration" },
  concerns: { one: "area of concern", many: "areas of concern", listed: "an area of concern the conference may record is", none: "" },
} as const;

function listSentences(ir: PolicyIR, list: List): Sentence[] {
  const c = ir[list];
  const w = WORDS[list];
  const out: Sentence[] = [];
  for (const item of c.allowed) {
    out.push(said("categories", `${w.listed} ${item.label}${item.local ? ` (${withArticle(w.one)} of this board's own)` : ""}`, item.at, list));
  }
  if (c.multiple) out.push(said("categories", c.multiple.allowed ? `more than one ${w.one} may be chosen` : `only one ${w.one} may be chosen`, c.multiple.at, list));
  if (c.unranked) out.push(said("categories", `the ${w.many} are chosen without ranking them: none is primary`, c.unranked, list));
  if (c.atLeastOne) out.push(said("categories", `at least one ${w.one} must be chosen`, c.atLeastOne, list));
  if (c.primary) out.push(said("categories", c.primary.required ? `a primary ${w.one} must be named` : `naming a primary ${w.one} is optional`, c.primary.at, list));
  if (c.secondary) out.push(said("categories", c.secondary.required ? `a secondary ${w.one} must be named` : `naming a secondary ${w.one} is optional`, c.secondary.at, list));
  if (c.freeText) out.push(said("categories", `${withArticle(w.one)} may also be given in the conference's own words`, c.freeText, list));
  return out;
}

export function categorySentences(ir: PolicyIR): Sentence[] {
  const out = listSentences(ir, "categories");
  if (ir.categories.allowed.length === 0) out.unshift(said("categories", WORDS.categories.none, null, null));
  return [...out, ...listSentences(ir, "concerns")];
}
