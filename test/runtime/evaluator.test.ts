import { describe, expect, it } from "vitest";
import type { Conference } from "../../runtime/conference.js";
import { attendee, BOARDS, boardIR, conference, decide, decideChild, policyIR, room } from "../helpers/conferences.js";

const HEALTH_SPLIT = room([
  ["sw", "children_social_worker", "not_register"],
  ["pc", "police_officer", "not_register"],
  ["hv", "health_visitor", "register"],
  ["sn", "school_nurse", "register"],
  ["dr", "paediatrician", "register"],
  ["mum", "parent", "not_register"],
]);

/** A board policy written for one test: majority of groupings, the chair breaks ties. */
const GROUPED = `
  policy grouped "Grouped" {
    jurisdiction wales
    vocabulary "vocabulary.policy"
    version dated 2026-01-01
  }
  categories { neglect "Neglect" }
  voting {
    vote by grouping
    nominated lead speaks
    grouping child_health "Child health" { health_visitor school_nurse paediatrician }
    grouping social "Social care" { children_social_worker }
    grouping police "Police" { police_officer }
    others vote as their agency
  }
  eligibility { every unit votes on every child }
  quorum { at least 2 agencies }
  decision {
    consensus first
    majority decides
    chair bound by majority
    tie: chair decides
  }
`;

describe("the same conference under the five bundled policies", () => {
  it("gives each protocol's own answer (the issue's acceptance example)", () => {
    expect(decideChild("mid-and-west-wales", HEALTH_SPLIT)).toMatchObject({ outcome: "chair_decision_required", tally: { register: 2, not_register: 2 } });
    expect(decideChild("cwm-taf-morgannwg", HEALTH_SPLIT)).toMatchObject({ outcome: "not_register", decidedBy: "majority", tally: { register: 1, not_register: 2 }, dissent: ["child_health"] });
    expect(decideChild("lancashire", HEALTH_SPLIT)).toMatchObject({ outcome: "register", decidedBy: "majority", tally: { register: 3, not_register: 2 }, dissent: ["sw", "pc"] });
    expect(decideChild("south-ayrshire", HEALTH_SPLIT)).toMatchObject({ outcome: "chair_decision_required" });
    expect(decideChild("south-ayrshire", HEALTH_SPLIT).decidedBy).toBeUndefined();
  });

  it("the chair's decision settles the tie in Mid and West Wales and is the decision in South Ayrshire", () => {
    const withChair = { ...HEALTH_SPLIT, chair: { decides: { amy: "register" as const } } };
    expect(decideChild("mid-and-west-wales", withChair)).toMatchObject({ outcome: "register", decidedBy: "chair_casting" });
    expect(decideChild("south-ayrshire", withChair)).toMatchObject({ outcome: "register", decidedBy: "chair_executive" });
    const ctm = decideChild("cwm-taf-morgannwg", withChair);
    expect(ctm).toMatchObject({ outcome: "not_register", decidedBy: "majority" });
    expect(ctm.notApplied.map((n) => n.input)).toEqual(["chair.decides.amy"]);
  });

  it("every step of every decision cites a line of the policy, or says the policy has no rule for it", () => {
    const withChair = { ...HEALTH_SPLIT, chair: { decides: { amy: "register" as const }, believesUnsafe: ["amy"] } };
    for (const board of BOARDS) {
      for (const step of [...decideChild(board, HEALTH_SPLIT).trace, ...decideChild(board, withChair).trace]) {
        if (step.line === null) expect(step.detail, `${board}: ${step.step}`).toMatch(/the policy (states no|lists no|does not say)/);
        else expect(step.file, `${board}: ${step.step}`).toMatch(/\.policy$/);
      }
    }
  });
});

describe("voting units", () => {
  const ir = policyIR(GROUPED);

  it("several roles in one grouping give one vote", () => {
    const d = decideChild(ir, HEALTH_SPLIT);
    expect(d.units.map((u) => [u.unit, u.view, u.members])).toEqual([
      ["social", "not_register", ["sw"]],
      ["police", "not_register", ["pc"]],
      ["child_health", "register", ["hv", "sn", "dr"]],
    ]);
    expect(d).toMatchObject({ outcome: "not_register", decidedBy: "majority", dissent: ["child_health"] });
  });

  it("a grouping whose members disagree speaks through its nominated lead", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "not_register" }),
      attendee("hv", "health_visitor", { amy: "register" }, { nominatedLead: true }),
      attendee("dr", "paediatrician", { amy: "not_register" }),
    ]);
    const d = decideChild(ir, conf);
    expect(d.units.find((u) => u.unit === "child_health")).toMatchObject({ view: "register", by: "hv" });
    expect(d).toMatchObject({ outcome: "register", decidedBy: "majority" });
  });

  it("a grouping whose members disagree with no lead is unresolved, and so is the decision when it turns on that grouping", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "not_register" }),
      attendee("hv", "health_visitor", { amy: "register" }),
      attendee("dr", "paediatrician", { amy: "not_register" }),
    ]);
    const d = decideChild(ir, conf);
    expect(d.unresolved).toEqual(["child_health"]);
    expect(d.units.find((u) => u.unit === "child_health")?.view).toBeNull();
    expect(d.outcome).toBe("unresolved");
    expect(d.decidedBy).toBeUndefined();
    expect(d.trace.some((s) => s.step === "units" && s.detail.startsWith("Child health gives no single view"))).toBe(true);
    // The chair's own decision does not settle it: the grouping must say who speaks.
    const withChair = decideChild(ir, { ...conf, chair: { decides: { amy: "register" } } });
    expect(withChair.outcome).toBe("unresolved");
    expect(withChair.notApplied[0]).toMatchObject({ input: "chair.decides.amy", reason: expect.stringContaining("nominatedLead") });
  });

  it("an unresolved grouping that cannot change the result does not stop the majority", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "register" }),
      attendee("hv", "health_visitor", { amy: "register" }),
      attendee("dr", "paediatrician", { amy: "not_register" }),
      attendee("yj", "youth_justice_worker", { amy: "register" }),
    ]);
    expect(decideChild(ir, conf)).toMatchObject({ outcome: "register", decidedBy: "majority", unresolved: ["child_health"], tally: { register: 3, not_register: 0 } });
  });

  it("abstentions are not counted in a majority", () => {
    const d = decideChild(ir, room([["sw", "children_social_worker", "register"], ["pc", "police_officer", "abstain"], ["hv", "health_visitor", "not_register"], ["yj", "youth_justice_worker", "register"]]));
    expect(d).toMatchObject({ outcome: "register", decidedBy: "majority", tally: { register: 2, not_register: 1, abstain: 1 } });
  });

  it("a practitioner who gives no view on a child abstains on that child", () => {
    const d = decideChild(ir, conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", {})]));
    expect(d).toMatchObject({ outcome: "register", decidedBy: "consensus", tally: { register: 1, not_register: 0, abstain: 1 } });
  });

  it("the views of people who are not practitioners never count", () => {
    const base = room([["sw", "children_social_worker", "register"], ["pc", "police_officer", "register"]]);
    const withFamily = { ...base, attendees: [...base.attendees, attendee("mum", "parent", { amy: "not_register" }), attendee("gran", "family_member", { amy: "not_register" })] };
    expect(decideChild(ir, withFamily)).toMatchObject({ outcome: "register", decidedBy: "consensus" });
  });
});

describe("quorum", () => {
  it("counts agencies with direct contact with the child (Cwm Taf Morgannwg)", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "register" }, { involvedWith: [] }),
      attendee("hv", "health_visitor", { amy: "register" }),
    ]);
    const d = decideChild("cwm-taf-morgannwg", conf);
    expect(d).toMatchObject({ outcome: "not_quorate", quorum: { met: false, waived: false, required: 3, agencies: ["children_social_care", "health"] } });
    expect(d.obligations).toEqual([]);
  });

  it("the chair may proceed with two agencies where the policy allows it, and the rationale must be recorded", () => {
    const conf = conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("hv", "health_visitor", { amy: "register" })], { chair: { proceedWithoutQuorum: { reason: "only two agencies know the family" } } });
    const d = decideChild("cwm-taf-morgannwg", conf);
    expect(d).toMatchObject({ outcome: "register", decidedBy: "consensus", quorum: { met: true, waived: true } });
    expect(d.obligations.map((o) => o.kind)).toContain("record_rationale");
  });

  it("a waiver never goes below its own number, and is not applied where the policy has none", () => {
    const one = conference([attendee("sw", "children_social_worker", { amy: "register" })], { chair: { proceedWithoutQuorum: { reason: "urgent" } } });
    const ctm = decideChild("cwm-taf-morgannwg", one);
    expect(ctm.outcome).toBe("not_quorate");
    expect(ctm.notApplied[0]).toMatchObject({ input: "chair.proceedWithoutQuorum" });
    expect(ctm.notApplied[0]?.reason).toContain("2 agencies");
    const two = conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("hv", "health_visitor", { amy: "register" })], { chair: { proceedWithoutQuorum: { reason: "urgent" } } });
    const wakefield = decideChild("wakefield", two);
    expect(wakefield.outcome).toBe("not_quorate");
    expect(wakefield.notApplied[0]?.reason).toContain("no power to proceed");
  });

  it("an unborn child needs a midwife, and no waiver stands in for one", () => {
    const conf = conference(
      [attendee("sw", "children_social_worker", { baby: "register" }), attendee("hv", "health_visitor", { baby: "register" }), attendee("pc", "police_officer", { baby: "register" })],
      { chair: { proceedWithoutQuorum: { reason: "midwife ill" } } },
      [{ id: "baby", unborn: true }],
    );
    const d = decideChild("cwm-taf-morgannwg", conf, "baby");
    expect(d.outcome).toBe("not_quorate");
    expect(d.quorum.missing[0]).toContain("Midwife");
    const withMidwife = { ...conf, chair: {}, attendees: [...conf.attendees, attendee("mw", "midwife", { baby: "register" })] };
    expect(decideChild("cwm-taf-morgannwg", withMidwife, "baby")).toMatchObject({ outcome: "register", quorum: { met: true } });
  });

  it("says how many agencies had direct contact, not how many were present, when a quorum is short", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register" }),
        attendee("pc", "police_officer", { amy: "register" }, { involvedWith: [] }),
        attendee("ho", "housing_officer", { amy: "register" }, { involvedWith: [] }),
      ],
      { chair: { proceedWithoutQuorum: { reason: "urgent" } } },
    );
    const d = decideChild("cwm-taf-morgannwg", conf);
    expect(d.quorum.missing).toEqual(["3 agencies needed, 1 with direct contact"]);
    expect(d.notApplied.find((n) => n.input === "chair.proceedWithoutQuorum")?.reason).toBe("the chair may proceed with 2 agencies, and only 1 took part with direct contact with the child");
  });

  it("counts agencies by role under `services within local authority count separately`: never one per organisation", () => {
    const withStatement = policyIR(GROUPED.replace("quorum { at least 2 agencies }", 'quorum {\n    at least 3 agencies\n    services within local authority count separately cite "para 4"\n  }'));
    // Two officers of one force, its name spelt two ways, are one agency: 2 agencies, not 3.
    const force = conference([
      attendee("sw", "children_social_worker", { amy: "register" }, { organisation: "Lancashire County Council" }),
      attendee("p1", "police_officer", { amy: "register" }, { organisation: "Lancashire Constabulary" }),
      attendee("p2", "police_officer", { amy: "register" }, { organisation: "Lancs Constabulary" }),
    ]);
    expect(decideChild(withStatement, force)).toMatchObject({ outcome: "not_quorate", quorum: { agencies: ["children_social_care", "police"] } });
    // A service the council runs counts as the service it is: the third agency.
    const councilService = { ...force, attendees: [...force.attendees, attendee("sm", "substance_misuse_worker", { amy: "register" }, { organisation: "Lancashire County Council" })] };
    const d = decideChild(withStatement, councilService);
    expect(d).toMatchObject({ outcome: "register", quorum: { met: true, agencies: ["children_social_care", "police", "substance_misuse"] } });
    const step = d.trace.find((s) => s.step === "quorum" && s.detail.includes("within the local authority"));
    expect(step?.detail).toContain("counts as the agency it provides");
    expect(step?.cite).toBe("para 4");
  });

  it("a policy silent on quorum lets every conference proceed, and says so", () => {
    const d = decideChild("lancashire", room([["sw", "children_social_worker", "register"]]));
    expect(d).toMatchObject({ outcome: "register", quorum: { met: true, required: null } });
    expect(d.trace.find((s) => s.step === "quorum")?.detail).toContain("states no quorum");
  });
});

describe("a protocol silent on how a decision is reached", () => {
  const silent = (consensus: string) => `
    policy silent_board "Silent Board" {
      jurisdiction england
      vocabulary "vocabulary.policy"
      version dated 2026-01-01
    }
    categories { silent "no list" }
    voting { silent "not stated" }
    eligibility { silent "not stated" }
    quorum { silent "not stated" }
    decision {
      ${consensus}
      silent "the protocol does not say how a decision is reached" cite "whole document"
    }
  `;
  const agreed = room([
    ["sw", "children_social_worker", "register"],
    ["pc", "police_officer", "register"],
  ]);
  const vote = (d: ReturnType<typeof decideChild>) => d.trace.find((s) => s.step === "vote")?.detail;

  it("without `consensus first`, even a room that agrees is undecided, and is not said to lack a consensus", () => {
    const d = decideChild(policyIR(silent("")), agreed);
    expect(d).toMatchObject({ outcome: "protocol_silent" });
    expect(vote(d)).toBe("the protocol does not say how a decision is reached, so Quorate reaches none");
  });

  it("with `consensus first`, a room that disagrees is said to lack a consensus", () => {
    const split = room([
      ["sw", "children_social_worker", "register"],
      ["pc", "police_officer", "not_register"],
    ]);
    const d = decideChild(policyIR(silent("consensus first")), split);
    expect(d).toMatchObject({ outcome: "protocol_silent" });
    expect(vote(d)).toBe("the protocol does not say how a decision is reached without a consensus, so Quorate reaches none");
    expect(decideChild(policyIR(silent("consensus first")), agreed)).toMatchObject({ outcome: "register", decidedBy: "consensus" });
  });
});

describe("who votes on which child", () => {
  const twoChildren = [{ id: "amy" }, { id: "ben" }];

  it("each school votes per organisation and only for its own pupils (Cwm Taf Morgannwg)", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register", ben: "register" }),
        attendee("hv", "health_visitor", { amy: "register", ben: "register" }),
        attendee("pc", "police_officer", { amy: "register", ben: "register" }),
        attendee("ps", "primary_school", { amy: "not_register", ben: "not_register" }, { organisation: "Ysgol A", involvedWith: ["amy"] }),
        attendee("ss", "secondary_school", { amy: "not_register", ben: "not_register" }, { organisation: "Ysgol B", involvedWith: ["ben"] }),
      ],
      {},
      twoChildren,
    );
    const amy = decideChild("cwm-taf-morgannwg", conf, "amy");
    expect(amy.units.map((u) => u.unit)).toContain("education@Ysgol A");
    expect(amy.units.map((u) => u.unit)).not.toContain("education@Ysgol B");
    expect(amy).toMatchObject({ outcome: "register", decidedBy: "majority", dissent: ["education@Ysgol A"] });
  });

  it("a sole school representative votes on every child", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register", ben: "register" }),
        attendee("hv", "health_visitor", { amy: "register", ben: "register" }),
        attendee("pc", "police_officer", { amy: "register", ben: "register" }),
        attendee("ps", "primary_school", { amy: "not_register", ben: "not_register" }, { organisation: "Ysgol A", involvedWith: ["amy"] }),
      ],
      {},
      twoChildren,
    );
    const ben = decideChild("cwm-taf-morgannwg", conf, "ben");
    expect(ben.units.map((u) => u.unit)).toContain("education@Ysgol A");
    expect(ben.trace.some((s) => s.step === "eligibility" && s.detail.includes("only one of their kind"))).toBe(true);
  });

  it("says why a sole representative not involved with the child still votes, where only involved units vote", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register", ben: "register" }),
        attendee("pc", "police_officer", { amy: "register", ben: "not_register" }),
        attendee("sn", "school_nurse", { amy: "register", ben: "not_register" }),
        attendee("ps", "primary_school", { amy: "register", ben: "register" }, { organisation: "Ysgol A", involvedWith: ["amy"] }),
      ],
      { chair: { decides: { ben: "register" } } },
      twoChildren,
    );
    const ben = decideChild("cwm-taf-morgannwg", conf, "ben");
    const involvedStep = ben.trace.find((s) => s.step === "eligibility" && s.detail.startsWith("with siblings"));
    expect(involvedStep?.detail).not.toContain("every unit taking part is involved");
    expect(involvedStep?.detail).toContain("is not involved with ben but votes as the only one of their kind present");
  });

  it("rests the step about practitioners' disagreement on a rule that follows it, not on a parents' appeal", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register" }),
        attendee("pc", "police_officer", { amy: "not_register" }),
        attendee("sn", "school_nurse", { amy: "not_register" }),
        attendee("ps", "primary_school", { amy: "register" }, { organisation: "Ysgol A" }),
      ],
      { chair: { decides: { amy: "register" } } },
    );
    const amy = decideChild("cwm-taf-morgannwg", conf, "amy");
    const dissent = amy.trace.find((s) => s.step === "dissent");
    const appeal = boardIR("cwm-taf-morgannwg").obligations.find((o) => o.trigger === "disagreement" && o.by !== null);
    expect(appeal).toBeDefined();
    expect(dissent?.line).not.toBe(appeal?.at.line);
    expect(dissent?.line).toBe(boardIR("cwm-taf-morgannwg").obligations.find((o) => o.trigger === "dissent")?.at.line);
  });

  it("with siblings and no consensus, only units involved with the child vote (Cwm Taf Morgannwg)", () => {
    const conf = conference(
      [
        attendee("sw", "children_social_worker", { amy: "register", ben: "register" }),
        attendee("hv", "health_visitor", { amy: "register", ben: "register" }),
        attendee("pc", "police_officer", { amy: "not_register", ben: "not_register" }, { involvedWith: ["amy"] }),
        attendee("pr", "probation_officer", { amy: "not_register", ben: "not_register" }, { involvedWith: ["amy"] }),
        attendee("yj", "youth_justice_worker", { amy: "not_register", ben: "not_register" }, { involvedWith: ["amy"] }),
        attendee("ho", "housing_officer", { amy: "not_register", ben: "register" }),
      ],
      {},
      twoChildren,
    );
    const ben = decideChild("cwm-taf-morgannwg", conf, "ben");
    expect(ben.units.map((u) => u.unit).sort()).toEqual(["child_health", "children_social_services", "housing"]);
    expect(ben).toMatchObject({ outcome: "register", decidedBy: "majority", tally: { register: 3, not_register: 0 } });
    // Mid and West Wales: every grouping votes on every child, involved or not: 3–3.
    expect(decideChild("mid-and-west-wales", conf, "ben")).toMatchObject({ outcome: "chair_decision_required", tally: { register: 3, not_register: 3 } });
  });

  it("a role at the chair's discretion votes only when the chair admits the view, or with a written report where that admits it", () => {
    const base = [attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "not_register" })];
    const vol = attendee("v", "voluntary_sector_worker", { amy: "register" }, { organisation: "Barnardo's" });
    expect(decideChild("mid-and-west-wales", conference([...base, vol])).outcome).toBe("chair_decision_required");
    expect(decideChild("mid-and-west-wales", conference([...base, { ...vol, writtenReport: true }]))).toMatchObject({ outcome: "register", decidedBy: "majority" });
    expect(decideChild("mid-and-west-wales", conference([...base, vol], { chair: { admits: ["v"] } }))).toMatchObject({ outcome: "register", decidedBy: "majority" });
    const ctm = decideChild("cwm-taf-morgannwg", conference([...base, attendee("o", "other_agency", { amy: "register" })], { chair: { admits: ["o"], proceedWithoutQuorum: { reason: "x" } } }));
    expect(ctm.units.map((u) => u.unit)).toContain("other");
  });

  it("a GP sits with the grouping they represent where the policy offers the choice, and the choice is ignored elsewhere", () => {
    const conf = conference([attendee("gp", "gp", { amy: "register" }, { represents: "adult_health" }), attendee("hv", "health_visitor", { amy: "not_register" })]);
    expect(decideChild("cwm-taf-morgannwg", conf).units.map((u) => u.unit)).toEqual(["adult_health", "child_health"]);
    const mww = decide("mid-and-west-wales", conf);
    expect(mww.children[0]?.units.map((u) => u.unit)).toEqual(["gp", "child_health"]);
    expect(mww.notApplied.map((n) => n.input)).toEqual(["attendees[0].represents"]);
  });

  it("a unit whose members disagree says who could have spoken for it: a nominated lead, or no one where the policy names none", () => {
    const split = room([
      ["hv", "health_visitor", "register"],
      ["sn", "school_nurse", "not_register"],
      ["sw", "children_social_worker", "register"],
      ["pc", "police_officer", "not_register"],
    ]);
    const detail = (board: "wakefield" | "mid-and-west-wales") => decideChild(board, split).trace.find((s) => s.step === "units" && s.detail.includes("no single view"))?.detail;
    expect(detail("wakefield")).toContain("its members disagree and the policy names no one to speak for it");
    expect(detail("mid-and-west-wales")).toContain("its members disagree and no single nominated lead speaks for it");
  });

  it("a grouping misspelt in `represents` is reported with the grouping it was probably meant to be", () => {
    const conf = conference([attendee("gp", "gp", { amy: "register" }, { represents: "adult_helth" }), attendee("hv", "health_visitor", { amy: "not_register" })]);
    const ctm = decide("cwm-taf-morgannwg", conf);
    expect(ctm.notApplied).toHaveLength(1);
    expect(ctm.notApplied[0]?.reason).toContain("not `adult_helth` (did you mean `adult_health`?); they sit with child_health");
  });
});

describe("the chair's powers", () => {
  const majorityForRegister = room([["sw", "children_social_worker", "register"], ["pc", "police_officer", "register"], ["hv", "health_visitor", "not_register"]]);
  const override = { override: { amy: { outcome: "not_register" as const, reason: "the risk is managed by the family plan" } } };

  it("Lancashire's chair may set aside a majority, or even a consensus", () => {
    expect(decideChild("lancashire", { ...majorityForRegister, chair: override })).toMatchObject({ outcome: "not_register", decidedBy: "chair_override" });
    const unanimous = room([["sw", "children_social_worker", "register"], ["pc", "police_officer", "register"]], { chair: override });
    expect(decideChild("lancashire", unanimous)).toMatchObject({ outcome: "not_register", decidedBy: "chair_override" });
  });

  it("Wakefield's chair may override only when the conference records the board's authorisation, and the reasons are minuted", () => {
    const unauthorised = decideChild("wakefield", { ...majorityForRegister, chair: override });
    expect(unauthorised).toMatchObject({ outcome: "register", decidedBy: "majority" });
    expect(unauthorised.notApplied[0]?.reason).toContain("authorised");
    const authorised = decideChild("wakefield", { ...majorityForRegister, chair: { ...override, authorisedToOverride: true } });
    expect(authorised).toMatchObject({ outcome: "not_register", decidedBy: "chair_override" });
    expect(authorised.obligations.map((o) => o.kind)).toContain("record_reasons");
  });

  it("a chair bound by the majority cannot override it; the input is reported with the clause", () => {
    const d = decideChild("cwm-taf-morgannwg", { ...majorityForRegister, chair: override });
    expect(d).toMatchObject({ outcome: "register", decidedBy: "majority" });
    expect(d.notApplied).toEqual([expect.objectContaining({ input: "chair.override.amy", line: expect.any(Number), cite: expect.stringContaining("§6 para 10") })]);
  });

  it("a deferral applies only where the policy allows one", () => {
    const defer = { defer: { amy: { reason: "key reports missing" } } };
    const sa = decideChild("south-ayrshire", { ...majorityForRegister, chair: defer });
    expect(sa.outcome).toBe("deferred");
    expect(sa.decidedBy).toBeUndefined();
    expect(sa.obligations.map((o) => o.kind).sort()).toEqual(["interim_plan", "reconvene", "record_reasons"]);
    const ctm = decideChild("cwm-taf-morgannwg", { ...majorityForRegister, chair: defer });
    expect(ctm.outcome).toBe("register");
    expect(ctm.notApplied).toEqual([expect.objectContaining({ input: "chair.defer.amy", cite: "whole document" })]);
  });

  it("a chair who believes the decision unsafe must escalate it immediately (Wales)", () => {
    const d = decideChild("mid-and-west-wales", { ...majorityForRegister, chair: { believesUnsafe: ["amy"] } });
    const escalation = d.obligations.find((o) => o.kind === "escalate");
    expect(escalation).toMatchObject({ trigger: "chair_believes_unsafe", to: "senior manager with responsibility for safeguarding", deadline: { kind: "immediately" } });
  });
});

describe("duties and categories", () => {
  it("dissenting units are named in the duty to record dissent", () => {
    const d = decideChild("cwm-taf-morgannwg", HEALTH_SPLIT);
    expect(d.obligations.find((o) => o.kind === "record_dissent")).toMatchObject({ units: ["child_health"], cite: "§6 para 10" });
  });

  it("anyone who disagrees, a parent included, triggers South Ayrshire's dissent duties; a parent disagreeing triggers appeal rights", () => {
    const conf = { ...HEALTH_SPLIT, chair: { decides: { amy: "register" as const } } };
    const kinds = decideChild("south-ayrshire", conf).obligations.map((o) => `${o.trigger}:${o.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(["disagreement:record_dissent", "disagreement:escalate", "disagreement:appeal_rights", "registered:notify"]));
  });

  it("categories are checked against the policy's list for a registered child", () => {
    const registered = room([["sw", "children_social_worker", "register"], ["pc", "police_officer", "register"], ["hv", "health_visitor", "register"]]);
    const ok = decideChild("cwm-taf-morgannwg", { ...registered, categories: { amy: { primary: "financial" } } });
    expect(ok.categories).toEqual({ primary: "financial", secondary: [], unranked: [], valid: true, problems: [] });
    const none = decideChild("cwm-taf-morgannwg", registered);
    expect(none.categories?.valid).toBe(false);
    expect(none.categories?.problems[0]).toContain("primary category");
    const typo = decideChild("cwm-taf-morgannwg", { ...registered, categories: { amy: { primary: "neglet" } } });
    expect(typo.categories?.problems[0]).toContain("did you mean `neglect`?");
    const notRegistered = decideChild("cwm-taf-morgannwg", { ...HEALTH_SPLIT, categories: { amy: { primary: "neglect" } } });
    expect(notRegistered.categories).toBeNull();
    expect(notRegistered.notApplied.map((n) => n.input)).toEqual(["categories.amy"]);
  });
});

describe("review findings", () => {
  it("a nominated lead speaks only where the policy says so; elsewhere the flag is reported and members' own views count", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "not_register" }),
      attendee("hv", "health_visitor", { amy: "register" }, { nominatedLead: true }),
      attendee("dr", "paediatrician", { amy: "not_register" }),
      attendee("gp", "gp", { amy: "not_register" }),
    ]);
    const result = decide("wakefield", conf);
    expect(result.notApplied.map((n) => n.input)).toEqual(["attendees[2].nominatedLead"]);
    // Health is unresolved; Wakefield gives "no majority" to the chair, who has not decided.
    expect(result.children[0]).toMatchObject({ outcome: "chair_decision_required", unresolved: ["health"] });
    expect(decideChild("wakefield", { ...conf, chair: { decides: { amy: "not_register" } } })).toMatchObject({ outcome: "not_register", decidedBy: "chair_casting" });
  });

  it("an attendee without an organisation never shares a unit with an organisation of the same name", () => {
    const conf = conference([
      attendee("sw", "children_social_worker", { amy: "register" }),
      attendee("pc", "police_officer", { amy: "not_register" }),
      attendee("v1", "voluntary_sector_worker", { amy: "register" }, { organisation: "Barnardos", writtenReport: true }),
      attendee("Barnardos", "voluntary_sector_worker", { amy: "not_register" }, { writtenReport: true }),
    ]);
    const d = decideChild("mid-and-west-wales", conf);
    expect(d.units.map((u) => u.unit)).toEqual(["childrens_social_services", "police", "voluntary_sector@Barnardos", "voluntary_sector#Barnardos"]);
    expect(d).toMatchObject({ outcome: "chair_decision_required", tally: { register: 2, not_register: 2 } });
  });

  it("the attendance steps stay one per role and reason however many attend, so the trace does not grow with the room", () => {
    const many = Array.from({ length: 500 }, (_, i) => attendee(`caf${i}`, "cafcass_officer"));
    const children = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}` }));
    const result = decide("mid-and-west-wales", conference([attendee("sw", "children_social_worker"), ...many], {}, children));
    const steps = result.children[0]?.trace.filter((s) => s.step === "attendance") ?? [];
    expect(steps).toHaveLength(1);
    expect(steps[0]?.detail).toMatch(/^caf0, caf1, .* and 488 more \(CAFCASS officer\) are heard but are not party to the decision$/);
    expect(JSON.stringify(result).length).toBeLessThan(200_000);
  });

  it("the chair's belief that a decision is unsafe is reported by its place in the list when no decision was reached", () => {
    const conf = room([["sw", "children_social_worker", "register"]], { chair: { believesUnsafe: ["amy"] } });
    const d = decideChild("cwm-taf-morgannwg", conf);
    expect(d.outcome).toBe("not_quorate");
    expect(d.notApplied.map((n) => n.input)).toEqual(["chair.believesUnsafe[0]"]);
  });
});

describe("hostile identifiers", () => {
  it("children and attendees called __proto__, constructor and toString are ordinary ids", () => {
    // Parsed from JSON text, as a conference file is, so `__proto__` keys are own properties.
    const parsed = JSON.parse(`{
      "children": [{ "id": "constructor" }, { "id": "__proto__" }],
      "attendees": [
        { "id": "__proto__", "role": "children_social_worker", "views": { "constructor": "register", "__proto__": "register" } },
        { "id": "constructor", "role": "police_officer", "views": { "constructor": "register", "__proto__": "not_register" } },
        { "id": "toString", "role": "health_visitor", "views": { "constructor": "register", "__proto__": "not_register" } }
      ],
      "chair": { "decides": {}, "admits": [] },
      "categories": { "__proto__": { "primary": "neglect" } }
    }`) as Conference;
    const result = decide("cwm-taf-morgannwg", parsed);
    expect(result.children.map((c) => c.child)).toEqual(["constructor", "__proto__"]);
    expect(result.children[0]).toMatchObject({ outcome: "register", decidedBy: "consensus" });
    expect(result.children[1]).toMatchObject({ outcome: "not_register", decidedBy: "majority", dissent: ["children_social_services"] });
    expect(result.children[1]?.notApplied.map((n) => n.input)).toEqual(["categories.__proto__"]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>)["outcome"]).toBeUndefined();
  });

  it("a chair input keyed by an inherited name is not mistaken for Object's own", () => {
    const conf = conference([attendee("sw", "children_social_worker", { constructor: "register" as const }), attendee("pc", "police_officer", { constructor: "not_register" as const })], { chair: { decides: {}, override: {}, defer: {} }, categories: {} }, [{ id: "constructor" }]);
    const d = decideChild("mid-and-west-wales", conf, "constructor");
    expect(d.outcome).toBe("chair_decision_required");
    expect(d.notApplied).toEqual([]);
  });
});
