/**
 * Words the register's renderings share: each kind of reading as a board reads it, its
 * place in the policy, and its confirmation.
 */
import { citeWords } from "../../diff/render/words.js";
import type { Reading, ReadingsReport, RuleCited } from "./report.js";
import { sectionName } from "./sectionNames.js";

/** How to confirm a reading in the policy, for the register's closing lines. */
export const CONFIRM_HOW = 'a board confirms a reading by adding `confirmed by "who" on YYYY-MM-DD` to its statement in the policy, before its `cite`; a default goes once the policy states the rule. `quorate check --strict` fails while any awaits sign-off';

export const KIND_WORDS = { ambiguity: "ambiguity", silence: "silence", default: "Quorate's default" } as const;

/** The two labelled texts of an entry: what the protocol (or the policy) says, and the reading taken. */
export function entryLabels(r: Reading): { text: string; reading: string } {
  return r.kind === "default" ? { text: "left unsaid", reading: "Quorate applies" } : { text: "the protocol", reading: "reading taken" };
}

/** "ambiguity in the voting section, cwm-taf-morgannwg.policy line 52" */
export function placeWords(r: Reading): string {
  const where = r.file === null ? "" : `, ${r.file}${r.line === null ? "" : ` line ${r.line}`}`;
  return `${KIND_WORDS[r.kind]}${r.kind === "default" ? ` (${r.code})` : ""} in the ${sectionName(r.section)}${where}`;
}

export function confirmationWords(r: Reading): string {
  if (!r.confirmable) return "not a reading to confirm: state the rule in the policy to remove it";
  return r.confirmed ? `confirmed by ${r.confirmed.by} on ${r.confirmed.on}` : "not yet confirmed";
}

/** "§8, groupings 3 and 5 (cwm-taf-morgannwg.policy:51)" */
export function ruleCite(rule: RuleCited): string {
  return citeWords({ file: rule.file, line: rule.line, cite: rule.cite });
}

export function clauseOf(cite: string | null): string | null {
  return cite ? (cite.split(":")[0] ?? cite).trim() : null;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "6 ambiguities, 1 silence and 2 defaults; 0 of 7 readings confirmed by the board; 9 await sign-off" */
export function countsWords(report: ReadingsReport): string {
  const c = report.counts;
  const kinds = `${plural(c.ambiguities, "ambiguity", "ambiguities")}, ${plural(c.silences, "silence", "silences")} and ${plural(c.defaults, "default", "defaults")}`;
  const readings = c.confirmed + c.unconfirmed;
  const confirmed = readings === 0 ? "" : `; ${c.confirmed} of ${plural(readings, "reading", "readings")} confirmed by the board`;
  // The number `quorate check --strict` fails on: unconfirmed readings and every default.
  const awaiting = c.awaitingSignOff === 0 ? "; nothing awaits sign-off" : `; ${c.awaitingSignOff} ${c.awaitingSignOff === 1 ? "awaits" : "await"} sign-off`;
  return `${kinds}${confirmed}${awaiting}`;
}

/** "policies/cwm-taf-morgannwg.policy, with vocabulary.policy" */
export function filesWords(report: ReadingsReport): string {
  const own = report.policy.file ?? report.files[0] ?? report.policy.id;
  const others = report.files.slice(1);
  return others.length === 0 ? own : `${own}, with ${others.join(" and ")}`;
}
