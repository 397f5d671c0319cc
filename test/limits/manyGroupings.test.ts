/**
 * 50,000 groupings (and 50,000 roles) in one policy: it compiles; it is larger than the
 * formatter lays out, which says so; and a policy broken at that scale gets messages that
 * stay sentences, not megabytes of names. How formatting time grows with the number of
 * groupings is measured by `npm run bench` (bench/growth.mjs), not asserted here: a ratio
 * of two timings is still a clock, and these machines are shared. printerTokenReads.test.ts
 * counts, without a clock, the tokens the printer reads for them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_FORMAT_CHARACTERS } from "../../format/formatPolicy.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";
import { BIG_HEADER, compileLarge, policyWithGroupings } from "./largeInputs.js";

const COUNT = 50_000;

describe(`${COUNT.toLocaleString("en-GB")} groupings`, () => {
  const text = policyWithGroupings(COUNT);

  it("compile to an IR holding every one", () => {
    const result = compileLarge(text);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ir?.groupings).toHaveLength(COUNT);
    expect(result.ir?.groupings.at(-1)).toMatchObject({ id: `g${COUNT - 1}`, roles: [`r${COUNT - 1}`] });
  });

  it("are too many to format: `quorate fmt` names the file and its size, leaves it untouched and exits 1", async () => {
    expect(text.length).toBeGreaterThan(MAX_FORMAT_CHARACTERS);
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/big.policy"), text);
    for (const mode of ["--check", "--write"]) {
      const run = await runCli(["fmt", mode, "policies/big.policy"], dir);
      expect(run.code, mode).toBe(1);
      expect(run.stderr).toContain(`error: \`policies/big.policy\` was not formatted: it has ${text.length} characters, and Quorate lays out policies of at most ${MAX_FORMAT_CHARACTERS}`);
      expect(run.stderr).toContain("help: the file is unchanged");
    }
    expect(readFileSync(path.join(dir, "policies/big.policy"), "utf8")).toBe(text);
  });

  it("a role listed in all of them is one error whose message names a few and counts the rest", () => {
    const parts = [BIG_HEADER, "voting {\n  vote by grouping\n"];
    for (let i = 0; i < COUNT; i++) parts.push(`  grouping g${i} "G" { health_visitor }\n`);
    parts.push("}\n");
    const result = compileLarge(parts.join(""));
    const q030 = result.diagnostics.filter((d) => d.code === "Q030");
    expect(q030).toHaveLength(1);
    expect(q030[0]?.message).toContain(`is listed in ${COUNT} groupings, \`g0\`, \`g1\``);
    expect(q030[0]?.message).toContain(`and ${COUNT - 12} more`);
    for (const d of result.diagnostics) {
      expect(d.message.length, d.code).toBeLessThan(1000);
      expect((d.help ?? "").length, d.code).toBeLessThan(1000);
    }
  });
});
