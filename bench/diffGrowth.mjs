// The semantic diff of all ten pairs of bundled policies: at the default bounds (the
// target is 2 s for all ten), and as the most attendees grows 4 → 8 → 12 → 16. Each size
// runs once in a fresh process, so no size inherits another's warmed code or memory; the
// search is deterministic. Both wall and CPU time are kept: on a shared machine the CPU
// time is the steadier of the two. Growth is read as the local exponent between sizes,
// log(t₂/t₁) / log(n₂/n₁): for polynomial growth it stays bounded; for exponential growth
// it climbs with every step.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";

const root = new URL("..", import.meta.url).pathname;

/** Run in a child: diff the bundled policies at one bound and print one JSON line. */
async function measureOne(maxAttendees) {
  const { compile } = await import("../dist/compiler/compile.js");
  const { diff } = await import("../dist/diff/diff.js");
  const { DEFAULT_SEARCH } = await import("../dist/diff/semantic/searchSpace.js");
  const { files, host, policyNames, today } = await import("./bundledPolicies.mjs");
  const inputs = policyNames.map((name) => ({ ir: compile(files[`policies/${name}.policy`], { filename: `policies/${name}.policy`, host, today }).ir, file: name }));
  const search = maxAttendees === "default" ? {} : { maxAttendees: Number(maxAttendees) };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = diff(inputs, { search });
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const pairs = report.pairs.map((p) => ({ between: p.between.join(" vs "), ms: p.semantic?.milliseconds ?? 0, conferences: p.semantic?.conferences ?? 0, differing: p.semantic?.differing ?? 0 }));
  const slowest = pairs.reduce((a, b) => (a.ms >= b.ms ? a : b));
  const bounds = report.pairs[0]?.semantic?.bounds;
  console.log(
    JSON.stringify({
      maxAttendees: bounds?.attendees.max ?? Number(maxAttendees),
      maxPerGroup: bounds?.perGroup.max ?? DEFAULT_SEARCH.maxPerGroup,
      default: maxAttendees === "default",
      pairs: pairs.length,
      ms,
      cpuMs: (user + system) / 1000,
      conferences: pairs.reduce((n, p) => n + p.conferences, 0),
      slowestPair: slowest.between,
      slowestPairMs: slowest.ms,
      counterexamples: report.counterexamples.length,
    }),
  );
}

function run(bound) {
  const child = spawnSync(process.execPath, [new URL(import.meta.url).pathname, "--one", String(bound)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`diff at ${bound} attendees failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

export function diffBenchmarks() {
  const atDefault = run("default");
  const growth = [4, 8, 12, 16].map(run);
  growth.forEach((row, i) => {
    const before = growth[i - 1];
    if (before) row.exponentFromPrevious = Math.log(row.cpuMs / before.cpuMs) / Math.log(row.maxAttendees / before.maxAttendees);
  });
  const f = (n) => (n === undefined ? "–" : n.toFixed(1));
  console.log(`\nsemantic diff, all ten pairs (at most ${atDefault.maxPerGroup} attendees from one group):`);
  console.log("| attendees (at most) | wall (ms) | CPU (ms) | conferences covered | slowest pair (ms) | local exponent |\n|---|---|---|---|---|---|");
  for (const r of [atDefault, ...growth]) console.log(`| ${r.maxAttendees}${r.default ? " (default)" : ""} | ${r.ms.toFixed(0)} | ${r.cpuMs.toFixed(0)} | ${r.conferences.toExponential(2)} | ${r.slowestPair} (${r.slowestPairMs.toFixed(0)}) | ${f(r.exponentFromPrevious)} |`);
  return { method: "each bound in a fresh process, run once; time of diff() over the five compiled policies; exponent = log(CPU time ratio) / log(attendee ratio) between consecutive bounds", atDefault, growth };
}

if (process.argv[2] === "--one") await measureOne(process.argv[3]);
else if (process.argv[1] === new URL(import.meta.url).pathname) diffBenchmarks();
