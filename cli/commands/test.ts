/**
 * `quorate test [paths…] [--format text|json] [--verbose]`: run scenario files
 * (`*.scenarios.json`; a folder means every one beneath it). Each scenario's conference is
 * decided under the file's policy and compared with what the scenario expects, child by
 * child. The text lists the failures (expected against actual, and why the child was
 * decided so) and the files that could not be run, then a count; `--verbose` lists every
 * scenario. Exit 0 when all pass, 1 when one fails (or a policy has errors), 2 when a
 * scenario file or its conference cannot be read or is not valid.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { PolicyIR } from "../../compiler/ir.js";
import type { Conference } from "../../runtime/conference.js";
import type { ChildDecision } from "../../runtime/decision.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import { isInside, staysInsideThroughLinks } from "../../compiler/host.js";
import { formatPath } from "../../runtime/jsonPath.js";
import { compareChild, scenariosJsonSchema, type Mismatch, type Scenario, type ScenarioFile } from "../../runtime/scenario.js";
import { schemaCheck, validateConference, type ConferenceProblem } from "../../runtime/validateConference.js";
import { readJsonFile } from "../conferenceFile.js";
import { UsageError, type CliIO } from "../io.js";
import { loadPolicy } from "../loadPolicy.js";
import { printableData } from "../printable.js";
import type { Style } from "../style.js";
import { styleFor } from "../style.js";

export interface TestOptions {
  paths: string[];
  format: "text" | "json";
  today?: string;
  /** List every scenario, not only the failures. */
  verbose?: boolean;
}

const SUFFIX = ".scenarios.json";

interface ScenarioOutcome {
  name: string;
  clause: string;
  passed: boolean;
  mismatches: Mismatch[];
  /** Problems with the scenario itself (an invalid conference, a child it does not have). */
  problems: ConferenceProblem[];
  decisions: ChildDecision[];
}

interface FileOutcome {
  path: string;
  policy: string | null;
  problems: ConferenceProblem[];
  scenarios: ScenarioOutcome[];
}

function findScenarioFiles(dir: string, shown: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    if (entry.isDirectory()) findScenarioFiles(path.join(dir, entry.name), path.join(shown, entry.name), out);
    else if (entry.isFile() && entry.name.endsWith(SUFFIX)) out.push(path.join(shown, entry.name));
  }
}

export function scenarioFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const given of paths.length > 0 ? paths : ["policies"]) {
    const full = path.resolve(cwd, given);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(full).isDirectory();
    } catch {
      if (paths.length === 0) throw new UsageError("no scenarios were named, and there is no `policies` folder here to look in", "name scenario files (`*.scenarios.json`) or folders that contain them, or run this in the folder that holds `policies`");
      throw new UsageError(`cannot read \`${given}\`: the file does not exist`, "name scenario files (`*.scenarios.json`) or folders that contain them");
    }
    if (isDirectory) {
      const before = files.length;
      findScenarioFiles(full, given, files);
      if (files.length === before) throw new UsageError(`no \`${SUFFIX}\` files in \`${given}\``, "name a folder of scenario files, such as `policies/scenarios`");
    } else files.push(given);
  }
  return [...new Set(files.map((f) => path.normalize(f)))];
}

let scenarioValidator: ReturnType<typeof schemaCheck> | undefined;

function readJson(file: string, cwd: string, within?: string): { value: unknown } | { problems: ConferenceProblem[]; outside?: true } {
  const read = readJsonFile(file, cwd, "a scenario file", within);
  if (!("unreadable" in read)) return read;
  const problems = [{ path: "(the whole file)", message: `cannot read it: ${read.unreadable}` }];
  return read.outside ? { problems, outside: true } : { problems };
}

const LINKED_CONFERENCE_HELP = "copy the conference file into the scenario file's folder instead of linking to it";

/**
 * A conference named by path is read from beside the scenario file, never from outside its
 * folder: the path is checked as written, where its links lead, and (against a link
 * changed in between) as the file actually opened.
 */
function conferenceOf(scenario: Scenario, index: number, file: string, cwd: string): { value: unknown } | { problems: ConferenceProblem[] } {
  if (typeof scenario.conference !== "string") return { value: scenario.conference };
  const where = formatPath(["scenarios", index, "conference"]);
  const folder = path.resolve(cwd, path.dirname(file));
  const target = path.resolve(folder, scenario.conference);
  if (!isInside(folder, target)) {
    return { problems: [{ path: where, message: `\`${scenario.conference}\` is outside the folder of the scenario file`, hint: "keep shared conference files in the scenario file's folder or below it" }] };
  }
  const linkedOut = { problems: [{ path: where, message: `\`${scenario.conference}\` is a link to a file outside the folder of the scenario file`, hint: LINKED_CONFERENCE_HELP }] };
  if (!staysInsideThroughLinks(folder, target)) return linkedOut;
  const read = readJson(path.relative(cwd, target), cwd, folder);
  if ("outside" in read) return linkedOut;
  if ("problems" in read) return { problems: read.problems.map((p) => ({ ...p, path: `${scenario.conference}: ${p.path}` })) };
  return read;
}

/**
 * The policy a scenario file tests: a `.policy` file inside the folder that holds the
 * scenario file's folder (`../board.policy` from `policies/scenarios/`), never a file
 * elsewhere on the machine, whose lines a syntax error would print.
 */
function policyOf(written: string, file: string, cwd: string): { path: string; within: string } | { problem: ConferenceProblem } {
  const help = "name the board's policy file beside the scenarios folder, such as \"../wakefield.policy\" from `policies/scenarios/`";
  if (!written.endsWith(".policy") || path.isAbsolute(written)) return { problem: { path: "policy", message: `\`${written}\` is not a \`.policy\` file near the scenario file`, hint: help } };
  const folder = path.resolve(cwd, path.dirname(file));
  const within = path.dirname(folder);
  const target = path.resolve(folder, written);
  if (!isInside(within, target)) return { problem: { path: "policy", message: `\`${written}\` is outside the folder that holds the scenario file's folder`, hint: help } };
  if (!staysInsideThroughLinks(within, target)) return { problem: { path: "policy", message: `\`${written}\` is a link to a file outside the folder that holds the scenario file's folder`, hint: "copy the policy in instead of linking to it" } };
  return { path: path.join(path.dirname(file), written), within: path.relative(cwd, within) || "." };
}

function runScenario(ir: PolicyIR, decide: ReturnType<typeof createEvaluator>, scenario: Scenario, index: number, file: string, cwd: string): ScenarioOutcome {
  const base = { name: scenario.name, clause: scenario.clause, mismatches: [], decisions: [] };
  const loaded = conferenceOf(scenario, index, file, cwd);
  if ("problems" in loaded) return { ...base, passed: false, problems: loaded.problems };
  const checked = validateConference(ir, loaded.value);
  const prefix = typeof scenario.conference === "string" ? `${scenario.conference}: ` : `${formatPath(["scenarios", index, "conference"])}.`;
  if (!checked.ok) return { ...base, passed: false, problems: checked.problems.map((p) => ({ ...p, path: prefix + p.path })) };
  const conference: Conference = checked.conference;
  const result = decide(conference);
  const mismatches: Mismatch[] = [];
  const problems: ConferenceProblem[] = [];
  const decided = new Map(result.children.map((c) => [c.child, c]));
  for (const [child, expected] of Object.entries(scenario.expect)) {
    if (expected === undefined) continue;
    const actual = decided.get(child);
    if (!actual) problems.push({ path: formatPath(["scenarios", index, "expect", child]), message: `the conference has no child \`${child}\`` });
    else mismatches.push(...compareChild(child, expected, actual, result.notApplied));
  }
  return { name: scenario.name, clause: scenario.clause, passed: mismatches.length === 0 && problems.length === 0, mismatches, problems, decisions: result.children };
}

/** What the schema cannot say: a scenario that checks nothing could never fail, and two of one name cannot be told apart. */
function scenarioFileProblems(parsed: ScenarioFile): ConferenceProblem[] {
  const problems: ConferenceProblem[] = [];
  const firstNamed = new Map<string, number>();
  parsed.scenarios.forEach((scenario, i) => {
    if (Object.keys(scenario.expect).length === 0) {
      problems.push({ path: formatPath(["scenarios", i, "expect"]), message: "the scenario expects nothing, so it could never fail", hint: 'name at least one child and the outcome expected, such as "expect": { "amy": { "outcome": "register" } }' });
    }
    const first = firstNamed.get(scenario.name);
    if (first === undefined) firstNamed.set(scenario.name, i);
    else problems.push({ path: formatPath(["scenarios", i, "name"]), message: `\`${scenario.name}\` is also the name of ${formatPath(["scenarios", first])}`, hint: "give each scenario its own name, so that a failure points to one" });
  });
  return problems;
}

function runFile(file: string, io: CliIO, style: Style, today: string | undefined): { outcome: FileOutcome; exitCode: number } {
  const empty = (problems: ConferenceProblem[], policy: string | null = null) => ({ outcome: { path: file, policy, problems, scenarios: [] }, exitCode: 2 });
  const read = readJson(file, io.cwd);
  if ("problems" in read) return empty(read.problems);
  scenarioValidator ??= schemaCheck(scenariosJsonSchema());
  const wrong = scenarioValidator(read.value);
  if (wrong !== undefined) return empty(wrong);
  // ajv has checked the shape; zod's parse would drop a `__proto__` key from the records.
  const parsed = read.value as ScenarioFile;
  const unrunnable = scenarioFileProblems(parsed);
  if (unrunnable.length > 0) return empty(unrunnable);
  const policy = policyOf(parsed.policy, file, io.cwd);
  if ("problem" in policy) return empty([policy.problem]);
  const policyPath = policy.path;
  let loaded;
  try {
    loaded = loadPolicy(policyPath, io, style, today, false, false, policy.within);
  } catch (error) {
    if (error instanceof UsageError) return empty([{ path: "policy", message: error.message, ...(error.help ? { hint: error.help } : {}) }], policyPath);
    throw error;
  }
  if ("exitCode" in loaded) return { outcome: { path: file, policy: policyPath, problems: [{ path: "policy", message: `${policyPath} has errors` }], scenarios: [] }, exitCode: loaded.exitCode };
  const decide = createEvaluator(loaded.ir);
  const scenarios = parsed.scenarios.map((s, i) => runScenario(loaded.ir, decide, s, i, file, io.cwd));
  const exitCode = scenarios.some((s) => s.problems.length > 0) ? 2 : scenarios.some((s) => !s.passed) ? 1 : 0;
  return { outcome: { path: file, policy: loaded.ir.id, problems: [], scenarios }, exitCode };
}

function renderFailure(s: ScenarioOutcome, style: Style): string[] {
  const lines: string[] = [];
  for (const p of s.problems) lines.push(`      ${style.error(p.path)}: ${p.message}${p.hint ? `\n        help: ${p.hint}` : ""}`);
  for (const m of s.mismatches) lines.push(`      ${m.child} ${m.field}: expected ${style.good(m.expected)}, got ${style.error(m.actual)}`);
  const decisions = new Map(s.decisions.map((d) => [d.child, d]));
  for (const child of new Set(s.mismatches.map((m) => m.child))) {
    const decision = decisions.get(child);
    if (!decision) continue;
    lines.push(`      why ${child} was decided so:`);
    // The duties that follow a decision are shown only when the duties are what differs.
    const duties = s.mismatches.some((m) => m.child === child && m.field === "obligations");
    for (const t of decision.trace.filter((step) => duties || step.step !== "obligations")) lines.push(style.dim(`        - ${t.step.replace("_", " ")}: ${t.detail}${t.cite ? ` [${t.cite}]` : ""}`));
  }
  return lines;
}

export function runTest(options: TestOptions, io: CliIO): number {
  const style = styleFor(io.stdout.isTTY, io.env);
  const files = scenarioFiles(options.paths, io.cwd);
  let exitCode = 0;
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const run = runFile(file, io, styleFor(io.stderr.isTTY, io.env), options.today);
    exitCode = Math.max(exitCode, run.exitCode);
    outcomes.push(run.outcome);
  }
  const all = outcomes.flatMap((o) => o.scenarios);
  const counts = { files: files.length, scenarios: all.length, passed: all.filter((s) => s.passed).length, failed: all.filter((s) => !s.passed).length, brokenFiles: outcomes.filter((o) => o.problems.length > 0).length };
  if (options.format === "json") {
    const files = outcomes.map((o) => ({ path: o.path, policy: o.policy, problems: o.problems, scenarios: o.scenarios.map(({ decisions: _decisions, ...rest }) => rest) }));
    io.stdout.write(JSON.stringify({ version: 1, files, counts }, null, 2) + "\n");
    return exitCode;
  }
  let shown = false;
  // Text for a reader: file names and the scenarios' texts may hold control characters, shown escaped.
  for (const o of printableData(outcomes)) {
    const listedHere = options.verbose ? o.scenarios : o.scenarios.filter((s) => !s.passed);
    if (listedHere.length === 0 && o.problems.length === 0) continue;
    io.stdout.write(`${shown ? "\n" : ""}${style.bold(o.path)}${o.policy ? style.dim(` (${o.policy})`) : ""}\n`);
    shown = true;
    for (const p of o.problems) io.stdout.write(`  ${style.error("cannot run")}: ${p.path}: ${p.message}${p.hint ? `\n    help: ${p.hint}` : ""}\n`);
    for (const s of listedHere) {
      io.stdout.write(`  ${s.passed ? style.good("✓") : style.error("✗")} ${s.name} ${style.dim(`[${s.clause}]`)}\n`);
      if (!s.passed) io.stdout.write(renderFailure(s, style).join("\n") + "\n");
    }
  }
  const allPassed = counts.failed === 0 && counts.brokenFiles === 0;
  const summary = `${counts.scenarios} ${counts.scenarios === 1 ? "scenario" : "scenarios"} in ${counts.files} ${counts.files === 1 ? "file" : "files"}: ${counts.passed} passed, ${counts.failed} failed${counts.brokenFiles > 0 ? `; ${counts.brokenFiles} ${counts.brokenFiles === 1 ? "file" : "files"} could not be run` : ""}`;
  io.stdout.write(`${shown ? "\n" : ""}${allPassed && exitCode === 0 ? style.good(`✓ ${summary}`) : style.error(summary)}\n`);
  if (!options.verbose && counts.passed > 0 && !allPassed) io.stdout.write(style.dim("(--verbose lists the scenarios that passed too)") + "\n");
  return exitCode;
}
