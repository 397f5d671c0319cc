// `npm run bench`: compile cost and CLI start-up, each as a ratio against a baseline
// measured in the same run. Writes bench/results.json. Not part of `npm test`: wall
// times on shared machines are noisy, so targets are read from ratios, not asserted.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Bench } from "tinybench";
import { growthBenchmarks } from "./growth.mjs";
import { batchBenchmarks } from "./batch.mjs";
import { datesBenchmarks } from "./dates.mjs";
import { diffBenchmarks } from "./diffGrowth.mjs";
import { languageServerBenchmarks } from "./languageServer.mjs";
import { studioBenchmarks } from "./studio.mjs";
import { compile } from "../dist/compiler/compile.js";
import { files, host, policyNames, root, today } from "./bundledPolicies.mjs";
import { clearImportCache } from "../dist/compiler/load.js";
import { createDecider, createEvaluator } from "../dist/runtime/evaluator.js";
import { decideCwmTafMorgannwg } from "../dist/bench/baselines/cwmTafMorgannwg.js";
import { decideLancashire } from "../dist/bench/baselines/lancashire.js";
import { renderBenchmarkTables, withBenchmarkTables } from "../dist/bench/readmeTables.js";
import { validateConference } from "../dist/runtime/validateConference.js";


// Compiling a policy parses it and the files it reaches: the shared vocabulary, and for
// the Welsh boards the Wales base. A process parses those once (compiler/load.ts keeps
// them by path and text), as `quorate check` does when it compiles a folder in CI, so
// the ratio the ≤ 10× target is read from is `ratio`, with them already parsed: the work
// of one more policy in a run. `fromScratchRatio` forgets them before every compile, so
// it also counts parsing the vocabulary (and base) each time: the cost of a single
// `quorate compile`, once started.
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
    bench.add("compile from scratch", () => {
      clearImportCache();
      compile(source, { filename, host, today });
    });
    bench.add("JSON.parse", () => JSON.parse(irText));
    await bench.run();
    const [c, s, j] = bench.tasks.map((t) => t.result.latency.mean);
    // The target is read from means, which count the garbage collection a compile causes;
    // medians are recorded beside them, being less disturbed by a busy shared machine.
    const [cp, sp, jp] = bench.tasks.map((t) => t.result.latency.p50);
    // Read at the median, as the evaluation is: the mean also carries the pauses of other processes on a shared machine (and kept beside it).
    rows.push({ policy: name, compileMs: cp, fromScratchMs: sp, jsonParseMs: jp, ratio: cp / jp, fromScratchRatio: sp / jp, meanRatio: c / j, meanFromScratchRatio: s / j, irBytes: irText.length });
  }
  return rows;
}

// Deciding a realistic conference (12 attendees, 2 children) under each policy: the
// explained evaluation (the product), the decisions-only path, and, for the boards with
// one, the hand-written baseline in bench/baselines/, timed in the same process so the
// ratios are read from one machine state (decisions only and the baseline in turns). Validating the conference with ajv at
// the boundary is timed on its own: both paths take an already validated conference.
// Each task is read at its median, which a busy shared machine disturbs less than the mean.
const baselines = { "cwm-taf-morgannwg": decideCwmTafMorgannwg, lancashire: decideLancashire };
/** Rounds of decisions only against the hand-written function: the median of their ratios is the one read against the target. */
const DECIDE_TURNS = 5;

async function evaluateRatios() {
  const text = readFileSync(path.join(root, "bench/realistic-conference.json"), "utf8");
  const rows = [];
  for (const name of policyNames) {
    const filename = `policies/${name}.policy`;
    const { ir } = compile(files[filename], { filename, host, today });
    const checked = validateConference(ir, JSON.parse(text));
    if (!checked.ok) throw new Error(`the benchmark conference is invalid under ${name}`);
    const explain = createEvaluator(ir);
    const decide = createDecider(ir);
    const baseline = baselines[name];
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    bench.add("explained", () => explain(checked.conference));
    bench.add("validate", () => validateConference(ir, checked.conference));
    await bench.run();
    const p50 = (task) => bench.tasks.find((t) => t.name === task).result.latency.p50;
    // Decisions only and the hand-written function take turns, in short rounds of their own, each going first in every
    // other round: a task that runs right after another pays for collecting that one's garbage, and run once each
    // after the explained task, the decisions-only task always paid it.
    const turns = [];
    for (let turn = 0; turn < DECIDE_TURNS; turn++) {
      const pair = new Bench({ time: 300, warmupTime: 100 });
      const tasks = [["decisions only", () => decide(checked.conference)]];
      if (baseline) tasks.push(["baseline", () => baseline(checked.conference)]);
      if (turn % 2 === 1) tasks.reverse();
      for (const [task, fn] of tasks) pair.add(task, fn);
      await pair.run();
      const latency = (task) => pair.tasks.find((t) => t.name === task)?.result.latency.p50;
      turns.push({ decided: latency("decisions only"), handWritten: latency("baseline") });
    }
    const decisionsOnlyMs = median(turns.map((t) => t.decided));
    const row = { policy: name, explainedMs: p50("explained"), decisionsOnlyMs, decisionsPerSecond: 1000 / decisionsOnlyMs, explainedPerSecond: 1000 / p50("explained"), validateMs: p50("validate") };
    if (baseline) {
      const baselineMs = median(turns.map((t) => t.handWritten));
      Object.assign(row, { baselineMs, decisionsOnlyVsBaseline: median(turns.map((t) => t.decided / t.handWritten)), explainedVsBaseline: row.explainedMs / baselineMs });
    }
    rows.push(row);
  }
  return rows;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallMs(args) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore" });
  if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// The two commands take turns, so that a busy spell on a shared machine slows both alike.
function coldStart() {
  const runs = 15;
  const node = [];
  const check = [];
  for (let i = 0; i < runs; i++) {
    node.push(wallMs(["-e", ""]));
    check.push(wallMs(["bin/quorate.js", "check", "policies", "--today", today]));
  }
  return { nodeMs: median(node), checkMs: median(check), ratio: median(check) / median(node), runs };
}

// `npm run bench -- --only diff` measures the semantic diff alone, keeping the other sections of the last full run.
if (process.argv.includes("--only")) {
  const only = process.argv[process.argv.indexOf("--only") + 1];
  if (only !== "diff") throw new Error(`--only takes diff, not ${only}`);
  const results = JSON.parse(readFileSync(path.join(root, "bench/results.json"), "utf8"));
  results.diff = { ...diffBenchmarks(), date: new Date().toISOString().slice(0, 10) };
  writeFileSync(path.join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
  const tablesPath = path.join(root, "docs/benchmarks.md");
  writeFileSync(tablesPath, withBenchmarkTables(readFileSync(tablesPath, "utf8"), results));
  console.log(renderBenchmarkTables(results));
  process.exit(0);
}

const compileRows = await compileRatios();
const evaluateRows = await evaluateRatios();
const start = coldStart();
const diffRows = diffBenchmarks(); // prints its own table
const results = {
  date: new Date().toISOString().slice(0, 10),
  machine: `${os.cpus()[0]?.model ?? "unknown"} (${os.cpus().length} cores)`,
  node: process.version,
  method: "tinybench, 1 s per task after 200 ms warm-up, read at the median latency (compile also records the mean); decisions only and the hand-written function in five rounds of 300 ms each, taking turns at going first, the medians of the rounds kept; compile with the vocabulary and base already parsed (as in one `check` run) and from scratch; CLI start-up: the median wall time of 15 runs of each command, taking turns",
  growth: await growthBenchmarks(), // prints its own table
  compile: compileRows,
  evaluate: evaluateRows,
  coldStart: start,
  diff: { ...diffRows, date: new Date().toISOString().slice(0, 10) },
  batch: await batchBenchmarks(), // prints its own lines
  languageServer: await languageServerBenchmarks(), // prints its own line
  dates: { date: new Date().toISOString().slice(0, 10), ...(await datesBenchmarks()) }, // prints its own lines
  studio: await studioBenchmarks(), // prints its own line
};
writeFileSync(path.join(root, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

// docs/benchmarks.md's tables are rendered from the results, so the two always agree (a test checks it).
const tablesPath = path.join(root, "docs/benchmarks.md");
writeFileSync(tablesPath, withBenchmarkTables(readFileSync(tablesPath, "utf8"), results));
console.log(renderBenchmarkTables(results));
