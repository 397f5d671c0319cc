/** Fuzzing with policies cut off at every offset: inside a word, a quoted text, a comment, a CRLF or a surrogate pair. */
import { describe, expect, it } from "vitest";
import { BUNDLED_POLICIES } from "./arbitraries.js";
import { FULL, failureOf, fuzzEach } from "./harness.js";

function* truncations(texts: string[]): Generator<string> {
  for (const text of texts) for (let cut = 0; cut <= text.length; cut++) yield text.slice(0, cut);
}

describe("fuzzing compile() with truncated policies", () => {
  // In `npm test` one small policy, at every offset; in `npm run fuzz`, every bundled file.
  const chosen = FULL ? Object.values(BUNDLED_POLICIES) : [BUNDLED_POLICIES["lancashire"] as string];
  it(`${FULL ? "every bundled policy" : "lancashire.policy"} cut off at every offset`, async () => {
    const report = await fuzzEach("truncation", truncations(chosen));
    expect(report.cases).toBe(chosen.reduce((n, t) => n + t.length + 1, 0));
    expect(failureOf(report)).toBeUndefined();
  });
});
