/**
 * Words shared by the diff's renderings, for a board policy officer: policies by their
 * titles, roles and agencies by name, outcomes and the chair's inputs in plain English,
 * counts with the right plural. No internal vocabulary: no ids where a name exists, no
 * search jargon.
 */
import type { Origin } from "../../compiler/ir.js";
import type { Attendee, Conference } from "../../runtime/conference.js";
import type { TraceStep } from "../../runtime/decision.js";
import type { Change, Counterexample, DiffReport, PairComparison, PolicyRef, SearchBounds } from "../report.js";

/** "§2 para 5 (file.policy:94)": the clause (its words before the colon) and the policy line. */
function placeWords(cite: string | null, file: string | null, line: number | null): string | null {
  const clause = cite ? (cite.split(":")[0] ?? null) : null;
  const where = file && line ? `${file}:${line}` : null;
  return clause && where ? `${clause} (${where})` : (clause ?? where);
}

export function citeWords(at: Origin | null): string {
  return at ? (placeWords(at.cite, at.file, at.line) ?? "") : "";
}

const OUTCOMES: Record<string, string> = {
  register: "register",
  not_register: "not register",
  not_quorate: "not quorate",
  chair_decision_required: "the chair's decision needed",
  deferred: "deferred",
  unresolved: "undecided until the conference says who speaks for each unit",
  protocol_silent: "the protocol is silent",
};

/** An outcome (or a view) in words. */
export function outcomeWords(outcome: string): string {
  return OUTCOMES[outcome] ?? outcome.replaceAll("_", " ");
}

const DECIDED_BY: Record<string, string> = {
  consensus: "by consensus",
  majority: "by a majority",
  chair_casting: "the chair decides the tie",
  chair_executive: "the chair decides",
  chair_override: "the chair overrides",
  chair_no_consensus: "the chair decides without a consensus",
};

export function decidedByWords(decidedBy: string): string {
  return DECIDED_BY[decidedBy] ?? decidedBy.replaceAll("_", " ");
}

/**
 * `part` ÷ `whole`, 1 only where the two are the same count, and above 0 where the part is
 * not nothing. Counts of 10¹⁹ conferences are sums of floating-point numbers, rounded: a
 * part summed apart from its whole can come out a hair above it, and would read "100.0%"
 * where not every conference is counted (the search does not claim more than "over 99.9%").
 */
export function shareOf(part: number, whole: number): number {
  if (whole === 0) return 0;
  if (part === whole) return 1;
  const share = part / whole;
  if (share >= 1) return 1 - Number.EPSILON;
  if (part > 0 && share <= 0) return Number.MIN_VALUE;
  return share;
}

export function percent(share: number): string {
  if (share > 0 && share < 0.001) return "under 0.1%";
  if (share < 1 && share > 0.999) return "over 99.9%";
  return `${(share * 100).toFixed(1)}%`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * How many conferences were searched: exact up to 2^53, and past it, where the count is a
 * rounded sum, to three figures ("roughly 1.90 × 10¹⁷ conferences"): all 21 digits of such a
 * sum would claim a precision it does not have.
 */
export function conferencesWords(n: number): string {
  if (n <= Number.MAX_SAFE_INTEGER) return count(n, "conference");
  const [mantissa, exponent] = n.toExponential(2).split("e+");
  return `roughly ${mantissa} × 10${[...(exponent ?? "")].map((d) => SUPERSCRIPT[Number(d)] ?? d).join("")} conferences`;
}

/** "1 child", "2 children", "1,234 conferences". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** A list in words: "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** How the report names things: policies by title, roles and agencies by name. */
export interface Names {
  policy(key: string): string;
  role(id: string): string;
  agency(id: string): string;
  grouping(id: string): string;
}

export function namesOf(report: DiffReport): Names {
  const roles = new Map((report.names?.roles ?? []).map((r) => [r.id, r.label]));
  const agencies = new Map((report.names?.agencies ?? []).map((a) => [a.id, a.label]));
  const groupings = new Map((report.names?.groupings ?? []).map((g) => [g.id, g.label]));
  const titles = report.policies.map((p) => p.title);
  // Two versions of one board share a title: then the file (or key) tells them apart.
  const policy = (p: PolicyRef) => (titles.filter((t) => t === p.title).length > 1 ? `${p.title} (${p.file ?? p.key})` : p.title);
  const byKey = new Map(report.policies.map((p) => [p.key, policy(p)]));
  const plain = (id: string) => id.replaceAll("_", " ");
  return { policy: (key) => byKey.get(key) ?? key, role: (id) => roles.get(id) ?? plain(id), agency: (id) => agencies.get(id) ?? plain(id), grouping: (id) => groupings.get(id) ?? plain(id) };
}

/** One attendee in words: their role by name, organisation, view on each child, and what else the conference records of them. */
export function attendeeWords(a: Attendee, names: Names, children: number): string {
  const views = Object.entries(a.views ?? {});
  const view = views.length === 0 ? "gives no view" : children === 1 || views.every(([, v]) => v === views[0]?.[1]) ? outcomeWords(views[0]?.[1] ?? "") : views.map(([child, v]) => `${child}: ${outcomeWords(v)}`).join(", ");
  const dissent = Object.values(a.dissent ?? {})[0];
  const extras = [
    a.involvedWith && a.involvedWith.length === 0 ? "no direct contact with the child" : null,
    a.nominatedLead ? "nominated lead" : null,
    a.represents ? `sits with ${a.represents.replaceAll("_", " ")}` : null,
    a.writtenReport ? "gave a written report" : null,
    dissent === "formal" ? "records a formal dissent" : dissent === "reservation" ? "records a reservation" : null,
  ].filter((x): x is string => x !== null);
  const role = names.role(a.role);
  const where = a.organisation && a.organisation !== role ? ` (${a.organisation})` : "";
  return `${role}${where}: ${view}${extras.length > 0 ? `; ${extras.join(", ")}` : ""}`;
}

/** The chair's input in words, or that there was none. */
export function chairWords(conference: Conference): string {
  const chair = conference.chair;
  const parts: string[] = [];
  const one = (record: Record<string, unknown> | undefined) => Object.values(record ?? {})[0];
  const decides = one(chair?.decides) as string | undefined;
  const override = one(chair?.override) as { outcome: string } | undefined;
  if (decides) parts.push(`would decide ${outcomeWords(decides)} if the decision were theirs`);
  if (override) parts.push(`would override the conference to ${outcomeWords(override.outcome)}${chair?.authorisedToOverride ? ", with the board's authority" : ""}`);
  else if (chair?.authorisedToOverride) parts.push("has the board's authority to override");
  if (chair?.admits?.length) parts.push(`admits the view of ${count(chair.admits.length, "attendee")} at their discretion`);
  if (chair?.proceedWithoutQuorum) parts.push("proceeds without a quorum where that is allowed");
  if (Object.keys(chair?.defer ?? {}).length > 0) parts.push("defers the decision");
  if (chair?.believesUnsafe?.length) parts.push("believes the decision unsafe");
  return parts.length === 0 ? "The chair gives no input." : `The chair ${listWords(parts)}.`;
}

/** The children and the facts of the case, in words. */
export function caseWords(conference: Conference): string {
  const n = conference.children.length;
  const kids = n === 1 ? "One child" : `${count(n, "child", "children")} (siblings)`;
  const unborn = conference.children.some((c) => c.unborn) ? ", unborn" : "";
  const facts = Object.entries({ ...conference.facts, ...(conference.children[0]?.facts ?? {}) }).map(([k, v]) => `${k.replaceAll("_", " ")}: ${v === true ? "yes" : v === false ? "no" : String(v).replaceAll("_", " ")}`);
  return `${kids}${unborn}${facts.length > 0 ? `; ${facts.join(", ")}` : ""}.`;
}

const DECISIVE: ReadonlySet<TraceStep["step"]> = new Set(["consensus", "vote", "tie_break", "chair", "override", "deferral", "units"]);

/** The step that settled the outcome: the last quorum step when not quorate, else the last deciding step. */
export function decisiveStep(outcome: string, trace: readonly TraceStep[]): TraceStep | undefined {
  const wanted = outcome === "not_quorate" ? (s: TraceStep) => s.step === "quorum" && /needed|must attend: not present/.test(s.detail) : (s: TraceStep) => DECISIVE.has(s.step);
  return [...trace].reverse().find(wanted) ?? [...trace].reverse().find((s) => s.step === "quorum");
}

export function stepCite(step: TraceStep): string {
  return placeWords(step.cite, step.file, step.line) ?? "no clause: Quorate's default";
}

export function pairCounterexamples(pair: PairComparison, all: readonly Counterexample[]): Counterexample[] {
  return all.filter((c) => c.between[0] === pair.between[0] && c.between[1] === pair.between[1]);
}

export function roomSize(c: Counterexample): string {
  return `${count(c.attendees, "attendee")}, ${count(c.children, "child", "children")}`;
}

/**
 * Where a pair was searched at fewer attendees than asked for, in one sentence: "compared up
 * to 4 attendees: 6 would take more than the search's limit (…)". Null where it was not.
 */
export function reducedWords(pair: PairComparison): string | null {
  const r = pair.semantic?.reduced;
  if (!r) return null;
  const asked = r.exceeded === r.requested ? "" : `, not the ${r.requested} asked for`;
  return `compared up to ${count(r.searched, "attendee")}${asked}: ${r.exceeded} would take more than the search's limit (${r.reason})`;
}

/** The bounds in one sentence. */
export function boundsWords(b: SearchBounds): string {
  const perGroup = b.perGroup.max < b.attendees.max ? `, at most ${b.perGroup.max} from one agency (and at most ${b.perGroup.max} who are not practitioners)` : "";
  const children = b.children.length > 1 ? "one child or two siblings" : "one child";
  const facts = (b.facts ?? []).map((f) => f.fact.replaceAll("_", " "));
  const varied = [
    b.involvement.length > 1 ? "with or without direct contact with the child" : null,
    b.nominatedLeads ? "nominated leads" : null,
    /two of one kind/.test(b.organisations) ? "two attendees of one organisation" : null,
    b.dissentLevels ? "formal dissents and reservations" : null,
    facts.length > 0 ? `the facts ${listWords(facts)}` : null,
    b.chair.length > 0 ? `the chair's inputs in every combination (${listWords(b.chair.map((c) => c.replace(/ \(.*\)$/, "")))})` : null,
  ].filter((x): x is string => x !== null);
  return `Searched: every room of 1 to ${b.attendees.max} attendees${perGroup}, of ${count(b.roles.length, "kind")} of attendee standing for ${count(b.roles.reduce((n, r) => n + r.standsFor.length, 0), "role")}; ${children}; every view${varied.length > 0 ? `; ${listWords(varied)}` : ""}. Roles that change nothing in either policy are left out (${b.rolesLeftOut.length}).`;
}

/** A change's subject in words: a role by its name, the rest as the structural diff words it. */
export function subjectWords(change: Change, names: Names): string {
  const role = /^role (.+)$/.exec(change.subject);
  if (change.aspect === "roles" && role?.[1]) return `how ${names.role(role[1])} votes`;
  const unit = /^(grouping|agency) (.+)$/.exec(change.subject);
  if (change.aspect === "groupings" && unit?.[2]) return `${unit[1]} ${unit[1] === "grouping" ? names.grouping(unit[2]) : names.agency(unit[2])}`;
  return change.subject;
}

/** The roles among changes, by name. */
export function roleNamesOf(changes: readonly Change[], names: Names): string[] {
  return changes.flatMap((c) => {
    const role = /^role (.+)$/.exec(c.subject);
    return c.aspect === "roles" && role?.[1] ? [names.role(role[1])] : [];
  });
}
