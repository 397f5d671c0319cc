import { describe, expect, it } from "vitest";
import { reservedName } from "../../../compiler/checks/reservedName.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${reservedName.code} ${reservedName.title}`, () => {
  it("reports an event declared with the name of one an evaluation detects, and a fact called `unborn`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      events {
        registered "the child is registered"
        panel_convened "an appeal panel is convened"
      }
      facts {
        unborn "The baby is not yet born" for each child: yes or no
      }
      `,
      "Q028",
    );
    expect(found.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
      [5, 3, 13, "`registered` is an event every evaluation detects (the child's name is placed on the register (in England: a child protection plan is needed)), so it cannot be declared"],
      [9, 3, 9, "every child already has the fact `unborn` (from the conference's `children`)"],
    ]);
  });
});
