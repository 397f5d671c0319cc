/**
 * The constructs that let any board's protocol be stated, each decided on a small policy of
 * its own: facts and conditions, counts and requirements, consensus then the chair,
 * silence, people's dissent, routes, deadlines, unranked and local categories, areas of
 * concern. Each test can fail: it changes one input and expects the decision to follow.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../runtime/evaluate.js";
import { validateConference } from "../../runtime/validateConference.js";
import type { Conference } from "../../runtime/conference.js";
import { attendee, conference, decideChild, policyIR } from "../helpers/conferences.js";

/** A board policy with the given sections after a header that uses the shared vocabulary. */
function board(sections: string): ReturnType<typeof policyIR> {
  return policyIR(`policy test_board "Test Board" {
  jurisdiction england
  vocabulary "vocabulary.policy"
  version "1" dated 2025-01-01 review 2030-01-01
}
voting {
  vote by agency
}
eligibility {
  every unit votes on every child
}
categories {
  silent "no categories"
}
${sections}`);
}

const MAJORITY = `decision {
  consensus first
  majority decides
  tie: chair decides
}`;

const three = (views: ["register" | "not_register", "register" | "not_register", "register" | "not_register"]): Conference =>
  conference([attendee("sw", "children_social_worker", { amy: views[0] }), attendee("pc", "police_officer", { amy: views[1] }), attendee("hv", "health_visitor", { amy: views[2] })]);

describe("consensus, otherwise the chair decides (no vote)", () => {
  const ir = board(`quorum {\n  silent "none"\n}\ndecision {\n  consensus first\n  no consensus: chair decides\n}\nobligations {\n  when chair_decides: record_reasons\n}`);

  it("a consensus decides; without one the decision is the chair's, not a majority's", () => {
    expect(decideChild(ir, three(["register", "register", "register"]))).toMatchObject({ outcome: "register", decidedBy: "consensus" });
    const split = decideChild(ir, three(["register", "register", "not_register"]));
    expect(split.outcome).toBe("chair_decision_required");
    expect(split.trace.map((s) => s.step)).not.toContain("vote");
    const decided = decideChild(ir, { ...three(["register", "register", "not_register"]), chair: { decides: { amy: "not_register" } } });
    expect(decided).toMatchObject({ outcome: "not_register", decidedBy: "chair_no_consensus" });
    expect(decided.obligations.map((o) => o.kind)).toEqual(["record_reasons"]);
    // Who disagreed with the chair is named, not lost.
    expect(decided.dissenters.map((d) => d.attendee).sort()).toEqual(["pc", "sw"]);
  });
});

describe("facts and conditions", () => {
  const ir = board(`${MAJORITY}
quorum {
  at least 3 agencies when conference_kind is initial
  at least 2 agencies when conference_kind is review
  require role paediatrician when fabricated_or_induced_illness
}`);
  const two = (kind: string, fii: boolean): Conference => ({
    ...conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "register" })], { facts: { conference_kind: kind } }),
    children: [{ id: "amy", facts: { fabricated_or_induced_illness: fii } }],
  });

  it("applies the count the conference's kind calls for", () => {
    expect(decideChild(ir, two("initial", false)).outcome).toBe("not_quorate");
    expect(decideChild(ir, two("review", false)).outcome).toBe("register");
    expect(decideChild(ir, two("initial", false)).quorum.missing).toEqual(["3 agencies needed, 2 taking part"]);
  });

  it("requires the paediatrician only where the child's case is one of fabricated or induced illness", () => {
    const fii = decideChild(ir, two("review", true));
    expect(fii.outcome).toBe("not_quorate");
    expect(fii.quorum.missing).toEqual(["no Paediatrician, whom a conference where fabricated_or_induced_illness needs"]);
  });

  it("refuses a conference that leaves out a fact a rule reads, naming the fact and the rule", () => {
    const checked = validateConference(ir, conference([attendee("sw", "children_social_worker")]));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.path)).toEqual(["facts.conference_kind", "children[0].facts.fabricated_or_induced_illness"]);
    expect(checked.problems[0]?.message).toMatch(/^the policy reads `conference_kind` \(Kind of conference\) at line \d+ of test\.policy, and the conference does not give it$/);
  });

  it("refuses a value a fact does not take, and a child's fact given for the whole conference", () => {
    const wrong = validateConference(ir, { ...two("reveiw", false) });
    expect(wrong.ok ? [] : wrong.problems.map((p) => [p.path, p.hint])).toContainEqual(["facts.conference_kind", "did you mean `review`?"]);
    const misplaced = validateConference(ir, { ...two("review", false), facts: { conference_kind: "review", fabricated_or_induced_illness: true } });
    expect(misplaced.ok ? [] : misplaced.problems.map((p) => p.path)).toContain("facts.fabricated_or_induced_illness");
  });

  it("lists a fact the policy does not declare as not applied, so one file serves every board", () => {
    const result = evaluate(ir, { ...two("review", false), facts: { conference_kind: "review", interpreter_needed: true } });
    expect(result.notApplied.map((n) => n.input)).toEqual(["facts.interpreter_needed"]);
  });

  it("takes a fact's default where the conference leaves it out", () => {
    const withDefault = policyIR(`policy d "D" {\n  vocabulary "vocabulary.policy"\n}\nfacts {\n  second_opinion "A second opinion was sought": yes or no default no\n}\nvoting {\n  vote by agency\n}\neligibility {\n  silent "x"\n}\ncategories {\n  silent "x"\n}\n${MAJORITY}\nquorum {\n  at least 2 agencies when not second_opinion\n}`);
    const one = conference([attendee("sw", "children_social_worker", { amy: "register" })]);
    expect(decideChild(withDefault, one).outcome).toBe("not_quorate");
    expect(decideChild(withDefault, { ...one, facts: { second_opinion: true } }).outcome).toBe("register");
  });
});

describe("what a quorum counts", () => {
  const counting = (rule: string) => board(`${MAJORITY}\nquorum {\n  ${rule}\n}`);
  const health = conference([attendee("hv", "health_visitor", { amy: "register" }), attendee("sn", "school_nurse", { amy: "register" }), attendee("cafcass", "cafcass_officer")]);

  it("disciplines count a health visitor and a school nurse as two; agencies as one", () => {
    const nurses = conference([attendee("hv", "health_visitor", { amy: "register" }), attendee("sn", "school_nurse", { amy: "register" })]);
    expect(decideChild(counting("at least 2 disciplines"), nurses).quorum.met).toBe(true);
    expect(decideChild(counting("at least 2 agencies"), nurses).quorum.met).toBe(false);
  });

  it("`present` counts a practitioner who does not vote; `taking part` does not", () => {
    const notVoting = policyIR(`policy n "N" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  vote by agency\n  not voting: cafcass_officer\n}\neligibility {\n  silent "x"\n}\ncategories {\n  silent "x"\n}\n${MAJORITY}\nquorum {\n  at least 2 agencies present\n}`);
    expect(decideChild(notVoting, health).quorum.met).toBe(true);
    const takingPart = policyIR(`policy n "N" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  vote by agency\n  not voting: cafcass_officer\n}\neligibility {\n  silent "x"\n}\ncategories {\n  silent "x"\n}\n${MAJORITY}\nquorum {\n  at least 2 agencies taking part\n}`);
    expect(decideChild(takingPart, health).quorum.met).toBe(false);
  });

  it("counts only the listed agencies, and requires each of a list", () => {
    const listed = counting("at least 2 of agencies children_social_care, police, health");
    expect(decideChild(listed, health).quorum.met).toBe(false);
    expect(decideChild(listed, three(["register", "register", "register"])).quorum.counts).toEqual([{ of: "of the agencies listed", counted: ["children_social_care", "health", "police"], required: 2, met: true }]);
    const each = counting("require agencies children_social_care, police");
    expect(decideChild(each, three(["register", "register", "register"])).quorum.met).toBe(true);
    expect(decideChild(each, health).quorum.missing).toEqual(["no Children's social care", "no Police"]);
    const either = counting("require one of agencies children_social_care, police");
    expect(decideChild(either, health).quorum.missing).toEqual(["none of Children's social care or Police"]);
  });

  it("the chair's waiver applies only where its condition on the facts holds", () => {
    const ir = counting(`at least 3 agencies\n  chair may proceed with 2 agencies when not previous_conference_inquorate, rationale recorded`);
    const two = { ...conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "register" })]), chair: { proceedWithoutQuorum: { reason: "only two agencies know the family" } } };
    expect(decideChild(ir, { ...two, facts: { previous_conference_inquorate: false } }).quorum).toMatchObject({ met: true, waived: true });
    const again = decideChild(ir, { ...two, facts: { previous_conference_inquorate: true } });
    expect(again.outcome).toBe("not_quorate");
    expect(again.notApplied.map((n) => n.reason)).toEqual(["the chair may proceed without a quorum only where not previous_conference_inquorate"]);
  });

  it("an inquorate conference triggers the duties that follow `not_quorate`", () => {
    const ir = board(`${MAJORITY}\nquorum {\n  at least 3 agencies\n}\nobligations {\n  when not_quorate: interim_plan "an interim plan"\n  when not_quorate: reconvene within 10 working days\n}`);
    expect(decideChild(ir, conference([attendee("sw", "children_social_worker", { amy: "register" })])).obligations.map((o) => o.kind)).toEqual(["interim_plan", "reconvene"]);
  });
});

describe("people who disagree, and the level of their dissent", () => {
  const ir = board(`${MAJORITY}
quorum {
  silent "none"
}
obligations {
  when disagreement by roles parent, foster_carer: appeal_rights "how to challenge the decision"
  when formal_dissent by practitioners: escalate to "the Head of Service" within 72 hours
  when reservation: record_views "the reservation is minuted"
  when dissent: record_dissent
}`);
  const room = (extra: Partial<Conference> = {}): Conference => ({
    ...conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "register" }),
      attendee("hv", "health_visitor", { amy: "not_register" }, { dissent: { amy: "formal" } }),
      attendee("mum", "parent", { amy: "not_register" }),
    ]),
    ...extra,
  });

  it("names each dissenter with their level; duties name the people they follow", () => {
    const d = decideChild(ir, room());
    expect(d.dissenters).toEqual([
      { attendee: "hv", role: "health_visitor", view: "not_register", level: "formal" },
      { attendee: "mum", role: "parent", view: "not_register", level: null },
    ]);
    const duties = Object.fromEntries(d.obligations.map((o) => [o.kind, o]));
    expect(duties["appeal_rights"]?.attendees).toEqual(["mum"]);
    expect(duties["escalate"]?.attendees).toEqual(["hv"]);
    expect(duties["escalate"]?.deadline).toEqual({ kind: "within", amount: 72, unit: "hours", then: null });
    expect(duties["record_views"]).toBeUndefined();
    // An action that lists dissenters lists the units and every person.
    expect(duties["record_dissent"]).toMatchObject({ units: ["health"], attendees: ["hv", "mum"] });
  });

  it("a reservation triggers its own duty, not the formal one", () => {
    const reserved = room();
    reserved.attendees[2] = attendee("hv", "health_visitor", { amy: "not_register" }, { dissent: { amy: "reservation" } });
    expect(decideChild(ir, reserved).obligations.map((o) => o.kind).sort()).toEqual(["appeal_rights", "record_dissent", "record_views"]);
  });

  it("a dissent from someone whose view is the decision is not applied", () => {
    const odd = room();
    odd.attendees[0] = attendee("sw", "children_social_worker", { amy: "register" }, { dissent: { amy: "formal" } });
    expect(decideChild(ir, odd).notApplied.map((n) => n.input)).toContain("attendees[0].dissent.amy");
  });
});

describe("escalation and appeal routes", () => {
  const ir = board(`${MAJORITY}
quorum {
  silent "none"
}
escalation professional "Professional dissent" {
  opens when formal_dissent by practitioners
  approval by "the designated safeguarding lead"
  decision stands meanwhile
  stage "the conference chair" within 2 working days
  stage "the Head of Service" within 5 working days
}
appeal family "Appeal by the family" {
  open to role parent
  open to role child when age is 12 or over
  start within 20 working days
  stage "an appeal panel" within 20 working days
}`);
  const room = (age: number, dissent: boolean): Conference => ({
    ...conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "not_register" }, dissent ? { dissent: { amy: "formal" } } : {}),
      attendee("hv", "health_visitor", { amy: "register" }),
      attendee("mum", "parent"),
      attendee("amy_herself", "child"),
    ]),
    children: [{ id: "amy", facts: { age } }],
  });

  it("opens the escalation on a formal dissent, with its stages and who opened it", () => {
    const routes = decideChild(ir, room(14, true)).routes;
    expect(routes.map((r) => [r.route, r.opened, r.openedBy])).toEqual([
      ["professional", true, ["pc"]],
      ["family", false, []],
    ]);
    expect(routes[0]?.stages.map((s) => s.to)).toEqual(["the conference chair", "the Head of Service"]);
    expect(routes[0]).toMatchObject({ approval: "the designated safeguarding lead", meanwhile: "stands" });
    expect(decideChild(ir, room(14, false)).routes.map((r) => r.route)).toEqual(["family"]);
  });

  it("the appeal is open to the child only from the age the protocol gives", () => {
    expect(decideChild(ir, room(14, false)).routes[0]?.mayStart).toEqual(["mum", "amy_herself"]);
    expect(decideChild(ir, room(11, false)).routes[0]?.mayStart).toEqual(["mum"]);
    expect(decideChild(ir, room(11, false)).routes[0]?.startWithin).toEqual({ amount: 20, unit: "working_days" });
  });
});

describe("silence", () => {
  it("a protocol silent on the decision rule reaches no decision without consensus, citing the silence", () => {
    const ir = board(`quorum {\n  silent "none"\n}\ndecision {\n  consensus first\n  silent "the protocol does not say how a decision is reached without consensus" cite "whole document"\n}`);
    expect(decideChild(ir, three(["register", "register", "register"])).decidedBy).toBe("consensus");
    const split = decideChild(ir, three(["register", "not_register", "register"]));
    expect(split.outcome).toBe("protocol_silent");
    expect(split.trace.at(-1)).toMatchObject({ step: "vote", cite: "whole document" });
  });

  it("a protocol silent on the voting unit counts no majority, citing the silence", () => {
    const ir = policyIR(`policy s "S" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  silent "the protocol does not say whose votes count" cite "§4"\n}\neligibility {\n  silent "x"\n}\ncategories {\n  silent "x"\n}\nquorum {\n  silent "x"\n}\n${MAJORITY}`);
    const split = decideChild(ir, three(["register", "not_register", "register"]));
    expect(split.outcome).toBe("protocol_silent");
    expect(split.trace.at(-1)).toMatchObject({ step: "vote", cite: "§4" });
  });
});

describe("deadlines, categories and areas of concern", () => {
  it("puts hours, months and a recurring duty into words", () => {
    const ir = board(`${MAJORITY}\nquorum {\n  silent "none"\n}\nobligations {\n  when registered: review_conference within 3 months, then every 6 months\n  when registered: notify to "the IRO" within 1 hour\n}`);
    const words = decideChild(ir, three(["register", "register", "register"])).trace.filter((s) => s.step === "obligations").map((s) => s.detail);
    expect(words).toEqual(["registered: review conference within 3 months, then every 6 months", "registered: notify to the IRO within 1 hour"]);
  });

  it("accepts one or more unranked categories, including the board's own local one", () => {
    const ir = policyIR(`policy c "C" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  vote by agency\n}\neligibility {\n  silent "x"\n}\nquorum {\n  silent "x"\n}\n${MAJORITY}\ncategories {\n  neglect "Neglect"\n  local exploitation "Exploitation"\n  unranked\n  at least one required\n}`);
    const registered = three(["register", "register", "register"]);
    expect(decideChild(ir, { ...registered, categories: { amy: { unranked: ["neglect", "exploitation"] } } }).categories).toMatchObject({ valid: true, unranked: ["neglect", "exploitation"] });
    expect(decideChild(ir, { ...registered, categories: { amy: {} } }).categories?.problems).toEqual(["the policy requires at least one category, and none is given"]);
  });

  it("checks areas of concern apart from categories, accepting words where free text is allowed", () => {
    const ir = board(`${MAJORITY}\nquorum {\n  silent "none"\n}\nconcerns {\n  local domestic_abuse "Domestic abuse"\n  free text allowed\n  primary required\n}`);
    const registered = three(["register", "register", "register"]);
    expect(decideChild(ir, { ...registered, concerns: { amy: { primary: "domestic_abuse", secondary: ["a parent's gambling debts"] } } }).concerns).toMatchObject({ valid: true });
    expect(decideChild(ir, { ...registered, concerns: { amy: {} } }).concerns?.problems).toEqual(["the policy requires a primary area of concern, and none is given"]);
  });
});

describe("eligibility limited to some cases", () => {
  const ir = policyIR(`policy e "E" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  vote by agency\n}\ncategories {\n  silent "x"\n}\nquorum {\n  silent "x"\n}\n${MAJORITY}\neligibility {\n  only involved units vote when conference_kind is review\n}`);
  const room = (kind: string): Conference => ({
    ...conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "not_register" }, { involvedWith: [] }), attendee("hv", "health_visitor", { amy: "not_register" }, { involvedWith: [] })]),
    facts: { conference_kind: kind },
  });

  it("only involved units vote at a review; every unit at an initial conference", () => {
    expect(decideChild(ir, room("review"))).toMatchObject({ outcome: "register", tally: { register: 1, not_register: 0, abstain: 0 } });
    expect(decideChild(ir, room("initial"))).toMatchObject({ outcome: "not_register", tally: { register: 1, not_register: 2, abstain: 0 } });
  });
});
