import { describe, expect, it } from "vitest";
import { missingAspect } from "../../../compiler/checks/missingAspect.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${missingAspect.code} ${missingAspect.title}`, () => {
  it("reports every aspect a board policy has no section for, at its name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      `,
      "Q090",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ["error", 1, 8, 18, "the policy does not say who votes: it has no `voting` section"],
      ["error", 1, 8, 18, "the policy does not say how the decision is reached: it has no `decision` section"],
      ["error", 1, 8, 18, "the policy does not say when a conference is quorate: it has no `quorum` section"],
      ["error", 1, 8, 18, "the policy does not say who votes on which child: it has no `eligibility` section"],
      ["error", 1, 8, 18, "the policy does not say which registration categories exist: it has no `categories` section"],
    ]);
    expect(found[0]?.help).toBe('add `voting { … }`; if the protocol says nothing, write `voting { silent "…" }`');
  });

  it("does not count the vocabulary's category names as the policy addressing categories", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        vocabulary "vocabulary.policy"
      }
      voting { vote by agency }
      decision { majority decides }
      quorum { at least 3 agencies }
      eligibility { every unit votes on every child }
      `,
      "Q090",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 8, "the policy does not say which registration categories exist: it has no `categories` section"],
    ]);
  });

  it("reports a required section that is present but empty, at the section", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      voting { silent "the protocol does not say who votes" }
      decision { majority decides }
      eligibility { }
      quorum {
      }
      categories { silent "the protocol lists no categories" }
      `,
      "Q090",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [6, 1, "the `eligibility` section is empty, so the policy does not say who votes on which child"],
      [7, 1, "the `quorum` section is empty, so the policy does not say when a conference is quorate"],
    ]);
  });

  it("reports a single missing aspect", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      voting { silent "the protocol does not say who votes" }
      decision { majority decides }
      eligibility { every unit votes on every child }
      categories { silent "the protocol lists no categories" }
      `,
      "Q090",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [1, 8, "the policy does not say when a conference is quorate: it has no `quorum` section"],
    ]);
  });

  it("accepts a policy addressing every aspect, if only by recording silence", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      voting { silent "the protocol does not say who votes" }
      decision { majority decides }
      quorum { silent "the protocol states no quorum" }
      eligibility { every unit votes on every child }
      categories { silent "the protocol lists no categories" }
      `,
      "Q090",
    );
    expect(found).toEqual([]);
  });

  it("accepts aspects addressed by the base the policy extends", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      quorum { at least 3 agencies }
      eligibility { every unit votes on every child }
      categories { neglect "Neglect" }
      `,
      "Q090",
    );
    expect(found).toEqual([]);
  });

  it("does not ask a base policy to address every aspect", () => {
    const found = diagnosticsWithCode(
      `
      base test_base "Test Base" {
        jurisdiction wales
      }
      `,
      "Q090",
    );
    expect(found).toEqual([]);
  });
});
