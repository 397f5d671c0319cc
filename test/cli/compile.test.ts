import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { policySchemaValidator } from "../helpers/schemas.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";

const validate = policySchemaValidator();

describe("quorate compile", () => {
  it("writes the IR to standard output, valid against the published schema", async () => {
    const run = await runCli(["compile", "policies/lancashire.policy"], ENGINE);
    expect(run.code).toBe(0);
    const ir = JSON.parse(run.stdout) as { id: string };
    expect(ir.id).toBe("lancashire");
    expect(validate(ir)).toBe(true);
  });

  it("-o writes the IR to a file and nothing to standard output", async () => {
    const dir = scratchPolicies();
    const run = await runCli(["compile", "policies/wakefield.policy", "-o", "wakefield.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const written = JSON.parse(readFileSync(path.join(dir, "wakefield.json"), "utf8")) as { id: string };
    expect(written.id).toBe("wakefield");
  });

  it("a policy with errors writes nothing and leaves an existing output file untouched", async () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "previous contents\n");
    writeFileSync(path.join(dir, "policies/broken.policy"), 'policy broken "Broken" {\n}\ndecision {\n  majorty decides\n}\n');
    const run = await runCli(["compile", "policies/broken.policy", "-o", "out.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("policies/broken.policy:4:3: error Q002");
    expect(run.stderr).toContain("was not compiled");
    expect(readFileSync(out, "utf8")).toBe("previous contents\n");
    expect(run.stdout).toBe("");
  });

  it("a missing policy or an unwritable output is a usage or IO error (exit 2), with no partial file", async () => {
    const dir = scratchPolicies();
    const missing = await runCli(["compile", "policies/nowhere.policy"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read `policies/nowhere.policy`");
    const unwritable = await runCli(["compile", "policies/lancashire.policy", "-o", "no/such/dir/out.json"], dir);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain("cannot write `no/such/dir/out.json`");
    expect(existsSync(path.join(dir, "no"))).toBe(false);
  });

  it("takes exactly one policy", async () => {
    expect((await runCli(["compile"], ENGINE)).code).toBe(2);
    expect((await runCli(["compile", "a.policy", "b.policy"], ENGINE)).code).toBe(2);
  });
});
