/**
 * The benchmark tables of docs/benchmarks.md, rendered from `bench/results.json`. `npm run bench`
 * writes both, and a test checks the page still says what the results file holds, so
 * the table can never drift from the measurements behind it.
 */

export const BENCH_START = "<!-- bench:start (written by `npm run bench` from bench/results.json) -->";
export const BENCH_END = "<!-- bench:end -->";

interface CompileRow {
  policy: string;
  compileMs: number;
  fromScratchMs: number;
  jsonParseMs: number;
  ratio: number;
  fromScratchRatio: number;
  meanRatio: number;
}

interface EvaluateRow {
  policy: string;
  explainedMs: number;
  decisionsOnlyMs: number;
  decisionsPerSecond: number;
  validateMs: number;
  baselineMs?: number;
  decisionsOnlyVsBaseline?: number;
  explainedVsBaseline?: number;
}

interface DiffRow {
  maxAttendees: number;
  maxPerGroup: number;
  default: boolean;
  ms: number;
  cpuMs: number;
  conferences: number;
  slowestPair: string;
  slowestPairMs: number;
  exponentFromPrevious?: number;
  threads?: number;
  policies?: number;
  pairs?: number;
  peakRssMB?: number;
  /** Where the row is the median of several runs, each run's wall time (ms). */
  runs?: number[];
}

interface BatchRun {
  conferences: number;
  seconds: number;
  conferencesPerSecond: number;
  peakRssMiB: number;
  peakRssMB: number;
  policy?: string;
  policies?: string;
}

interface GrowthRow {
  case: string;
  unit: string;
  sizes: number[];
  ms: number[];
  ratiosPerDoubling: number[];
  eightfold: number;
}

interface DatesRow {
  policy: string;
  datedDeadlines: number;
  explainedUs: number;
  explainedDatedUs: number;
  explainedRatio: number;
  decisionsOnlyUs: number;
  decisionsOnlyDatedUs: number;
  decisionsOnlyRatio: number;
}

interface DatedBatch {
  conferences: number;
  rounds: number;
  undatedSeconds: number;
  datedSeconds: number;
  ratio: number;
}

/** Deciding the same conferences without and with a date (bench/dates.mjs). */
interface DatesResults {
  date: string;
  method: string;
  target: number;
  inProcess: DatesRow[];
  batch: { policy: string; default: DatedBatch; explain: DatedBatch };
}

/** Quorate Studio in headless Chromium: each keystroke to its problems shown (bench/studio.mjs). */
interface StudioResults {
  date: string;
  method: string;
  policy: string;
  characters: number;
  keystrokes: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
  serviceMs: number;
  medianVsService: number;
  targetMs: number;
}

export interface BenchResults {
  date: string;
  machine: string;
  node: string;
  method: string;
  compile: CompileRow[];
  evaluate: EvaluateRow[];
  coldStart: { nodeMs: number; checkMs: number; ratio: number; runs: number };
  diff: { atDefault: DiffRow; growth: DiffRow[]; twelve?: DiffRow; allBundled?: DiffRow; largest?: DiffRow; date?: string };
  batch: { evalBatch: BatchRun; impact: BatchRun; generator: { conferencesPerSecond: number } };
  growth: GrowthRow[];
  dates?: DatesResults;
  studio?: StudioResults;
}

const whole = (n: number) => Math.round(n).toLocaleString("en-GB");
const fixed = (n: number, digits: number) => n.toFixed(digits);
const times = (n: number | undefined) => (n === undefined ? "–" : `${n.toFixed(2)}×`);
const met = (ok: boolean) => (ok ? "met" : "**missed**");

function targets(r: BenchResults): string[] {
  const worstCompile = r.compile.reduce((a, b) => (a.ratio >= b.ratio ? a : b));
  const withBaseline = r.evaluate.filter((e) => e.decisionsOnlyVsBaseline !== undefined);
  const worstEvaluate = withBaseline.reduce((a, b) => ((a.decisionsOnlyVsBaseline ?? 0) >= (b.decisionsOnlyVsBaseline ?? 0) ? a : b));
  const lastGrowth = r.diff.growth[r.diff.growth.length - 1];
  return [
    "| target | measured | |",
    "|---|---|---|",
    `| compile ≤ 10× \`JSON.parse\` of the IR (every policy) | worst ${fixed(worstCompile.ratio, 1)}× (${worstCompile.policy}; ${fixed(worstCompile.meanRatio, 1)}× on the means) | ${met(worstCompile.ratio <= 10)} |`,
    `| decide ≤ 1.5× a hand-written function (decisions only; the ${withBaseline.length} boards with one) | worst ${times(worstEvaluate.decisionsOnlyVsBaseline)} (${worstEvaluate.policy}) | ${met((worstEvaluate.decisionsOnlyVsBaseline ?? Infinity) <= 1.5)} |`,
    ...diffTargets(r),
    `| diff time polynomial in attendees (4 → 16) | local exponent ${r.diff.growth.flatMap((g) => (g.exponentFromPrevious === undefined ? [] : [fixed(g.exponentFromPrevious, 1)])).join(", ")}; ${lastGrowth ? `${whole(lastGrowth.cpuMs)} ms of CPU at ${lastGrowth.maxAttendees}` : ""} | see below |`,
    `| \`quorate check policies\` ≤ 4× \`node -e ""\` | ${fixed(r.coldStart.ratio, 1)}× | ${met(r.coldStart.ratio <= 4)} |`,
    `| \`eval --batch\` of ${whole(r.batch.evalBatch.conferences)} conferences under 200 MB | ${fixed(r.batch.evalBatch.peakRssMB, 0)} MB peak | ${met(r.batch.evalBatch.peakRssMB < 200)} |`,
    ...(r.dates ? [datesTarget(r.dates)] : []),
    ...(r.studio ? [`| Studio: keystroke to problems shown under ${r.studio.targetMs} ms at the median (the largest board policy, in the browser) | ${fixed(r.studio.medianMs, 1)} ms (${r.studio.policy}; ${fixed(r.studio.medianVsService, 1)}× the language service in Node) | ${met(r.studio.medianMs < r.studio.targetMs)} |`] : []),
  ];
}

function studioTable(s: StudioResults): string[] {
  return [
    "",
    `Quorate Studio in headless Chromium (\`bench/studio.mjs\`, measured ${s.date}): ${s.method}:`,
    "",
    "| policy | characters | keystrokes | median (ms) | 90th percentile (ms) | slowest (ms) | language service in Node (ms) | median ÷ service |",
    "|---|---|---|---|---|---|---|---|",
    `| ${s.policy} | ${whole(s.characters)} | ${s.keystrokes} | ${fixed(s.medianMs, 1)} | ${fixed(s.p90Ms, 1)} | ${fixed(s.maxMs, 1)} | ${fixed(s.serviceMs, 2)} | ${fixed(s.medianVsService, 1)}× |`,
  ];
}

function datesTarget(d: DatesResults): string {
  const worst = Math.max(d.batch.default.ratio, d.batch.explain.ratio);
  return `| due dates slow \`eval --batch\` by at most ${fixed((d.target - 1) * 100, 0)}% (dated ÷ undated, same run) | ${times(d.batch.default.ratio)} default records, ${times(d.batch.explain.ratio)} with \`--explain\` (every due date computed) | ${met(worst <= d.target)} |`;
}

function datesTables(d: DatesResults): string[] {
  const lines = ["", `Dating deadlines (\`bench/dates.mjs\`, measured ${d.date}): the same conferences decided without and with a \`date\`. Method: ${d.method}. Through the CLI, under ${d.batch.policy}:`, ""];
  lines.push("| command | conferences | undated (s) | dated (s) | dated ÷ undated |", "|---|---|---|---|---|");
  for (const [name, b] of [["`eval --batch -` (default records: the version in force is chosen, no due date is written)", d.batch.default], ["`eval --batch - --explain` (whole decisions: every duty, route start and stage dated)", d.batch.explain]] as const) {
    lines.push(`| ${name} | ${whole(b.conferences)} | ${fixed(b.undatedSeconds, 2)} | ${fixed(b.datedSeconds, 2)} | ${times(b.ratio)} |`);
  }
  lines.push("", "In process, the realistic conference:", "", "| policy | dated deadlines and routes | explained (µs) | explained, dated (µs) | ratio | decisions only, versions layer (µs) | dated (µs) | ratio |", "|---|---|---|---|---|---|---|---|");
  for (const row of d.inProcess) lines.push(`| ${row.policy} | ${row.datedDeadlines} | ${fixed(row.explainedUs, 2)} | ${fixed(row.explainedDatedUs, 2)} | ${times(row.explainedRatio)} | ${fixed(row.decisionsOnlyUs, 2)} | ${fixed(row.decisionsOnlyDatedUs, 2)} | ${times(row.decisionsOnlyRatio)} |`);
  return lines;
}

function diffTargets(r: BenchResults): string[] {
  const d = r.diff;
  const threads = d.atDefault.threads ? ` on ${d.atDefault.threads} threads` : "";
  const runs = d.atDefault.runs && d.atDefault.runs.length > 1 ? ` (the median of ${d.atDefault.runs.length} runs: ${d.atDefault.runs.map(whole).join(", ")} ms)` : "";
  const lines = [`| diff of all ten pairs ≤ 2 s at the default bounds (${d.atDefault.maxAttendees} attendees, ${d.atDefault.maxPerGroup} from one agency) | ${whole(d.atDefault.ms)} ms wall${threads}, ${whole(d.atDefault.cpuMs)} ms CPU${runs} | ${met(d.atDefault.ms <= 2000)} |`];
  if (d.twelve) lines.push(`| diff of all ten pairs ≤ 10 s at 12 attendees | ${whole(d.twelve.ms)} ms wall, ${whole(d.twelve.cpuMs)} ms CPU | ${met(d.twelve.ms <= 10_000)} |`);
  if (d.allBundled) lines.push(`| diff of every pair of all bundled boards ≤ 15 s at the default bounds | ${whole(d.allBundled.ms)} ms wall (${d.allBundled.policies ?? "?"} boards, ${d.allBundled.pairs ?? "?"} pairs) | ${met(d.allBundled.ms <= 15_000)} |`);
  if (d.largest) lines.push(`| no bound the CLI accepts exceeds 1 GB | ${whole(d.largest.peakRssMB ?? 0)} MB peak at ${d.largest.maxAttendees} attendees, ${d.largest.maxPerGroup} from one agency (${d.largest.slowestPair}) | ${met((d.largest.peakRssMB ?? Infinity) < 1000)} |`);
  return lines;
}

export function renderBenchmarkTables(r: BenchResults): string {
  const lines: string[] = [BENCH_START, "", `Measured ${r.date} on ${r.machine}, Node ${r.node}. Method: ${r.method}.`, "", ...targets(r), ""];

  lines.push("Compile (parse, check, lower) against `JSON.parse` of the policy's IR text. The target is read with the vocabulary and base already parsed, as in one `quorate check` of a folder; from scratch also parses them every time:", "");
  lines.push("| policy | compile (ms) | from scratch (ms) | `JSON.parse` of its IR (ms) | ratio | ratio of the means | from scratch |", "|---|---|---|---|---|---|---|");
  for (const c of r.compile) lines.push(`| ${c.policy} | ${fixed(c.compileMs, 3)} | ${fixed(c.fromScratchMs, 3)} | ${fixed(c.jsonParseMs, 3)} | ${fixed(c.ratio, 1)}× | ${fixed(c.meanRatio, 1)}× | ${fixed(c.fromScratchRatio, 1)}× |`);

  lines.push("", "Deciding a realistic conference (two siblings, twelve attendees: [`bench/realistic-conference.json`](../bench/realistic-conference.json)), explained (with the trace: the product) and decisions only (`createDecider`: outcome, decided by, tally, quorum), beside a hand-written function of the board's rules ([`bench/baselines/`](../bench/baselines/)) and validating the input with ajv. Decisions only and the hand-written function run in five rounds of 300 ms each, taking turns at going first, and the medians of the rounds are shown (the ratio is the median of the rounds' ratios):", "");
  lines.push("| policy | explained (µs) | decisions only (µs) | decisions per second | hand-written (µs) | decisions only ÷ hand-written | explained ÷ hand-written | validate with ajv (µs) |", "|---|---|---|---|---|---|---|---|");
  const us = (ms: number | undefined) => (ms === undefined ? "–" : fixed(ms * 1000, 2));
  for (const e of r.evaluate) lines.push(`| ${e.policy} | ${us(e.explainedMs)} | ${us(e.decisionsOnlyMs)} | ${whole(e.decisionsPerSecond)} | ${us(e.baselineMs)} | ${times(e.decisionsOnlyVsBaseline)} | ${times(e.explainedVsBaseline)} | ${us(e.validateMs)} |`);

  lines.push("", `Start-up, the median of ${r.coldStart.runs} runs of each command, taking turns:`, "");
  lines.push("| command | wall time (ms) | ratio |", "|---|---|---|", `| \`node -e ""\` | ${whole(r.coldStart.nodeMs)} | 1× |`, `| \`quorate check policies\` | ${whole(r.coldStart.checkMs)} | ${fixed(r.coldStart.ratio, 1)}× |`);

  lines.push("", `The semantic diff of all ten pairs of the five original boards (\`diff()\` on one thread, each bound in a fresh process; at most ${r.diff.atDefault.maxPerGroup} attendees from one agency)${r.diff.date ? `, measured ${r.diff.date}` : ""}. The local exponent is log(CPU time ratio) ÷ log(attendee ratio) from the bound before: polynomial growth keeps it bounded, exponential growth would make it climb without end:`, "");
  lines.push("| attendees (at most) | wall (ms) | CPU (ms) | conferences covered | slowest pair (ms) | local exponent |", "|---|---|---|---|---|---|");
  for (const d of r.diff.growth) lines.push(`| ${d.maxAttendees}${d.maxAttendees === r.diff.atDefault.maxAttendees ? " (default)" : ""} | ${whole(d.ms)} | ${whole(d.cpuMs)} | ${d.conferences.toExponential(1)} | ${d.slowestPair} (${whole(d.slowestPairMs)}) | ${d.exponentFromPrevious === undefined ? "–" : fixed(d.exponentFromPrevious, 1)} |`);

  const b = r.batch;
  lines.push("", `Streaming a history of generated conferences (4–12 attendees, one or two children) through the CLI on standard input; peak memory is the process's own peak resident set (the generator alone makes ${whole(b.generator.conferencesPerSecond)} a second):`, "");
  lines.push("| command | conferences | time (s) | conferences per second | peak memory |", "|---|---|---|---|---|");
  lines.push(`| \`quorate eval ${b.evalBatch.policy ?? ""} --batch -\` | ${whole(b.evalBatch.conferences)} | ${fixed(b.evalBatch.seconds, 1)} | ${whole(b.evalBatch.conferencesPerSecond)} | ${fixed(b.evalBatch.peakRssMB, 0)} MB (${fixed(b.evalBatch.peakRssMiB, 0)} MiB) |`);
  lines.push(`| \`quorate impact\` (${b.impact.policies ?? ""}) | ${whole(b.impact.conferences)} | ${fixed(b.impact.seconds, 1)} | ${whole(b.impact.conferencesPerSecond)} | ${fixed(b.impact.peakRssMB, 0)} MB (${fixed(b.impact.peakRssMiB, 0)} MiB) |`);

  if (r.dates) lines.push(...datesTables(r.dates));
  if (r.studio) lines.push(...studioTable(r.studio));

  lines.push("", "How each cost grows with its input (`bench/growth.mjs`; the median of several runs at sizes N, 2N, 4N and 8N). Linear growth doubles the time with each doubling (8N takes about 8× N); quadratic growth would quadruple it:", "");
  lines.push("| growth with input size | N | ms at N | 2N | 4N | 8N | ratio per doubling | 8N ÷ N |", "|---|---|---|---|---|---|---|---|");
  for (const g of r.growth) lines.push(`| ${g.case} | ${whole(g.sizes[0] ?? 0)} ${g.unit} | ${g.ms.map((t) => fixed(t, 1)).join(" | ")} | ${g.ratiosPerDoubling.map((x) => fixed(x, 2)).join(", ")} | ${fixed(g.eightfold, 1)} |`);
  lines.push("", BENCH_END);
  return lines.join("\n");
}

/** The page (docs/benchmarks.md) with its benchmark block replaced by the tables for `results`. */
export function withBenchmarkTables(page: string, results: BenchResults): string {
  const start = page.indexOf(BENCH_START);
  const end = page.indexOf(BENCH_END);
  if (start < 0 || end < start) throw new Error("the page has no benchmark block to fill");
  return page.slice(0, start) + renderBenchmarkTables(results) + page.slice(end + BENCH_END.length);
}
