/**
 * The small words the readable policy is built from: a role, grouping, agency or category
 * by the label the policy gives it, a condition by the facts' own labels, an event and an
 * action by their descriptions. A board member reads the document against their protocol,
 * so it names things as the protocol does, never by the policy's internal ids.
 */
import { DETECTED_EVENTS, isDetectedEvent, UNBORN_FACT } from "../../compiler/catalogue.js";
import type { Condition, CountOf, FactTest, PolicyIR, Selector, Who } from "../../compiler/ir.js";
import { listInWords } from "../../runtime/trace.js";

export { listInWords };

/** "Health visitor": the label the policy (or the vocabulary) declares, or the id where none is found. */
export function roleLabel(ir: PolicyIR, id: string): string {
  return ir.roles.find((r) => r.id === id)?.label ?? id;
}

export function groupingLabel(ir: PolicyIR, id: string): string {
  return ir.groupings.find((g) => g.id === id)?.label ?? id;
}

export function agencyLabel(ir: PolicyIR, id: string): string {
  return ir.agencies.find((a) => a.id === id)?.label ?? id;
}

/** A role as a sentence names it: "health visitor", but "CAFCASS officer" and "Care Inspectorate Wales staff" as written. */
export function roleName(ir: PolicyIR, id: string): string {
  return lowerFirst(roleLabel(ir, id));
}

/** "a health visitor", "an adult social worker". */
export function withArticle(name: string): string {
  return `${/^[aeiou]/i.test(name) ? "an" : "a"} ${name}`;
}

/** Roles in the order given, joined as a list: "health visitor, school nurse and GP" (or "a health visitor or a GP"). */
export function rolesInWords(ir: PolicyIR, ids: readonly string[], joiner: "and" | "or" = "and", articles = false): string {
  return joined(ids.map((id) => (articles ? withArticle(roleName(ir, id)) : roleName(ir, id))), joiner);
}

export function joined(items: readonly string[], joiner: "and" | "or" = "and"): string {
  if (joiner === "and") return listInWords(items);
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1) ?? ""}`;
}

/** People a selector picks, by label: "the agencies Health and Police", "a midwife". */
export function selectorInWords(ir: PolicyIR, selector: Selector, joiner: "and" | "or" = "and"): string {
  const ids = selector.ids;
  if (selector.kind === "role") return rolesInWords(ir, ids, joiner, true);
  const labels = ids.map((id) => (selector.kind === "agency" ? agencyLabel(ir, id) : groupingLabel(ir, id)));
  const kind = selector.kind === "agency" ? (ids.length === 1 ? "the agency" : "the agencies") : ids.length === 1 ? "the grouping" : "the groupings";
  return `${kind} ${joined(labels, joiner)}`;
}

export function whoInWords(ir: PolicyIR, who: Who): string {
  if (who.kind === "anyone") return "anyone at the conference";
  if (who.kind === "practitioners") return "any practitioner";
  return "ids" in who ? selectorInWords(ir, who, "or") : who.kind;
}

/** What a quorum count counts, for "at least N …". */
export function countOfInWords(ir: PolicyIR, of: CountOf, n: number): string {
  if (of.kind === "agencies") return n === 1 ? "agency" : "different agencies";
  if (of.kind === "groupings") return n === 1 ? "professional grouping" : "professional groupings";
  if (of.kind === "disciplines") return n === 1 ? "discipline (role)" : "different disciplines (roles)";
  return "selector" in of ? `of ${selectorInWords(ir, of.selector, "and")}` : of.kind;
}

function valueWords(value: string): string {
  return value.replaceAll("_", " ");
}

/** "the child is unborn", "Kind of conference is initial or review": a fact by its own label. */
function testInWords(ir: PolicyIR, test: FactTest): string {
  if (test.fact === UNBORN_FACT) return test.test === "no" ? "the child is already born" : "the child is unborn";
  const label = lowerFirst(ir.facts.find((f) => f.id === test.fact)?.label ?? valueWords(test.fact));
  switch (test.test) {
    case "yes":
      return label;
    case "no":
      return `it is not the case that ${label}`;
    case "in":
      return `${label} is ${joined(test.values.map(valueWords), "or")}`;
    case "not_in":
      return `${label} is not ${joined(test.values.map(valueWords), "or")}`;
    case "under":
      return `${label} is under ${test.value}`;
    case "at_least":
      return `${label} is ${test.value} or over`;
  }
}

/** A rule's condition as a clause: "when the child is unborn and Kind of conference is initial"; empty when it always applies. */
export function whenInWords(ir: PolicyIR, condition: Condition, word = "when"): string {
  if (condition === null) return "";
  return ` ${word} ${condition.map((t) => testInWords(ir, t)).join(" and ")}`;
}

/** An event by what it means: the engine's own description, or the one the policy declares. */
export function eventInWords(ir: PolicyIR, event: string): string {
  if (isDetectedEvent(event)) return DETECTED_EVENTS[event].description;
  return ir.events.find((e) => e.id === event)?.description ?? valueWords(event);
}

export function actionInWords(ir: PolicyIR, action: string): string {
  return ir.actions.find((a) => a.id === action)?.description ?? valueWords(action);
}

/**
 * A label as it reads inside a sentence: "Health visitor" becomes "health visitor", but a
 * label that starts with an acronym ("CAFCASS officer") or a name ("Care Inspectorate
 * Wales staff", whose second word is capitalised too) keeps its capitals.
 */
export function lowerFirst(text: string): string {
  const [first = "", second = ""] = text.split(/\s+/);
  if (!/^[A-Z][a-z'’]*$/.test(first) || /^[A-Z]/.test(second)) return text;
  return text[0]!.toLowerCase() + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** A finished sentence: capital first, one full stop at the end. */
export function sentence(text: string): string {
  const trimmed = text.trim();
  return upperFirst(/[.!?]["”’)]?$/.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** Text the policy quotes from its protocol, in typographic quotes. */
export function quoted(text: string): string {
  return `“${text}”`;
}
