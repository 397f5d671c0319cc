import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH, type SearchOptions } from "../../diff/semantic/searchSpace.js";
import type { Board } from "../helpers/conferences.js";
import { mini, THREE } from "./miniPolicies.js";
import { expectExact, expectExactBothWays, sideOf } from "./bruteForce.js";
import { followsOfDecision } from "../../diff/semantic/follows.js";

// Small enough for the brute force to decide every conference outright.
const SMALL: SearchOptions = { ...DEFAULT_SEARCH, maxAttendees: 1, nominatedLeads: false, organisations: false };

describe("the semantic search against deciding every conference", () => {
  const pairs: [Board, Board][] = [
    ["mid-and-west-wales", "wakefield"],
    ["south-ayrshire", "lancashire"],
    ["wakefield", "lancashire"],
    ["cwm-taf-morgannwg", "lancashire"],
  ];
  for (const [x, y] of pairs) {
    it(`is exact with one attendee: ${x} against ${y}`, () => {
      expectExact(x, y, SMALL);
    });
  }
  it("is exact with two attendees and leads: wakefield against south-ayrshire", () => {
    expect(expectExact("wakefield", "south-ayrshire", { ...DEFAULT_SEARCH, maxAttendees: 2 }).conferences).toBeGreaterThan(1000);
  });
});

describe("the semantic search against deciding every conference, construct by construct", () => {
  const NO_LEADS: SearchOptions = { ...DEFAULT_SEARCH, maxAttendees: 3, nominatedLeads: false };

  it("is exact for schools voting apart, only on their own pupils, freed when sole, with siblings", () => {
    const voters = ["children_social_worker", "health_visitor", "primary_school"];
    const voting = 'grouping care "Care" { children_social_worker }\n  grouping health "Health" { health_visitor }\n  grouping schools "Schools" { primary_school }\n  per organisation: primary_school';
    const eligibility = "every unit votes on every child\n  only involved units vote: primary_school\n  when siblings disagree: only involved units vote\n  sole representative of roles primary_school votes on every child";
    expectExact(mini({ voters, voting, eligibility, obligations: "when dissent: record_dissent" }), mini({ voters, unit: "individual" }), NO_LEADS);
  });

  it("is exact for a role choosing its grouping, nominated leads and a sole representative of groupings", () => {
    const voters = ["health_visitor", "gp", "police_officer"];
    const voting = 'grouping child_health "Child health" { health_visitor gp }\n  grouping adult_health "Adult health" { gp }\n  grouping police "Police" { police_officer }\n  gp may sit with child_health or adult_health, otherwise child_health\n  nominated lead speaks';
    const eligibility = "every unit votes on every child\n  when siblings disagree: only involved units vote\n  sole representative of groupings child_health, adult_health votes on every child";
    expectExact(mini({ voters, voting, eligibility, obligations: "when dissent: record_dissent" }), mini({ voters, unit: "agency" }), { ...DEFAULT_SEARCH, maxAttendees: 2 });
  });

  it("is exact for quorum counts with direct contact, present or taking part, of a list or of groupings, a waiver and required attendance", () => {
    const voting = 'grouping care "Care" { children_social_worker health_visitor }\n  grouping police "Police" { police_officer }';
    const voters = ["children_social_worker", "health_visitor", "police_officer"];
    const a = mini({ voters, voting, quorum: "at least 2 agencies with direct contact\n  unborn child requires midwife\n  chair may proceed with 1 agencies, rationale recorded", obligations: "when quorum_waived: record_rationale" });
    const b = mini({ voters, voting, quorum: "at least 2 groupings present\n  at least 1 of agencies police, health\n  require one of roles midwife, cafcass_officer when unborn" });
    expectExact(a, b, NO_LEADS);
  });

  it("is exact for views the chair admits or a written report brings, and consensus otherwise the chair", () => {
    const voters = ["children_social_worker", "voluntary_sector_worker"];
    const voting = 'grouping care "Care" { children_social_worker }\n  others vote as their agency\n  at chair discretion: voluntary_sector_worker unless written report';
    expectExact(mini({ voters, voting }), mini({ voters, unit: "individual", decision: "consensus first\n  no consensus: chair decides" }), NO_LEADS);
  });

  it("is exact for disagreement by anyone, dissent levels named by grouping, and routes open on conditions", () => {
    const facts = "older \"Aged 12 or over\" for each child: yes or no";
    const route = 'appeal family_appeal "Appeal" {\n  open to role child when older\n  open to role parent\n  stage "a panel" within 20 working days\n}\n\nescalation dissent_route "Dissent" {\n  opens when formal_dissent by grouping health and older\n  stage "the Head of Service" within 5 working days\n}';
    const a = mini({ ...THREE, facts, obligations: "when disagreement by anyone: record_dissent\n  when reservation: record_views", more: route });
    const b = mini({ ...THREE, facts, obligations: "when disagreement by roles parent: appeal_rights" });
    expectExact(a, b, { ...DEFAULT_SEARCH, maxAttendees: 1 });
  });

  it("is exact where needs read alike share their bits: several events by whom one route or duty follows, and routes open to several roles", () => {
    // As Highland: an escalation any practitioner's disagreement, formal dissent or reservation opens, one duty after any of
    // them by anyone, and an appeal open to parents or carers, and to the child. Each set of needs shares one pair of bits.
    const facts = "older \"Aged 12 or over\" for each child: yes or no";
    const route = 'escalation dispute "Dispute" {\n  opens when disagreement by practitioners\n  opens when formal_dissent by practitioners\n  opens when reservation by practitioners\n  stage "the Head of Service" within 5 working days\n}\n\nappeal family_appeal "Appeal" {\n  open to roles parent, foster_carer\n  open to role child\n  stage "a panel" within 20 working days\n}';
    const duties = "when disagreement by anyone: record_dissent\n  when formal_dissent by anyone: record_dissent\n  when reservation by anyone: record_dissent";
    const a = mini({ ...THREE, facts, obligations: duties, more: route });
    // The other policy: the same needs, read apart (a duty per event, a route open to the child only when older).
    const apart = 'escalation dispute "Dispute" {\n  opens when formal_dissent by practitioners\n  stage "the Head of Service" within 5 working days\n}\n\nappeal family_appeal "Appeal" {\n  open to roles parent, foster_carer\n  open to role child when older\n  stage "a panel" within 20 working days\n}';
    const b = mini({ ...THREE, facts, obligations: "when disagreement by anyone: record_dissent\n  when reservation by practitioners: record_views", more: apart });
    expectExactBothWays(a, b, { ...DEFAULT_SEARCH, maxAttendees: 2 });
  });

  it("is exact for eligibility limited to the involved where a fact holds, for some roles or all", () => {
    const facts = "kind_of_case \"Kind\": initial, review";
    const a = mini({ ...THREE, facts, eligibility: "only involved units vote when kind_of_case is review" });
    const b = mini({ ...THREE, facts, eligibility: "every unit votes on every child\n  only involved units vote: health_visitor when kind_of_case is initial" });
    expectExact(a, b, NO_LEADS);
  });
});

describe("why a sibling may mirror the first child", () => {
  /** A small random conference of two children, from a seed: several roles, views, involvement and dissent. */
  function conferenceFrom(seed: number, roles: readonly string[]) {
    let x = seed;
    const next = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    const views = ["register", "not_register", "abstain"] as const;
    const attendees = Array.from({ length: 2 + next(6) }, (_, i) => ({
      id: `a${i + 1}`,
      role: roles[next(roles.length)] ?? "health_visitor",
      organisation: `Org ${next(3)}`,
      views: { amy: views[next(3)] ?? "abstain", ben: views[next(3)] ?? "abstain" },
      ...(next(3) === 0 ? { involvedWith: next(2) === 0 ? ["ben"] : [] } : {}),
      ...(next(4) === 0 ? { nominatedLead: true } : {}),
      ...(next(4) === 0 ? { dissent: { amy: "formal" as const, ben: "reservation" as const } } : {}),
    }));
    return { children: [{ id: "amy" }, { id: "ben" }], attendees };
  }

  it("changing a sibling's views, involvement and dissent never changes the first child's decision or what follows", () => {
    const roles = ["children_social_worker", "health_visitor", "gp", "paediatrician", "primary_school", "secondary_school", "police_officer", "midwife", "voluntary_sector_worker", "parent"];
    for (const board of ["mid-and-west-wales", "cwm-taf-morgannwg", "lancashire", "south-ayrshire", "wakefield"] as const) {
      const evaluate = sideOf(board).evaluate;
      for (let seed = 1; seed <= 150; seed++) {
        const conference = conferenceFrom(seed, roles);
        const other = structuredClone(conference);
        for (const a of other.attendees as { views: Record<string, string>; involvedWith?: string[]; dissent?: Record<string, string> }[]) {
          a.views["ben"] = a.views["ben"] === "register" ? "not_register" : "register";
          // Contact with the sibling toggled, contact with the first child kept.
          const withAmy = a.involvedWith === undefined || a.involvedWith.includes("amy");
          const withBen = a.involvedWith === undefined || a.involvedWith.includes("ben");
          a.involvedWith = [...(withAmy ? ["amy"] : []), ...(withBen ? [] : ["ben"])];
          if (a.dissent) a.dissent = { amy: a.dissent["amy"] ?? "formal" };
        }
        const first = (c: typeof conference) => {
          const d = evaluate(c).children[0];
          return d ? [d.outcome, d.decidedBy ?? null, followsOfDecision(d)] : null;
        };
        expect(first(other), `${board}, seed ${seed}`).toEqual(first(conference));
      }
    }
  });
});
