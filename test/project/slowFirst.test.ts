/** The slowest-first order names only test files that exist, each once (a renamed file would drop out of it silently). */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { REPO } from "../helpers/scratch.js";
import { SLOWEST_FIRST } from "../slowFirst.js";

it("lists only test files that exist, each once", () => {
  expect(SLOWEST_FIRST.filter((file) => !existsSync(path.join(REPO, file)))).toEqual([]);
  expect(new Set(SLOWEST_FIRST).size).toBe(SLOWEST_FIRST.length);
  expect(SLOWEST_FIRST.every((file) => file.endsWith(".test.ts"))).toBe(true);
});
