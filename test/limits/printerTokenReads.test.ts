/**
 * The formatter once took six minutes for 50,000 groupings: the printer scanned the tokens
 * from the start of the file for each grouping. Counted, not timed: the tokens it reads to
 * find each grouping's commas stay proportional to the file, however many groupings it has.
 */
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";
import { groupingCommaOffsets } from "../../grammar/printer.js";
import { policyWithGroupings } from "./largeInputs.js";

/** The tokens, behind a count of every one the printer reads. */
function counted(tokens: IToken[]): { tokens: readonly IToken[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { tokens: proxy, reads: () => reads };
}

function readsFor(groupings: number): { reads: number; tokens: number } {
  const result = parse(policyWithGroupings(groupings), "policies/big.policy");
  if (!result.tokens || !result.ast) throw new Error("the generated policy did not parse");
  const { tokens, reads } = counted(result.tokens);
  const commas = groupingCommaOffsets(result.ast, tokens);
  expect(commas.size).toBe(0);
  return { reads: reads(), tokens: result.tokens.length };
}

describe("the printer finding each grouping's commas", () => {
  it("reads a number of tokens proportional to the file, not to groupings × tokens", () => {
    const small = readsFor(1_000);
    const large = readsFor(8_000);
    // Each grouping: a binary search (about log2 of the tokens) and its own seven tokens.
    for (const { reads, tokens } of [small, large]) expect(reads).toBeLessThan(tokens * 3);
    // 8× the groupings: about 8× the reads (a scan from the start would be about 64×).
    expect(large.reads / small.reads).toBeLessThan(10);
  });
});
