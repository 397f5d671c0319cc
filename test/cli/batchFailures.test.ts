/**
 * A batch stopped part-way still writes every record it decided, and a fault on one line
 * is that line's record, not the end of the run.
 */
import { describe, expect, it } from "vitest";
import { guardedLine } from "../../cli/batch/record.js";
import { main } from "../../cli/main.js";
import { ENGINE } from "../helpers/runCli.js";

const line = JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "health_visitor", views: { amy: "register" } }] });

describe("a batch whose input fails part-way (a disk error)", () => {
  it("writes the records of the 200 lines read before the failure, then exits 2 saying the input could not be read to the end", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield Array<string>(200).fill(line).join("\n") + "\n";
      throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    }
    let stdout = "";
    let stderr = "";
    const code = await main(["eval", "policies/wakefield.policy", "--batch", "-"], {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      stdin: failing(),
      cwd: ENGINE,
      env: { NO_COLOR: "1" },
    });
    expect(code).toBe(2);
    expect(stdout.trim().split("\n")).toHaveLength(200);
    expect(stderr).toContain("error: cannot read `standard input` to the end");
  });
});

describe("a fault on one line", () => {
  it("is that line's problem, in words, with a help line", () => {
    const outcome = guardedLine((): string => {
      throw new RangeError("Maximum call stack size exceeded");
    });
    expect(outcome).toEqual([{ path: "(the whole line)", message: "Quorate failed on this line (Maximum call stack size exceeded)", hint: "this is a fault in Quorate; please report it with the line" }]);
  });
});
