/**
 * The semantic search holds its classes of rooms in memory, about 1 GB for a million; a
 * search whose bounds would take more than MOST_ROOM_CLASSES stops and says so (at 24
 * attendees and 4 per group the five bundled policies took 80 s and 1.74 GB; now they are
 * refused at under 0.5 GB). Shown here with a small limit, so no test needs a large search.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { diff, DiffInputError } from "../../diff/diff.js";
import { MOST_ROOM_CLASSES } from "../../diff/semantic/searchSpace.js";
import { ENGINE } from "../helpers/runCli.js";

function board(name: string): PolicyIR {
  const { ir } = compileFile(path.join(ENGINE, `policies/${name}.policy`), { today: "2026-01-01" });
  if (!ir) throw new Error(`${name} did not compile`);
  return ir;
}

describe("a search larger than its memory allows", () => {
  it("is refused with the pair, the bounds and what to do, not run to exhaustion", () => {
    expect(MOST_ROOM_CLASSES).toBe(400_000);
    const run = () => diff([board("cwm-taf-morgannwg"), board("mid-and-west-wales")], { search: { mostRoomClasses: 50 } });
    expect(run).toThrow(DiffInputError);
    expect(run).toThrow("comparing cwm_taf_morgannwg and mid_and_west_wales with up to 4 attendees, 3 from one group, would take more memory than Quorate allows (about 1 GB)");
    try {
      run();
    } catch (error) {
      expect((error as DiffInputError).help).toBe("lower --max-attendees or --max-per-group (the default is 4 and 3), or compare with --structural-only");
    }
  });
});

describe("diff given something that is not a compiled policy", () => {
  it.each([
    ["an empty object", [{}]],
    ["null", [null]],
    ["a policy's text", ["policy x \"X\" {}"]],
    ["an input whose ir is missing", [{ ir: undefined }]],
  ])("%s is named by its place in words, not `undefined is a undefined`", (_, others) => {
    const run = () => diff([board("wakefield"), ...(others as PolicyIR[])]);
    expect(run).toThrow(DiffInputError);
    expect(run).toThrow("policy 2 of the 2 given is not a compiled Quorate policy");
  });

  it("a value that is not a list is refused in words", () => {
    expect(() => diff("policies" as unknown as PolicyIR[])).toThrow("`diff` takes a list of compiled policies");
  });
});
