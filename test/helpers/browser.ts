/**
 * The one way a browser test gets a headless Chromium, driven by playwright-core.
 *
 * Where the browser comes from, first that works:
 * 1. `QUORATE_CHROMIUM`, when set: a Chromium binary the user names (nothing else is tried);
 * 2. the Chromium shipped inside the `@sparticuz/chromium` npm package, so that
 *    `npm install` alone brings a browser (nothing is downloaded after install, which a
 *    machine that reaches only the npm registry could not do); it is built for Linux x64
 *    and is unpacked on first use into the system's temporary folder;
 * 3. Debian's `/usr/bin/chromium`, when present (another architecture, say).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { chromium, type Browser, type LaunchOptions } from "playwright-core";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// Without these Chromium tries to reach Google's hosts at start, and this machine's closed
// network refuses each connection.
const QUIET = ["--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A headless Chromium from the first source that starts; the error names every source tried. */
export async function launchChromium(): Promise<Browser> {
  const named = process.env["QUORATE_CHROMIUM"];
  if (named) return chromium.launch({ executablePath: named, args: ["--no-sandbox", ...QUIET], headless: true });
  const failures: string[] = [];
  try {
    return await chromium.launch(await packagedChromium());
  } catch (error) {
    failures.push(`the Chromium of the @sparticuz/chromium package: ${firstLine(error)}`);
  }
  if (existsSync(SYSTEM_CHROMIUM)) {
    try {
      return await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: ["--no-sandbox", ...QUIET], headless: true });
    } catch (error) {
      failures.push(`${SYSTEM_CHROMIUM}: ${firstLine(error)}`);
    }
  } else failures.push(`${SYSTEM_CHROMIUM}: not installed`);
  throw new Error(
    `no Chromium could be started\n  ${failures.join("\n  ")}\n` +
      "help: run `npm install` (it brings @sparticuz/chromium), or set QUORATE_CHROMIUM to a Chromium binary",
  );
}

/** Launch options for the package's Chromium, unpacked once (under a lock: test files run in parallel). */
async function packagedChromium(): Promise<LaunchOptions> {
  if (process.platform !== "linux" || process.arch !== "x64") throw new Error(`it is built for Linux x64, not ${process.platform} ${process.arch}`);
  const { default: packaged } = await import("@sparticuz/chromium");
  const { executablePath, libraries } = await withLock(path.join(tmpdir(), "quorate-chromium.lock"), async () => ({
    executablePath: await packaged.executablePath(),
    libraries: sharedLibraries(),
  }));
  // The package's own libraries (NSS, NSPR, expat) come first, so a machine without them
  // (no Debian Chromium ever installed) starts it the same way as one with them.
  const searchPath = [libraries, process.env["LD_LIBRARY_PATH"]].filter(Boolean).join(":");
  // Its fonts, unpacked beside it, so the page is laid out with the same fonts everywhere.
  const env = { ...process.env, LD_LIBRARY_PATH: searchPath, FONTCONFIG_PATH: path.join(tmpdir(), "fonts") };
  return { executablePath, args: [...packaged.args, ...QUIET], env, headless: true };
}

/** The folder of the libraries the package ships for its Chromium, unpacked from `bin/al2023.tar.br` once. */
function sharedLibraries(): string {
  const bin = path.resolve(path.dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium")), "../../bin");
  const { version } = JSON.parse(readFileSync(path.join(bin, "../package.json"), "utf8")) as { version: string };
  const folder = path.join(tmpdir(), `quorate-chromium-${version}-libraries`);
  if (existsSync(path.join(folder, "lib"))) return path.join(folder, "lib");
  const staging = mkdtempSync(`${folder}-`);
  try {
    const tar = spawnSync("tar", ["-x", "-C", staging], { input: brotliDecompressSync(readFileSync(path.join(bin, "al2023.tar.br"))) });
    if (tar.status !== 0) throw new Error(`could not unpack its libraries: ${tar.stderr.toString().trim()}`);
    renameSync(staging, folder); // whole or not at all
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return path.join(folder, "lib");
}

/** Runs `work` holding a lock folder; a lock older than two minutes was left by a killed run. */
async function withLock<T>(lock: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - modified(lock) > 120_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}
