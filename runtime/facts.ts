/**
 * The facts of a case, as the rules read them: a conference's own facts (its kind), each
 * child's (their age), and the built-in `unborn`. A fact the conference leaves out takes
 * the policy's stated default; validation has already refused a conference that leaves
 * out a fact some rule reads and that has no default, so every test here has a value.
 */
import type { Condition, Fact, FactTest, FactValue, Origin, PolicyIR } from "../compiler/ir.js";
import { UNBORN_FACT } from "../compiler/catalogue.js";
import type { Child, Conference } from "./conference.js";

/** Whether each condition holds for one child of a conference. */
export type Holds = (condition: Condition) => boolean;

/** A rule with no condition always applies; shared where the policy reads no facts. */
export const ALWAYS: Holds = (condition) => condition === null;

function own(record: Readonly<Record<string, FactValue>> | undefined, key: string): FactValue | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The value a fact has for a child: given by the conference (or the child), or the policy's default. */
export function factValue(fact: Fact, conference: Conference, child: Child): FactValue | undefined {
  const given = fact.about === "child" ? own(child.facts, fact.id) : own(conference.facts, fact.id);
  return given ?? fact.default ?? undefined;
}

function testHolds(test: FactTest, value: FactValue | undefined): boolean {
  switch (test.test) {
    case "yes":
      return value === true;
    case "no":
      return value === false;
    case "in":
      return typeof value === "string" && test.values.includes(value);
    case "not_in":
      return typeof value === "string" && !test.values.includes(value);
    case "under":
      return typeof value === "number" && value < test.value;
    case "at_least":
      return typeof value === "number" && value >= test.value;
  }
}

/** The condition reader for one child; `facts` maps each fact id of the policy to its declaration. */
export function holdsFor(facts: ReadonlyMap<string, Fact>, conference: Conference, child: Child): Holds {
  return (condition) => {
    if (condition === null) return true;
    for (const test of condition) {
      const value = test.fact === UNBORN_FACT ? child.unborn === true : (() => {
        const fact = facts.get(test.fact);
        return fact ? factValue(fact, conference, child) : undefined;
      })();
      if (!testHolds(test, value)) return false;
    }
    return true;
  };
}

/** A condition in words, for the explanation: "conference_kind is initial and age is under 12". */
export function conditionWords(condition: Condition): string {
  if (condition === null) return "";
  return condition
    .map((t) => {
      switch (t.test) {
        case "yes":
          return t.fact;
        case "no":
          return `not ${t.fact}`;
        case "in":
          return `${t.fact} is ${t.values.join(" or ")}`;
        case "not_in":
          return `${t.fact} is not ${t.values.join(" or ")}`;
        case "under":
          return `${t.fact} is under ${t.value}`;
        case "at_least":
          return `${t.fact} is ${t.value} or over`;
      }
    })
    .join(" and ");
}

/** Where a rule that an evaluation reads tests a fact: the rules that make a conference give it. */
export function factsRead(ir: PolicyIR, detected: (event: string) => boolean): Map<string, Origin> {
  const read = new Map<string, Origin>();
  const add = (condition: Condition, at: Origin) => {
    for (const test of condition ?? []) if (test.fact !== UNBORN_FACT && !read.has(test.fact)) read.set(test.fact, at);
  };
  for (const c of ir.quorum.counts) add(c.when, c.at);
  for (const r of ir.quorum.requirements) add(r.when, r.at);
  if (ir.quorum.waiver) add(ir.quorum.waiver.when, ir.quorum.waiver.at);
  if (ir.eligibility.defaultAt) add(ir.eligibility.defaultWhen, ir.eligibility.defaultAt);
  for (const o of ir.eligibility.onlyInvolved) add(o.when, o.at);
  // A duty, power or route that follows an event outside the conference is never evaluated.
  for (const o of ir.obligations) if (detected(o.trigger)) add(o.when, o.at);
  for (const route of ir.routes) {
    for (const o of route.opens) if (detected(o.trigger)) add(o.when, o.at);
    for (const o of route.openTo) add(o.when, o.at);
  }
  return read;
}
