/**
 * A layout for review: adding or removing one declaration changes one line of the
 * formatted file, never the spacing of the lines around it (as column alignment did).
 */
import { readFileSync } from "node:fs";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { canonicalOptions } from "../../format/formatPolicy.js";

const vocabulary = readFileSync(new URL("./fixtures/vocabulary.output.policy", import.meta.url), "utf8");
const format = (text: string) => prettier.format(text, canonicalOptions("vocabulary.policy"));

/** The lines of `after` not in `before`, and of `before` not in `after`. */
function changedLines(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split("\n");
  const b = after.split("\n");
  return { added: b.filter((line) => !a.includes(line)), removed: a.filter((line) => !b.includes(line)) };
}

describe("one declaration more or less is one line of difference", () => {
  it("adding a category with a longer name and label than the others", async () => {
    const before = await format(vocabulary);
    const after = await format(before.replace('  neglect "Neglect"\n', '  neglect "Neglect"\n  financial_exploitation "Financial abuse and exploitation" cite "§10"\n'));
    expect(changedLines(before, after)).toEqual({ added: ['  financial_exploitation "Financial abuse and exploitation" cite "§10"'], removed: [] });
  });

  it("removing the longest role", async () => {
    const before = await format(vocabulary);
    const after = await format(before.replace('  children_social_worker "Children\'s social worker" agency children_social_care\n', ""));
    expect(changedLines(before, after)).toEqual({ added: [], removed: ['  children_social_worker "Children\'s social worker" agency children_social_care'] });
  });
});
