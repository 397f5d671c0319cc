/**
 * 50,000 groupings (and 50,000 roles) in one policy: it compiles, formats, and a policy
 * broken at that scale gets messages that stay sentences, not megabytes of names.
 */
import { describe, expect, it } from "vitest";
import { memoryHost } from "../../compiler/host.js";
import { formatPolicy } from "../../format/formatPolicy.js";
import { BUNDLED_FILES } from "../helpers/compileText.js";
import { growthRatio } from "../helpers/growth.js";
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

  it("are laid out by the formatter in time that grows linearly with their number", async () => {
    const host = memoryHost(BUNDLED_FILES);
    const format = (count: number) => async () => {
      const outcome = await formatPolicy(policyWithGroupings(count), { filename: "policies/big.policy", host });
      expect(outcome.kind).toBe("formatted");
    };
    // Before the printer found each grouping's tokens by binary search, 8× the groupings
    // took about 50× the time here (and 50,000 took six minutes); linear work takes about 3×.
    expect(await growthRatio(format(2_000), format(16_000), 2)).toBeLessThan(16);
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
