import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { main } from "../../cli/main.js";
import { ProgressBar } from "../../cli/batch/progress.js";
import { compileSchema } from "../../runtime/validateConference.js";
import type { DecisionResult } from "../../runtime/decision.js";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";
import { jsonLines, runCliWithStdin, scenarioConferences, SlowReader } from "../helpers/batch.js";

const POLICY = "policies/cwm-taf-morgannwg.policy";
const validateLine = compileSchema(JSON.parse(readFileSync(path.join(REPO, "schemas/batch-line.schema.json"), "utf8")) as Record<string, unknown>);

interface LineRecord {
  line: number;
  title?: string;
  status: "decided" | "invalid";
  children?: { child: string; outcome: string; decidedBy: string | null; tally: object; quorumMet: boolean }[];
  decision?: DecisionResult;
  problems?: { path: string; message: string; hint?: string }[];
}

function records(stdout: string): LineRecord[] {
  expect(stdout.endsWith("\n")).toBe(true);
  return stdout
    .slice(0, -1)
    .split("\n")
    .map((line) => {
      const record = JSON.parse(line) as LineRecord;
      expect(validateLine(record), JSON.stringify(validateLine.errors)).toBe(true);
      return record;
    });
}

describe("quorate eval --batch", () => {
  const sample = scenarioConferences();

  it("decides every line as `quorate eval` decides it alone, with --explain giving the whole decision", async () => {
    expect(sample.length).toBeGreaterThan(50);
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "history.jsonl"), jsonLines(sample));
    const explained = await runCli(["eval", POLICY, "--batch", "history.jsonl", "--explain"], dir);
    const compact = await runCli(["eval", POLICY, "--batch", "history.jsonl"], dir);
    const full = records(explained.stdout);
    const short = records(compact.stdout);
    expect(full.length).toBe(sample.length);
    expect(short.length).toBe(sample.length);
    // A scenario's conference may be meant for another board's roles; here it is invalid, and says so.
    const decided = full.filter((r) => r.status === "decided");
    expect(decided.length).toBeGreaterThan(50);
    for (const [i, conference] of sample.entries()) {
      writeFileSync(path.join(dir, "one.json"), JSON.stringify(conference));
      const alone = await runCli(["eval", POLICY, "one.json", "--format", "json"], dir);
      const record = full[i] as LineRecord;
      expect(record.line).toBe(i + 1);
      if (alone.code === 0) {
        expect(record.decision).toEqual(JSON.parse(alone.stdout));
        const expected = (record.decision as DecisionResult).children.map((c) => ({ child: c.child, outcome: c.outcome, decidedBy: c.decidedBy ?? null, tally: c.tally, quorumMet: c.quorum.met }));
        expect(short[i]?.children).toEqual(expected);
      } else {
        expect(record.status).toBe("invalid");
        expect(short[i]?.status).toBe("invalid");
      }
    }
    expect(explained.code).toBe(full.length === decided.length ? 0 : 1);
  });

  it("a malformed or invalid line gets a record saying what and where, the run carries on, and exits 1", async () => {
    const [first, second] = sample;
    const input = [
      JSON.stringify(first),
      '{ "children": [ }',
      JSON.stringify({ title: "Misspelt role", children: [{ id: "amy" }], attendees: [{ id: "a1", role: "helth_visitor" }] }),
      "[]",
      JSON.stringify(second),
    ].join("\n");
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], input);
    expect(run.code).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => [r.line, r.status])).toEqual([
      [1, "decided"],
      [2, "invalid"],
      [3, "invalid"],
      [4, "invalid"],
      [5, "decided"],
    ]);
    expect(out[1]?.problems).toEqual([{ path: "column 17", message: "the line is not valid JSON: a value was expected", hint: "check for a missing comma, quote or closing bracket near that place" }]);
    expect(out[2]).toMatchObject({ title: "Misspelt role", problems: [{ path: "attendees[0].role", message: "`helth_visitor` is not a role in the vocabulary of cwm_taf_morgannwg", hint: "did you mean `health_visitor`?" }] });
    expect(out[3]?.problems?.[0]).toMatchObject({ path: "(the whole line)", message: "the conference should be an object, not a list" });
    expect(run.stderr).toContain("3 of 5 lines are not conferences Quorate can decide (lines 2, 3, 4)");
    expect(run.stderr).toContain('help: each such line has a record with "status": "invalid"');
  });

  it("skips blank lines but counts them, and reads Windows line ends and a byte-order mark", async () => {
    const one = JSON.stringify(sample[0]);
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], `\uFEFF${one}\r\n\r\n   \n${one}\r\n\n`);
    expect(run.code).toBe(0);
    expect(records(run.stdout).map((r) => [r.line, r.status])).toEqual([
      [1, "decided"],
      [4, "decided"],
    ]);
    expect(run.stderr).toBe(`2 conferences decided under ${path.normalize(POLICY)}\n`);
  });

  it("a line over 1 MiB is reported by its length and not held in memory; the lines after it are still decided", async () => {
    const long = JSON.stringify({ children: [{ id: "amy" }], attendees: [], title: "x".repeat(1_100_000) });
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], `${long}\n${JSON.stringify(sample[0])}\n\u00ff\n`, { chunkBytes: 65_536 });
    const out = records(run.stdout);
    expect(out[0]).toEqual({ line: 1, status: "invalid", problems: [{ path: "(the whole line)", message: `the line is ${long.length.toLocaleString("en-GB")} bytes long, more than the 1,048,576 (1 MiB) Quorate reads as one conference`, hint: "write one conference per line; check that line breaks between conferences have not been lost" }] });
    expect(out[1]?.status).toBe("decided");
    expect(out[2]?.problems?.[0]?.path).toBe("column 1");
    expect(run.code).toBe(1);
  });

  it("reads bytes that are not UTF-8 as an invalid line", async () => {
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]));
    expect(records(run.stdout)).toEqual([{ line: 1, status: "invalid", problems: [{ path: "(the whole line)", message: "the line is not UTF-8 text", hint: "save the file as UTF-8" }] }]);
    expect(run.code).toBe(1);
  });

  it("hostile ids decide like any other, and a __proto__ key reaches no prototype", async () => {
    // Written by hand: in a JavaScript object literal `__proto__` would set the prototype, not a key.
    const line = '{"children":[{"id":"__proto__"},{"id":"constructor"}],"attendees":[{"id":"__proto__","role":"police_officer","views":{"__proto__":"register","constructor":"not_register"}},{"id":"toString","role":"children_social_worker","views":{"__proto__":"register"}}],"chair":{"decides":{"__proto__":"register","constructor":"register"}}}';
    const run = await runCliWithStdin(["eval", "policies/lancashire.policy", "--batch", "-"], line + "\n" + '{"__proto__":{"polluted":true},"children":[{"id":"a"}],"attendees":[]}\n');
    const out = records(run.stdout);
    expect(out[0]?.children?.map((c) => c.child)).toEqual(["__proto__", "constructor"]);
    expect(out[0]?.children?.[0]?.outcome).toBe("register");
    expect(out[1]).toMatchObject({ status: "invalid", problems: [{ path: "__proto__", message: "`__proto__` is not a field at the top of the conference" }] });
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("waits for a slow reader of its output rather than piling up records", async () => {
    const stdout = new SlowReader();
    // Five chunks of input, one conference each: records are written a batch per chunk.
    const stdin = Readable.from(sample.slice(0, 5).map((c) => Buffer.from(jsonLines([c]))));
    let code: number | undefined;
    const running = main(["eval", POLICY, "--batch", "-"], { stdout, stderr: { write: () => true }, stdin, cwd: ENGINE, env: { NO_COLOR: "1" } }).then((c) => (code = c));
    for (let i = 1; i <= 5; i++) {
      // The writer gets as far as the next full buffer, and no further, until the reader drains it.
      await vi.waitFor(() => expect(stdout.written.length).toBe(i), { timeout: 20_000 });
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(stdout.written.length).toBe(i);
      expect(code).toBeUndefined();
      stdout.drain();
    }
    await running;
    expect(code).toBe(0);
  });

  it("a missing file, a broken policy or --batch with a conference file exit 2 with nothing on standard output", async () => {
    const missing = await runCli(["eval", POLICY, "--batch", "nowhere.jsonl"], ENGINE);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("error: cannot read `nowhere.jsonl`: the file does not exist");
    const folder = await runCli(["eval", POLICY, "--batch", "policies"], ENGINE);
    expect(folder.stderr).toContain("cannot read `policies`: this is a folder, not a file");
    const both = await runCli(["eval", POLICY, "conference.json", "--batch", "-"], ENGINE);
    expect(both.stderr).toContain("with --batch, name only the policy");
    const explain = await runCli(["eval", POLICY, "policies/scenarios/conferences/health-split.json", "--explain"], ENGINE);
    expect(explain).toMatchObject({ code: 2 });
    expect(explain.stderr).toContain("--explain is for --batch");
    const other = await runCli(["check", "policies", "--batch", "x"], ENGINE);
    expect(other.stderr).toContain("`quorate check` does not take --batch");
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/broken.policy"), 'policy broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majorty decides\n}\n');
    writeFileSync(path.join(dir, "h.jsonl"), jsonLines(sample.slice(0, 2)));
    const broken = await runCli(["eval", "policies/broken.policy", "--batch", "h.jsonl"], dir);
    expect(broken).toMatchObject({ code: 2, stdout: "" });
    expect(broken.stderr).toContain("policies/broken.policy:5:3: error Q002");
  });
});

describe("the progress bar", () => {
  it("is drawn on a terminal's standard error, and cleared at the end", async () => {
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], jsonLines(scenarioConferences().slice(0, 3)), { stderrIsTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("\r\u001b[K0 conferences · 0 a second · 0.0 MB read");
    expect(run.stderr).toContain(`\r\u001b[K3 conferences decided under `);
  });

  it("is not drawn when standard error is not a terminal", async () => {
    const run = await runCliWithStdin(["eval", POLICY, "--batch", "-"], jsonLines(scenarioConferences().slice(0, 3)));
    expect(run.stderr).toBe(`3 conferences decided under ${path.normalize(POLICY)}\n`);
  });

  it("redraws at most ten times a second, and gives the share of a file of known size", () => {
    let clock = 0;
    const drawn: string[] = [];
    const bar = new ProgressBar({ write: (t: string) => drawn.push(t) }, 10_000_000, () => clock);
    for (let i = 0; i < 1000; i++) {
      clock += 1; // a thousand updates over one second
      bar.update(i * 50, i * 5_000);
    }
    expect(drawn.length).toBe(10);
    expect(drawn.at(-1)).toBe("\r\u001b[K45,000 conferences · 49,945 a second · 4.5 MB of 10.0 MB (45%)");
    bar.finish();
    expect(drawn.at(-1)).toBe("\r\u001b[K");
  });
});
