/**
 * How the compiler reaches other files (the shared vocabulary, a base policy). The library
 * takes a host so that `compile()` can run on text held in memory; the CLI uses the file
 * system host, which reads only regular UTF-8 files, and (with `load.ts`) refuses anything
 * outside the folder of the policy it starts from, links included.
 *
 * Nothing here imports `node:fs` at run time (only its types): the file system host asks
 * for it when it is used, so the compiler can be bundled for a browser, where a caller
 * passes `memoryHost` or its own.
 */
import type * as NodeFsModule from "node:fs";
import type { Stats } from "node:fs";
import { MAX_POLICY_CHARACTERS } from "../grammar/limits.js";
import { nodeModule, path } from "./platform.js";

/** A file read, or why not; `outside` marks a file refused because it really lies outside the folder it must stay in. */
export type ReadResult = { text: string } | { error: string; outside?: true };

export interface CompileHost {
  /**
   * Reads a file. With `within`, a host that has links reads the file only if, once every
   * link is followed, it lies inside that folder, and otherwise answers `{ error, outside }`:
   * the check and the read are of the one file opened, so a link swapped in between
   * cannot lead the read elsewhere.
   */
  readFile(filePath: string, within?: string): ReadResult;
  /** Where a path really leads once links are followed; absent for hosts without links. */
  realPath?(filePath: string): string | undefined;
}

export function errorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return "the file does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission to read the file was refused";
  if (code === "EISDIR") return "this is a folder, not a file";
  if (code === "ENOTDIR") return "a folder on the way to it does not exist";
  if (code === "ENOSPC") return "the disk is full";
  if (code === "ENAMETOOLONG") return "the name is too long for the file system";
  if (code === "ELOOP") return "it is a link that leads round in a circle";
  if (code === "EIO") return "the disk could not be read";
  return error instanceof Error ? error.message : String(error);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

type NodeFs = typeof NodeFsModule;

/** Node's `node:fs`; a clear error where there is none (only the file system host needs it). */
function fs(): NodeFs {
  const module = nodeModule<NodeFs>("node:fs");
  if (!module) throw new Error("reading files from disk needs Node.js; pass a host, such as memoryHost, to compile elsewhere");
  return module;
}

// Opening does not wait: a file swapped for a pipe after it was checked is refused, not waited on for ever.
function openFlags(): number {
  const { constants } = fs();
  return constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
}

/**
 * Where an open file really is. On Linux the kernel says (`/proc/self/fd`); elsewhere the
 * path's real path counts only if it is still the very file opened.
 */
function realPathOfOpened(fd: number, full: string, opened: Stats): string | undefined {
  try {
    const link = fs().readlinkSync(`/proc/self/fd/${fd}`);
    if (path.isAbsolute(link)) return link;
  } catch {
    // No /proc: compare the file the path now leads to with the one opened.
  }
  try {
    const real = fs().realpathSync(full);
    const now = fs().statSync(real);
    return now.dev === opened.dev && now.ino === opened.ino ? real : undefined;
  } catch {
    return undefined;
  }
}

function isInsideReally(root: string, real: string): boolean {
  try {
    return isInside(fs().realpathSync(root), real);
  } catch {
    return false;
  }
}

/** Reads at most `maxBytes` + 1 bytes of an open file: enough to tell a file that grew past the limit. */
function readAtMost(fd: number, maxBytes: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
    const n = fs().readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

/**
 * Reads a regular UTF-8 file of at most `maxBytes`; a pipe or device is refused, since it
 * has no end to read to. The path is looked at first, so a pipe or device is never
 * opened; then the file is opened once, and everything after (what it is, where it
 * really lies when `within` is given, its text) is asked of that one open file.
 */
export function readTextFile(full: string, maxBytes: number, what = "a policy", within?: string): ReadResult {
  let fd: number | undefined;
  try {
    const stat = fs().statSync(full);
    if (stat.isDirectory()) return { error: "this is a folder, not a file" };
    if (!stat.isFile()) return { error: "this is not an ordinary file" };
    fd = fs().openSync(full, openFlags());
    const opened = fs().fstatSync(fd);
    if (!opened.isFile()) return { error: "this is not an ordinary file" };
    if (within !== undefined) {
      const real = realPathOfOpened(fd, full, opened);
      if (real === undefined || !isInsideReally(within, real)) return { error: "it leads to a file outside the folder it must stay in", outside: true };
    }
    if (opened.size > maxBytes) return { error: `the file is ${opened.size} bytes, far more than ${what} can be` };
    const bytes = readAtMost(fd, maxBytes);
    if (bytes.length > maxBytes) return { error: `the file grew past ${maxBytes} bytes while it was read, far more than ${what} can be` };
    try {
      return { text: utf8.decode(bytes) };
    } catch {
      return { error: "the file is not UTF-8 text; save it as UTF-8" };
    }
  } catch (error) {
    return { error: errorMessage(error) };
  } finally {
    if (fd !== undefined) fs().closeSync(fd);
  }
}

/** Reads from disk; relative paths are taken from `baseDir` (the working directory by default). */
export function fileSystemHost(baseDir: string = process.cwd()): CompileHost {
  return {
    // A UTF-8 character takes at most 4 bytes, so a larger file cannot be a valid policy.
    readFile: (filePath, within) => readTextFile(path.resolve(baseDir, filePath), MAX_POLICY_CHARACTERS * 4, "a policy", within === undefined ? undefined : path.resolve(baseDir, within)),
    realPath(filePath) {
      try {
        return fs().realpathSync(path.resolve(baseDir, filePath));
      } catch {
        return undefined;
      }
    },
  };
}

/** A host over texts held in memory, keyed by path; for tests and for editors. */
export function memoryHost(files: Record<string, string>): CompileHost {
  const byPath = new Map(Object.entries(files).map(([p, text]) => [path.normalize(p), text]));
  return {
    readFile(filePath) {
      const text = byPath.get(path.normalize(filePath));
      return text === undefined ? { error: "the file does not exist" } : { text };
    },
  };
}

/**
 * Whether `target` lies strictly inside the folder `root`. A name that merely begins with
 * two dots (`..shared.policy`) is inside; only `..` as a whole step leads out.
 */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(target));
  return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/** Whether `target`, once every link on the way is followed, still lies inside `root` (also followed); a path that does not exist yet counts as inside. */
export function staysInsideThroughLinks(root: string, target: string): boolean {
  try {
    return isInside(fs().realpathSync(root), fs().realpathSync(target));
  } catch {
    return true;
  }
}

/**
 * Where a path written in a policy points, relative to the file that writes it, and
 * whether it stays inside `root` (the folder of the policy being compiled).
 */
export function resolveReference(fromFile: string, written: string, root: string): { path: string; inside: boolean } {
  const resolved = path.normalize(path.join(path.dirname(fromFile), written));
  return { path: resolved, inside: !path.isAbsolute(written) && isInside(root, resolved) };
}
