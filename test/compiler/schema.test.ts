import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, compileFile } from "../../compiler/compile.js";
import { fileSystemHost, memoryHost } from "../../compiler/host.js";
import { PolicyIR, policyJsonSchema } from "../../compiler/ir.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";
import { messyPolicy } from "../helpers/policyArbitrary.js";
import { ENGINE } from "../helpers/scratch.js";

describe("published policy schema", () => {
  it("schemas/policy.schema.json is the one generated from the zod IR schema (run `npm run schemas` after changing compiler/ir.ts)", () => {
    const published = JSON.parse(readFileSync(new URL("../../schemas/policy.schema.json", import.meta.url), "utf8")) as unknown;
    expect(published).toEqual(policyJsonSchema());
  });
});

// compile() trusts the lowering and does not validate its output against the zod schema
// (that cost an eighth of each compile, and loading zod a tenth of the CLI's start-up), so
// these tests stand in for it: the IR must be exactly what the schema accepts and gives
// back, the order of keys included (zod rebuilds objects in the schema's order, and the
// IR's JSON is read by people and compared with goldens).
function expectExactlyTheSchema(ir: unknown): void {
  const parsed = PolicyIR.safeParse(ir);
  expect(parsed.error?.message).toBeUndefined();
  expect(parsed.data).toStrictEqual(ir);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(ir));
}

describe("the compiled IR matches its schema exactly", () => {
  const policies = readdirSync(new URL("../fixtures/boards/policies/", import.meta.url)).filter((f) => f.endsWith(".policy"));

  it.each(policies)("policies/%s", (file) => {
    const result = compileFile(`policies/${file}`, { host: fileSystemHost(ENGINE), today: TODAY });
    expect(result.ir).toBeDefined();
    expectExactlyTheSchema(result.ir);
  });

  it("random valid policies", () => {
    const host = memoryHost(BUNDLED_FILES);
    fc.assert(
      fc.property(messyPolicy, (source) => {
        const result = compile(source, { filename: "policies/generated.policy", host, today: TODAY });
        expect(result.ir).toBeDefined();
        expectExactlyTheSchema(result.ir);
      }),
      { numRuns: 150 },
    );
  });
});
