import { readFileSync } from "node:fs";
import { diffJsonSchema } from "../../diff/report.js";
import { describe, expect, it } from "vitest";
import { conferenceJsonSchema } from "../../runtime/conference.js";
import { decisionJsonSchema } from "../../runtime/decision.js";
import { scenariosJsonSchema } from "../../runtime/scenario.js";
import { ConferenceInputError, parseJsonText, validateConference } from "../../runtime/validateConference.js";
import { evaluate } from "../../runtime/evaluate.js";
import { boardIR } from "../helpers/conferences.js";

const ir = boardIR("wakefield");
const problemsOf = (value: unknown) => {
  const checked = validateConference(ir, value);
  return checked.ok ? [] : checked.problems;
};
const valid = (): { children: { id: string }[]; attendees: { id: string; role: string; views?: Record<string, string> }[] } => ({
  children: [{ id: "amy" }, { id: "ben" }],
  attendees: [
    { id: "a1", role: "health_visitor", views: { amy: "register" } },
    { id: "a2", role: "parent" },
  ],
});

describe("conference files: reading JSON", () => {
  it("a syntax error names the line and column", () => {
    const parsed = parseJsonText('{\n  "children": [],\n  "attendees": [,]\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ path: "line 3, column 17", message: "the file is not valid JSON: a value was expected" });
  });

  it("an empty or truncated file says it ends too soon, and where", () => {
    const parsed = parseJsonText('{ "children": [');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ path: "line 1, column 16 (the end of the file)", message: "the file is not valid JSON: it ends too soon" });
  });

  it("a byte order mark is allowed", () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe("conference files: the schema", () => {
  it("a valid conference passes", () => {
    expect(problemsOf(valid())).toEqual([]);
  });

  it("a misspelt field is named with its path and a suggestion", () => {
    const conf = valid();
    (conf.attendees[0] as Record<string, unknown>)["involvedwith"] = ["amy"];
    expect(problemsOf(conf)).toEqual([{ path: "attendees[0].involvedwith", message: "`involvedwith` is not a field of attendees[0]", hint: "did you mean `involvedWith`?" }]);
  });

  it("a misspelt view is named with its path and a suggestion", () => {
    const conf = valid();
    conf.attendees[0] = { id: "a1", role: "health_visitor", views: { amy: "registr" } };
    expect(problemsOf(conf)).toEqual([{ path: "attendees[0].views.amy", message: '"registr" is not one of register, not_register, abstain', hint: "did you mean `register`?" }]);
  });

  it("a missing field, a wrong type and an empty list of children are each reported", () => {
    expect(problemsOf({ attendees: [] })).toEqual([{ path: "(the whole file)", message: "the file has no `children`", hint: 'add `"children"`' }]);
    expect(problemsOf({ children: [{ id: "amy" }], attendees: {} })[0]).toMatchObject({ path: "attendees", message: "attendees should be a list, not an object" });
    expect(problemsOf({ children: [], attendees: [] })[0]).toMatchObject({ path: "children", message: "the conference names no children" });
  });

  it("every problem is reported at once", () => {
    expect(problemsOf({ children: [{ id: "" }], attendees: [{ id: "a", role: 3 }], extra: true })).toHaveLength(3);
  });
});

describe("conference files: references", () => {
  it("an unknown role gets a suggestion from the policy's vocabulary", () => {
    const conf = valid();
    conf.attendees[0] = { id: "a1", role: "health_vistor", views: {} };
    expect(problemsOf(conf)).toEqual([{ path: "attendees[0].role", message: "`health_vistor` is not a role in the vocabulary of wakefield", hint: "did you mean `health_visitor`?" }]);
  });

  it("a role nothing like any gets examples from the policy's own roles, not a file path", () => {
    const conf = valid();
    conf.attendees[0] = { id: "a1", role: "wizard", views: {} };
    expect(problemsOf(conf)).toEqual([{ path: "attendees[0].role", message: "`wizard` is not a role in the vocabulary of wakefield", hint: "use one of its roles, such as `children_social_worker` or `family_support_worker`" }]);
    const ownRoles = { ...ir, roles: ir.roles.filter((r) => r.id !== "health_visitor") };
    const checked = validateConference(ownRoles, conf);
    expect(checked.ok ? [] : checked.problems.map((p) => p.hint)).toEqual([`use one of its roles, such as \`${ownRoles.roles[0]?.id}\` or \`${ownRoles.roles[1]?.id}\``]);
  });

  it("duplicate child and attendee ids are reported with the first place", () => {
    const conf = { children: [{ id: "amy" }, { id: "amy" }], attendees: [{ id: "a", role: "gp" }, { id: "a", role: "gp" }] };
    expect(problemsOf(conf).map((p) => [p.path, p.message])).toEqual([
      ["children[1].id", "child `amy` is listed twice (also at children[0])"],
      ["attendees[1].id", "attendee `a` is listed twice (also at attendees[0])"],
    ]);
  });

  it("views, involvement, chair inputs and categories must name children of the conference", () => {
    const conf = {
      children: [{ id: "amy" }],
      attendees: [{ id: "a", role: "gp", involvedWith: ["amyy"], views: { bob: "register" } }],
      chair: { decides: { ben: "register" }, override: { ben: { outcome: "register", reason: "r" } }, defer: { ben: { reason: "r" } }, believesUnsafe: ["ben"], admits: ["b"] },
      categories: { ben: { primary: "neglect" } },
    };
    expect(problemsOf(conf).map((p) => p.path)).toEqual(["attendees[0].involvedWith[0]", "attendees[0].views.bob", "chair.decides.ben", "chair.override.ben", "chair.defer.ben", "chair.believesUnsafe[0]", "chair.admits[0]", "categories.ben"]);
    expect(problemsOf(conf)[0]?.hint).toBe("did you mean `amy`?");
  });

  it("a file wrong throughout lists the first 50 problems and counts the rest, quickly and in little space", () => {
    const attendees = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, role: "gp", views: { [`ghost${i}`]: "register" } }));
    const children = Array.from({ length: 5_000 }, (_, i) => ({ id: `child${i}` }));
    const problems = problemsOf({ children, attendees });
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)).toEqual({ path: "(the whole file)", message: "and 19950 more problems like these" });
    expect(JSON.stringify(problems).length).toBeLessThan(20_000);
  });

  it("evaluate refuses invalid input with every problem listed", () => {
    expect(() => evaluate(ir, { children: [], attendees: [{ id: "a", role: "nobody" }] })).toThrow(ConferenceInputError);
  });
});

describe("published runtime schemas", () => {
  const published = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8")) as unknown;
  it("are the ones generated from the zod schemas (run `npm run schemas` after changing runtime/)", () => {
    expect(published("conference.schema.json")).toEqual(conferenceJsonSchema());
    expect(published("decision.schema.json")).toEqual(decisionJsonSchema());
    expect(published("scenarios.schema.json")).toEqual(scenariosJsonSchema());
    expect(published("diff.schema.json")).toEqual(diffJsonSchema());
  });
});
