// The semantic diff of the bundled policies: every pair of the five original boards at the
// default bounds (the target is 2 s wall on two cores for all ten), at 12 attendees (10 s),
// every pair of every board policy in policies/ (15 s), growth as the most attendees grows
// 4 → 8 → 12 → 16, and the peak memory of the largest bounds the CLI accepts (at most
// 1 GB). Each measurement runs once in a fresh process, so none inherits another's warmed
// code or memory; the search is deterministic. Wall and CPU time are both kept: on a shared
// machine the CPU time (of every thread) is the steadier of the two. Growth is read as the
// local exponent between sizes, log(t₂/t₁) / log(n₂/n₁), of the single-thread CPU time.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const root = new URL("..", import.meta.url).pathname;

/** Run in a child: diff some policies at some bounds and print one JSON line. */
async function measureOne(spec) {
  const { compile } = await import("../dist/compiler/compile.js");
  const { diff, diffInParallel } = await import("../dist/diff/diff.js");
  const { roomForSearching } = await import("../dist/diff/parallel.js");
  const { memoryHost } = await import("../dist/compiler/host.js");
  const { DEFAULT_SEARCH } = await import("../dist/diff/semantic/searchSpace.js");
  const { today } = await import("./bundledPolicies.mjs");
  const files = {};
  for (const f of readdirSync(`${root}policies`)) if (f.endsWith(".policy")) files[`policies/${f}`] = readFileSync(`${root}policies/${f}`, "utf8");
  const host = memoryHost(files);
  const inputs = spec.policies.map((name) => ({ ir: compile(files[`policies/${name}.policy`], { filename: `policies/${name}.policy`, host, today }).ir, file: name }));
  const search = { ...(spec.maxAttendees ? { maxAttendees: spec.maxAttendees } : {}), ...(spec.maxPerGroup ? { maxPerGroup: spec.maxPerGroup } : {}) };
  // On several threads as `quorate diff` and `summary` search, with the V8 settings they set before searching; on one
  // thread as the library's diff() does, so the growth table compares with its earlier rows.
  if (spec.threads > 1) roomForSearching();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = spec.threads > 1 ? await diffInParallel(inputs, { search }, spec.threads) : diff(inputs, { search });
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const pairs = report.pairs.map((p) => ({ between: p.between.join(" vs "), ms: p.semantic?.milliseconds ?? 0, conferences: p.semantic?.conferences ?? 0 }));
  const slowest = pairs.reduce((a, b) => (a.ms >= b.ms ? a : b));
  const bounds = report.pairs[0]?.semantic?.bounds;
  console.log(
    JSON.stringify({
      maxAttendees: bounds?.attendees.max ?? DEFAULT_SEARCH.maxAttendees,
      maxPerGroup: bounds?.perGroup.max ?? DEFAULT_SEARCH.maxPerGroup,
      default: !spec.maxAttendees && !spec.maxPerGroup,
      threads: spec.threads,
      policies: spec.policies.length,
      pairs: pairs.length,
      ms,
      cpuMs: (user + system) / 1000,
      conferences: pairs.reduce((n, p) => n + p.conferences, 0),
      slowestPair: slowest.between,
      slowestPairMs: slowest.ms,
      counterexamples: report.counterexamples.length,
      peakRssMB: process.resourceUsage().maxRSS / 1000,
    }),
  );
}

function run(spec) {
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, "--one", JSON.stringify(spec)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`diff ${JSON.stringify(spec)} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

const FIVE = ["mid-and-west-wales", "cwm-taf-morgannwg", "wakefield", "south-ayrshire", "lancashire"];

/** Every board policy in policies/ (bases and the vocabulary left out). */
function allBoards() {
  return readdirSync(`${root}policies`)
    .filter((f) => f.endsWith(".policy"))
    .filter((f) => /^\s*policy\s/m.test(readFileSync(`${root}policies/${f}`, "utf8")))
    .map((f) => f.replace(/\.policy$/, ""))
    .sort();
}

/** The run of median wall time among `n` runs of `spec`, each in a fresh process, with every run's wall time: one run on a shared machine can be far off. */
function median(spec, n) {
  const all = Array.from({ length: n }, () => run(spec)).sort((x, y) => x.ms - y.ms);
  return { ...all[Math.floor(n / 2)], runs: all.map((r) => r.ms) };
}

export function diffBenchmarks() {
  const atDefault = median({ policies: FIVE, threads: 2 }, 5);
  const twelve = run({ policies: FIVE, threads: 2, maxAttendees: 12 });
  const boards = allBoards();
  const allBundled = run({ policies: boards, threads: 2 });
  const growth = [4, 8, 12, 16].map((n) => run({ policies: FIVE, threads: 1, maxAttendees: n }));
  growth.forEach((row, i) => {
    const before = growth[i - 1];
    if (before) row.exponentFromPrevious = Math.log(row.cpuMs / before.cpuMs) / Math.log(row.maxAttendees / before.maxAttendees);
  });
  // The largest bounds the CLI accepts, on the pair the search finds hardest.
  const largest = run({ policies: ["mid-and-west-wales", "cwm-taf-morgannwg"], threads: 2, maxAttendees: 24, maxPerGroup: 5 });
  const f = (n) => (n === undefined ? "–" : n.toFixed(1));
  console.log(`\nsemantic diff (default: at most ${atDefault.maxAttendees} attendees, ${atDefault.maxPerGroup} from one agency):`);
  console.log(`  ten pairs, two threads: ${atDefault.ms.toFixed(0)} ms wall, ${atDefault.cpuMs.toFixed(0)} ms CPU (median of ${atDefault.runs.map((ms) => ms.toFixed(0)).join(", ")} ms)`);
  console.log(`  ten pairs at 12 attendees, two threads: ${twelve.ms.toFixed(0)} ms wall`);
  console.log(`  every pair of ${allBundled.policies} board policies (${allBundled.pairs} pairs), two threads: ${allBundled.ms.toFixed(0)} ms wall`);
  console.log(`  largest bounds (24 attendees, 5 from one agency), ${largest.slowestPair}: ${(largest.ms / 1000).toFixed(1)} s, peak ${largest.peakRssMB.toFixed(0)} MB`);
  console.log("| attendees (at most) | wall (ms) | CPU (ms) | conferences covered | slowest pair (ms) | local exponent |\n|---|---|---|---|---|---|");
  for (const r of growth) console.log(`| ${r.maxAttendees} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.conferences.toExponential(2)} | ${r.slowestPair} (${r.slowestPairMs.toFixed(0)}) | ${f(r.exponentFromPrevious)} |`);
  return {
    method: "each measurement in a fresh process, run once (the ten pairs at the default bounds five times, the median kept); time of diff() over the compiled policies (diffInParallel on two worker threads where `threads` is 2), with the V8 settings `quorate diff` makes (roomForSearching) on two threads, without on one; CPU counts every thread; exponent = log(CPU time ratio) / log(attendee ratio) between consecutive bounds, on one thread",
    atDefault,
    twelve,
    allBundled,
    growth,
    largest,
  };
}

if (process.argv[2] === "--one") await measureOne(JSON.parse(process.argv[3]));
else if (process.argv[1] === new URL(import.meta.url).pathname) diffBenchmarks();
