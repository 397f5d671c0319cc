/**
 * The compiler reaches Node.js only through compiler/platform.ts, so it can be bundled for
 * a browser: its POSIX path rules must be Node's, and the formatter's own deep equality
 * must judge plain data as `util.isDeepStrictEqual` does.
 */
import nodePath from "node:path";
import util from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { path, posixPath } from "../../compiler/platform.js";
import { isDeepStrictEqual } from "../../format/meaning.js";

const segment = fc.constantFrom("a", "b", "c.policy", ".", "..", "", "...", ".a", "a.");
const pathText = fc.tuple(fc.boolean(), fc.array(segment, { maxLength: 6 }), fc.boolean()).map(([absolute, parts, trailing]) => (absolute ? "/" : "") + parts.join("/") + (trailing ? "/" : ""));
const absolutePath = pathText.map((p) => "/" + p);

describe("posixPath", () => {
  it("is Node's own node:path when running under Node.js", () => {
    expect(path).toBe(nodePath);
  });

  it("normalizes, joins and splits paths as Node's POSIX rules do", () => {
    fc.assert(
      fc.property(pathText, pathText, (a, b) => {
        expect(posixPath.normalize(a)).toBe(nodePath.posix.normalize(a));
        expect(posixPath.join(a, b)).toBe(nodePath.posix.join(a, b));
        expect(posixPath.dirname(a)).toBe(nodePath.posix.dirname(a));
        expect(posixPath.basename(a)).toBe(nodePath.posix.basename(a));
        expect(posixPath.isAbsolute(a)).toBe(nodePath.posix.isAbsolute(a));
      }),
      { numRuns: 2000 },
    );
  });

  it("resolves and relates absolute paths as Node's POSIX rules do (there is no working folder to resolve against elsewhere)", () => {
    fc.assert(
      fc.property(absolutePath, absolutePath, pathText, (a, b, c) => {
        expect(posixPath.resolve(a, c)).toBe(nodePath.posix.resolve(a, c));
        expect(posixPath.relative(a, b)).toBe(nodePath.posix.relative(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the paths the loader meets", () => {
    expect(posixPath.join(posixPath.dirname("policies/wakefield.policy"), "vocabulary.policy")).toBe("policies/vocabulary.policy");
    expect(posixPath.relative("policies", "policies/vocabulary.policy")).toBe("vocabulary.policy");
    expect(posixPath.relative("policies", "elsewhere/base.policy")).toBe("../elsewhere/base.policy");
  });
});

describe("the formatter's deep equality", () => {
  const data = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.constantFrom(null, undefined, 0, -0, 1, "a", "", true, false, NaN), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.constantFrom("a", "b", "range"), tie("value"), { maxKeys: 3 })),
  })).value;

  it("agrees with util.isDeepStrictEqual on plain data", () => {
    fc.assert(
      fc.property(data, data, (a, b) => {
        expect(isDeepStrictEqual(a, b)).toBe(util.isDeepStrictEqual(a, b));
        expect(isDeepStrictEqual(a, structuredClone(a))).toBe(util.isDeepStrictEqual(a, structuredClone(a)));
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a key holding undefined from a missing key, and an array from an object", () => {
    expect(isDeepStrictEqual({ a: undefined }, {})).toBe(false);
    expect(isDeepStrictEqual([1], { 0: 1 })).toBe(false);
    expect(isDeepStrictEqual({ a: [1, { b: "x" }] }, { a: [1, { b: "x" }] })).toBe(true);
  });
});
