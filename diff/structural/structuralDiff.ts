/**
 * The structural layer of a diff: every rule two policies state differently, in words,
 * with the clause each side cites and whether the change can alter an outcome.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import type { Change } from "../report.js";
import { FACETS } from "./facets.js";
import { KEYED_RULES } from "./keyedRules.js";
import { votingUnitChanges } from "./votingUnits.js";

export function structuralDiff(a: PolicyIR, b: PolicyIR, between: [string, string]): Change[] {
  const changes: Change[] = [];
  for (const facet of FACETS) {
    const ra = facet.read(a);
    const rb = facet.read(b);
    if (ra.text === rb.text) continue;
    const kind = ra.text === null ? "added" : rb.text === null ? "removed" : "changed";
    changes.push({ between, aspect: facet.aspect, subject: facet.subject, kind, severity: facet.severity, a: ra.words ?? ra.text, b: rb.words ?? rb.text, cite: { a: ra.at, b: rb.at } });
  }
  changes.push(...votingUnitChanges(a, b, between));
  for (const rules of KEYED_RULES) {
    const ra = rules.read(a);
    const rb = rules.read(b);
    for (const key of new Set([...ra.keys(), ...rb.keys()])) {
      const x = ra.get(key);
      const y = rb.get(key);
      if (x?.text === y?.text) continue;
      const kind = x === undefined ? "added" : y === undefined ? "removed" : "changed";
      changes.push({ between, aspect: rules.aspect, subject: x?.subject ?? y?.subject ?? rules.subject(key), kind, severity: rules.severity, a: x?.words ?? x?.text ?? null, b: y?.words ?? y?.text ?? null, cite: { a: x?.at ?? null, b: y?.at ?? null } });
    }
  }
  return changes;
}
