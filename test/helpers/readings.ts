/** For the tests of `quorate readings` and `quorate doc`: the fixture folders, golden files and the engine's boards. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import { ENGINE, REPO } from "./scratch.js";

/** A board extending a base over a small vocabulary, with one of each kind of reading; and a policy with none. */
export const FIXTURE = path.join(REPO, "test/fixtures/readings");
export const CLEAN = path.join(REPO, "test/fixtures/readings-clean");

/** Compares with a reviewed file in test/fixtures/readings/expected; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(FIXTURE, "expected", name);
  if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(file, actual);
  expect(actual, `${name} differs from its golden file: review the change, then run with UPDATE_GOLDEN=1`).toBe(readFileSync(file, "utf8"));
}

/** Every policy of the engine's copy of the boards (boards, bases and the vocabulary), as `policies/<name>`. */
export const ENGINE_POLICIES = readdirSync(path.join(ENGINE, "policies"))
  .filter((f) => f.endsWith(".policy"))
  .map((f) => `policies/${f}`);

export function compileEngine(file: string) {
  const result = compileFile(file, { host: fileSystemHost(ENGINE) });
  if (!result.ir) throw new Error(`${file} does not compile`);
  return { ir: result.ir, diagnostics: result.diagnostics };
}
