/**
 * A setup file of every test file (vitest.config.ts `setupFiles`), guarding the whole suite:
 *
 * - the built-in prototypes are snapshotted before the test file is imported and compared
 *   after its last test, so a test file that leaves `Object.prototype`, `Array.prototype`
 *   or `Object` itself changed (through a hostile name or otherwise) fails;
 * - after its last test, no temporary file of an atomic write may remain in the scratch
 *   folders the file made or in the repository, so a write that lost or littered fails;
 *   the scratch folders are then removed.
 */
import { rmSync } from "node:fs";
import { afterAll, expect } from "vitest";
import { REPO, scratchFolders } from "../helpers/scratch.js";
import { temporaryFilesUnder } from "./leftoverFiles.js";
import { changesSince, takeSnapshot } from "./prototypeSnapshot.js";

const before = takeSnapshot();

afterAll(() => {
  expect(changesSince(before), "built-in prototypes were changed by this test file").toEqual([]);
});

afterAll(() => {
  const folders = scratchFolders.splice(0);
  const left = [REPO, ...folders].flatMap((dir) => temporaryFilesUnder(dir));
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  expect(left, "temporary files were left behind by this test file").toEqual([]);
});
