/**
 * The evaluator: built once per compiled policy, then a pure function per conference.
 * For each child it runs the protocol's steps in order (quorum, who votes, consensus,
 * the vote, the chair's part, what follows) and records each step with the clause behind
 * it. Where the policy gives the decision to the chair and the conference records none,
 * the answer is `chair_decision_required`, never a guess; a chair's input the policy
 * gives no power for is listed under `notApplied` with the reason.
 */
import { DEFAULT_CODES } from "../compiler/catalogue.js";
import type { Condition, PolicyIR, Who } from "../compiler/ir.js";
import type { Child, Choice, Conference } from "./conference.js";
import type { ChildDecision, DecidedBy, DecisionResult, Dissenter, InForce, NotApplied, Outcome, TraceStep, UnitResult, Verdict } from "./decision.js";
import { datingFor, momentOf, policyCalendar, reviewNote, versionOf, type Dating } from "./dating.js";
import type { WorkingCalendar } from "./dueDates.js";
import { DECISION_FORMAT } from "./outcomes.js";
import { seatView, takeAttendance, type Attendance, type Seat } from "./attendance.js";
import { categoriesCheck, concernsCheck, readsConcerns } from "./categoriesCheck.js";
import { majorityOf, type Tally } from "./decisionRule.js";
import { involvedUnits, soleRepresentatives, votersFor } from "./eligibility.js";
import { ALWAYS, conditionWords, holdsFor, type Holds } from "./facts.js";
import { formatPath } from "./jsonPath.js";
import { rememberedDidYouMean } from "../grammar/suggest.js";
import { fired, triggeredObligations, type Happened } from "./obligations.js";
import { policyTables, type PolicyTables } from "./policyTables.js";
import { countedAgencies, quorumCheck, quorumMet } from "./quorumCheck.js";
import { openRoutes } from "./routes.js";
import { listSome, notApplied, plural, step } from "./trace.js";
import { countSeats, countUnits, isSeat, membersOf, unitInvolved, unitKey, unitLabel, unitView, votingUnits, type UnitCount, type UnitView, type VotingUnit } from "./votingUnits.js";
import type { Origin } from "../compiler/ir.js";

export type Evaluator = (conference: Conference) => DecisionResult;

/** A record's own entry for a key: `decides["constructor"]` must not find Object's. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

interface Context {
  tables: PolicyTables;
  conference: Conference;
  attendance: Attendance;
  sole: ReadonlyMap<Seat, Origin>;
  /** Each child the chair believes unsafe, with its index in `chair.believesUnsafe`. */
  unsafe: ReadonlyMap<string, number>;
  /** The units every participant forms, made once and shared by each child no participant is left out of. */
  everyone: readonly VotingUnit[] | null;
  /** Each child's count, written over by the next child's. */
  count: UnitCount;
  /** The agencies counted towards the quorum, where that count is the same for every child. */
  agencies: { ids: string[]; words: string[] } | null;
  /** The due dates of a dated conference's deadlines; null when it gives no date (or is not explained). */
  dating: Dating | null;
}

const NO_ONE_UNSAFE: ReadonlyMap<string, number> = new Map();

interface Reached {
  outcome: Outcome;
  decidedBy?: DecidedBy;
}

function choiceWords(choice: Choice): string {
  return choice === "register" ? "register" : "not register";
}

function tallyWords(tally: Tally | UnitCount): string {
  return `${plural(tally.register, "unit")} for register, ${tally.not_register} for not register${tally.abstain > 0 ? `, ${tally.abstain} abstaining or giving no view` : ""}`;
}

function unitResult(unit: VotingUnit, view: UnitView, child: string): UnitResult {
  const kind = isSeat(unit) ? unit.unitKind : unit.kind;
  return { unit: unitKey(unit), kind, label: unitLabel(unit), organisation: unit.organisation, members: membersOf(unit).map((m) => m.id), view: view.view, by: view.by, involved: unitInvolved(unit, child) };
}

/** What the units give (see `countUnits`): where every practitioner votes alone, the units are their seats. */
function countVotes(tables: PolicyTables, units: readonly VotingUnit[], id: string, count: UnitCount, consensus: boolean): void {
  if (tables.individualsOnly) countSeats(units as readonly Seat[], id, count, consensus);
  else countUnits(units, id, count, consensus);
}

function decideChild(ctx: Context, child: Child, explain: true): ChildDecision;
function decideChild(ctx: Context, child: Child, explain: false): Verdict;
function decideChild(ctx: Context, child: Child, explain: boolean): ChildDecision | Verdict {
  const { tables, conference, attendance, sole, count } = ctx;
  const { ir } = tables;
  const { eligibility, decision } = ir;
  const id = child.id;
  const chair = conference.chair;
  // On the decisions-only path these stay null, and every step that would put a finding into words skips it.
  const trace: TraceStep[] | null = explain ? [...attendance.trace] : null;
  const notes: NotApplied[] | null = explain ? [] : null;
  const events: Set<string> | null = explain ? new Set<string>() : null;
  const used: Used | null = explain ? { decides: false, override: false, defer: false } : null;
  // Deciding reads `defer` only where the policy lets the chair defer; explaining also lists it where it does not.
  const defer = explain || decision.deferral !== null ? own(chair?.defer, id) : undefined;
  const unborn = child.unborn === true;
  const holds: Holds = tables.readsFacts || unborn ? holdsFor(tables.facts, conference, child) : ALWAYS;

  let quorum: ChildDecision["quorum"] | { met: boolean; waived: boolean };
  if (trace && notes) {
    const sameForEveryChild = !ir.quorum.counts.some((c) => c.of.kind === "agencies" && c.directContact);
    const counted = sameForEveryChild ? (ctx.agencies ??= countedAgencies(tables, attendance.participants, id)) : undefined;
    const checked = quorumCheck(tables, conference, attendance.participants, attendance.seats, { id, unborn }, holds, counted);
    trace.push(...checked.trace);
    notes.push(...checked.notApplied);
    quorum = checked.quorum;
  } else {
    quorum = quorumMet(tables, conference, attendance.participants, attendance.seats, id, holds);
  }

  // Who votes on this child.
  const voters = votersFor(tables, attendance.participants, sole, id, trace, holds);
  let units = voters === attendance.participants ? (ctx.everyone ??= votingUnits(voters, tables.individualsOnly)) : votingUnits(voters, tables.individualsOnly);
  const involvedOnly = eligibility.default === "involved_units" && holds(eligibility.defaultWhen);
  if (involvedOnly) {
    const why = eligibility.defaultWhen === null ? "only units involved with a child vote on that child" : `as ${conditionWords(eligibility.defaultWhen)}, only units involved with a child vote on that child`;
    units = involvedUnits(units, sole, id, why, eligibility.defaultAt, trace);
  } else if (trace) {
    const detail =
      eligibility.default === "involved_units"
        ? `only units involved with a child vote where ${conditionWords(eligibility.defaultWhen)}, which is not so here, so every unit votes on every child`
        : eligibility.defaultAt
          ? "every unit votes on every child"
          : "the policy does not say who votes on which child, so every unit votes on every child";
    trace.push(step("eligibility", detail, eligibility.defaultAt ?? tables.silenceOn("eligibility")));
  }
  // The tally of these units and the room's consensus, in one pass; the tally is counted again if fewer units vote.
  countVotes(tables, units, id, count, true);
  const unanimous = count.consensus;

  let reached: Reached;
  let voting = units;
  // The views of each unit are words for the explanation; the decision needs only their count.
  let views = trace ? units.map((u) => unitView(u, id)) : NO_VIEWS;

  if (!quorum.met) {
    reached = { outcome: "not_quorate" };
    events?.add("not_quorate");
  } else {
    events?.add("conference_held");
    if (quorum.waived) events?.add("quorum_waived");
    if (defer !== undefined && decision.deferral !== null) {
      if (used) used.defer = true;
      reached = { outcome: "deferred" };
      events?.add("deferred");
      trace?.push(step("deferral", `the chair defers the decision${decision.deferral.condition ? ` (${decision.deferral.condition})` : ""}: "${defer.reason}"${decision.deferral.reasonsRecorded ? "; the reasons are recorded" : ""}`, decision.deferral.at));
    } else {
      if (defer !== undefined && used) {
        used.defer = true;
        notes?.push(notApplied(formatPath(["chair", "defer", id]), "the policy gives the chair no power to defer a decision", tables.silenceOn("decision", /defer/i) ?? decision.ruleAt));
      }
      if (unanimous === null) events?.add("no_consensus");
      if (decision.consensusFirst !== null && unanimous !== null) {
        reached = { outcome: unanimous, decidedBy: "consensus" };
        trace?.push(step("consensus", `every practitioner who gave a view favours ${choiceWords(unanimous)}: a consensus`, decision.consensusFirst));
      } else {
        if (trace && decision.consensusFirst !== null) {
          trace.push(step("consensus", !count.viewGiven ? "no practitioner gave a view, so there is no consensus" : "the practitioners' views differ, so there is no consensus", decision.consensusFirst));
        }
        if (eligibility.whenSiblingsDisagree !== null && conference.children.length > 1) {
          voting = involvedUnits(units, sole, id, trace ? `with siblings and no consensus on ${id}, only units involved with ${id} vote` : "", eligibility.whenSiblingsDisagree.at, trace);
          if (trace) views = voting.map((u) => unitView(u, id));
          countVotes(tables, voting, id, count, false);
        }
        reached = vote(ctx, id, voting, views, trace, used);
      }
      if (reached.decidedBy === "consensus" || reached.decidedBy === "majority") reached = applyOverride(ctx, id, reached, trace, notes, used);
    }
  }

  const tally: Tally = { register: count.register, not_register: count.not_register, abstain: count.abstain };
  if (!trace || !notes || !events || !used || !("agencies" in quorum)) return { child: id, outcome: reached.outcome, decidedBy: reached.decidedBy ?? null, tally, quorumMet: quorum.met };
  const decides = own(chair?.decides, id);
  const override = own(chair?.override, id);
  const unsafeAt = ctx.unsafe.get(id);
  const path = (...parts: string[]) => formatPath(["chair", ...parts, id]);
  const unresolved = voting.filter((_, i) => views[i]?.view === null).map(unitKey);

  const decided = reached.outcome === "register" || reached.outcome === "not_register" ? (reached.outcome as Choice) : null;
  // A unit dissents when its view differs; a unit with no single view, when a member's does.
  const dissenting = decided === null ? [] : voting.filter((u, i) => (views[i]?.view === null ? membersOf(u).some((m) => isOpposed(seatView(m, id), decided)) : isOpposed(views[i]?.view, decided)));
  const dissent = dissenting.map(unitKey);
  const happened: Happened = { events, people: new Map() };
  if (quorum.met && reached.outcome !== "deferred") abstainersOf(ctx, id, voting, happened, trace);
  const dissenters = decided === null ? [] : dissentersOf(ctx, id, decided, dissent.length > 0, happened, holds, trace, notes);
  if (decided === null) noteDissentNotApplied(ctx, id, notes);
  if (decided !== null) {
    events.add(decided === "register" ? "registered" : "not_registered");
    if (dissent.length > 0) events.add("dissent");
    if (reached.decidedBy === "chair_casting" || reached.decidedBy === "chair_executive" || reached.decidedBy === "chair_no_consensus") events.add("chair_decides");
    if (reached.decidedBy === "chair_override") events.add("chair_overrides");
    if (unsafeAt !== undefined) {
      events.add("chair_believes_unsafe");
      const duty = ir.obligations.find((o) => o.trigger === "chair_believes_unsafe");
      trace.push(step("chair", `the chair believes the decision leaves ${id} at risk${duty ? "" : "; the policy lists no duty that follows"}`, duty?.at ?? null));
    }
  } else if (unsafeAt !== undefined) {
    notes.push(notApplied(formatPath(["chair", "believesUnsafe", unsafeAt]), `no decision was reached for ${id}`, null));
  }

  const reason = reached.outcome === "not_quorate" ? `the conference is not quorate for ${id}` : reached.outcome === "deferred" ? `the decision for ${id} is deferred` : null;
  if (decides !== undefined && !used.decides) {
    const why = reason === null ? decidesNotUsed(tables, reached) : { reason, at: null };
    notes.push(notApplied(path("decides"), why.reason, why.at));
  }
  if (override !== undefined && !used.override) {
    const why = reached.outcome === "unresolved" ? "there is no view of the conference to set aside: units whose members disagree must first say who speaks for them" : "there is no view of the conference to set aside: the decision is the chair's own, given as `chair.decides`";
    notes.push(notApplied(path("override"), reason ?? why, reason ? null : reached.outcome === "unresolved" ? (ir.voting.nominatedLead?.at ?? ir.voting.unitAt) : (decision.tieBreak?.at ?? decision.ruleAt)));
  }
  if (defer !== undefined && !used.defer) notes.push(notApplied(path("defer"), reason ?? `the decision for ${id} is not deferred`, null));

  const given = own(conference.categories, id);
  let categories: ChildDecision["categories"] = null;
  if (decided === "register") categories = categoriesCheck(tables, given, trace);
  else if (given !== undefined) notes.push(notApplied(formatPath(["categories", id]), `${id} is not registered`, null));
  const givenConcerns = own(conference.concerns, id);
  let concerns: ChildDecision["concerns"] = null;
  if (decided === "register" && (readsConcerns(ir) || givenConcerns !== undefined)) concerns = concernsCheck(tables, givenConcerns, trace);
  else if (givenConcerns !== undefined) notes.push(notApplied(formatPath(["concerns", id]), `${id} is not registered`, null));

  const obligations = triggeredObligations(tables, happened, holds, { keys: dissent, labels: dissenting.map(unitLabel), attendees: dissenters.map((d) => d.attendee) }, trace, ctx.dating);
  // Routes follow any conference that went ahead: a route open on request (an appeal, say) is
  // open whether the protocol decided, left the decision to the chair, or is silent on it.
  const routes = quorum.met && reached.outcome !== "deferred" ? openRoutes(tables, happened, holds, attendance.seats, trace, ctx.dating) : [];
  // Built field by field, in the schema's order, rather than with a spread inside one literal: V8 defines every field
  // after such a spread through a slow runtime call, which took a seventh of the explained evaluator's time.
  const result: Partial<ChildDecision> = { child: id, unborn: child.unborn === true, quorum, outcome: reached.outcome };
  if (reached.decidedBy) result.decidedBy = reached.decidedBy;
  result.tally = tally;
  result.units = voting.map((u, i) => unitResult(u, views[i] ?? { view: null, by: null }, id));
  result.unresolved = unresolved;
  result.dissent = dissent;
  result.dissenters = dissenters;
  result.categories = categories;
  result.concerns = concerns;
  result.obligations = obligations;
  result.routes = routes;
  result.notApplied = notes;
  result.trace = trace;
  return result as ChildDecision;
}

/**
 * Everyone who disagrees with the decision on a child: their view differs, or they record
 * a dissent without a view that agrees. Fills the events about people in `happened`.
 */
function dissentersOf(ctx: Context, child: string, decided: Choice, unitsDissent: boolean, happened: Happened, holds: Holds, trace: TraceStep[], notes: NotApplied[]): Dissenter[] {
  const out: Dissenter[] = [];
  const add = (event: string, seat: Seat) => {
    const list = happened.people.get(event) ?? [];
    list.push(seat);
    happened.people.set(event, list);
    happened.events.add(event);
  };
  ctx.attendance.seats.forEach((seat, index) => {
    const view = seatView(seat, child) ?? null;
    const level = own(seat.attendee.dissent, child) ?? null;
    const opposed = isOpposed(view, decided);
    // A recorded dissent stands where the attendee gave no view, or a view against the decision.
    const dissents = level !== null && (view === null || view === "abstain" || opposed);
    if (level !== null && !dissents) notes.push(notApplied(formatPath(["attendees", index, "dissent", child]), `${seat.id}'s view (${choiceWords(decided)}) is the decision, so there is nothing to dissent from`, null));
    if (!opposed && !dissents) return;
    if (opposed) add("disagreement", seat);
    if (dissents) add(level === "formal" ? "formal_dissent" : "reservation", seat);
    out.push({ attendee: seat.id, role: seat.rule.id, view, level: dissents ? level : null });
  });
  if (out.length > 0) {
    const words = out.map((d) => `${d.attendee} (${ctx.tables.roles.get(d.role)?.label ?? d.role}${d.level === "formal" ? ", formal dissent" : d.level === "reservation" ? ", reservation" : ""})`);
    // The step rests on the first rule that follows these people's disagreement: one whose
    // event happened to someone it names, in a case its condition fits (a parents' appeal
    // is no ground for a practitioner's disagreement).
    const { tables } = ctx;
    // A duty on the units' dissent (which these people's views make) follows it too.
    const follows = (r: { trigger: string; by: Who | null; when: Condition }) =>
      r.trigger === "dissent" ? unitsDissent && holds(r.when) : (r.trigger === "disagreement" || r.trigger === "formal_dissent" || r.trigger === "reservation") && fired(tables, happened, holds, r.trigger, r.by, r.when) !== null;
    const rule = tables.ir.obligations.find(follows)?.at ?? tables.ir.routes.flatMap((r) => r.opens).find(follows)?.at ?? null;
    const verb = out.length === 1 ? "disagrees" : "disagree";
    trace.push(step("dissent", `${listSome(words)} ${verb} with the decision${rule ? "" : "; the policy lists no duty or route that follows their disagreement"}`, rule));
  }
  return out;
}

/**
 * The practitioners taking part who gave no view on the child, or abstained: the event
 * `abstention`, and a step saying what the policy makes of it (a view it requires, an
 * abstention it allows, or, where it says neither, Quorate's default of leaving it out).
 */
function abstainersOf(ctx: Context, child: string, voting: readonly VotingUnit[], happened: Happened, trace: TraceStep[]): void {
  const abstained: Seat[] = [];
  for (const unit of voting) for (const m of membersOf(unit)) if ((seatView(m, child) ?? "abstain") === "abstain") abstained.push(m);
  if (abstained.length === 0) return;
  happened.people.set("abstention", abstained);
  happened.events.add("abstention");
  const rule = ctx.tables.ir.decision.abstention;
  const who = listSome(abstained.map((s) => `${s.id} (${s.rule.label})`));
  const verb = abstained.length === 1 ? "gives" : "give";
  if (rule === null) trace.push(step("units", `${who} ${verb} no view on ${child}; an abstention is left out of the count`, null, DEFAULT_CODES.abstention));
  else if (rule.allowed) trace.push(step("units", `${who} ${verb} no view on ${child}, as the protocol allows`, rule.at));
  else trace.push(step("units", `${who} ${verb} no view on ${child}, though the protocol requires every practitioner taking part to give one`, rule.at));
}

/** A dissent recorded on a child for whom no decision was reached is not applied. */
function noteDissentNotApplied(ctx: Context, child: string, notes: NotApplied[]): void {
  ctx.conference.attendees.forEach((attendee, index) => {
    if (own(attendee.dissent, child) !== undefined) notes.push(notApplied(formatPath(["attendees", index, "dissent", child]), `no decision was reached for ${child}, so there is nothing to dissent from`, null));
  });
}

function isOpposed(view: string | null | undefined, decided: Choice): boolean {
  return (view === "register" || view === "not_register") && view !== decided;
}

/** Why the chair's own decision was not the decision, and the clause that says so. */
function decidesNotUsed(tables: PolicyTables, reached: Reached): { reason: string; at: Origin | null } {
  const { decision, voting } = tables.ir;
  if (reached.decidedBy === "consensus") return { reason: "the conference reached a consensus, so the decision is not the chair's", at: decision.consensusFirst };
  if (reached.decidedBy === "majority") {
    return decision.chairBoundByMajority ? { reason: "the majority decides, and the chair is bound by it", at: decision.chairBoundByMajority } : { reason: "the majority decides; the chair's own view is not a vote", at: decision.ruleAt };
  }
  if (reached.decidedBy === "chair_override") return { reason: "the chair's override decides", at: decision.override?.at ?? null };
  if (reached.outcome === "protocol_silent") return { reason: "the protocol does not give the decision to the chair", at: voting.unit === null && decision.rule === "majority" ? tables.silenceOn("voting") : tables.silenceOn("decision") };
  return { reason: "the decision turns on units whose members disagree, not on the chair: mark who speaks for each with `nominatedLead`", at: voting.nominatedLead?.at ?? voting.unitAt };
}

/** Which of the chair's inputs a decision has accounted for; kept only when it is explained. */
interface Used {
  decides: boolean;
  override: boolean;
  defer: boolean;
}

const NO_VIEWS: UnitView[] = [];

/** The decision is the chair's: `chair.decides`, or, where the conference records none, a decision still required. */
function chairDecides(ctx: Context, id: string, why: string, by: "chair_casting" | "chair_executive" | "chair_no_consensus", at: Origin | null, trace: TraceStep[] | null, used: Used | null): Reached {
  const decides = own(ctx.conference.chair?.decides, id);
  if (decides === undefined) {
    trace?.push(step(by === "chair_casting" ? "tie_break" : "chair", `${why}; the conference records no decision by the chair`, at));
    return { outcome: "chair_decision_required" };
  }
  if (used) used.decides = true;
  trace?.push(step(by === "chair_casting" ? "tie_break" : "chair", `${why}; the chair decides: ${choiceWords(decides)}`, at));
  return { outcome: decides, decidedBy: by };
}

function vote(ctx: Context, id: string, units: readonly VotingUnit[], views: UnitView[], trace: TraceStep[] | null, used: Used | null): Reached {
  const { decision, voting } = ctx.tables.ir;
  const tally = ctx.count;
  const unresolved = tally.unresolved;
  // Where the policy gives the decision to the chair without a vote, or says nothing of how one is reached, no count is taken.
  if (decision.rule === "chair_without_vote") {
    return chairDecides(ctx, id, "without a consensus the chair decides, and no vote is taken", "chair_no_consensus", decision.ruleAt, trace, used);
  }
  if (decision.rule === null) {
    // Without `consensus first`, even a room that agrees has not decided: the protocol says nothing of consensus either.
    const how = decision.consensusFirst === null ? "how a decision is reached" : "how a decision is reached without a consensus";
    trace?.push(step("vote", `the protocol does not say ${how}, so Quorate reaches none`, ctx.tables.silenceOn("decision")));
    return { outcome: "protocol_silent" };
  }
  if (decision.rule === "majority" && voting.unit === null) {
    trace?.push(step("vote", "the protocol does not say what counts as one vote, so no majority can be counted", ctx.tables.silenceOn("voting")));
    return { outcome: "protocol_silent" };
  }
  if (trace && unresolved > 0) {
    const one = unresolved === 1;
    trace.push(step("units", `${listSome(units.filter((_, i) => views[i]?.view === null).map(unitLabel))} ${one ? "gives" : "give"} no single view: ${one ? "its" : "their"} members disagree and ${voting.nominatedLead ? "no single nominated lead" : "the policy names no one to"} speak${voting.nominatedLead ? "s" : ""} for ${one ? "it" : "them"}`, voting.nominatedLead?.at ?? voting.unitAt));
  }
  if (trace) {
    const heard = units.map((u, i) => `${unitLabel(u)}: ${views[i]?.view?.replace("_", " ") ?? "unresolved"}`);
    trace.push(step("units", `${plural(units.length, "unit")} ${units.length === 1 ? "votes" : "vote"} on ${id}${units.length > 0 ? ` — ${listSome(heard, 30)}` : ""}`, voting.unitAt));
  }

  if (decision.rule === "chair_executive") {
    return chairDecides(ctx, id, trace ? `having heard every unit (${tallyWords(tally)}), the decision is the chair's` : "", "chair_executive", decision.ruleAt, trace, used);
  }
  const result = majorityOf(tally, unresolved);
  if (result === "register" || result === "not_register") {
    trace?.push(step("vote", `${tallyWords(tally)}: a majority for ${choiceWords(result)}`, decision.ruleAt));
    return { outcome: result, decidedBy: "majority" };
  }
  if (result === "depends") {
    const them = unresolved === 1 ? "it" : "them";
    // "Where a majority decision cannot be reached, the chair decides" covers a vote that turns on unresolved units; "split 50/50" does not.
    if (decision.tieBreak?.on === "no_majority") {
      trace?.push(step("vote", `${tallyWords(tally)}, and ${plural(unresolved, "unit")} unresolved: no majority can be established`, decision.ruleAt));
      return chairDecides(ctx, id, "there is no majority, so the chair decides", "chair_casting", decision.tieBreak.at, trace, used);
    }
    const settle = voting.nominatedLead?.chairDecidesWhenDisputed ? "the chair names who speaks for each" : "the conference says who speaks for each (an attendee with `nominatedLead`)";
    trace?.push(step("vote", `${tallyWords(tally)}, and ${plural(unresolved, "unit")} unresolved: the result turns on ${them}, so it is not decided until ${settle}`, voting.nominatedLead?.at ?? decision.ruleAt));
    return { outcome: "unresolved" };
  }
  if (tally.register === 0 && tally.not_register === 0) {
    trace?.push(step("vote", `${tallyWords(tally)}: no unit gave a view, so there is no majority`, decision.ruleAt));
    if (decision.tieBreak === null) {
      trace?.push(step("tie_break", "the policy does not say who decides when there is no majority", decision.ruleAt));
      return { outcome: "chair_decision_required" };
    }
    return chairDecides(ctx, id, "with no majority, the chair decides", "chair_casting", decision.tieBreak.at, trace, used);
  }
  trace?.push(step("vote", `${tallyWords(tally)}: a tie`, decision.ruleAt));
  if (decision.tieBreak === null) {
    trace?.push(step("tie_break", "the policy does not say who decides a tie", decision.ruleAt));
    return { outcome: "chair_decision_required" };
  }
  return chairDecides(ctx, id, decision.tieBreak.on === "tie" ? "the vote is tied, so the chair decides" : "there is no majority, so the chair decides", "chair_casting", decision.tieBreak.at, trace, used);
}

function applyOverride(ctx: Context, id: string, reached: Reached, trace: TraceStep[] | null, notes: NotApplied[] | null, used: Used | null): Reached {
  const request = own(ctx.conference.chair?.override, id);
  if (request === undefined) return reached;
  // Whether applied or refused, the input is accounted for here.
  if (used) used.override = true;
  const { decision } = ctx.tables.ir;
  const power = decision.override;
  const room = reached.decidedBy === "consensus" ? "a consensus" : "a majority view";
  const input = notes ? formatPath(["chair", "override", id]) : "";
  if (power === null) {
    notes?.push(notApplied(input, `the policy gives the chair no power to set aside ${room}${decision.chairBoundByMajority ? "; the chair is bound by the majority" : ""}`, decision.chairBoundByMajority ?? decision.consensusFirst ?? decision.ruleAt));
    return reached;
  }
  if (reached.decidedBy === "consensus" && !power.of.includes("unanimity")) {
    notes?.push(notApplied(input, "the chair may set aside a majority view, not a consensus", power.at));
    return reached;
  }
  if (power.requiresAuthorisation && ctx.conference.chair?.authorisedToOverride !== true) {
    notes?.push(notApplied(input, "the chair may override only when the board has authorised it, and the conference does not record that (`chair.authorisedToOverride`)", power.at));
    return reached;
  }
  if (request.outcome === reached.outcome) {
    notes?.push(notApplied(input, `the conference already decided ${choiceWords(request.outcome)}; there is nothing to override`, power.at));
    return reached;
  }
  trace?.push(step("override", `the chair sets aside ${room} (${choiceWords(reached.outcome as Choice)}) and decides ${choiceWords(request.outcome)}: "${request.reason}"${power.reasonsRecorded ? "; the reasons are recorded" : ""}`, power.at));
  return { outcome: request.outcome, decidedBy: "chair_override" };
}

function contextFor(tables: PolicyTables, conference: Conference, explain: boolean, dating: Dating | null = null): Context {
  const attendance = takeAttendance(tables, conference, explain);
  let unsafe = NO_ONE_UNSAFE;
  if (explain && conference.chair?.believesUnsafe !== undefined) {
    const found = new Map<string, number>();
    conference.chair.believesUnsafe.forEach((id, i) => found.set(id, i));
    unsafe = found;
  }
  const count: UnitCount = { register: 0, not_register: 0, abstain: 0, unresolved: 0, consensus: null, viewGiven: false };
  return { tables, conference, attendance, sole: soleRepresentatives(tables, attendance.participants), unsafe, everyone: null, agencies: null, count, dating };
}

/** Facts the conference gives that this policy does not declare: written for other boards, or misspelt. */
function undeclaredFacts(tables: PolicyTables, conference: Conference): NotApplied[] {
  const notes: NotApplied[] = [];
  const check = (parts: (string | number)[], values: Record<string, unknown> | undefined) => {
    for (const id of Object.keys(values ?? {})) {
      if (tables.facts.has(id)) continue;
      const near = rememberedDidYouMean(tables.facts, id, tables.facts.keys());
      notes.push(notApplied(formatPath([...parts, id]), `no rule of this policy reads the fact \`${id}\`, so it changes nothing here${near ? ` (${near})` : ""}`, null));
    }
  };
  check(["facts"], conference.facts);
  conference.children.forEach((child, i) => check(["children", i, "facts"], child.facts));
  return notes;
}

export interface EvaluatorOptions {
  /** The working days due dates are counted on; by default the policy's jurisdiction less its own closures. */
  calendar?: WorkingCalendar;
  /**
   * The version the conference is decided under, and what to say about it, where a
   * caller chooses among versions (runtime/versions.ts): it is then reported for every
   * conference, dated or not.
   */
  inForce?: (conference: Conference) => { version: InForce["version"]; notes: string[] } | undefined;
}

export function createEvaluator(ir: PolicyIR, options: EvaluatorOptions = {}): Evaluator {
  const tables = policyTables(ir);
  let calendar = options.calendar;
  return (conference) => {
    const moment = momentOf(conference);
    const chosen = options.inForce?.(conference);
    const dateNotes = new Set<string>();
    const dating = moment === null ? null : datingFor(moment, (calendar ??= policyCalendar(ir)), dateNotes);
    const ctx = contextFor(tables, conference, true, dating);
    const children = conference.children.map((child) => decideChild(ctx, child, true));
    const notes = conference.facts !== undefined || conference.children.some((c) => c.facts !== undefined) ? [...ctx.attendance.notApplied, ...undeclaredFacts(tables, conference)] : ctx.attendance.notApplied;
    const result: DecisionResult = { format: DECISION_FORMAT, policy: ir.id, title: ir.title, notApplied: notes, children };
    if (moment === null && chosen === undefined) return result;
    const cal = calendar ?? (calendar = policyCalendar(ir));
    const version = chosen ? chosen.version : versionOf(ir);
    const review = chosen || version === null ? undefined : reviewNote(version, conference.date ?? null);
    const inForce: InForce = {
      date: moment === null ? null : (conference.date ?? null),
      time: moment === null ? null : (conference.time ?? null),
      calendar: cal.name,
      closures: cal.closures.length,
      version,
      notes: [...(chosen?.notes ?? []), ...(review ? [review] : []), ...dateNotes],
    };
    // Fields in the order of the schema.
    return { format: result.format, policy: result.policy, title: result.title, inForce, notApplied: result.notApplied, children: result.children };
  };
}

/** Decides each child of a conference as `createEvaluator` does, without explaining why: a verdict per child, in the conference's order. */
export type Decider = (conference: Conference) => Verdict[];

/**
 * The decisions-only path: the explained evaluator's own steps, with every trace step,
 * input not applied and duty left unwritten. For callers that need only what was decided
 * (searching many conferences, batch runs); `createEvaluator` says why.
 */
export function createDecider(ir: PolicyIR): Decider {
  const tables = policyTables(ir);
  return (conference) => {
    const ctx = contextFor(tables, conference, false);
    const { children } = conference;
    const verdicts = new Array<Verdict>(children.length);
    for (let i = 0; i < children.length; i++) verdicts[i] = decideChild(ctx, children[i] as Child, false);
    return verdicts;
  };
}
