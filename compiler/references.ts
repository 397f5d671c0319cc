/**
 * Every place a policy uses a name it did not declare there: the references that name
 * resolution checks, grouped by what kind of thing they name.
 */
import type { Ident } from "../grammar/ast.js";
import type { PolicyModel, SourceFile } from "./model.js";

export type ReferenceKind = "role" | "grouping" | "agency" | "category" | "event" | "action" | "power" | "jurisdiction";

export interface Reference {
  ident: Ident;
  file: SourceFile;
}

export function references(model: PolicyModel, kind: ReferenceKind): Reference[] {
  const out: Reference[] = [];
  const add = (file: SourceFile, idents: (Ident | undefined)[]) => {
    for (const ident of idents) if (ident) out.push({ ident, file });
  };
  switch (kind) {
    case "role":
      for (const s of model.statements("GroupingDeclaration")) add(s.file, s.node.roles);
      for (const s of model.statements("ChoiceRule")) add(s.file, [s.node.role]);
      for (const s of model.statements("PerOrganisation")) add(s.file, s.node.roles);
      for (const s of model.statements("NotVoting")) add(s.file, s.node.roles);
      for (const s of model.statements("Discretion")) add(s.file, s.node.roles);
      for (const s of model.statements("UnbornRequirement")) add(s.file, [s.node.role]);
      for (const s of model.statements("OnlyInvolvedRoles")) add(s.file, s.node.roles);
      for (const s of model.statements("SoleRepresentative")) if (s.node.selector.kind === "role") add(s.file, s.node.selector.names);
      break;
    case "grouping":
      for (const s of model.statements("ChoiceRule")) add(s.file, [...s.node.options, s.node.fallback]);
      for (const s of model.statements("SoleRepresentative")) if (s.node.selector.kind === "grouping") add(s.file, s.node.selector.names);
      break;
    case "agency":
      for (const s of model.statements("RoleDeclaration")) add(s.file, [s.node.agency]);
      for (const s of model.statements("SoleRepresentative")) if (s.node.selector.kind === "agency") add(s.file, s.node.selector.names);
      break;
    case "category":
      for (const s of model.allowedCategories()) add(s.file, [s.node.id]);
      break;
    case "event":
      for (const s of model.statements("Obligation")) add(s.file, [s.node.trigger]);
      for (const s of model.statements("Power")) add(s.file, [s.node.trigger]);
      break;
    case "action":
      for (const s of model.statements("Obligation")) add(s.file, [s.node.action]);
      break;
    case "power":
      for (const s of model.statements("Power")) add(s.file, s.node.powers);
      break;
    case "jurisdiction":
      for (const s of model.statements("Jurisdiction")) add(s.file, [s.node.value]);
      break;
  }
  return out;
}
