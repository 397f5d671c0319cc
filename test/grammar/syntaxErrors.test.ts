import { describe, expect, it } from "vitest";
import { MAX_POLICY_CHARACTERS, parse } from "../../grammar/parse.js";
import { dedent } from "../helpers/compileText.js";

function errors(source: string) {
  return parse(dedent(source), "test.policy").diagnostics.map((d) => ({
    code: d.code,
    line: d.range.start.line,
    column: d.range.start.column,
    message: d.message,
    help: d.help,
  }));
}

describe("syntax errors: located, in words, with a hint", () => {
  it("Q001 an unexpected character", () => {
    expect(errors(`policy x "X" {\n  owner @"Board"\n}\n`)).toEqual([
      expect.objectContaining({ code: "Q001", line: 2, column: 9, message: "unexpected character `@`" }),
    ]);
  });

  it("Q001 curly quotes get advice about straight quotes", () => {
    const [first] = errors(`policy x “X” {\n}\n`);
    expect(first).toMatchObject({ code: "Q001", line: 1, column: 10, help: 'use straight double quotes ("…") around texts' });
  });

  it("Q001 a letter outside a–z in a name", () => {
    const [first] = errors(`policy ysgol_ŵ "X" {\n}\n`);
    expect(first).toMatchObject({ code: "Q001", line: 1, column: 14, message: "unexpected character `ŵ` (U+0175)" });
    expect(first?.help).toContain("put other words inside double quotes");
  });

  it("Q003 a text without its closing quote", () => {
    const found = errors(`policy x "X" {\n  owner "Board\n}\n`);
    expect(found).toEqual([expect.objectContaining({ code: "Q003", line: 2, column: 9, message: "this text has no closing quote" })]);
  });

  it("Q004 a block under a name that is not a section, with a suggestion, and parsing goes on after it", () => {
    const found = errors(`
      policy x "X" {
      }
      quorom {
        at least 3 agencies
      }
      decision {
        majorty decides
      }
    `);
    expect(found).toEqual([
      expect.objectContaining({ code: "Q004", line: 3, column: 1, message: "`quorom` is not a section" }),
      expect.objectContaining({ code: "Q002", line: 7, column: 3, message: "`majorty` does not begin a statement in the `decision` section" }),
    ]);
    expect(found[0]?.help).toContain("did you mean `quorum`?");
    expect(found[1]?.help).toBe("did you mean `majority`? for example: `majority decides`");
  });

  it("Q002 a misspelt word later in a statement is pointed at, not the statement's start", () => {
    expect(errors(`policy x "X" {\n}\ndecision {\n  chair may overide majority\n}\n`)).toEqual([
      expect.objectContaining({ code: "Q002", line: 4, column: 13, message: "expected `override` after `chair may`, found `overide`", help: "did you mean `override`?" }),
    ]);
  });

  it("Q002 a missing colon", () => {
    expect(errors(`policy x "X" {\n}\ndecision {\n  tie chair decides\n}\n`)).toEqual([
      expect.objectContaining({ code: "Q002", line: 4, column: 7, message: "expected `:` after `tie`, found `chair`", help: "add `:` here" }),
    ]);
  });

  it("Q002 a file that does not begin with a header", () => {
    expect(errors(`decision {\n  majority decides\n}\n`)).toEqual([
      expect.objectContaining({ code: "Q002", line: 1, column: 1, message: "a policy file must begin with `policy`, `base` or `vocabulary`" }),
    ]);
  });

  it("Q002 an empty file", () => {
    expect(errors("")).toEqual([expect.objectContaining({ code: "Q002", line: 1, column: 1, message: "a policy file must begin with `policy`, `base` or `vocabulary`" })]);
  });

  it("Q002 a section left open before the next one", () => {
    const found = errors(`policy x "X" {\n}\ndecision {\n  majority decides\nquorum {\n  at least 3 agencies\n}\n`);
    expect(found[0]).toMatchObject({ code: "Q002", line: 5, column: 1, message: "the `decision` section is not closed before the `quorum` section", help: "add `}` before `quorum {`" });
  });

  it("Q002 a file cut off in the middle of a statement points at where the text stops", () => {
    const found = errors(`policy x "X" {\n}\nvoting {\n  grouping police "Police" { police_officer`);
    expect(found).toEqual([expect.objectContaining({ code: "Q002", line: 4, column: 44, message: "the file ends too soon: expected `}` after `police_officer`" })]);
  });

  it("Q002 a stray closing brace between sections", () => {
    expect(errors(`policy x "X" {\n}\n}\ndecision {\n  majority decides\n}\n`)).toEqual([
      expect.objectContaining({ code: "Q002", line: 3, column: 1, message: "unexpected `}` outside any section" }),
    ]);
  });

  it("Q002 a reserved word used as a name says it is reserved", () => {
    const [first] = errors(`policy x "X" {\n}\nvoting {\n  grouping cite "Cite" { gp }\n}\n`);
    expect(first).toMatchObject({ code: "Q002", line: 4, column: 12, message: "expected a name after `grouping`, found `cite`" });
    expect(first?.help).toContain("`cite` is a reserved word");
  });

  it("Q001 a date written day/month/year is reported once, with how to write dates", () => {
    const found = errors(`policy x "X" {\n  version dated 23/04/2025\n}\n`);
    expect(found).toEqual([
      expect.objectContaining({ code: "Q001", line: 2, column: 19, message: "unexpected character `/`", help: "write dates as year-month-day, like 2025-04-23" }),
      expect.objectContaining({ code: "Q001", line: 2, column: 22, message: "unexpected character `/`" }),
    ]);
  });

  it("Q002 a date with a month but no leading zero", () => {
    const [first] = errors(`policy x "X" {\n  version dated 2025-4-1\n}\n`);
    expect(first).toMatchObject({ code: "Q001", line: 2, column: 21, message: "unexpected character `-`" });
  });

  it("Q002 a statement in the wrong section says which section it belongs in", () => {
    const [first] = errors(`policy x "X" {\n}\nquorum {\n  majority decides\n}\n`);
    expect(first).toMatchObject({ code: "Q002", line: 4, column: 3, message: "this statement belongs in the `decision` section, not in the `quorum` section" });
    expect(first?.help).toBe("move it into `decision { … }`; it reads like `majority decides`");
    const [header] = errors(`policy x "X" {\n  vote by agency\n}\n`);
    expect(header).toMatchObject({ line: 2, column: 3, message: "this statement belongs in the `voting` section, not in the policy header" });
  });

  it("Q002 a word no section knows lists what this section accepts", () => {
    const [first] = errors(`policy x "X" {\n}\nquorum {\n  frobnicate 3\n}\n`);
    expect(first).toMatchObject({ code: "Q002", line: 4, column: 3, message: "`frobnicate` does not begin a statement in the `quorum` section" });
    expect(first?.help).toContain("`at least 3 agencies with direct contact`");
  });

  it("Q002 a missing comma in a list is pointed at between the two names", () => {
    const [first] = errors(`policy x "X" {\n}\nvoting {\n  not voting: parent child\n  others vote as their agency\n}\n`);
    expect(first).toMatchObject({ code: "Q002", line: 4, column: 21, message: "expected `,` between `parent` and `child`", help: "separate the names in a list with commas: `parent, child`" });
  });

  it("Q002 something missing at the end of a line is pointed at there, not on the next line", () => {
    const [first] = errors(`policy x "X" {\n  owner\n  silent "no dates"\n}\n`);
    expect(first).toMatchObject({ code: "Q002", line: 2, column: 8, message: "expected a quoted text after `owner`, found `silent`" });
  });

  it("Q002 a citation without quotes, or without `cite`, says how to write one", () => {
    const [unquoted] = errors(`policy x "X" {\n}\ndecision {\n  majority decides cite section6\n}\n`);
    expect(unquoted?.help).toBe('write the clause in double quotes: `cite "§6 para 10"`');
    const [bare] = errors(`policy x "X" {\n}\ndecision {\n  majority decides "§6"\n}\n`);
    expect(bare).toMatchObject({ line: 4, column: 20, message: "a quoted text does not begin a statement in the `decision` section" });
    expect(bare?.help).toContain('put `cite` in front of it: `cite "§6"`');
  });

  it("Q002 a section name without its brace", () => {
    const [first] = errors(`policy x "X" {\n}\ndecision\n  majority decides\n`);
    expect(first).toMatchObject({ code: "Q002", line: 3, column: 1, message: "unexpected `decision` outside any section", help: "a section opens with `{`: write `decision {` and close it with `}`" });
  });

  it("a grouping may separate its roles with commas as well as spaces", () => {
    expect(errors(`policy x "X" {\n}\nvoting {\n  grouping health "Health" { health_visitor, gp school_nurse }\n}\n`)).toEqual([]);
  });

  it("Q005 a file beyond the size limit is refused before lexing", () => {
    const found = parse("#".repeat(MAX_POLICY_CHARACTERS + 1), "huge.policy").diagnostics;
    expect(found).toEqual([expect.objectContaining({ code: "Q005", range: expect.objectContaining({ start: expect.objectContaining({ line: 1, column: 1 }) }) })]);
  });

  it("one run reports every error, in order", () => {
    const found = errors(`
      policy x "X" {
        jurisdiction wales
        version "V1" revised 2022-07-08 approvd 2021-07-08
      }
      roles {
        foo "Foo" agncy police
      }
      decision {
        chair may override majority when authorized
        tie chair decides
      }
    `);
    expect(found.map((f) => [f.code, f.line, f.column])).toEqual([
      ["Q002", 3, 35],
      ["Q002", 6, 13],
      ["Q002", 9, 36],
      ["Q002", 10, 7],
    ]);
    expect(found.map((f) => f.help)).toEqual(["did you mean `approved`?", "did you mean `agency`?", "did you mean `authorised`?", "add `:` here"]);
  });
});

describe("a help line suggests the form closest to what was written, never a different rule", () => {
  const inVoting = (statement: string) => errors(`policy x "X" {\n}\nvoting {\n  ${statement}\n}\n`);
  const inDecision = (statement: string) => errors(`policy x "X" {\n}\ndecision {\n  ${statement}\n}\n`);

  it("`vote by agencies` reads `vote by agency`, not `vote by grouping`", () => {
    expect(inVoting("vote by agencies")).toEqual([expect.objectContaining({ code: "Q002", line: 4, column: 11, help: "this statement reads: `vote by agency`" })]);
    expect(inVoting("vote by individuals").map((e) => e.help)).toEqual(["did you mean `individual`?"]);
    expect(inVoting("vote per agency").map((e) => e.help)).toEqual(["this statement reads: `vote by agency`"]);
  });

  it("`no majority: the chair decides` reads `no majority: chair decides`, not the tie rule", () => {
    expect(inDecision("no majority: the chair decides")).toEqual([
      expect.objectContaining({ code: "Q002", line: 4, column: 16, message: "expected `chair` after `:`, found `the`", help: "this statement reads: `no majority: chair decides`" }),
    ]);
    expect(inDecision("tie: the chair decides").map((e) => e.help)).toEqual(["this statement reads: `tie: chair decides`"]);
  });
});
