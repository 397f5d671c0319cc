/**
 * `quorate fmt --check` writes nothing, so it does not compile each policy twice to prove
 * the formatted text keeps its meaning (once, on a 669 KB policy, a minute); `--write`
 * still does, before writing. Counted: the compiles each mode makes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

const compiles = { count: 0 };

vi.mock("../../compiler/compile.js", async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown> & { compile: (...args: unknown[]) => unknown }>();
  return {
    ...actual,
    compile: (...args: unknown[]) => {
      compiles.count++;
      return actual.compile(...args);
    },
  };
});

vi.resetModules();
const { runCli, scratchPolicies } = await import("../helpers/runCli.js");

describe("the compiles `quorate fmt` makes for a policy not in the canonical layout", () => {
  it("--check: none; --write: two (the original and the formatted text), before writing", async () => {
    const dir = scratchPolicies();
    const untidy = readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8").replace(/\n {2}/g, "\n    ");
    writeFileSync(path.join(dir, "policies/untidy.policy"), untidy);
    compiles.count = 0;
    const check = await runCli(["fmt", "--check", "policies/untidy.policy"], dir);
    expect(check.code).toBe(1);
    expect(compiles.count).toBe(0);
    const write = await runCli(["fmt", "--write", "policies/untidy.policy"], dir);
    expect(write.code).toBe(0);
    expect(compiles.count).toBe(2);
  });
});
