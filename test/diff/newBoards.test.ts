/**
 * The boards added after the first five, searched and decided outright with one attendee:
 * Highland's routes (an escalation any practitioner's disagreement, formal dissent or
 * reservation opens, an appeal open to parents and carers and to the child) share their
 * bits in a room's summary, as Sutton's and Guernsey's do; the search stays exact.
 */
import path from "node:path";
import { expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { DEFAULT_SEARCH } from "../../diff/semantic/searchSpace.js";
import { REPO } from "../helpers/runCli.js";

/** The engine's own copy of these boards (test/fixtures/newer-boards/), never the repository's `policies/`. */
const NEWER_BOARDS = path.join(REPO, "test/fixtures/newer-boards/policies");
import { expectExact } from "./bruteForce.js";

function board(name: string): PolicyIR {
  const { ir } = compileFile(path.join(NEWER_BOARDS, `${name}.policy`), { today: "2026-01-01" });
  if (!ir) throw new Error(`${name} did not compile`);
  return ir;
}

it.each([
  ["highland", "sutton"],
  ["guernsey", "sutton"],
])("%s against %s: the search agrees with deciding every conference of one attendee", (a, b) => {
  const found = expectExact(board(a), board(b), { ...DEFAULT_SEARCH, maxAttendees: 1 });
  expect(found.conferences).toBeGreaterThan(0);
});
