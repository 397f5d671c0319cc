// `npm run build`: TypeScript to dist/, then the CLI bundle (scripts/bundle-cli.mjs).
// With --if-changed (what `npm install`, `npm start` and `npm test` run) it builds only when
// the sources differ from those of the last build: a fingerprint of every input's path and
// content is kept in dist/.build-fingerprint, so `npm install && npm start` builds once and
// a later `npm start` starts at once. Content, not modification times, is compared, so a
// checkout that rewrites files without changing them does not force a build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const fingerprintFile = path.join(root, "dist/.build-fingerprint");
// What the build reads: the folders tsconfig.build.json compiles, the configuration, the
// bundler script, and the lockfile (a dependency's new version changes the bundle).
const INPUT_FOLDERS = ["grammar", "compiler", "runtime", "diff", "cli", "format", "language-service", "lsp"];
const INPUT_FILES = ["index.ts", "tsconfig.json", "tsconfig.build.json", "scripts/build.mjs", "scripts/bundle-cli.mjs", "package-lock.json"];
const OUTPUTS = ["dist/index.js", "dist/cli-bundle/main.js", "dist/format/plugin.js"];

function filesUnder(folder) {
  const out = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(relative));
    else if (entry.isFile()) out.push(relative);
  }
  return out;
}

function fingerprint() {
  const hash = createHash("sha256");
  const files = [...INPUT_FOLDERS.flatMap(filesUnder), ...INPUT_FILES.filter((f) => existsSync(path.join(root, f)))].sort();
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  return hash.digest("hex");
}

const ifChanged = process.argv.includes("--if-changed");
const current = fingerprint();
const built = existsSync(fingerprintFile) ? readFileSync(fingerprintFile, "utf8").trim() : "";
const upToDate = built === current && OUTPUTS.every((f) => existsSync(path.join(root, f)));
// --status says whether a build is needed and --print-fingerprint what it would record;
// neither builds (they are for the tests).
if (process.argv.includes("--print-fingerprint")) {
  console.log(current);
  process.exit(0);
}
if (process.argv.includes("--status")) {
  console.log(upToDate ? "up to date" : "changed");
  process.exit(0);
}
if (ifChanged && upToDate) process.exit(0);

console.log(ifChanged ? "building Quorate (the sources changed since the last build)…" : "building Quorate…");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { stdio: "inherit" });
} catch {
  process.exit(1); // TypeScript has printed the errors
}
await import("./bundle-cli.mjs");
writeFileSync(fingerprintFile, current + "\n");
