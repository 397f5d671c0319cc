/**
 * Q079: the file a version `supersedes` is the same board's earlier version. Each file
 * checks the link it writes, so `quorate check` of a folder checks a whole chain.
 */
import { describe, expect, it } from "vitest";
import { memoryHost } from "../../compiler/host.js";
import { compileVersions } from "../../compiler/versions.js";
import { BUNDLED_FILES, compileText } from "../helpers/compileText.js";
import { datedPolicy } from "../helpers/datedPolicy.js";

const NEWER = datedPolicy('supersedes "test-2021.policy"\nversion "V2" effective 2025-04-23');

function chainFindings(earlier: string, newer = NEWER) {
  return compileText(newer, { "policies/test-2021.policy": earlier })
    .diagnostics.filter((d) => d.code === "Q079" || d.code === "Q007" || d.code === "Q008" || d.code === "Q006")
    .map((d) => [d.code, d.range.start.line, d.message, d.help]);
}

describe("Q079 earlier version does not fit", () => {
  it("accepts the same board's policy that came into force earlier", () => {
    expect(chainFindings(datedPolicy('version "V1" effective 2021-07-08'))).toEqual([]);
  });

  it("reports another board's policy", () => {
    expect(chainFindings(datedPolicy('version "V1" effective 2021-07-08', "", "other_board"))).toEqual([
      ["Q079", 3, "`test-2021.policy` is the policy `other_board`, not an earlier version of `test_board`", "a board's versions keep one policy name: write `policy test_board …` in both, or name the right file"],
    ]);
  });

  it("reports an earlier version that does not say when it came into force, or came into force later", () => {
    expect(chainFindings(datedPolicy('version "V1" approved 2021-07-08'))).toEqual([
      ["Q079", 3, "the earlier version `test-2021.policy` does not say when it came into force", "add `effective YYYY-MM-DD` to the line of its version in force, in policies/test-2021.policy"],
    ]);
    expect(chainFindings(datedPolicy('version "V1" effective 2025-04-23'))).toEqual([
      ["Q079", 3, "the earlier version `test-2021.policy` came into force on 2025-04-23, not before this one (2025-04-23)", "check both `effective` dates: a version supersedes one that came into force before it"],
    ]);
  });

  it("reports an earlier version that cannot be parsed, or is missing, or is not a board's policy, or is the file itself", () => {
    expect(chainFindings('policy test_board "Test" {\n  version "V1" effective\n}\n')).toEqual([["Q079", 3, "the earlier version `test-2021.policy` has syntax errors", "run `quorate check policies/test-2021.policy` and correct it"]]);
    expect(compileText(NEWER).diagnostics.filter((d) => d.code === "Q006").map((d) => d.message)).toEqual(["cannot read the earlier version `test-2021.policy`: the file does not exist"]);
    expect(chainFindings('base test_board "Test" {\n}\n')).toEqual([["Q008", 3, "`test-2021.policy` is a base policy, not a board policy", "`supersedes` names the file of the board's previous version, which begins with `policy`"]]);
    const itself = datedPolicy('supersedes "test.policy"\nversion "V2" effective 2025-04-23');
    expect(chainFindings("", itself)).toEqual([["Q007", 3, "`test.policy` leads back to a file already in this chain, so the chain never ends", "a version supersedes an earlier file, never itself"]]);
  });

  it("compileVersions follows a chain of three, oldest first, and stops at a circle", () => {
    const files = {
      ...BUNDLED_FILES,
      "policies/b-2019.policy": datedPolicy('version "V1" effective 2019-01-01', "", "b"),
      "policies/b-2021.policy": datedPolicy('supersedes "b-2019.policy"\nversion "V2" effective 2021-01-01', "", "b"),
      "policies/b.policy": datedPolicy('supersedes "b-2021.policy"\nversion "V3" effective 2025-01-01', "", "b"),
    };
    const chain = compileVersions("policies/b.policy", { host: memoryHost(files), today: "2026-11-24" });
    expect(chain.versions?.map((v) => v.ir.metadata.versions[0]?.effective)).toEqual(["2019-01-01", "2021-01-01", "2025-01-01"]);
    // A circle of two: each file's own check sees only an earlier date on one side of it.
    const circle = {
      ...BUNDLED_FILES,
      "policies/c-old.policy": datedPolicy('supersedes "c.policy"\nversion "V1" effective 2019-01-01', "", "c"),
      "policies/c.policy": datedPolicy('supersedes "c-old.policy"\nversion "V2" effective 2021-01-01', "", "c"),
    };
    const broken = compileVersions("policies/c.policy", { host: memoryHost(circle), today: "2026-11-24" });
    expect(broken.versions).toBeUndefined();
    expect(broken.diagnostics.some((d) => d.code === "Q079")).toBe(true);
  });
});
