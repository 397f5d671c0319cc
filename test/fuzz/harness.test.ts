/** The fuzz harness counts honestly: a failing property is counted, reported with its input, and fails the summary. */
import { describe, expect, it } from "vitest";
import { failureOf, fuzzEach } from "./harness.js";
import { summarise } from "./report.js";

describe("the fuzz harness", () => {
  it("counts every case and property, and reports a failure with its input", async () => {
    const report = await fuzzEach("self-test", ["policy a", "policy b", "policy c"], (text) => ({ property: "same IR in every layout", reason: text === "policy b" ? "planted failure" : undefined }));
    expect(report.cases).toBe(3);
    expect(report.crashes).toBe(1);
    expect(report.properties["compile never throws"]).toEqual({ checked: 3, failed: 0 });
    expect(report.properties["same IR in every layout"]).toEqual({ checked: 3, failed: 1 });
    expect(failureOf(report)).toContain('same IR in every layout: planted failure\ninput: "policy b"');
    const summary = summarise([report]);
    expect(summary).toMatchObject({ cases: 3, crashes: 1 });
    expect(summary.text).toContain("| self-test | 3 | 1 |");
  });
});
