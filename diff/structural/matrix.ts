/**
 * Aspects by policies: each policy's rule for every aspect side by side, for comparing
 * three or more regions at a glance. Rows come from the same facets as the pairwise
 * changes, plus a row each for the voting units, the duties and the powers.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { listInWords, plural } from "../../runtime/trace.js";
import type { MatrixRow } from "../report.js";
import { FACETS, type Reading } from "./facets.js";
import { votingUnitsOf } from "./votingUnits.js";

interface Compared {
  key: string;
  ir: PolicyIR;
}

function unitsReading(ir: PolicyIR): Reading {
  if (ir.voting.unit !== "grouping") return { text: ir.voting.unit === "agency" ? "each agency" : ir.voting.unit === "individual" ? "each professional" : "not stated", at: ir.voting.unitAt };
  const units = votingUnitsOf(ir).filter((u) => u.kind === "grouping");
  return { text: `${plural(units.length, "grouping")}: ${listInWords(units.map((u) => u.id))}`, at: ir.groupings[0]?.at ?? null };
}

const EXTRA_ROWS: readonly { aspect: MatrixRow["aspect"]; subject: string; read(ir: PolicyIR): Reading; after: string }[] = [
  { aspect: "groupings", subject: "voting units", read: unitsReading, after: "practitioners in no grouping" },
  { aspect: "obligations", subject: "duties after the decision", read: (ir) => ({ text: plural(ir.obligations.length, "duty", "duties"), at: ir.obligations[0]?.at ?? null }), after: "secondary concern" },
  { aspect: "powers", subject: "powers held outside the conference", read: (ir) => ({ text: ir.powers.length === 0 ? "none" : listInWords(ir.powers.map((p) => p.holder)), at: ir.powers[0]?.at ?? null }), after: "duties after the decision" },
];

function row(aspect: MatrixRow["aspect"], subject: string, read: (ir: PolicyIR) => Reading, policies: readonly Compared[]): MatrixRow {
  const readings = policies.map((p) => read(p.ir));
  const cells = policies.map((p, i) => {
    const r = readings[i] as Reading;
    return { policy: p.key, text: r.words ?? r.text ?? "—", at: r.at };
  });
  // Compared by ids, shown by names: two boards naming one grouping differently still state the same rule.
  return { aspect, subject, same: readings.every((r) => r.text === readings[0]?.text), cells };
}

export function comparisonMatrix(policies: readonly Compared[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  const addAfter = (subject: string) => {
    for (const extra of EXTRA_ROWS) if (extra.after === subject) {
      rows.push(row(extra.aspect, extra.subject, extra.read, policies));
      addAfter(extra.subject);
    }
  };
  for (const facet of FACETS) {
    rows.push(row(facet.aspect, facet.subject, facet.read, policies));
    addAfter(facet.subject);
  }
  return rows;
}
