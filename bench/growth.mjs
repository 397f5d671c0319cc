// How Quorate's cost grows with its input: each case is timed at sizes N, 2N, 4N and 8N,
// and the ratio per doubling is reported (about 2 when growth is linear, 4 when
// quadratic). Run by `npm run bench` (through bench/run.mjs) or alone with
// `node bench/growth.mjs` after `npx tsc -p tsconfig.bench.json`. The inputs are the ones the
// resource-limit tests use (test/limits/generatedInputs.ts). Nothing here is asserted: wall times are noisy.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Lexer } from "chevrotain";
import { compile } from "../dist/compiler/compile.js";
import { memoryHost } from "../dist/compiler/host.js";
import { formatPolicy } from "../dist/format/formatPolicy.js";
import { allTokens } from "../dist/grammar/tokens.js";
import { createEvaluator } from "../dist/runtime/evaluator.js";
import { validateConference } from "../dist/runtime/validateConference.js";
import { conferenceWithAttendees, policyWithBrokenLine, policyWithGroupings, policyWithLongLine, policyWithNestedBraces } from "../dist/test/limits/generatedInputs.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const read = (name) => readFileSync(path.join(root, "policies", `${name}.policy`), "utf8");
const host = memoryHost({ "policies/vocabulary.policy": read("vocabulary") });
const today = "2026-11-24";
const compileText = (text) => {
  const result = compile(text, { filename: "policies/big.policy", host, today });
  if (result.diagnostics.some((d) => d.code === "Q099")) throw new Error("internal error while benchmarking");
  return result;
};

function evaluateUnder(board) {
  const { ir } = compile(read(board), { filename: `policies/${board}.policy`, host: memoryHost({ "policies/vocabulary.policy": read("vocabulary") }), today });
  const decide = createEvaluator(ir);
  return (n) => {
    const text = JSON.stringify(conferenceWithAttendees(n));
    return () => {
      const checked = validateConference(ir, JSON.parse(text));
      if (!checked.ok) throw new Error("the benchmark conference is invalid");
      decide(checked.conference);
    };
  };
}

const lexer = new Lexer(allTokens, { positionTracking: "full" });

// Each case: what is measured, the unit of size, N, and a function from a size to the work.
const CASES = [
  { name: "compile a policy of N groupings (and N roles)", unit: "groupings", n: 5_000, work: (n) => { const text = policyWithGroupings(n); return () => compileText(text); } },
  { name: "format a policy of N groupings (quorate fmt)", unit: "groupings", n: 2_000, work: (n) => { const text = policyWithGroupings(n); return () => formatPolicy(text, { filename: "policies/big.policy", host }); } },
  { name: "compile a policy with one line of N characters", unit: "characters", n: 131_072, work: (n) => { const text = policyWithLongLine(n); return () => compileText(text); } },
  { name: "compile N nested braces", unit: "braces", n: 12_500, work: (n) => { const text = policyWithNestedBraces(n); return () => compileText(text); } },
  { name: "compile a line of N broken statements", unit: "statements", n: 62_500, work: (n) => { const text = policyWithBrokenLine(n); return () => compileText(text); } },
  { name: "lex N characters of unclosed quotes and backslashes", unit: "characters", n: 500_000, work: (n) => { const text = '"\\'.repeat(n / 2) + "\n" + '"'.repeat(n / 2); return () => lexer.tokenize(text); } },
  { name: "validate and decide N attendees (Cwm Taf Morgannwg, per-school units)", unit: "attendees", n: 12_500, work: evaluateUnder("cwm-taf-morgannwg") },
  { name: "validate and decide N attendees (Lancashire, one vote each)", unit: "attendees", n: 12_500, work: evaluateUnder("lancashire") },
];

/**
 * The median of several timings, in milliseconds, after one run to warm up: at least
 * `runs`, and more for quick work (up to 25, or about half a second), whose single runs a
 * garbage collection can double.
 */
async function medianMs(work, runs) {
  const warmStart = process.hrtime.bigint();
  await work();
  const warmMs = Number(process.hrtime.bigint() - warmStart) / 1e6;
  const count = Math.min(25, Math.max(runs, Math.ceil(500 / Math.max(warmMs, 1))));
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function growthBenchmarks({ runs = 3 } = {}) {
  const rows = [];
  console.log("| growth with input size | N | ms at N | 2N | 4N | 8N | ratio per doubling | 8N ÷ N (linear: 8) |\n|---|---|---|---|---|---|---|---|");
  for (const c of CASES) {
    const sizes = [c.n, c.n * 2, c.n * 4, c.n * 8];
    const ms = [];
    for (const size of sizes) ms.push(await medianMs(c.work(size), runs));
    const ratios = ms.slice(1).map((t, i) => t / ms[i]);
    const overall = ms[3] / ms[0];
    rows.push({ case: c.name, unit: c.unit, sizes, ms, ratiosPerDoubling: ratios, eightfold: overall });
    console.log(`| ${c.name} | ${c.n.toLocaleString("en-GB")} ${c.unit} | ${ms.map((t) => t.toFixed(1)).join(" | ")} | ${ratios.map((r) => r.toFixed(2)).join(", ")} | ${overall.toFixed(1)} |`);
  }
  console.log("");
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await growthBenchmarks();
