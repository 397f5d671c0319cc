/**
 * Memory for the largest conference files, measured in a child process (its peak resident
 * set size, as the system counts it), not by a clock. A 32 MiB file of 16 million
 * attendees that are numbers once took 3.5 GB while every one of its 16 million errors was
 * built; a file of millions of empty objects took gigabytes just to parse.
 */
import { spawnSync } from "node:child_process";
import { openSync, closeSync, truncateSync, writeSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CONFERENCE_BYTES, MAX_JSON_VALUES } from "../../runtime/validateConference.js";
import { ENGINE, REPO, scratchPolicies } from "../helpers/runCli.js";

const GIGABYTE_KB = 1024 * 1024;
const REPORT_PEAK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\npeak-kb="+process.resourceUsage().maxRSS+"\\n"))';

/** A conference file just under the size limit whose attendees are `unit` repeated. */
function fileOf(dir: string, name: string, unit: string): string {
  const file = path.join(dir, name);
  const head = '{"children":[{"id":"amy"}],"attendees":[';
  const tail = "1]}";
  const count = Math.floor((MAX_CONFERENCE_BYTES - head.length - tail.length) / unit.length);
  const fd = openSync(file, "w");
  writeSync(fd, head);
  const block = unit.repeat(Math.floor(1_048_576 / unit.length));
  const perBlock = Math.floor(1_048_576 / unit.length);
  let left = count;
  for (; left >= perBlock; left -= perBlock) writeSync(fd, block);
  writeSync(fd, unit.repeat(left) + tail);
  closeSync(fd);
  return file;
}

function evalMeasured(file: string): { code: number | null; stderr: string; peakKb: number } {
  const run = spawnSync(process.execPath, ["--import", REPORT_PEAK, path.join(REPO, "bin/quorate.js"), "eval", "policies/wakefield.policy", file], { cwd: ENGINE, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const peak = /peak-kb=(\d+)/.exec(run.stderr)?.[1];
  return { code: run.status, stderr: run.stderr, peakKb: Number(peak) };
}

describe("the largest conference files, measured in a child process", () => {
  it("16 million attendees that are numbers: the problems listed (the first 50), under 1 GB at the peak", () => {
    const file = fileOf(scratchPolicies(), "numbers.json", "1,");
    const run = evalMeasured(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("attendees[0]: attendees[0] should be an object, not a number");
    expect(run.stderr).toContain("and more problems like these; fix these first");
    expect(run.peakKb).toBeGreaterThan(0);
    expect(run.peakKb).toBeLessThan(GIGABYTE_KB);
  });

  it("16 million numbers without the closing brackets: the place of the syntax error, under 1 GB (finding it built a tree of 1.7 GB)", () => {
    const file = fileOf(scratchPolicies(), "broken.json", "1,");
    truncateSync(file, MAX_CONFERENCE_BYTES - 64);
    const run = evalMeasured(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/\(the end of the file\): the file is not valid JSON: it ends too soon/);
    expect(run.peakKb).toBeGreaterThan(0);
    expect(run.peakKb).toBeLessThan(GIGABYTE_KB);
  });

  it(`11 million empty objects: refused before parsing (more than ${MAX_JSON_VALUES.toLocaleString("en-GB")} objects, lists and fields), well under 1 GB`, () => {
    const file = fileOf(scratchPolicies(), "objects.json", "{},");
    const run = evalMeasured(file);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the file holds 11,\d{3},\d{3} objects, lists and fields, more than the 3,000,000 Quorate reads/);
    expect(run.peakKb).toBeLessThan(GIGABYTE_KB / 2);
  });
});
