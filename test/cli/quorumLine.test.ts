/**
 * The quorum line of `quorate eval`'s text says "the policy states no quorum" only where
 * that is so: a quorum of disciplines or of listed roles, or of required attendees alone,
 * is a quorum, and a count other than of agencies is shown as it was counted.
 */
import { describe, expect, it } from "vitest";
import { renderChildDecision } from "../../cli/renderDecision.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import type { Conference } from "../../runtime/conference.js";
import { compileText } from "../helpers/compileText.js";

const plain = { error: (t: string) => t, warning: (t: string) => t, info: (t: string) => t, bold: (t: string) => t, dim: (t: string) => t, good: (t: string) => t };

function quorumLine(quorum: string, conference: Conference, voting = "vote by agency"): string | undefined {
  const { ir, diagnostics } = compileText(`
    policy test "Test" {
      vocabulary "vocabulary.policy"
      silent "no dates"
    }
    voting {
      ${voting}
    }
    eligibility { every unit votes on every child }
    quorum {
      ${quorum}
    }
    decision {
      consensus first
      no consensus: chair decides
    }
    categories { silent "none listed" }
  `);
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (!ir) throw new Error("did not compile");
  const child = createEvaluator(ir)(conference).children[0];
  if (!child) throw new Error("no child decided");
  return renderChildDecision(child, plain).find((l) => l.trimStart().startsWith("quorum"));
}

const room: Conference = {
  children: [{ id: "amy" }],
  attendees: [
    { id: "sw", role: "children_social_worker", views: { amy: "register" } },
    { id: "hv", role: "health_visitor", views: { amy: "register" } },
    { id: "sn", role: "school_nurse", views: { amy: "register" } },
  ],
};

describe("the quorum line of a decision in words", () => {
  it("shows a count of disciplines as counted, not as 'no quorum'", () => {
    const line = quorumLine("at least 3 disciplines", room);
    expect(line).toContain("met: 3 disciplines (3 needed)");
    expect(line).not.toContain("states no quorum");
  });

  it("shows a count of listed roles as counted", () => {
    const line = quorumLine("at least 2 of roles health_visitor, school_nurse, police_officer", room);
    expect(line).toContain("met: 2 of the roles listed (2 needed)");
  });

  it("does not say a quorum of required attendees alone is no quorum", () => {
    const line = quorumLine("require role children_social_worker", room);
    expect(line).toContain("met: 2 agencies");
    expect(line).not.toContain("states no quorum");
  });

  it("still says so where the policy is silent on quorum", () => {
    expect(quorumLine('silent "the protocol states no quorum"', room)).toContain("met: 2 agencies, the policy states no quorum");
  });

  it("keeps the count of agencies where the policy sets one", () => {
    expect(quorumLine("at least 2 agencies", room)).toContain("met: 2 agencies of the 2 needed");
  });

  it("counts the agencies the count itself reads: those present, a CAFCASS officer who does not vote among them", () => {
    const withCafcass: Conference = { ...room, attendees: [...room.attendees, { id: "co", role: "cafcass_officer", views: {} }] };
    const voting = "vote by agency\n      not voting: cafcass_officer";
    expect(quorumLine("at least 3 agencies present", withCafcass, voting)).toContain("met: 3 agencies of the 3 needed");
    expect(quorumLine("at least 2 agencies taking part", withCafcass, voting)).toContain("met: 2 agencies of the 2 needed");
  });
});
