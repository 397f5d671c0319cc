import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { batchLineJsonSchema } from "../../cli/batch/record.js";
import { impactJsonSchema } from "../../cli/impact/report.js";

describe("published schemas of eval --batch and impact", () => {
  it("schemas/batch-line.schema.json and schemas/impact.schema.json are the ones generated from their zod schemas (run `npm run schemas` after changing them)", () => {
    const published = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), "utf8")) as unknown;
    expect(published("batch-line.schema.json")).toEqual(batchLineJsonSchema());
    expect(published("impact.schema.json")).toEqual(impactJsonSchema());
  });
});
