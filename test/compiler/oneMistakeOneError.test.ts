/**
 * One mistake, one error: a mistake is reported once, where it is, and neither a check nor
 * the parser's recovery adds a second, false error because of it.
 */
import { describe, expect, it } from "vitest";
import { allDiagnostics } from "../helpers/compileText.js";

// Codes that only say the policy lacks the sections a test leaves out.
const INCOMPLETE = new Set(["Q040", "Q042", "Q074", "Q090", "Q091"]);
const errorsOf = (source: string) => allDiagnostics(source).filter((d) => d.severity === "error" && !INCOMPLETE.has(d.code));

describe("one mistake, one error", () => {
  it("a grouping declared twice is Q020 alone: its roles are not then 'in two groupings' (Q030)", () => {
    const found = errorsOf(`
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
        grouping police "Police" { police_officer }
        others do not vote
      }
    `);
    expect(found.map((d) => `${d.code} ${d.line}`)).toEqual(["Q020 7"]);
  });

  it("a grouping without `grouping` is one error, and the valid lines after it raise none", () => {
    const found = errorsOf(`
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        police "Police" { police_officer }
        grouping housing "Housing" { housing_officer }
        not voting: parent, child
      }
      quorum {
        at least 2 agencies
      }
    `);
    expect(found).toEqual([
      expect.objectContaining({ code: "Q002", line: 6, column: 3, message: "expected `grouping` before `police`", help: 'this statement reads: `grouping police "Police" { police_officer }`' }),
    ]);
  });

  it("a grouping without its braces is one error: the section the text closes is not then said to be open", () => {
    const found = errorsOf(`
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        grouping police "Police" police_officer
      }
      quorum {
        at least 2 agencies
      }
    `);
    expect(found).toEqual([expect.objectContaining({ code: "Q002", line: 5, message: "expected `{` after `\"Police\"`, found `police_officer`" })]);
  });

  it("the help line shows the statement in the writer's own words: a category without its name reads `neglect \"…\"`", () => {
    const found = errorsOf(`
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect
      }
    `);
    expect(found).toEqual([expect.objectContaining({ code: "Q002", line: 5, help: 'this statement reads: `neglect "…"`' })]);
  });
});
