/**
 * The registration categories given for a registered child, checked against the policy:
 * each one a category it lists, a primary concern where one is required, a secondary one
 * where required, and only one category where several are not allowed.
 */
import { didYouMean } from "../grammar/suggest.js";
import type { ChildCategories } from "./conference.js";
import type { ChildDecision, TraceStep } from "./decision.js";
import type { PolicyTables } from "./policyTables.js";
import { listInWords, step } from "./trace.js";

export function categoriesCheck(tables: PolicyTables, given: ChildCategories | undefined, trace: TraceStep[]): NonNullable<ChildDecision["categories"]> {
  const rules = tables.ir.categories;
  const primary = given?.primary ?? null;
  const secondary = given?.secondary ?? [];
  const problems: string[] = [];
  const chosen = [...(primary === null ? [] : [primary]), ...secondary];

  if (tables.categoryIds.size > 0) {
    for (const id of chosen) {
      if (!tables.categoryIds.has(id)) problems.push(`\`${id}\` is not a category of this policy (${didYouMean(id, tables.categoryIds) ?? `its categories are ${listInWords([...tables.categoryIds])}`})`);
    }
  }
  if (rules.primary?.required && primary === null) problems.push("the policy requires a primary category, and none is given");
  if (rules.secondary?.required && secondary.length === 0) problems.push("the policy requires a secondary category, and none is given");
  if (rules.multiple && !rules.multiple.allowed && chosen.length > 1) problems.push(`the policy allows one category, and ${chosen.length} are given`);
  if (new Set(chosen).size < chosen.length) problems.push("a category is given more than once");

  const at = problems.length > 0 ? (rules.primary?.at ?? rules.multiple?.at ?? rules.allowed[0]?.at ?? null) : (rules.allowed[0]?.at ?? rules.primary?.at ?? tables.silenceOn("categories"));
  const named = chosen.length > 0 ? `${listInWords(chosen)} given` : "no category given";
  let detail: string;
  if (problems.length > 0) detail = `${named}: ${problems.join("; ")}`;
  else if (tables.categoryIds.size === 0) detail = chosen.length > 0 ? `${named}; the policy lists no categories to check them against` : `${named}, and the policy lists none to choose from`;
  else detail = `${named}, as the policy allows`;
  trace.push(step("categories", detail, at));
  return { primary, secondary, valid: problems.length === 0, problems };
}
