/**
 * The names a policy can refer to, gathered from the whole chain (vocabulary, bases,
 * policy). The first declaration of a name wins; duplicates are reported by their own
 * check (`checks/duplicateDeclaration.ts`), not here.
 */
import type { ActionDeclaration, AgencyDeclaration, CategoryDeclaration, EventDeclaration, FactDeclaration, GroupingDeclaration, RoleDeclaration } from "../grammar/ast.js";
import type { Located, PolicyModel } from "./model.js";

export interface Scope {
  agencies: Map<string, Located<AgencyDeclaration>>;
  roles: Map<string, Located<RoleDeclaration>>;
  /** Categories the vocabulary defines, and those a policy or base declares `local`. */
  categories: Map<string, Located<CategoryDeclaration>>;
  /** Areas of concern the vocabulary defines, and those declared `local`. */
  concerns: Map<string, Located<CategoryDeclaration>>;
  groupings: Map<string, Located<GroupingDeclaration>>;
  facts: Map<string, Located<FactDeclaration>>;
  /** Events declared to happen outside the conference (those an evaluation detects are the catalogue's). */
  events: Map<string, Located<EventDeclaration>>;
  actions: Map<string, Located<ActionDeclaration>>;
}

export type Namespace = keyof Scope;

function firstById<T extends { id: { name: string } }>(items: Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const item of items) if (!map.has(item.node.id.name)) map.set(item.node.id.name, item);
  return map;
}

export function buildScope(model: PolicyModel): Scope {
  const defined = (list: "categories" | "concerns") => [...model.vocabularyCategories(list), ...model.allowedCategories(list).filter((c) => c.node.local)];
  return {
    agencies: firstById(model.statements("AgencyDeclaration")),
    roles: firstById(model.statements("RoleDeclaration")),
    categories: firstById(defined("categories")),
    concerns: firstById(defined("concerns")),
    groupings: firstById(model.statements("GroupingDeclaration")),
    facts: firstById(model.statements("FactDeclaration")),
    events: firstById(model.statements("EventDeclaration")),
    actions: firstById(model.statements("ActionDeclaration")),
  };
}
