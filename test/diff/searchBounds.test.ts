/**
 * The semantic search watches its memory; a search whose bounds would take more than
 * MOST_MEMORY stops and says so rather than exhaust a small machine. Shown here with a
 * limit every process exceeds, so no test needs a large search.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { diff, DiffInputError } from "../../diff/diff.js";
import { DEFAULT_SEARCH } from "../../diff/semantic/searchSpace.js";
import { MOST_MEMORY } from "../../diff/semantic/semanticDiff.js";
import { ENGINE } from "../helpers/runCli.js";

function board(name: string): PolicyIR {
  const { ir } = compileFile(path.join(ENGINE, `policies/${name}.policy`), { today: "2026-01-01" });
  if (!ir) throw new Error(`${name} did not compile`);
  return ir;
}

describe("a search larger than its memory allows", () => {
  it("is refused with the pair, the bounds and what to do, not run to exhaustion, where even one attendee is too many", () => {
    expect(MOST_MEMORY).toBeLessThan(1024 * 1024 * 1024);
    const run = () => diff([board("cwm-taf-morgannwg"), board("mid-and-west-wales")], { search: { memoryLimit: 1 } });
    expect(run).toThrow(DiffInputError);
    // Every size down to one attendee passes this limit: only then is the comparison refused.
    expect(run).toThrow(`comparing cwm_taf_morgannwg and mid_and_west_wales would pass the search's limit (about 1 GB of memory, and a counted number of steps) even with one attendee, ${DEFAULT_SEARCH.maxPerGroup} from one group: the search would need more than 0 MB of memory`);
    try {
      run();
    } catch (error) {
      expect((error as DiffInputError).help).toBe(`lower --max-per-group (the default is ${DEFAULT_SEARCH.maxPerGroup}), or compare with --structural-only`);
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
