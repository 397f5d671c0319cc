/**
 * The formatter's two promises, as properties over random valid policies written with
 * random blanks and comments (see `test/helpers/policyArbitrary.ts`): formatting twice
 * changes nothing more than formatting once, and the formatted policy compiles to the
 * same IR as the original, line numbers aside.
 */
import fc from "fast-check";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { canonicalOptions, formatPolicy } from "../../format/formatPolicy.js";
import { irWithoutLines } from "../../format/meaning.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";
import { messyPolicy } from "../helpers/policyArbitrary.js";
import { cases } from "../helpers/sampleSize.js";

const FILE = "policies/generated.policy";
const host = memoryHost(BUNDLED_FILES);
const compileText = (text: string) => compile(text, { filename: FILE, host, today: TODAY });
const RUNS = { numRuns: cases(60, 300) };

describe("formatting random policies", () => {
  it("every generated policy is valid: it compiles without errors", () => {
    fc.assert(
      fc.property(messyPolicy, (source) => {
        const errors = compileText(source).diagnostics.filter((d) => d.severity === "error");
        expect(errors.map((d) => `${d.code} ${d.range.start.line}: ${d.message}`)).toEqual([]);
      }),
      RUNS,
    );
  });

  it("is idempotent: fmt(fmt(x)) == fmt(x)", async () => {
    await fc.assert(
      fc.asyncProperty(messyPolicy, async (source) => {
        const once = await prettier.format(source, canonicalOptions(FILE));
        const twice = await prettier.format(once, canonicalOptions(FILE));
        expect(twice).toBe(once);
      }),
      RUNS,
    );
  });

  it("preserves meaning: the IR of fmt(x) equals the IR of x, line numbers aside", async () => {
    await fc.assert(
      fc.asyncProperty(messyPolicy, async (source) => {
        const outcome = await formatPolicy(source, { filename: FILE, host });
        expect(outcome.kind).toBe("formatted");
        if (outcome.kind !== "formatted") return;
        const before = compileText(source).ir;
        const after = compileText(outcome.text).ir;
        expect(before).toBeDefined();
        expect(irWithoutLines(after)).toEqual(irWithoutLines(before));
      }),
      RUNS,
    );
  });

  it("keeps every comment, in order", async () => {
    await fc.assert(
      fc.asyncProperty(messyPolicy, async (source) => {
        const formatted = await prettier.format(source, canonicalOptions(FILE));
        const comments = (text: string) => [...text.matchAll(/#[^\r\n]*/g)].map((m) => m[0].trimEnd());
        // Quoted texts hold no `#` in these policies, so every `#` starts a comment.
        expect(comments(formatted)).toEqual(comments(source));
      }),
      RUNS,
    );
  });
});
