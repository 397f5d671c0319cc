/**
 * Fuzzing the inputs beside policies (inputArbitraries.ts): conferences handed to the
 * library, lines of a batch, whole batches through `quorate eval --batch`, and scenario
 * files through `quorate test`.
 *
 * - `conference checked without a throw`: validateConference never throws and its problems
 *   each have a path and a message (at most the capped number); a conference it accepts is
 *   decided without a throw, each child with an outcome; evaluate throws nothing but
 *   ConferenceInputError;
 * - `batch line checked without a throw`: a line is read, checked and decided (or given its
 *   problems) without a throw, and its record is one line of valid JSON; a whole batch
 *   writes one record per line that is not blank, exits 0 or 1, and names no internal error;
 * - `scenario file run without a crash`: `quorate test` exits 0, 1 or 2, never with an
 *   internal error, never shows a file outside the scenario's folders, and its JSON output
 *   parses.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseConferenceLine, checkConference } from "../../cli/batch/conferenceLine.js";
import { decidedLine, explainedLine, invalidLine } from "../../cli/batch/record.js";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { Outcome } from "../../runtime/decision.js";
import { evaluate } from "../../runtime/evaluate.js";
import { createDecider, createEvaluator } from "../../runtime/evaluator.js";
import { ConferenceInputError, MAX_PROBLEMS, validateConference, type ConferenceProblem } from "../../runtime/validateConference.js";
import { runCliWithStdin } from "../helpers/batch.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";
import { cases, failureOf, fuzzInputs } from "./harness.js";
import { batchLineText, batchText, conferenceValue, scenarioFileText } from "./inputArbitraries.js";
import type { CaseOutcome } from "./properties.js";

const BOARDS = ["cwm-taf-morgannwg", "lancashire", "mid-and-west-wales", "south-ayrshire", "wakefield"];
const IRS: PolicyIR[] = BOARDS.map((name) => {
  const { ir } = compileFile(path.join(ENGINE, `policies/${name}.policy`), { today: "2026-01-01" });
  if (!ir) throw new Error(`${name} did not compile`);
  return ir;
});
const EVALUATORS = IRS.map((ir) => createEvaluator(ir));
const DECIDERS = IRS.map((ir) => createDecider(ir));
const OUTCOMES = new Set<string>(Outcome.options);

const board = fc.nat({ max: BOARDS.length - 1 });
const conferenceValueWithBoard = fc.tuple(conferenceValue, board);
const batchLineWithBoard = fc.tuple(batchLineText, board);
const scenarioWithFormat = fc.tuple(scenarioFileText, fc.boolean());

function shown(value: unknown): string {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? String(value) : text.length > 2000 ? `${text.slice(0, 2000)}… (${text.length} characters)` : text;
  } catch {
    return `a value that cannot be written as JSON (it contains itself): ${Object.prototype.toString.call(value)}`;
  }
}

function problemsWellFormed(problems: readonly ConferenceProblem[]): string | undefined {
  if (problems.length === 0) return "no problems were given for an input that was refused";
  if (problems.length > MAX_PROBLEMS + 2) return `${problems.length} problems listed, more than the cap`;
  const bad = problems.find((p) => typeof p.path !== "string" || p.path === "" || typeof p.message !== "string" || p.message === "");
  return bad ? `a problem without a path or a message: ${JSON.stringify(bad)}` : undefined;
}

function failing(property: CaseOutcome["checked"][number], reason: string | undefined): CaseOutcome {
  return { checked: [property], failures: reason === undefined ? [] : [{ property, reason }] };
}

function checkConferenceValue(value: unknown, board: number): string | undefined {
  const ir = IRS[board % IRS.length] as PolicyIR;
  const checked = validateConference(ir, value);
  if (!checked.ok) {
    const reason = problemsWellFormed(checked.problems);
    if (reason) return reason;
  } else {
    const decision = (EVALUATORS[board % IRS.length] as ReturnType<typeof createEvaluator>)(checked.conference);
    const odd = decision.children.find((c) => !OUTCOMES.has(c.outcome));
    if (odd) return `child ${odd.child} was given the outcome ${odd.outcome}`;
  }
  try {
    evaluate(ir, value);
  } catch (error) {
    if (!(error instanceof ConferenceInputError)) throw error;
  }
  return undefined;
}

function checkLine(text: string, board: number): string | undefined {
  const parsed = parseConferenceLine({ line: 7, text });
  if (!parsed) return text.trim() === "" ? undefined : "a line that is not blank was skipped";
  const index = board % IRS.length;
  let record: string;
  if ("problems" in parsed) record = invalidLine(7, parsed.title, parsed.problems);
  else {
    const checked = checkConference(IRS[index] as PolicyIR, parsed.value);
    if ("problems" in checked) {
      const reason = problemsWellFormed(checked.problems);
      if (reason) return reason;
      record = invalidLine(7, parsed.title, checked.problems);
    } else {
      record = board % 2 === 0 ? decidedLine(7, parsed.title, (DECIDERS[index] as ReturnType<typeof createDecider>)(checked.conference)) : explainedLine(7, parsed.title, (EVALUATORS[index] as ReturnType<typeof createEvaluator>)(checked.conference));
    }
  }
  if (record.includes("\n")) return "the record is more than one line";
  JSON.parse(record);
  return undefined;
}

function guarded(property: CaseOutcome["checked"][number], work: () => string | undefined | Promise<string | undefined>): Promise<CaseOutcome> {
  return Promise.resolve()
    .then(work)
    .then(
      (reason) => failing(property, reason),
      (error: unknown) => failing(property, `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );
}

describe("fuzzing the inputs beside policies", () => {
  it("conferences handed to the library: checked, and decided when valid, without a throw", async () => {
    const report = await fuzzInputs("conference values", conferenceValueWithBoard, ([value, board]) => guarded("conference checked without a throw", () => checkConferenceValue(value, board)), ([value]) => shown(value), cases(600, 40_000));
    expect(failureOf(report)).toBeUndefined();
  });

  it("lines of a batch: read, checked and decided (or given problems) without a throw, each record one line of JSON", async () => {
    const report = await fuzzInputs("batch lines", batchLineWithBoard, ([text, board]) => guarded("batch line checked without a throw", () => checkLine(text, board)), ([text]) => shown(text), cases(600, 40_000));
    expect(failureOf(report)).toBeUndefined();
  });

  it("whole batches through `quorate eval --batch -`: one record per line, exit 0 or 1, no internal error", async () => {
    const check = (text: string) =>
      guarded("batch line checked without a throw", async () => {
        const run = await runCliWithStdin(["eval", "policies/wakefield.policy", "--batch", "-"], text);
        const lines = text.split("\n").filter((l) => l.replace(/^\ufeff/, "").trim() !== "");
        const records = run.stdout === "" ? [] : run.stdout.trimEnd().split("\n");
        if (run.code !== 0 && run.code !== 1) return `exit ${run.code}: ${run.stderr}`;
        if (/internal error/.test(run.stderr)) return run.stderr;
        if (records.length !== lines.length) return `${records.length} records for ${lines.length} lines`;
        for (const r of records) JSON.parse(r);
        return undefined;
      });
    const report = await fuzzInputs("batch runs", batchText, check, (t) => shown(t), cases(25, 1_500));
    expect(failureOf(report)).toBeUndefined();
  });

  it("scenario files through `quorate test`: exit 0, 1 or 2, no internal error, nothing from outside shown", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "outside"));
    writeFileSync(path.join(dir, "outside/secret.policy"), "TOPSECRET=hunter2\n");
    const file = "policies/scenarios/fuzz.scenarios.json";
    const check = ([text, json]: [string, boolean]) =>
      guarded("scenario file run without a crash", async () => {
        writeFileSync(path.join(dir, file), text);
        const run = await runCli(["test", file, ...(json ? ["--format", "json"] : [])], dir);
        const all = run.stdout + run.stderr;
        if (run.code !== 0 && run.code !== 1 && run.code !== 2) return `exit ${run.code}`;
        if (/internal error|Q099/.test(all)) return all.slice(0, 2000);
        if (all.includes("TOPSECRET")) return "a file outside the scenario's folders was shown";
        if (json && run.stdout !== "") JSON.parse(run.stdout);
        return undefined;
      });
    const report = await fuzzInputs("scenario files", scenarioWithFormat, check, ([t]) => shown(t), cases(25, 1_500));
    expect(failureOf(report)).toBeUndefined();
  });
});
