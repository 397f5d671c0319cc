/**
 * Golden IR: the compiled form of each bundled policy (every `policies/*.policy` but the
 * shared vocabulary), checked in as `test/golden/<name>.ir.json` and reviewed like code.
 * A board's edit to its own policy fails only its own golden test here. After an intended
 * change, `npm run golden` rewrites the golden files (and removes those of policies that
 * are gone); read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boardNames, compileBoard, goldenPath as goldenFile, goldenText } from "../helpers/golden.js";
import { policySchemaValidator } from "../helpers/schemas.js";
import { REPO } from "../helpers/scratch.js";

const UPDATE = process.env["UPDATE_GOLDEN"] === "1";
const goldenFolder = path.join(REPO, "test/golden");
const POLICIES = boardNames(REPO);

const validate = policySchemaValidator();

describe("golden IR of the bundled policies", () => {
  for (const name of POLICIES) {
    it(`${name} compiles to its reviewed IR, valid against the published schema`, () => {
      const result = compileBoard(REPO, name);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const ir = result.ir;
      expect(ir).toBeDefined();
      const valid = validate(ir);
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
      const goldenPath = goldenFile(REPO, name);
      const text = goldenText(ir);
      if (UPDATE) writeFileSync(goldenPath, text);
      expect(existsSync(goldenPath), `no golden IR for ${name} yet: run \`npm run golden\`, then review test/golden/${name}.ir.json`).toBe(true);
      expect(text, `the IR of ${name} changed: if the change is intended, run \`npm run golden\` and review the diff`).toBe(readFileSync(goldenPath, "utf8"));
    });
  }

  it("every golden file belongs to a bundled policy", () => {
    const orphans = readdirSync(goldenFolder)
      .filter((f) => f.endsWith(".ir.json"))
      .map((f) => f.replace(/\.ir\.json$/, ""))
      .filter((name) => !POLICIES.includes(name));
    if (UPDATE) for (const name of orphans) rmSync(path.join(goldenFolder, `${name}.ir.json`));
    else expect(orphans, "golden files of policies that are gone: run `npm run golden`").toEqual([]);
  });
});
