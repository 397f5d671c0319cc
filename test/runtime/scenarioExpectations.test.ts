/**
 * A scenario can expect who may start each route and the deadline of each duty: the
 * comparison names what differs, and names a route or duty that is not there.
 */
import { describe, expect, it } from "vitest";
import { compareChild } from "../../runtime/scenario.js";
import { attendee, conference, decideChild, policyIR } from "../helpers/conferences.js";

const ir = policyIR(`policy s "S" {
  vocabulary "vocabulary.policy"
}
voting {
  vote by agency
  others vote as their agency
}
eligibility {
  silent "x"
}
categories {
  silent "x"
}
quorum {
  silent "x"
}
decision {
  consensus first
  no consensus: chair decides
}
obligations {
  when registered: notify to "the keeper of the register" within 1 working day
  when registered: review_conference within 3 months, then every 6 months
}
appeal family "Appeal" {
  open to role parent
  stage "a panel" within 20 working days
}`);

const decision = decideChild(ir, conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("mum", "parent")]));

describe("scenario expectations of routes and deadlines", () => {
  it("agree with the decision where they say what it says", () => {
    expect(compareChild("amy", { outcome: "register", routeStarters: { family: ["mum"] }, deadlines: { notify: "within 1 working day", review_conference: "within 3 months, then every 6 months" } }, decision)).toEqual([]);
  });

  it("name each difference, and a route or duty that is not there", () => {
    const found = compareChild("amy", { outcome: "register", routeStarters: { family: [], panel: ["mum"] }, deadlines: { notify: "within 2 working days", escalate: "immediately" } }, decision);
    expect(found.map((m) => [m.field, m.expected, m.actual])).toEqual([
      ["routeStarters.family", "(none)", "mum"],
      ["routeStarters.panel", "mum", "(the route is not open)"],
      ["deadlines.notify", "within 2 working days", "within 1 working day"],
      ["deadlines.escalate", "immediately", "(no such duty)"],
    ]);
  });
});
