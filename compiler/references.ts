/**
 * Every place a policy uses a name it did not declare there: the references that name
 * resolution checks, grouped by what kind of thing they name.
 */
import type { Condition, Ident, Selector, Trigger, Who } from "../grammar/ast.js";
import type { PolicyModel, SourceFile } from "./model.js";

export type ReferenceKind = "role" | "grouping" | "agency" | "category" | "concern" | "event" | "action" | "jurisdiction" | "fact";

export interface Reference {
  ident: Ident;
  file: SourceFile;
}

/** A selector's names when it selects this kind of thing. */
function selected(selector: Selector | Who | undefined, kind: "role" | "agency" | "grouping"): Ident[] {
  return selector !== undefined && selector.kind === kind ? selector.names : [];
}

function conditionFacts(condition: Condition | undefined): Ident[] {
  return condition?.atoms.map((a) => a.fact) ?? [];
}

/** Every trigger in the policy: of duties, powers and routes. */
export function triggers(model: PolicyModel): { trigger: Trigger; file: SourceFile }[] {
  const out: { trigger: Trigger; file: SourceFile }[] = [];
  for (const s of model.statements("Obligation")) if (s.node.trigger) out.push({ trigger: s.node.trigger, file: s.file });
  for (const s of model.statements("Power")) if (s.node.trigger) out.push({ trigger: s.node.trigger, file: s.file });
  for (const s of model.statements("RouteOpens")) out.push({ trigger: s.node.trigger, file: s.file });
  return out;
}

/** Every selection of people in the policy, wherever it is made. */
function selections(model: PolicyModel): { selector: Selector | Who; file: SourceFile }[] {
  const out: { selector: Selector | Who; file: SourceFile }[] = [];
  for (const s of model.statements("SoleRepresentative")) out.push({ selector: s.node.selector, file: s.file });
  for (const s of model.statements("QuorumRequirement")) out.push({ selector: s.node.selector, file: s.file });
  for (const s of model.statements("QuorumCount")) if (s.node.of.kind === "selected") out.push({ selector: s.node.of.selector, file: s.file });
  for (const s of model.statements("Waiver")) if (s.node.of.kind === "selected") out.push({ selector: s.node.of.selector, file: s.file });
  for (const s of model.statements("RouteOpenTo")) out.push({ selector: s.node.who, file: s.file });
  for (const t of triggers(model)) if (t.trigger.by) out.push({ selector: t.trigger.by, file: t.file });
  return out;
}

/** Every condition in the policy, with the file it is written in. */
export function conditions(model: PolicyModel): { condition: Condition; file: SourceFile }[] {
  const out: { condition: Condition; file: SourceFile }[] = [];
  const add = (condition: Condition | undefined, file: SourceFile) => {
    if (condition) out.push({ condition, file });
  };
  for (const s of model.statements("QuorumCount")) add(s.node.when, s.file);
  for (const s of model.statements("QuorumRequirement")) add(s.node.when, s.file);
  for (const s of model.statements("Waiver")) add(s.node.when, s.file);
  for (const s of model.statements("OnlyInvolvedVote")) add(s.node.when, s.file);
  for (const s of model.statements("OnlyInvolvedRoles")) add(s.node.when, s.file);
  for (const s of model.statements("RouteOpenTo")) add(s.node.when, s.file);
  for (const t of triggers(model)) add(t.trigger.when, t.file);
  return out;
}

export function references(model: PolicyModel, kind: ReferenceKind): Reference[] {
  const out: Reference[] = [];
  const add = (file: SourceFile, idents: (Ident | undefined)[]) => {
    for (const ident of idents) if (ident) out.push({ ident, file });
  };
  const fromSelections = (which: "role" | "agency" | "grouping") => {
    for (const s of selections(model)) add(s.file, selected(s.selector, which));
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
      fromSelections("role");
      break;
    case "grouping":
      for (const s of model.statements("ChoiceRule")) add(s.file, [...s.node.options, s.node.fallback]);
      fromSelections("grouping");
      break;
    case "agency":
      for (const s of model.statements("RoleDeclaration")) add(s.file, [s.node.agency]);
      fromSelections("agency");
      break;
    case "category":
    case "concern":
      for (const s of model.allowedCategories(kind === "category" ? "categories" : "concerns")) if (!s.node.local) add(s.file, [s.node.id]);
      break;
    case "event":
      for (const t of triggers(model)) add(t.file, [t.trigger.event]);
      break;
    case "action":
      for (const s of model.statements("Obligation")) add(s.file, [s.node.action]);
      for (const s of model.statements("Power")) add(s.file, s.node.powers);
      break;
    case "jurisdiction":
      for (const s of model.statements("Jurisdiction")) add(s.file, [s.node.value]);
      break;
    case "fact":
      for (const c of conditions(model)) add(c.file, conditionFacts(c.condition));
      break;
  }
  return out;
}
