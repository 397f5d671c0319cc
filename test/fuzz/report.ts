/**
 * Global setup of `npm run fuzz`: collects each family's counts (written by the harness to
 * QUORATE_FUZZ_REPORT_DIR) and prints them once every family has run: cases, crashes and,
 * per property, how many cases checked it. The run fails if any case crashed, or if fewer
 * cases ran than the long run promises.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { FamilyReport } from "./harness.js";

/** `npm run fuzz` promises at least this many cases. */
export const FULL_RUN_CASES = 100_000;

export function summarise(reports: FamilyReport[]): { text: string; cases: number; crashes: number } {
  const cases = reports.reduce((n, r) => n + r.cases, 0);
  const crashes = reports.reduce((n, r) => n + r.crashes, 0);
  const ms = reports.reduce((n, r) => n + r.ms, 0);
  const lines = ["", "fuzzing: cases, crashes, and each property's cases checked / failed", ""];
  lines.push("| family | cases | crashes | seconds | properties (checked / failed) |", "|---|---|---|---|---|");
  for (const r of [...reports].sort((a, b) => a.family.localeCompare(b.family))) {
    const props = Object.entries(r.properties)
      .map(([name, c]) => `${name} ${c.checked}/${c.failed}`)
      .join("; ");
    lines.push(`| ${r.family} | ${r.cases} | ${r.crashes} | ${(r.ms / 1000).toFixed(1)} | ${props} |`);
  }
  const totals = new Map<string, { checked: number; failed: number }>();
  for (const r of reports) {
    for (const [name, c] of Object.entries(r.properties)) {
      const t = totals.get(name) ?? { checked: 0, failed: 0 };
      totals.set(name, { checked: t.checked + c.checked, failed: t.failed + c.failed });
    }
  }
  lines.push("", `total: ${cases} cases, ${crashes} crashes, ${(ms / 1000).toFixed(0)} s of fuzzing (summed over workers)`);
  for (const [name, t] of totals) lines.push(`  ${name}: checked on ${t.checked} cases, failed on ${t.failed}`);
  for (const r of reports) if (r.counterexample) lines.push("", `${r.family} (seed ${r.seed ?? "none"}):`, r.counterexample);
  return { text: lines.join("\n"), cases, crashes };
}

export function teardown(): void {
  const dir = process.env["QUORATE_FUZZ_REPORT_DIR"];
  if (!dir) return;
  const reports = readdirSync(dir).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as FamilyReport);
  rmSync(dir, { recursive: true, force: true });
  const { text, cases, crashes } = summarise(reports);
  console.log(text);
  if (crashes > 0) throw new Error(`fuzzing found ${crashes} failing cases (above)`);
  if (cases < FULL_RUN_CASES) throw new Error(`only ${cases} fuzz cases ran; \`npm run fuzz\` runs at least ${FULL_RUN_CASES}`);
}
