/**
 * The Try panel's edits to a conference (studio/src/tryPanel/conferenceModel.ts): renaming
 * or removing a child reaches everything that refers to it, renaming a person carries the
 * chair's `admits` along, what the form does not show is kept, and the empty objects its
 * edits leave behind are tidied away, so the JSON says only what was given.
 */
import { describe, expect, it } from "vitest";
import { addAttendee, addChild, asConference, removeChild, renameAttendee, renameChild, tidy, type ConferenceValue } from "../../studio/src/tryPanel/conferenceModel.js";

function siblings(): ConferenceValue {
  return {
    date: "2026-12-21",
    children: [{ id: "amy" }, { id: "ben", unborn: true }],
    attendees: [
      { id: "sw", role: "children_social_worker", views: { amy: "register", ben: "not_register" }, involvedWith: ["amy"], dissent: { ben: "formal" }, writtenReport: true },
      { id: "hv", role: "health_visitor", views: { amy: "register" } },
    ],
    chair: { decides: { amy: "register" }, defer: { ben: { reason: "a report is awaited" } }, believesUnsafe: ["amy", "ben"], admits: ["hv"] },
    categories: { amy: { primary: "neglect" }, ben: { primary: "emotional", secondary: ["neglect"] } },
  };
}

describe("the conference the Try panel edits", () => {
  it("renames a child everywhere it is referred to, and keeps what the form does not show", () => {
    const c = siblings();
    renameChild(c, "amy", "amelia");
    expect(c.children[0]).toEqual({ id: "amelia" });
    expect(c.attendees[0]).toEqual({ id: "sw", role: "children_social_worker", views: { amelia: "register", ben: "not_register" }, involvedWith: ["amelia"], dissent: { ben: "formal" }, writtenReport: true });
    expect(c.chair).toEqual({ decides: { amelia: "register" }, defer: { ben: { reason: "a report is awaited" } }, believesUnsafe: ["amelia", "ben"], admits: ["hv"] });
    expect(Object.keys(c.categories ?? {})).toEqual(["ben", "amelia"]);
  });

  it("removes a child from everything that refers to it, tidying what is left empty", () => {
    const c = siblings();
    removeChild(c, "ben");
    expect(c.children).toEqual([{ id: "amy" }]);
    expect(c.attendees[0]?.views).toEqual({ amy: "register" });
    expect(c.attendees[0]?.["dissent"]).toBeUndefined();
    expect(c.chair).toEqual({ decides: { amy: "register" }, believesUnsafe: ["amy"], admits: ["hv"] });
    expect(c.categories).toEqual({ amy: { primary: "neglect" } });
  });

  it("renames a person with the chair's admits, and never to an id someone else has", () => {
    const c = siblings();
    const hv = c.attendees[1] as ConferenceValue["attendees"][number];
    renameAttendee(c, hv, "sw");
    expect(hv.id).toBe("hv");
    renameAttendee(c, hv, "hv2");
    expect(hv.id).toBe("hv2");
    expect(c.chair?.["admits"]).toEqual(["hv2"]);
  });

  it("adds children and people with ids no one has", () => {
    const c = siblings();
    expect(addChild(c)).toBe("child_3");
    expect(addAttendee(c, "police_officer")).toEqual({ id: "p3", role: "police_officer" });
  });

  it("tidies away the empty objects and lists edits leave", () => {
    const c: ConferenceValue = { children: [{ id: "amy", facts: {} }], attendees: [{ id: "a", role: "gp", views: {} }], chair: { decides: {}, believesUnsafe: [] }, categories: { amy: { secondary: [] } }, facts: {} };
    tidy(c);
    expect(c).toEqual({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "gp" }] });
  });

  it("says why the form cannot show a value that is not a conference", () => {
    expect(asConference([])).toMatch(/JSON object/);
    expect(asConference({ children: [{}], attendees: [] })).toMatch(/`children`/);
    expect(asConference({ children: [{ id: "amy" }], attendees: [{ id: "a" }] })).toMatch(/`attendees`/);
    expect(typeof asConference(siblings())).toBe("object");
  });
});
