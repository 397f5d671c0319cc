import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { policyJsonSchema } from "../../compiler/ir.js";

describe("published policy schema", () => {
  it("schemas/policy.schema.json is the one generated from the zod IR schema (run `npm run schemas` after changing compiler/ir.ts)", () => {
    const published = JSON.parse(readFileSync(new URL("../../schemas/policy.schema.json", import.meta.url), "utf8")) as unknown;
    expect(published).toEqual(policyJsonSchema());
  });
});
