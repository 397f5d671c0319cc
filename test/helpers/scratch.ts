/** Scratch folders for tests that write files, and where the repository is. Kept free of heavy imports: every test file's guard loads it. */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const REPO = path.resolve(new URL("../..", import.meta.url).pathname);

/**
 * The engine's own copy of the boards (`test/fixtures/boards/policies/`, see its README):
 * engine tests run commands here, so that a board's edit to the repository's `policies/`
 * never fails them. Paths inside it read as they do in the repository (`policies/…`).
 */
export const ENGINE = path.join(REPO, "test/fixtures/boards");

/** The scratch folders made by this test file; `test/guards/afterEachFile.ts` checks and removes them. */
export const scratchFolders: string[] = [];

/**
 * A scratch folder holding a copy of one of the engine's own fixture folders
 * (`test/fixtures/<name>`) as `policies/`: tests of the engine use these rather than the
 * bundled policies, so a board's edit to its own policy fails none of them.
 */
export function scratchFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-test-"));
  scratchFolders.push(dir);
  cpSync(path.join(REPO, "test/fixtures", name), path.join(dir, "policies"), { recursive: true });
  return dir;
}

/** A scratch folder holding a copy of the engine's boards (see `ENGINE`), to break without harm. */
export function scratchPolicies(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-test-"));
  scratchFolders.push(dir);
  cpSync(path.join(ENGINE, "policies"), path.join(dir, "policies"), { recursive: true });
  return dir;
}
