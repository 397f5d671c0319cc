import type { DateField } from "../../grammar/ast.js";
import { compareDates, isValidDate } from "../dates.js";
import type { Check } from "./check.js";

/** Within one version, the document is written before it is approved, and reviewed after both. */
const ORDER: [DateField["kind"], DateField["kind"], string][] = [
  ["dated", "approved", "is approved before the date it carries"],
  ["revised", "approved", "is approved before it was revised"],
  ["dated", "endorsed", "is endorsed before the date it carries"],
  ["revised", "endorsed", "is endorsed before it was revised"],
  ["dated", "review", "is due for review before the date it carries"],
  ["revised", "review", "is due for review before it was revised"],
  ["approved", "review", "is due for review before it was approved"],
  ["endorsed", "review", "is due for review before it was endorsed"],
  ["effective", "review", "is due for review before it comes into force"],
];

/**
 * Within one version, the dates run in order: written, then approved or endorsed, then
 * reviewed, unless the board has confirmed a reading of the clause the version cites.
 */
export const datesOutOfOrder: Check = {
  code: "Q072",
  title: "dates out of order",
  severity: "warning",
  invariant: "Within one version, the dates run in order: written, then approved or endorsed, then reviewed.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
  version "V2" revised 2025-04-23 approved 2024-04-23
}`,
  run(ctx) {
    // A board that confirmed a reading of the very clause a version cites (its version table,
    // say) has looked at those dates: the confirmed reading (Q082) stands in for the warning.
    const versions = ctx.model.statements("Version");
    const confirmedClauses = ctx.model
      .statements("Ambiguity")
      .filter((a) => a.aspect === "header" && a.node.confirmed && a.node.cite)
      .map((a) => ({ file: a.file, clause: a.node.cite?.value ?? "" }));
    const acknowledged = (v: (typeof versions)[number]) => {
      const cite = v.node.cite?.value;
      return cite !== undefined && confirmedClauses.some((c) => c.file === v.file && (cite === c.clause || cite.startsWith(`${c.clause},`)));
    };
    for (const v of versions) {
      if (acknowledged(v)) continue;
      const date = (kind: DateField["kind"]) => v.node.dates.find((d) => d.kind === kind && isValidDate(d.value));
      const name = v.node.label ? `version \`${v.node.label.value}\`` : "this version";
      for (const [earlierKind, laterKind, wording] of ORDER) {
        const earlier = date(earlierKind);
        const later = date(laterKind);
        if (!earlier || !later || compareDates(later.value, earlier.value) >= 0) continue;
        ctx.report(
          { file: v.file, node: later },
          `${name} ${wording}: ${laterKind} ${later.value}, ${earlierKind} ${earlier.value}`,
          "check the dates against the protocol; if it prints them so, keep them as printed, record your reading with `ambiguity … cite` naming the same clause, and once the board confirms that reading (`confirmed by \"who\" on <date>`) this warning gives way to it",
        );
      }
    }
  },
};
