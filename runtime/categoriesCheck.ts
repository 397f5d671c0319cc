/**
 * The registration categories (or areas of concern) given for a registered child, checked
 * against the policy: each one it lists (or words of their own, where it allows free
 * text), a primary where one is required, a secondary where required, only one where
 * several are not allowed, and, for an unranked list, at least one where one is required.
 */
import type { PolicyIR } from "../compiler/ir.js";
import { didYouMean } from "../grammar/suggest.js";
import type { ChildCategories, ChildConcerns } from "./conference.js";
import type { ListCheck, TraceStep } from "./decision.js";
import type { PolicyTables } from "./policyTables.js";
import { listInWords, step } from "./trace.js";

type Rules = PolicyIR["categories"];

interface Words {
  one: string;
  many: string;
  step: "categories" | "concerns";
}

const CATEGORY: Words = { one: "category", many: "categories", step: "categories" };
const CONCERN: Words = { one: "area of concern", many: "areas of concern", step: "concerns" };

function listCheck(rules: Rules, ids: ReadonlySet<string>, given: ChildCategories | ChildConcerns | undefined, words: Words, silence: PolicyIR["categories"]["allowed"][number]["at"] | null, trace: TraceStep[]): ListCheck {
  const primary = given?.primary ?? null;
  const secondary = given?.secondary ?? [];
  const unranked = given?.unranked ?? [];
  const problems: string[] = [];
  const chosen = [...(primary === null ? [] : [primary]), ...secondary, ...unranked];

  if (ids.size > 0 && rules.freeText === null) {
    for (const id of chosen) {
      if (!ids.has(id)) problems.push(`\`${id}\` is not ${words.one === "category" ? "a category" : "an area of concern"} of this policy (${didYouMean(id, ids) ?? `its ${words.many} are ${listInWords([...ids])}`})`);
    }
  }
  if (rules.unranked === null) {
    if (unranked.length > 0 && (rules.primary?.required || rules.secondary?.required)) problems.push(`the policy ranks its ${words.many} (a primary and secondary), and these are given unranked`);
    if (rules.primary?.required && primary === null && unranked.length === 0) problems.push(`the policy requires a primary ${words.one}, and none is given`);
    if (rules.secondary?.required && secondary.length === 0) problems.push(`the policy requires a secondary ${words.one}, and none is given`);
  }
  if (rules.atLeastOne && chosen.length === 0) problems.push(`the policy requires at least one ${words.one}, and none is given`);
  if (rules.multiple && !rules.multiple.allowed && chosen.length > 1) problems.push(`the policy allows one ${words.one}, and ${chosen.length} are given`);
  if (new Set(chosen).size < chosen.length) problems.push(`${words.one === "category" ? "a category" : "an area of concern"} is given more than once`);

  const at = problems.length > 0 ? (rules.primary?.at ?? rules.atLeastOne ?? rules.unranked ?? rules.multiple?.at ?? rules.allowed[0]?.at ?? null) : (rules.allowed[0]?.at ?? rules.unranked ?? rules.freeText ?? rules.primary?.at ?? silence);
  const named = chosen.length > 0 ? `${listInWords(chosen)} given` : `no ${words.one} given`;
  let detail: string;
  if (problems.length > 0) detail = `${named}: ${problems.join("; ")}`;
  else if (ids.size === 0 && rules.freeText === null) detail = chosen.length > 0 ? `${named}; the policy lists no ${words.many} to check them against` : `${named}, and the policy lists none to choose from`;
  else detail = `${named}, as the policy allows`;
  trace.push(step(words.step, detail, at));
  return { primary, secondary, unranked, valid: problems.length === 0, problems };
}

export function categoriesCheck(tables: PolicyTables, given: ChildCategories | undefined, trace: TraceStep[]): ListCheck {
  return listCheck(tables.ir.categories, tables.categoryIds, given, CATEGORY, tables.silenceOn("categories"), trace);
}

/** Areas of concern, where the policy lists them or allows them in words. */
export function concernsCheck(tables: PolicyTables, given: ChildConcerns | undefined, trace: TraceStep[]): ListCheck {
  return listCheck(tables.ir.concerns, tables.concernIds, given, CONCERN, tables.silenceOn("concerns"), trace);
}

/** Whether the policy says anything about areas of concern. */
export function readsConcerns(ir: PolicyIR): boolean {
  const c = ir.concerns;
  return c.allowed.length > 0 || c.freeText !== null || c.primary !== null || c.unranked !== null || c.atLeastOne !== null;
}
