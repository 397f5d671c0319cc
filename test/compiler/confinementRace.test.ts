/**
 * The race between checking where a vocabulary or base leads and reading it: an attacker
 * who can change a link inside the policy folder swaps it, between the check and the
 * read, to a file outside. The swap is injected at the first moment Quorate touches the
 * linked path (whatever it does first, a check or an open), and again after each later
 * touch in turn, so the test holds for any order of checking and reading: what is read
 * must be what was checked.
 */
import * as fs from "node:fs";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

/** The path whose touches are counted, the touch after which the link is swapped, and what it is pointed at then. */
const swap: { link?: string; to?: string; after: number } = { after: 1 };

function touched(target: unknown): void {
  if (swap.link === undefined || swap.to === undefined || typeof target !== "string" || path.resolve(target) !== swap.link) return;
  if (--swap.after > 0) return;
  const to = swap.to;
  swap.link = undefined;
  unlinkSync(path.resolve(target));
  symlinkSync(to, path.resolve(target));
}

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  // Each function that takes a path runs as usual, then the swap happens (once) if it touched the link.
  const after =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      const result = f(...args);
      touched(args[0]);
      return result;
    };
  return {
    ...actual,
    realpathSync: Object.assign(after(actual.realpathSync), { native: actual.realpathSync.native }),
    statSync: after(actual.statSync),
    lstatSync: after(actual.lstatSync),
    openSync: after(actual.openSync),
    readFileSync: after(actual.readFileSync),
  };
});

// The host reaches `node:fs` through process.getBuiltinModule (compiler/platform.ts, so the
// compiler also bundles for a browser), which the mock above does not reach: hand it the mock.
const mockedFs = await import("node:fs");
const builtin = process.getBuiltinModule.bind(process);
vi.spyOn(process, "getBuiltinModule").mockImplementation(((id: string) => (id === "node:fs" || id === "fs" ? mockedFs : builtin(id))) as typeof process.getBuiltinModule);

// The guards of every test file load the host first, with the real file system: load it again.
vi.resetModules();
const { compile } = await import("../../compiler/compile.js");
const { fileSystemHost } = await import("../../compiler/host.js");

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  swap.link = undefined;
});

/** A policy folder whose `vocabulary.policy` is a link to the real vocabulary beside it, and a secret outside. */
function setUp(): { dir: string; link: string; inside: string; secret: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-race-"));
  folders.push(dir);
  mkdirSync(path.join(dir, "policies"));
  const inside = path.join(dir, "policies/real-vocabulary.policy");
  writeFileSync(inside, fs.readFileSync(path.resolve("policies/vocabulary.policy")));
  const secret = path.join(dir, "secret.policy");
  writeFileSync(secret, "TOPSECRET=hunter2\n");
  const link = path.join(dir, "policies/vocabulary.policy");
  symlinkSync(inside, link);
  return { dir, link, inside, secret };
}

function compileBoard(dir: string) {
  const text = 'policy board "Board" {\n  vocabulary "vocabulary.policy"\n}\n';
  return compile(text, { filename: "policies/board.policy", host: fileSystemHost(dir), today: "2026-01-01" });
}

function shown(result: ReturnType<typeof compileBoard>): string {
  return JSON.stringify(result.diagnostics) + result.sources.map((s) => s.lines.text).join("\n");
}

describe("a link swapped between the check of where it leads and the read", () => {
  it("to a file outside the folder, after the first touch: the outside file is never read or shown", () => {
    const { dir, link, secret } = setUp();
    Object.assign(swap, { link, to: secret, after: 1 });
    const result = compileBoard(dir);
    expect(swap.link, "the linked path was never touched").toBeUndefined();
    expect(shown(result)).not.toContain("TOPSECRET");
  });

  it.each([2, 3, 4, 5, 6])("to a file outside the folder, after touch %i: never read or shown", (after) => {
    const { dir, link, secret } = setUp();
    Object.assign(swap, { link, to: secret, after });
    expect(shown(compileBoard(dir))).not.toContain("TOPSECRET");
  });

  it("from outside to inside: still refused or read from inside, never the secret", () => {
    const { dir, link, inside, secret } = setUp();
    unlinkSync(link);
    symlinkSync(secret, link);
    Object.assign(swap, { link, to: inside, after: 1 });
    const result = compileBoard(dir);
    expect(shown(result)).not.toContain("TOPSECRET");
  });
});
