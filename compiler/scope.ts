/**
 * The names a policy can refer to, gathered from the whole chain (vocabulary, bases,
 * policy). The first declaration of a name wins; duplicates are reported by their own
 * check (`checks/duplicateDeclaration.ts`), not here.
 */
import type { AgencyDeclaration, CategoryDeclaration, GroupingDeclaration, RoleDeclaration } from "../grammar/ast.js";
import type { Located, PolicyModel } from "./model.js";

export interface Scope {
  agencies: Map<string, Located<AgencyDeclaration>>;
  roles: Map<string, Located<RoleDeclaration>>;
  /** Categories the vocabulary defines. */
  categories: Map<string, Located<CategoryDeclaration>>;
  groupings: Map<string, Located<GroupingDeclaration>>;
}

export type Namespace = keyof Scope;

function firstById<T extends { id: { name: string } }>(items: Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  for (const item of items) if (!map.has(item.node.id.name)) map.set(item.node.id.name, item);
  return map;
}

export function buildScope(model: PolicyModel): Scope {
  return {
    agencies: firstById(model.statements("AgencyDeclaration")),
    roles: firstById(model.statements("RoleDeclaration")),
    categories: firstById(model.vocabularyCategories()),
    groupings: firstById(model.statements("GroupingDeclaration")),
  };
}
