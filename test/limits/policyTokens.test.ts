/**
 * The number of words and symbols (tokens) in a policy is limited before the lexer makes
 * them: 4 MiB of `{` once took 1.6 GB and 14 s to read. The count that is checked is never
 * below the lexer's (a property test), so no text under it can make more tokens than the
 * limit; and characters are counted as a reader counts them, an emoji as one.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../grammar/lexer.js";
import { codePoints, countTokens, MAX_POLICY_CHARACTERS, MAX_POLICY_TOKENS } from "../../grammar/limits.js";
import { REPO, scratchPolicies } from "../helpers/runCli.js";
import { BUNDLED_POLICIES } from "../fuzz/arbitraries.js";
import { BIG_HEADER, compileLarge } from "./largeInputs.js";

const REPORT_PEAK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\npeak-kb="+process.resourceUsage().maxRSS+"\\n"))';

function lexerCount(text: string): number {
  const lexed = tokenize(text);
  return lexed.tokens.length + (lexed.groups["comments"]?.length ?? 0);
}

describe("the count of words and symbols", () => {
  it("is never below the lexer's, for any text", () => {
    const pieces = fc.constantFrom("{", "}", ",", ":", "#", '"', "\\", "\n", "\r", "\u2028", "\u2029", " ", "a", "b_1", "-", "2025-01-01", "12", "é", "😀", "\u00a0", "\ufeff", "\t", "policy");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        expect(countTokens(text)).toBeGreaterThanOrEqual(lexerCount(text));
      }),
      { numRuns: 2_000 },
    );
    for (const text of Object.values(BUNDLED_POLICIES)) expect(countTokens(text)).toBeGreaterThanOrEqual(lexerCount(text));
  });

  it.each([
    ["`{`", "{"],
    ["commas", ","],
    ["one-letter words", "a "],
    ["empty quoted texts", '"" '],
  ])("a 4 MiB policy of %s is refused with Q005 before it is lexed", (_, unit) => {
    const text = BIG_HEADER + unit.repeat(Math.floor((MAX_POLICY_CHARACTERS - BIG_HEADER.length) / unit.length));
    const result = compileLarge(text);
    expect(result.diagnostics.map((d) => [d.code, d.range.start.line, d.message])).toEqual([["Q005", 1, `this file has more than ${MAX_POLICY_TOKENS} words and symbols; a policy may have at most ${MAX_POLICY_TOKENS}`]]);
  });

  it("`quorate check` of 4 MiB of `{`, measured in a child process, peaks under 400 MB (it took 1.6 GB; alone, 65 MB)", () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/braces.policy"), "{".repeat(MAX_POLICY_CHARACTERS));
    const run = spawnSync(process.execPath, ["--import", REPORT_PEAK, path.join(REPO, "bin/quorate.js"), "check", "policies/braces.policy"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("error Q005: this file has more than 1048576 words and symbols");
    const peak = Number(/peak-kb=(\d+)/.exec(run.stderr)?.[1]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(400 * 1024);
  });
});

describe("characters are counted as a reader counts them", () => {
  it("an emoji is one character, not two UTF-16 units", () => {
    expect(codePoints("a😀b")).toBe(3);
    expect(codePoints("\ud800")).toBe(1);
    const text = BIG_HEADER + "😀".repeat(MAX_POLICY_CHARACTERS);
    const result = compileLarge(text);
    expect(result.diagnostics[0]?.message).toBe(`this file has ${BIG_HEADER.length + MAX_POLICY_CHARACTERS} characters; a policy may have at most ${MAX_POLICY_CHARACTERS}`);
  });
});
