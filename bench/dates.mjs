// What dating a conference's deadlines costs: the same conferences decided without and
// with a `date`, in one run, taking turns, so the ratio is read from one machine state.
// The target: due dates computed without slowing `eval --batch` by more than 20%.
//
// - In process (tinybench): the explained evaluation of the realistic conference under
//   each board's policy (where every duty's due date is computed), and the decisions-only
//   path under the versions layer (what the default `eval --batch` record takes: choosing
//   the version in force; it computes no due date).
// - Through the CLI: `eval --batch` (default records) and `eval --batch --explain` (whole
//   decisions, every due date computed) on the same generated history piped on standard
//   input, without and with a date on every line (dates spread over 2026 and 2027, so the
//   holidays of both years are worked out); each pair run in turns, the median of three.
//
// `node bench/dates.mjs` runs this alone (after `npm run bench`'s build step) and writes its
// part of bench/results.json and docs/benchmarks.md; `npm run bench` runs it with the rest.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Bench } from "tinybench";
import { compile } from "../dist/compiler/compile.js";
import { createEvaluator } from "../dist/runtime/evaluator.js";
import { createVersionedDecider, PolicyVersions } from "../dist/runtime/versions.js";
import { validateConference } from "../dist/runtime/validateConference.js";
import { conferenceLines } from "./batch.mjs";
import { files, host, policyNames, root, today } from "./bundledPolicies.mjs";

const DATE = "2026-11-30";

async function inProcess() {
  const text = readFileSync(path.join(root, "bench/realistic-conference.json"), "utf8");
  const rows = [];
  for (const name of policyNames) {
    const filename = `policies/${name}.policy`;
    const { ir } = compile(files[filename], { filename, host, today });
    const undated = validateConference(ir, JSON.parse(text));
    const dated = validateConference(ir, { ...JSON.parse(text), date: DATE, time: "10:00" });
    if (!undated.ok || !dated.ok) throw new Error(`the benchmark conference is invalid under ${name}`);
    const explain = createEvaluator(ir);
    const decide = createVersionedDecider(new PolicyVersions([{ file: filename, ir }]));
    const duties = explain(dated.conference).children.reduce((n, c) => n + c.obligations.filter((o) => o.due !== undefined).length + c.routes.length, 0);
    const bench = new Bench({ time: 1000, warmupTime: 200 });
    bench.add("explained", () => explain(undated.conference));
    bench.add("explained, dated", () => explain(dated.conference));
    bench.add("decisions only", () => decide(undated.conference));
    bench.add("decisions only, dated", () => decide(dated.conference));
    await bench.run();
    const p50 = (task) => bench.tasks.find((t) => t.name === task).result.latency.p50;
    rows.push({
      policy: name,
      datedDeadlines: duties,
      explainedUs: p50("explained") * 1000,
      explainedDatedUs: p50("explained, dated") * 1000,
      explainedRatio: p50("explained, dated") / p50("explained"),
      decisionsOnlyUs: p50("decisions only") * 1000,
      decisionsOnlyDatedUs: p50("decisions only, dated") * 1000,
      decisionsOnlyRatio: p50("decisions only, dated") / p50("decisions only"),
    });
  }
  return rows;
}

/** The generated history, each line with a date (spread over two years) or without. */
function* historyLines(count, dated) {
  const start = Date.UTC(2026, 0, 5) / 86_400_000;
  let i = 0;
  for (const line of conferenceLines(count)) {
    if (!dated) yield line;
    else {
      const day = new Date((start + ((i * 7) % 720)) * 86_400_000).toISOString().slice(0, 10);
      yield `{"date":"${day}",${line.slice(1)}`;
    }
    i++;
  }
}

/** Wall time of `quorate eval <policy> --batch - [--explain]` on a generated history. */
async function batchSeconds(policy, explain, count, dated) {
  const started = process.hrtime.bigint();
  const args = ["bin/quorate.js", "eval", policy, "--batch", "-", ...(explain ? ["--explain"] : [])];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
  let records = 0;
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) records++;
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.on("close", resolve));
  let batch = [];
  const send = async () => {
    const text = batch.join("\n") + "\n";
    batch = [];
    if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once("drain", resolve));
  };
  for (const line of historyLines(count, dated)) {
    batch.push(line);
    if (batch.length === 2000) await send();
  }
  if (batch.length > 0) await send();
  child.stdin.end();
  const code = await exited;
  if ((code !== 0 && code !== 1) || records !== count) throw new Error(`quorate ${args.join(" ")} exited ${code} after ${records} records: ${stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function throughCli({ policy = "policies/cwm-taf-morgannwg.policy", rounds = 3, defaultCount = 100_000, explainCount = 30_000 } = {}) {
  const out = {};
  for (const [mode, explain, count] of [["default", false, defaultCount], ["explain", true, explainCount]]) {
    const undated = [];
    const dated = [];
    for (let r = 0; r < rounds; r++) {
      // Taking turns, the order swapped each round, so a busy spell on a shared machine falls on both.
      const pair = r % 2 === 0 ? [false, true] : [true, false];
      for (const withDates of pair) (withDates ? dated : undated).push(await batchSeconds(policy, explain, count, withDates));
    }
    out[mode] = { conferences: count, rounds, undatedSeconds: median(undated), datedSeconds: median(dated), ratio: median(dated) / median(undated), undatedRuns: undated, datedRuns: dated };
  }
  return { policy: path.basename(policy, ".policy"), ...out };
}

export async function datesBenchmarks(options = {}) {
  const rows = await inProcess();
  const cli = await throughCli(options);
  const results = {
    method: `the same conferences without and with a date, taking turns: in process, tinybench medians (1 s per task after 200 ms warm-up) of the realistic conference dated ${DATE} at 10:00; through the CLI, the median wall time of ${cli.default.rounds} runs of each of \`eval --batch\` and \`eval --batch --explain\` on a generated history piped on standard input, dated lines spread over 2026 and 2027`,
    target: 1.2,
    inProcess: rows,
    batch: cli,
  };
  const f = (x) => x.toFixed(2);
  console.log(`\ndates: eval --batch ${f(cli.default.ratio)}× with dates (${f(cli.default.undatedSeconds)} s → ${f(cli.default.datedSeconds)} s, ${cli.default.conferences.toLocaleString("en-GB")} conferences); --explain ${f(cli.explain.ratio)}× (${f(cli.explain.undatedSeconds)} s → ${f(cli.explain.datedSeconds)} s, ${cli.explain.conferences.toLocaleString("en-GB")})`);
  for (const r of rows) console.log(`  ${r.policy}: explained ${f(r.explainedUs)} → ${f(r.explainedDatedUs)} µs (${f(r.explainedRatio)}×, ${r.datedDeadlines} dated deadlines and routes); decisions only ${f(r.decisionsOnlyRatio)}×`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Alone: this part of bench/results.json is replaced, the rest kept as the last full run left it.
  const { renderBenchmarkTables, withBenchmarkTables } = await import("../dist/bench/readmeTables.js");
  const resultsPath = path.join(root, "bench/results.json");
  const results = JSON.parse(readFileSync(resultsPath, "utf8"));
  results.dates = { date: new Date().toISOString().slice(0, 10), ...(await datesBenchmarks()) };
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + "\n");
  const page = path.join(root, "docs/benchmarks.md");
  writeFileSync(page, withBenchmarkTables(readFileSync(page, "utf8"), results));
  console.log(renderBenchmarkTables(results).split("\n").filter((l) => l.includes("dates") || l.includes("date")).join("\n"));
}
