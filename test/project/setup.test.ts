/**
 * The README's two commands: `npm install && npm start` builds once, a later `npm start`
 * or `npm test` builds nothing when nothing changed, and the test run needs nothing the
 * two commands do not install (its browser comes from npm, not from apt-get).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, scratchFolders } from "../helpers/scratch.js";

const scripts = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("npm install && npm start", () => {
  it("install builds when the sources changed, and start and test build only then too", () => {
    expect(scripts["prepare"]).toBe("node scripts/build.mjs --if-changed");
    expect(scripts["start"]).toMatch(/^node scripts\/build\.mjs --if-changed && /);
    expect(scripts["test"]).toMatch(/^node scripts\/build\.mjs --if-changed && /);
    // npm runs these around install, start and test: none may build again.
    for (const hook of ["preinstall", "install", "postinstall", "prestart", "poststart", "pretest"]) expect(scripts[hook], hook).toBeUndefined();
  });

  it("a build is needed when a source's content changes, not when only its time does", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "quorate-build-"));
    scratchFolders.push(copy);
    for (const entry of ["grammar", "compiler", "runtime", "diff", "cli", "format", "language-service", "lsp", "index.ts", "tsconfig.json", "tsconfig.build.json", "scripts", "package-lock.json"]) {
      cpSync(path.join(REPO, entry), path.join(copy, entry), { recursive: true });
    }
    for (const output of ["dist/index.js", "dist/cli-bundle/main.js", "dist/format/plugin.js"]) {
      mkdirSync(path.dirname(path.join(copy, output)), { recursive: true });
      writeFileSync(path.join(copy, output), "");
    }
    const status = () => spawnSync(process.execPath, ["scripts/build.mjs", "--status"], { cwd: copy, encoding: "utf8" }).stdout.trim();
    expect(status()).toBe("changed"); // never built here
    writeFileSync(path.join(copy, "dist/.build-fingerprint"), fingerprintOf(copy));
    expect(status()).toBe("up to date");
    utimesSync(path.join(copy, "cli/main.ts"), new Date(), new Date());
    expect(status()).toBe("up to date");
    writeFileSync(path.join(copy, "cli/main.ts"), readFileSync(path.join(copy, "cli/main.ts"), "utf8") + "\n// changed\n");
    expect(status()).toBe("changed");
  });

  it("CI installs nothing beside `npm ci`: the browser tests' Chromium is an npm package", () => {
    const ci = readFileSync(path.join(REPO, ".ci/run"), "utf8");
    expect(ci).not.toMatch(/apt-get/);
    const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(Object.keys(pkg.devDependencies)).toContain("@sparticuz/chromium");
  });
});

/** The fingerprint the build script would write for the sources in `dir`, read through its own --print-fingerprint. */
function fingerprintOf(dir: string): string {
  return spawnSync(process.execPath, ["scripts/build.mjs", "--print-fingerprint"], { cwd: dir, encoding: "utf8" }).stdout;
}
