/** The suite's guards can fail: a polluted prototype and a leftover temporary file are both caught. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryNameFor } from "../../cli/io.js";
import { temporaryFilesUnder } from "./leftoverFiles.js";
import { changesSince, takeSnapshot } from "./prototypeSnapshot.js";

describe("the prototype guard", () => {
  it("notices a property added to Object.prototype, Array.prototype or Object, and one changed", () => {
    const before = takeSnapshot();
    const objectPrototype = Object.prototype as Record<string, unknown>;
    const arrayPrototype = Array.prototype as unknown as Record<string, unknown>;
    const objectItself = Object as unknown as Record<string, unknown>;
    const original = Object.prototype.toString;
    try {
      objectPrototype["polluted"] = true;
      arrayPrototype["polluted"] = true;
      objectItself["polluted"] = true;
      Object.prototype.toString = () => "hijacked";
      expect(changesSince(before).sort()).toEqual(["Array.prototype.polluted was added", "Object.polluted was added", "Object.prototype.polluted was added", "Object.prototype.toString was changed"]);
    } finally {
      delete objectPrototype["polluted"];
      delete arrayPrototype["polluted"];
      delete objectItself["polluted"];
      Object.prototype.toString = original;
    }
    expect(changesSince(before)).toEqual([]);
  });
});

describe("the leftover-file guard", () => {
  it("finds an atomic write's temporary file and any *.tmp, in nested folders, without following links", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "quorate-guard-"));
    try {
      mkdirSync(path.join(dir, "policies/nested"), { recursive: true });
      const temp = temporaryNameFor(path.join(dir, "policies/nested/out.json"));
      writeFileSync(temp, "{");
      writeFileSync(path.join(dir, "policies/other.tmp"), "");
      writeFileSync(path.join(dir, "policies/fine.policy"), "");
      symlinkSync(tmpdir(), path.join(dir, "policies/link-out"));
      expect(temporaryFilesUnder(dir).sort()).toEqual([path.join(dir, "policies/other.tmp"), temp].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
