// `npm run bench`: compile cost and CLI start-up, each as a ratio against a baseline
// measured in the same run. Writes bench/results.json. Not part of `npm test`: wall
// times on shared machines are noisy, so targets are read from ratios, not asserted.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Bench } from "tinybench";
import { growthBenchmarks } from "./growth.mjs";
import { batchBenchmarks } from "./batch.mjs";
import { compile } from "../dist/compiler/compile.js";
import { memoryHost } from "../dist/compiler/host.js";
import { createEvaluator } from "../dist/runtime/evaluator.js";
import { validateConference } from "../dist/runtime/validateConference.js";
import { diff } from "../dist/diff/diff.js";

const root = path.resolve(new URL("..", import.meta.url).pathname);
const policyNames = ["mid-and-west-wales", "cwm-taf-morgannwg", "wakefield", "south-ayrshire", "lancashire"];
const files = {};
for (const name of [...policyNames, "vocabulary", "wales-safeguarding-procedures"]) {
  files[`policies/${name}.policy`] = readFileSync(path.join(root, "policies", `${name}.policy`), "utf8");
}
const host = memoryHost(files);
const today = "2026-11-24";

async function compileRatios() {
  const rows = [];
  for (const name of policyNames) {
    const filename = `policies/${name}.policy`;
    const source = files[filename];
    const result = compile(source, { filename, host, today });
    if (!result.ir) throw new Error(`${name} does not compile`);
    const irText = JSON.stringify(result.ir);
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    bench.add("compile", () => compile(source, { filename, host, today }));
    bench.add("JSON.parse", () => JSON.parse(irText));
    await bench.run();
    const [c, j] = bench.tasks.map((t) => t.result.latency.mean);
    rows.push({ policy: name, compileMs: c, jsonParseMs: j, ratio: c / j, irBytes: irText.length });
  }
  return rows;
}

// Deciding a realistic conference (12 attendees, 2 children) under each policy, and the
// cost of validating it at the boundary. The baseline here is JSON.parse of the same
// conference text; hand-written per-board baselines are left for the performance work.
async function evaluateRatios() {
  const text = readFileSync(path.join(root, "bench/realistic-conference.json"), "utf8");
  const rows = [];
  for (const name of policyNames) {
    const filename = `policies/${name}.policy`;
    const { ir } = compile(files[filename], { filename, host, today });
    const checked = validateConference(ir, JSON.parse(text));
    if (!checked.ok) throw new Error(`the benchmark conference is invalid under ${name}`);
    const decide = createEvaluator(ir);
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    bench.add("decide", () => decide(checked.conference));
    bench.add("validate", () => validateConference(ir, checked.conference));
    bench.add("JSON.parse", () => JSON.parse(text));
    await bench.run();
    const [d, v, j] = bench.tasks.map((t) => t.result.latency.mean);
    rows.push({ policy: name, decideMs: d, decisionsPerSecond: 1000 / d, validateMs: v, jsonParseMs: j, decideVsJsonParse: d / j });
  }
  return rows;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallMs(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
    if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

function coldStart() {
  const runs = 15;
  const node = wallMs(["-e", ""], runs);
  const check = wallMs(["bin/quorate.js", "check", "policies", "--today", today], runs);
  return { nodeMs: node, checkMs: check, ratio: check / node, runs };
}

// The semantic diff of all ten pairs of bundled policies, and how its time grows with the
// most attendees searched. Each size is run once: the search is deterministic and takes seconds.
function diffTimes() {
  const inputs = policyNames.map((name) => ({ ir: compile(files[`policies/${name}.policy`], { filename: `policies/${name}.policy`, host, today }).ir, file: name }));
  const rows = [];
  for (const maxAttendees of [1, 2, 3]) {
    const started = performance.now();
    const report = diff(inputs, { search: { maxAttendees } });
    const ms = performance.now() - started;
    const conferences = report.pairs.reduce((n, p) => n + (p.semantic?.conferences ?? 0), 0);
    rows.push({ maxAttendees, pairs: report.pairs.length, ms, conferences, microsecondsPerConference: (ms * 1000) / conferences, slowestPair: report.pairs.reduce((a, b) => ((a.semantic?.milliseconds ?? 0) >= (b.semantic?.milliseconds ?? 0) ? a : b)).between.join(" vs ") });
  }
  return rows;
}

const compileRows = await compileRatios();
const evaluateRows = await evaluateRatios();
const start = coldStart();
const diffRows = diffTimes();
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores)`,
  node: process.version,
  method: "tinybench, 1 s per task after 200 ms warm-up, mean latency; CLI start-up is the median wall time of 15 runs of each command",
  growth: await growthBenchmarks(), // prints its own table
  compile: compileRows,
  evaluate: evaluateRows,
  coldStart: start,
  diff: diffRows,
  batch: await batchBenchmarks(), // prints its own lines
};
writeFileSync(path.join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

const f = (n) => n.toFixed(3);
console.log(`machine: ${results.machine}, node ${results.node}\n`);
console.log("| policy | compile (ms) | JSON.parse of its IR (ms) | ratio |");
console.log("|---|---|---|---|");
for (const r of compileRows) console.log(`| ${r.policy} | ${f(r.compileMs)} | ${f(r.jsonParseMs)} | ${r.ratio.toFixed(1)}× |`);
console.log("\n| policy | decide (µs) | decisions per second | validate with ajv (µs) | JSON.parse of the conference (µs) | decide ÷ JSON.parse |");
console.log("|---|---|---|---|---|---|");
for (const r of evaluateRows) console.log(`| ${r.policy} | ${(r.decideMs * 1000).toFixed(1)} | ${Math.round(r.decisionsPerSecond).toLocaleString("en-GB")} | ${(r.validateMs * 1000).toFixed(1)} | ${(r.jsonParseMs * 1000).toFixed(1)} | ${r.decideVsJsonParse.toFixed(1)}× |`);
console.log(`\n| command | median wall time (ms) | ratio |\n|---|---|---|`);
console.log(`| node -e "" | ${start.nodeMs.toFixed(0)} | 1× |`);
console.log(`| quorate check policies | ${start.checkMs.toFixed(0)} | ${start.ratio.toFixed(1)}× |`);
console.log(`\n| diff of all ten pairs, attendees up to | time (ms) | conferences searched | µs per conference | slowest pair |\n|---|---|---|---|---|`);
for (const r of diffRows) console.log(`| ${r.maxAttendees}${r.maxAttendees === 2 ? " (default)" : ""} | ${r.ms.toFixed(0)} | ${r.conferences.toLocaleString("en-GB")} | ${r.microsecondsPerConference.toFixed(2)} | ${r.slowestPair} |`);
