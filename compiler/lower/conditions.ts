/** Lowers the shared parts of rules: conditions on facts, selections of people, counts and periods. */
import type * as A from "../../grammar/ast.js";
import type { Condition, CountOf, FactTest, Period, Selector, Who } from "../ir.js";

function factTest(atom: A.ConditionAtom): FactTest {
  const fact = atom.fact.name;
  const { test } = atom;
  switch (test.kind) {
    case "yes":
    case "no":
      return { fact, test: test.kind };
    case "under":
    case "at_least":
      return { fact, test: test.kind, value: test.value.value };
    case "is":
      return { fact, test: test.negated ? "not_in" : "in", values: test.values.map((v) => v.name) };
  }
}

export function lowerCondition(condition: A.Condition | undefined): Condition {
  if (!condition || condition.atoms.length === 0) return null;
  const [first, ...rest] = condition.atoms.map(factTest);
  return first ? [first, ...rest] : null;
}

export function lowerSelector(selector: A.Selector): Selector {
  return { kind: selector.kind, ids: selector.names.map((n) => n.name) };
}

export function lowerWho(who: A.Who | undefined): Who | null {
  if (!who) return null;
  if (who.kind === "anyone" || who.kind === "practitioners") return { kind: who.kind };
  return lowerSelector(who as A.Selector);
}

export function lowerCountOf(of: A.CountOf): CountOf {
  if (of.kind === "selected") return { kind: "selected", selector: lowerSelector(of.selector) };
  return { kind: of.kind === "agency" ? "agencies" : of.kind === "grouping" ? "groupings" : "disciplines" };
}

export function lowerPeriod(period: A.Period): Period {
  return { amount: period.amount.value, unit: period.unit };
}
