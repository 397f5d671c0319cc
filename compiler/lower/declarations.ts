/** Lowers the declared words a policy uses: its facts, and the events and actions of its duties. */
import type { FactDeclaration } from "../../grammar/ast.js";
import type { Fact, FactValue, PolicyIR } from "../ir.js";
import type { Located, PolicyModel } from "../model.js";
import { references } from "../references.js";
import type { Scope } from "../scope.js";
import { originOf } from "./origin.js";

function factDefault(fact: FactDeclaration): FactValue | null {
  const given = fact.default;
  if (!given) return null;
  if ("raw" in given) return given.value;
  if (fact.values.kind === "yes_no") return given.name === "yes";
  return given.name;
}

/**
 * The declarations a compiled policy carries: those its rules use, and those the policy or
 * a base declares itself. The vocabulary's others stay out, so the IR (and a diff of two
 * policies) holds only the words that matter to this board.
 */
function kept<T extends { id: { name: string } }>(model: PolicyModel, declared: Map<string, Located<T>>, used: Set<string>): Located<T>[] {
  if (model.kind === "vocabulary") return [...declared.values()];
  return [...declared.values()].filter((d) => used.has(d.node.id.name) || !model.isVocabularyFile(d.file));
}

export function lowerDeclarations(model: PolicyModel, scope: Scope): Pick<PolicyIR, "facts" | "events" | "actions"> {
  const used = (kind: "fact" | "event" | "action") => new Set(references(model, kind).map((r) => r.ident.name));
  return {
    facts: kept(model, scope.facts, used("fact")).map((f): Fact => {
      const { values } = f.node;
      return {
        id: f.node.id.name,
        label: f.node.label.value,
        about: f.node.perChild ? "child" : "conference",
        values: values.kind === "choice" ? { kind: "choice", options: values.options.map((o) => o.name) } : { kind: values.kind },
        default: factDefault(f.node),
        at: originOf(f),
      };
    }),
    events: kept(model, scope.events, used("event")).map((e) => ({ id: e.node.id.name, description: e.node.label.value, at: originOf(e) })),
    actions: kept(model, scope.actions, used("action")).map((a) => ({ id: a.node.id.name, description: a.node.label.value, listsDissenters: a.node.listsDissenters, needsRecipient: a.node.needsRecipient, at: originOf(a) })),
  };
}
