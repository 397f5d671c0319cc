/**
 * The order the test files start in. Two workers share the files, so the suite ends when the
 * later of the two does: a file of twenty seconds started last would run alone at the end.
 * Where vitest has timed an earlier run (its cache), it starts the longest files first; a
 * fresh clone has no cache (CI's case), and vitest then keeps the files in the order it
 * found them, which put the two longest, the Studio's browser test and the board-isolation
 * test, among the last. So the files below, the slowest as measured (npm test on two cores,
 * 2026-12-05, each over 2.5 s), start first, longest first, except that the two longest,
 * each of which runs more processes of its own (Chromium; two nested test runs), do not
 * start together; every other file follows in vitest's own order. `test/project/slowFirst.test.ts` checks that each one listed exists.
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

export const SLOWEST_FIRST: readonly string[] = [
  "test/studio/studio.browser.test.ts",
  "test/diff/semanticSearch.test.ts",
  "test/project/boardIsolation.test.ts",
  "test/diff/constructs.test.ts",
  "test/limits/manyGroupings.test.ts",
  "test/diff/newBoards.test.ts",
  "test/grammar/lexerLinearity.test.ts",
  "test/fuzz/mutations.test.ts",
  "test/limits/conferenceMemory.test.ts",
  "test/editors/vsix.test.ts",
  "test/limits/checkWork.test.ts",
  "test/fuzz/truncation.test.ts",
  "test/cli/interruptedWrites.test.ts",
  "test/diff/reducedBounds.test.ts",
  "test/cli/outputErrors.test.ts",
  "test/diff/htmlReport.browser.test.ts",
  "test/policies/history.test.ts",
  "test/project/workflow.test.ts",
];

export class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = SLOWEST_FIRST.findIndex((slow) => file.moduleId.endsWith(`/${slow}`));
      return at < 0 ? SLOWEST_FIRST.length : at;
    };
    // A stable sort: the files not listed keep vitest's order among themselves.
    return sorted.map((file, i) => ({ file, i, rank: rank(file) })).sort((x, y) => x.rank - y.rank || x.i - y.i).map((e) => e.file);
  }
}
