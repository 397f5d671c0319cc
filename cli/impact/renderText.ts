/** The impact report in words, for a board: the totals, the transitions table, then the changed decisions by line. */
import type { Style } from "../style.js";
import type { ChangedDecision, ImpactReport, VersionUse } from "./report.js";

const n = (value: number) => value.toLocaleString("en-GB");
const words = (outcome: string) => outcome.replace(/_/g, " ");
const plural = (count: number, one: string, many: string) => `${n(count)} ${count === 1 ? one : many}`;

function share(part: number, whole: number): string {
  return whole === 0 ? "" : ` (${((part / whole) * 100).toFixed(1)}% of the children compared)`;
}

function where(line: number, title: string | undefined): string {
  return `line ${line}${title === undefined ? "" : ` “${title}”`}`;
}

function decided(side: ChangedDecision["old"]): string {
  const how = [side.decidedBy === null ? "" : words(side.decidedBy), side.version === undefined || side.version === null ? "" : `under ${side.version}`].filter(Boolean).join(", ");
  return how === "" ? words(side.outcome) : `${words(side.outcome)} (${how})`;
}

function versionLines(uses: VersionUse[]): string {
  return uses
    .map((u) => {
      const extra = [u.beforeEffective > 0 ? `${n(u.beforeEffective)} dated before it came into force` : "", u.pastReview > 0 ? `${n(u.pastReview)} past its review date` : "", u.undated > 0 ? `${n(u.undated)} with no date` : ""].filter(Boolean).join(", ");
      return `${u.label ?? u.file}${u.effective ? ` (from ${u.effective})` : ""}: ${plural(u.conferences, "conference", "conferences")}${extra ? `, ${extra}` : ""}`;
    })
    .join("; ");
}

export function renderImpactText(report: ImpactReport, style: Style): string {
  const out: string[] = [];
  const c = report.conferences;
  out.push(style.bold(`Impact of ${report.new.file} (new) against ${report.old.file} (old), on ${report.history}`));
  out.push("");
  out.push(`  ${plural(c.compared, "conference", "conferences")} decided under both policies (${plural(report.children.compared, "child", "children")})`);
  const uncompared = c.invalidUnderBoth + c.invalidUnderOld + c.invalidUnderNew;
  if (uncompared > 0) {
    const parts = [c.invalidUnderBoth > 0 ? `${n(c.invalidUnderBoth)} decidable under neither policy` : "", c.invalidUnderNew > 0 ? `${n(c.invalidUnderNew)} only under the old` : "", c.invalidUnderOld > 0 ? `${n(c.invalidUnderOld)} only under the new` : ""].filter(Boolean);
    out.push(`  ${style.warning(`${plural(uncompared, "line", "lines")} could not be compared`)}: ${parts.join(", ")}`);
  }
  const headline = `${plural(report.children.changed, "decision changes", "decisions change")}, in ${plural(c.changed, "conference", "conferences")}${share(report.children.changed, report.children.compared)}`;
  out.push(`  ${report.children.changed > 0 ? style.error(headline) : style.good(headline)}`);
  if (report.versions) {
    out.push("", "  Each conference is decided under the version in force on its date:");
    out.push(`    old: ${versionLines(report.versions.old)}`);
    out.push(`    new: ${versionLines(report.versions.new)}`);
  }

  if (report.transitions.length > 0) {
    out.push("", "  old outcome               new outcome               children");
    for (const t of report.transitions) {
      const row = `  ${words(t.from).padEnd(24)}${t.from === t.to ? "  (same)                  " : `→ ${words(t.to).padEnd(24)}`}${n(t.children).padStart(8)}`;
      out.push(t.from === t.to ? style.dim(row) : row);
    }
  }

  if (report.changes.length > 0) {
    const more = report.changesNotListed > 0 ? ` (the first ${n(report.changes.length)} of ${n(report.children.changed)}; --examples N lists more)` : "";
    out.push("", style.bold(`Changed decisions${more}:`));
    for (const change of report.changes) out.push(`  ${where(change.line, change.title)}, child ${change.child}: ${decided(change.old)} → ${decided(change.new)}`);
  }

  if (report.uncompared.length > 0) {
    const more = report.uncomparedNotListed > 0 ? ` (the first ${n(report.uncompared.length)} of ${n(uncompared)})` : "";
    out.push("", style.bold(`Lines not compared${more}:`));
    for (const line of report.uncompared) {
      const under = line.invalidUnder === "both" ? "neither policy can decide it" : `the ${line.invalidUnder} policy cannot decide it`;
      const [first, ...rest] = line.problems;
      out.push(`  ${where(line.line, line.title)}: ${under}: ${first ? `${first.path}: ${first.message}` : ""}${rest.length > 0 ? ` (and ${plural(rest.length, "more problem", "more problems")})` : ""}`);
    }
  }
  out.push("");
  return out.join("\n") + "\n";
}
