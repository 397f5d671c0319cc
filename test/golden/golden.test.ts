/**
 * Golden IR: the compiled form of each bundled policy, checked in and reviewed like code.
 * After an intended change, regenerate with `UPDATE_GOLDEN=1 npx vitest run test/golden`
 * and read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { policySchemaValidator } from "../helpers/schemas.js";
import { TODAY } from "../helpers/compileText.js";

const POLICIES = [
  "mid-and-west-wales",
  "cwm-taf-morgannwg",
  "wakefield",
  "south-ayrshire",
  "lancashire",
  "wales-safeguarding-procedures",
  "pan-sussex",
  "london-child-protection-procedures",
  "sutton",
  "swindon",
];

const validate = policySchemaValidator();

describe("golden IR of the bundled policies", () => {
  for (const name of POLICIES) {
    it(`${name} compiles to its reviewed IR, valid against the published schema`, () => {
      const result = compileFile(`policies/${name}.policy`, { today: TODAY });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const ir = result.ir;
      expect(ir).toBeDefined();
      const valid = validate(ir);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const goldenPath = new URL(`./${name}.ir.json`, import.meta.url);
      const text = JSON.stringify(ir, null, 2) + "\n";
      if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(goldenPath, text);
      expect(existsSync(goldenPath), `missing golden file ${name}.ir.json: generate it with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(goldenPath, "utf8"));
    });
  }
});
