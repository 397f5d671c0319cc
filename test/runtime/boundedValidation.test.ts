/**
 * The bounded check of a conference against its schema (runtime/boundedValidation.ts): a
 * failing value is checked in detail on a bounded copy, so the copy must keep every
 * problem in the part it keeps, and the first problem of the whole value must be listed
 * even when it lies beyond the copy and the copy has more problems than are listed.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { conferenceJsonSchema } from "../../runtime/conference.js";
import { schemaDepth } from "../../runtime/boundedValidation.js";
import { scenariosJsonSchema } from "../../runtime/scenario.js";
import { MAX_PROBLEMS, validateConference } from "../../runtime/validateConference.js";
import { ENGINE } from "../helpers/runCli.js";

const { ir } = compileFile(path.join(ENGINE, "policies/wakefield.policy"), { today: "2026-01-01" });
if (!ir) throw new Error("wakefield.policy did not compile");

describe("the bounded check of a conference", () => {
  it("knows how deep each published schema looks (nothing below is copied)", () => {
    expect(schemaDepth(conferenceJsonSchema())).toBe(4);
    expect(schemaDepth(scenariosJsonSchema())).toBe(7);
  });

  it("lists the first problem of the whole file first, though it lies beyond the copy and the copy has more than are listed", () => {
    const attendees = Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, role: "health_visitor" }));
    attendees[100] = { id: "a100", role: 7 } as unknown as (typeof attendees)[number];
    const decides = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`c${i}`, 5]));
    const checked = validateConference(ir, { children: [{ id: "amy" }], attendees, chair: { decides } });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems[0]).toMatchObject({ path: "attendees[100].role" });
    expect(checked.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
  });

  it("finds every problem in the first 64 entries, as checking the whole value would", () => {
    const attendees = Array.from({ length: 5_000 }, (_, i) => ({ id: `a${i}`, role: i % 10 === 3 ? 9 : "health_visitor" }));
    const checked = validateConference(ir, { children: [{ id: "amy" }], attendees });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const paths = checked.problems.map((p) => p.path);
    for (const i of [3, 13, 23, 33, 43, 53, 63]) expect(paths).toContain(`attendees[${i}].role`);
    expect(checked.problems.at(-1)?.message).toContain("there may be more problems like these");
  });
});
