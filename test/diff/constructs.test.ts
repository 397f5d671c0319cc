/**
 * For each construct the language gained (issue 13, 1–10) and each input the search now
 * varies (issue 18): two small policies that differ only in it, told apart by the semantic
 * search, which agrees with deciding every conference of the bounds outright.
 */
import { describe, expect, it } from "vitest";
import { diff } from "../../diff/diff.js";
import { followWords } from "../../diff/semantic/follows.js";
import { conferenceAt, DEFAULT_SEARCH, type Item, type SearchOptions } from "../../diff/semantic/searchSpace.js";
import type { PairSearch } from "../../diff/semantic/semanticDiff.js";
import { expectExact } from "./bruteForce.js";
import { mini, THREE, type Mini } from "./miniPolicies.js";
import { FULL } from "../helpers/sampleSize.js";

/** How many from one grouping the six-attendee, nominated-lead search holds: the default bound in `npm run fuzz`, two in `npm test`. */
const LED_PER_GROUP = FULL ? DEFAULT_SEARCH.maxPerGroup : 2;

const THREE_ATTENDEES: SearchOptions = { ...DEFAULT_SEARCH, maxAttendees: 3 };

/** The smallest conference of a kind of outcome difference. */
function smallest(found: PairSearch, a: string, b: string) {
  const f = found.found.find((x) => x.a === a && x.b === b);
  if (!f) throw new Error(`no conference decided ${a} and ${b}: ${found.found.map((x) => `${x.a}/${x.b}`).join(", ")}`);
  return conferenceAt(f.point.room.map((i) => found.items[i] as Item), f.point.setting, found.space, found.kinds);
}

/** What follows under one policy only, in words. */
function followsOnly(found: PairSearch, under: "a" | "b"): string[] {
  return found.follows.filter((f) => f.under === under).map((f) => followWords(f.key, found.routeLabels));
}

function compare(x: Mini, y: Mini, options = THREE_ATTENDEES): PairSearch {
  return expectExact(mini(x), mini(y), options);
}

describe("a counterexample for each construct of the language", () => {
  it("1: consensus, otherwise the chair decides, against a majority vote", () => {
    const found = compare({ ...THREE, decision: "consensus first\n  no consensus: chair decides" }, { ...THREE });
    // Two for register and one against: a majority, but no consensus, so the decision is the chair's.
    const c = smallest(found, "chair_decision_required", "register");
    expect(c.attendees.map((a) => a.views?.["child_1"]).sort()).toEqual(["not_register", "register", "register"]);
  });

  it("2: a required agency, present or not", () => {
    const found = compare({ ...THREE, quorum: "at least 1 agencies" }, { ...THREE, quorum: "at least 1 agencies\n  require agency police" });
    const c = smallest(found, "register", "not_quorate");
    expect(c.attendees.some((a) => a.role === "police_officer")).toBe(false);
    expect(c.attendees).toHaveLength(1);
  });

  it("2: a required role that does not vote is met by someone present, voting or not", () => {
    const found = compare({ ...THREE, quorum: "at least 1 agencies" }, { ...THREE, quorum: "at least 1 agencies\n  require role cafcass_officer" });
    expect(found.kinds.map((k) => k.role)).toContain("cafcass_officer");
    const quorate = found.found.every((f) => f.point.room.some((i) => found.kinds[found.items[i]?.kind ?? -1]?.role === "cafcass_officer") === false);
    expect(quorate).toBe(true);
  });

  it("3: a quorum count that holds only for some conferences (a fact of the case)", () => {
    const facts = "conference_stage \"Stage\": initial, review";
    const found = compare({ ...THREE, facts, quorum: "at least 2 agencies when conference_stage is initial" }, { ...THREE, facts, quorum: "at least 2 agencies" });
    expect(found.space.dims.map((d) => d.name)).toContain("fact:conference_stage");
    const c = smallest(found, "register", "not_quorate");
    expect(c.facts).toEqual({ conference_stage: "review" });
  });

  it("3: who votes, limited to the involved only where a fact holds", () => {
    const facts = "looked_after_here \"Looked after\" for each child: yes or no";
    const found = compare({ ...THREE, facts, eligibility: "only involved units vote when looked_after_here" }, { ...THREE, facts, eligibility: "every unit votes on every child" });
    expect(found.differing).toBeGreaterThan(0);
    const [first] = found.found;
    const c = conferenceAt(first?.point.room.map((i) => found.items[i] as Item) ?? [], first?.point.setting ?? { at: [] }, found.space, found.kinds);
    expect(c.children[0]?.facts).toEqual({ looked_after_here: true });
  });

  it("3: a number fact is tried each side of every threshold", () => {
    const facts = "years \"Age\" for each child: a number";
    const found = compare({ ...THREE, facts, quorum: "at least 2 agencies when years is under 12" }, { ...THREE, facts, quorum: "at least 2 agencies when years is under 13" });
    expect(found.space.dims.find((d) => d.name === "fact:years")?.values).toEqual([0, 11, 12, 13]);
    const c = smallest(found, "register", "not_quorate");
    expect(c.children[0]?.facts).toEqual({ years: 12 });
  });

  it("4: a formal dissent, rather than a reservation, escalated", () => {
    const duty = (level: string) => `when ${level} by roles children_social_worker, health_visitor, police_officer: escalate to "the Head of Service" within 72 hours`;
    const found = compare({ ...THREE, obligations: duty("formal_dissent") }, { ...THREE, obligations: duty("reservation") });
    expect(found.differing).toBe(0);
    expect(followsOnly(found, "a")).toEqual(["escalate to the Head of Service within 72 hours"]);
    expect(followsOnly(found, "b")).toEqual(["escalate to the Head of Service within 72 hours"]);
    const f = found.follows[0];
    const c = conferenceAt(f?.point.room.map((i) => found.items[i] as Item) ?? [], f?.point.setting ?? { at: [] }, found.space, found.kinds);
    expect(c.attendees.some((a) => a.dissent !== undefined)).toBe(true);
  });

  it("5: an appeal route open to parents, and an escalation route a formal dissent opens", () => {
    const appeal = 'appeal parental_appeal "Appeal against the decision" {\n  open to roles parent\n  start within 20 working days\n  stage "an appeal panel" within 20 working days\n}';
    const found = compare({ ...THREE }, { ...THREE, more: appeal });
    expect(found.differing).toBe(0);
    expect(followsOnly(found, "b")).toEqual(expect.arrayContaining([expect.stringContaining('the appeal route "Appeal against the decision" is open on request to someone present')]));
    expect(found.kinds.map((k) => k.role)).toContain("parent");
    const escalation = 'escalation dissent_route "Resolving a dissent" {\n  opens when formal_dissent by groupings health, police\n  stage "the Head of Service" within 5 working days\n}';
    const second = compare({ ...THREE }, { ...THREE, more: escalation });
    expect(followsOnly(second, "b")).toEqual(['the escalation route "Resolving a dissent" opens (the Head of Service within 5 working days)']);
  });

  it("6: counting groupings rather than agencies", () => {
    const voting = 'grouping care "Care" { children_social_worker health_visitor }\n  grouping police "Police" { police_officer }';
    const voters = ["children_social_worker", "health_visitor", "police_officer"];
    const found = compare({ voters, voting, quorum: "at least 2 agencies" }, { voters, voting, quorum: "at least 2 groupings" });
    // A social worker and a health visitor: two agencies, one grouping.
    const c = smallest(found, "register", "not_quorate");
    expect(c.attendees.map((a) => a.role).sort()).toEqual(["children_social_worker", "health_visitor"]);
  });

  it("6: counting disciplines, where roles of one unit count apart", () => {
    const voting = 'grouping health "Health" { health_visitor school_nurse }\n  grouping police "Police" { police_officer }';
    const voters = ["health_visitor", "school_nurse", "police_officer"];
    const found = compare({ voters, voting, quorum: "at least 2 agencies" }, { voters, voting, quorum: "at least 2 disciplines" });
    const health = found.kinds.filter((k) => k.role === "health_visitor" || k.role === "school_nurse");
    // Counted as disciplines, a health visitor and a school nurse are not one kind.
    expect(health.map((k) => k.standsFor.length)).toEqual([1, 1]);
    const c = smallest(found, "not_quorate", "register");
    expect(c.attendees.map((a) => a.role).sort()).toEqual(["health_visitor", "school_nurse"]);
  });

  it("7: a duty when the conference is not quorate", () => {
    const found = compare({ ...THREE, quorum: "at least 3 agencies" }, { ...THREE, quorum: "at least 3 agencies", obligations: 'when not_quorate: interim_plan "an interim plan until the conference reconvenes" within 5 working days' });
    expect(found.differing).toBe(0);
    expect(followsOnly(found, "b")).toEqual(["interim plan within 5 working days"]);
  });

  it("7: a quorum that holds for a transfer-in conference only", () => {
    const facts = "stage_of_case \"Stage\": initial, transfer_in";
    const found = compare({ ...THREE, facts, quorum: "at least 2 agencies" }, { ...THREE, facts, quorum: "at least 2 agencies when stage_of_case is transfer_in" });
    const c = smallest(found, "not_quorate", "register");
    expect(c.facts).toEqual({ stage_of_case: "initial" });
  });

  it("8: within 24 hours against within one working day, and a recurring duty", () => {
    const found = compare({ ...THREE, obligations: "when registered: circulate within 24 hours" }, { ...THREE, obligations: "when registered: circulate within 1 working day" });
    expect(followsOnly(found, "a")).toEqual(["circulate within 24 hours"]);
    expect(followsOnly(found, "b")).toEqual(["circulate within 1 working day"]);
    const recurring = compare({ ...THREE, obligations: "when registered: review_conference within 3 months" }, { ...THREE, obligations: "when registered: review_conference within 3 months, then every 6 months" });
    expect(followsOnly(recurring, "b")).toEqual(["review conference within 3 months, then every 6 months"]);
  });

  it("9: a protocol silent on how a decision is reached without consensus", () => {
    const found = compare({ ...THREE, decision: 'consensus first\n  silent "the protocol does not say"' }, { ...THREE });
    // Where no one gives a view there is no consensus either: one policy is silent, the other gives a tie to the chair.
    const c = smallest(found, "protocol_silent", "register");
    expect(c.attendees.map((a) => a.views?.["child_1"])).toEqual(["abstain"]);
    expect(c.chair?.decides).toEqual({ child_1: "register" });
  });

  it("10: unranked and local categories change no decision: the structural diff shows them", () => {
    const ranked = mini({ ...THREE, categories: 'neglect "Neglect"\n  emotional "Emotional abuse"\n  primary required' });
    const unranked = mini({ ...THREE, categories: 'neglect "Neglect"\n  emotional "Emotional abuse"\n  local exploitation "Exploitation"\n  unranked\n  at least one required' });
    const report = diff([ranked, unranked], { search: THREE_ATTENDEES });
    expect(report.changes.map((c) => c.subject)).toEqual(expect.arrayContaining(["categories", "unranked categories", "at least one category"]));
    expect(report.changes.find((c) => c.subject === "categories")?.b).toContain("exploitation (local)");
    expect(report.pairs[0]?.semantic?.differing).toBe(0);
  });
});

describe("each input the search varies tells two policies apart", () => {
  it("nominated leads: a unit whose members disagree speaks through its lead", () => {
    const voting = 'grouping health "Health" { health_visitor school_nurse }\n  grouping police "Police" { police_officer }';
    const voters = ["health_visitor", "school_nurse", "police_officer"];
    const found = compare({ voters, voting: `${voting}\n  nominated lead speaks` }, { voters, voting });
    const leads = found.found.filter((f) => f.point.room.some((i) => found.items[i]?.members.some((m) => m.lead)));
    expect(leads.length).toBeGreaterThan(0);
  });

  it("two attendees of one organisation form one unit where each organisation votes apart", () => {
    // Only schools vote: each organisation as a unit, or each attendee alone. Attendees of different schools are read alike.
    const voters = ["primary_school"];
    const voting = 'grouping schools "Schools" { primary_school }\n  per organisation: primary_school';
    const found = compare({ voters, voting }, { voters, unit: "individual" }, { ...THREE_ATTENDEES, maxAttendees: 4 });
    const shared = found.found.filter((f) => f.point.room.some((i) => found.items[i]?.members.length === 2));
    expect(shared.length).toBe(found.found.length);
    expect(shared.length).toBeGreaterThan(0);
    const c = conferenceAt(shared[0]?.point.room.map((i) => found.items[i] as Item) ?? [], shared[0]?.point.setting ?? { at: [] }, found.space, found.kinds);
    const schools = c.attendees.filter((a) => a.role === "primary_school");
    expect(new Set(schools.map((a) => a.organisation)).size).toBeLessThan(schools.length);
  });

  it("the chair's inputs in every combination the policies read, not only consistent bundles", () => {
    const override = { ...THREE, decision: "consensus first\n  majority decides\n  tie: chair decides\n  chair may override majority when authorised" };
    const found = compare(override, { ...override, decision: override.decision.replace(" when authorised", "") });
    // The chair's own decision (3 ways), an override (3) and the board's authority (2): every one of the 18 tried with every room.
    const chair = found.space.dims.filter((d) => d.name.startsWith("chair:"));
    expect(chair.map((d) => d.values.length)).toEqual([3, 3, 2]);
    const c = smallest(found, "register", "not_register");
    expect(c.chair?.override).toBeDefined();
    expect(c.chair?.authorisedToOverride).toBeUndefined();
  });

  it("several waivers, one of them without quorum, against a single waiver that never stands in for a required agency", () => {
    const rule = "at least 3 agencies\n  require agency police";
    const found = compare(
      { ...THREE, quorum: `${rule}\n  chair may proceed with 2 agencies when looked_after\n  chair may proceed without quorum when "few agencies know the child"`, obligations: "when quorum_waived: record_rationale" },
      { ...THREE, quorum: `${rule}\n  chair may proceed with 2 agencies`, obligations: "when quorum_waived: record_rationale" },
    );
    // Without quorum covers a missing police officer too; the other side's waiver never does.
    const c = smallest(found, "register", "not_quorate");
    expect(c.chair?.proceedWithoutQuorum).toBeDefined();
    expect(c.attendees.some((a) => a.role === "police_officer")).toBe(false);
    // A required agency missing, waived: the duty on a waived quorum follows though every count is met.
    const waived = compare({ ...THREE, quorum: "require agency police\n  chair may proceed without quorum", obligations: "when quorum_waived: record_rationale" }, { ...THREE, obligations: "when quorum_waived: record_rationale" });
    expect(waived.differing).toBeGreaterThan(0);
    expect(followsOnly(waived, "a")).toEqual(["record rationale"]);
  });

  it("a duty as soon as possible against one within a number of working days", () => {
    const found = compare({ ...THREE, obligations: "when registered: hold_core_group as soon as possible" }, { ...THREE, obligations: "when registered: hold_core_group within 10 working days" });
    expect(found.differing).toBe(0);
    expect(followsOnly(found, "a")).toEqual(["hold core group as soon as possible"]);
    expect(followsOnly(found, "b")).toEqual(["hold core group within 10 working days"]);
  });

  it("an appeal route follows any conference that went ahead, even where the protocol reaches no decision", () => {
    const route = 'appeal family_appeal "Appeal" {\n  open to role parent\n  stage "a panel" within 20 working days\n}';
    const silent = { ...THREE, quorum: "at least 2 agencies", decision: 'silent "the protocol does not say how a decision is reached"' };
    const found = compare({ ...silent, more: route }, silent);
    // Neither reaches a decision; after every quorate conference one offers the appeal.
    expect(found.differing).toBe(0);
    expect(found.followsDiffering).toBeGreaterThan(0);
    expect(new Set(found.follows.map((f) => f.under))).toEqual(new Set(["a"]));
  });

  it("conferences with siblings are tried where a policy has a sibling rule", () => {
    const found = compare({ ...THREE, eligibility: "every unit votes on every child\n  when siblings disagree: only involved units vote" }, { ...THREE });
    expect(found.space.dims.find((d) => d.name === "children")?.values).toEqual([1, 2]);
    expect(found.differing).toBeGreaterThan(0);
  });
});

describe("the search against deciding every conference of six attendees", () => {
  const SIX: SearchOptions = { ...DEFAULT_SEARCH, maxAttendees: 6 };

  it(`is exact for consensus otherwise the chair against a majority, with six attendees and nominated leads, at most ${LED_PER_GROUP} in a grouping`, () => {
    const led = { ...THREE, voting: `${THREE.voting}\n  nominated lead speaks` };
    // Two in a grouping already make its lead speak and fill six seats; three each (the default bound, 267,000
    // conferences, each decided twice by the explained evaluator) is `npm run fuzz`'s: it took up to 14 s of `npm test` on two busy cores.
    const found = compare({ ...led, decision: "consensus first\n  no consensus: chair decides" }, led, { ...SIX, maxPerGroup: LED_PER_GROUP });
    expect(found.conferences).toBeGreaterThan(FULL ? 250_000 : 60_000);
  });

  it("is exact for counting groupings against agencies, with six attendees", () => {
    const voting = 'grouping care "Care" { children_social_worker health_visitor }\n  grouping police "Police" { police_officer }';
    const voters = ["children_social_worker", "health_visitor", "police_officer"];
    expect(compare({ voters, voting, quorum: "at least 2 agencies" }, { voters, voting, quorum: "at least 2 groupings" }, SIX).differing).toBeGreaterThan(0);
  });
});
