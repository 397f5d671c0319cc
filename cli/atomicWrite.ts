/**
 * How the CLI writes a file (`compile -o`, `diff -o`, `fmt --write`): completely or not at
 * all, and only over an ordinary file.
 *
 * - A link is followed to the file it leads to, which is written; the link stays a link.
 *   A link that leads nowhere is refused.
 * - A pipe, a device, a socket or a folder is refused: renaming a file over one would
 *   replace it (as root, over `/dev/null` itself).
 * - A file with one name is replaced atomically: the text goes to a hidden temporary file
 *   beside it, flushed to disk, given the file's permissions and (where allowed) owner,
 *   then renamed over it.
 * - A file with several names (hard links) cannot be renamed over without splitting its
 *   names apart, so it is rewritten in place, after its old text has been copied to a
 *   hidden `.old` file beside it: a write that fails puts the old text back; a run killed
 *   outright in the middle leaves the `.old` copy for the user.
 */
import { closeSync, copyFileSync, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import path from "node:path";
import { isInside } from "../compiler/host.js";

/** A target that cannot be written over, in words, with what to do instead. */
export class OutputTargetError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
  }
}

/**
 * Points at which a test can interrupt a write, set with QUORATE_TEST_INTERRUPT:
 * `before-rename` kills the process (SIGKILL) once the temporary file is complete but
 * before it replaces the target (for a file rewritten in place, once its old text is
 * saved); `mid-write` fails the write halfway, as a full disk would; `signal-mid-rewrite`
 * sends the process SIGTERM while a file with several names is half rewritten in place.
 * Never set outside tests.
 */
export type Interruption = "before-rename" | "mid-write" | "signal-mid-rewrite";

const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.(\d+)\.(tmp|old)$/;

/**
 * The most bytes of the target's name kept in a temporary file's name: a file system
 * allows names of 255 bytes, and the dot, process, time and suffix take up to 31 more.
 */
const MOST_NAME_BYTES = 200;

/** A name cut to at most MOST_NAME_BYTES bytes of UTF-8, never inside a character. */
function shortened(name: string): string {
  if (Buffer.byteLength(name) <= MOST_NAME_BYTES) return name;
  let out = "";
  let bytes = 0;
  for (const character of name) {
    bytes += Buffer.byteLength(character);
    if (bytes > MOST_NAME_BYTES) break;
    out += character;
  }
  return out;
}

/** The temporary file a write goes through: hidden, beside its target, named by process and time. */
export function temporaryNameFor(target: string, suffix: "tmp" | "old" = "tmp"): string {
  return path.join(path.dirname(target), `.${shortened(path.basename(target))}.${process.pid}.${Date.now()}.${suffix}`);
}

/** For a file name made by `temporaryNameFor`: the target's name (perhaps shortened), the process that wrote it, and which kind it is. */
export function temporaryFileOf(name: string): { target: string; pid: number; kind: "tmp" | "old" } | undefined {
  const match = TEMPORARY_NAME.exec(name);
  return match ? { target: match[1] as string, pid: Number(match[2]), kind: match[4] as "tmp" | "old" } : undefined;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as { code?: string }).code === "EPERM";
  }
}

/**
 * Removes the temporary files of earlier writes to `target` whose process has gone: a run
 * killed outright (SIGKILL, a power cut) between writing and renaming leaves one, and the
 * next write to the same file clears it up. A live process's file, and a `.old` copy of a
 * file's previous text, are never touched.
 */
function removeStaleTemporaries(target: string): void {
  const dir = path.dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const found = temporaryFileOf(name);
    if (!found || found.kind !== "tmp" || found.target !== shortened(path.basename(target)) || found.pid === process.pid || processIsAlive(found.pid)) continue;
    rmSync(path.join(dir, name), { force: true });
  }
}

function diskFull(): Error {
  return Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
}

function whatItIs(stat: Stats): string {
  if (stat.isFIFO()) return "a pipe";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not an ordinary file";
}

/**
 * The file a write to `target` really writes, with what is there now: `undefined` stats
 * for a file not there yet. A link is followed; anything but an ordinary file is refused.
 */
export function resolveTarget(target: string, within?: string): { file: string; stat?: Stats } {
  let link: Stats;
  try {
    link = lstatSync(target);
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
    refuseLinkOut(target, target, within);
    return { file: target };
  }
  let file = target;
  let stat = link;
  if (link.isSymbolicLink()) {
    const leadsTo = readlinkSync(target);
    try {
      stat = statSync(target);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new OutputTargetError(`it is a link to \`${leadsTo}\`, which does not exist`, "write to the file itself, or make the file the link leads to first");
      throw error;
    }
    file = realpathSync(target);
  }
  refuseLinkOut(target, file, within);
  if (stat.isDirectory()) throw new OutputTargetError("it is a folder, not a file", "name a file inside it, such as `reports/out.json`");
  if (!stat.isFile()) throw new OutputTargetError(`it is ${whatItIs(stat)}, not an ordinary file`, "name an ordinary file for the output, or leave out `-o` to write to standard output");
  return { file, stat };
}

/**
 * A target named inside `within` (the working folder) must not lead out of it through a
 * link, to the file or to a folder on the way: a link committed to a repository would
 * otherwise make `quorate diff … -o report.html` in CI write over a file anywhere. A path
 * named outside it (`-o /tmp/report.json`) is the user's own choice.
 */
function refuseLinkOut(target: string, file: string, within: string | undefined): void {
  if (within === undefined || !isInside(within, target)) return;
  let real: string;
  let root: string;
  try {
    real = file === target ? path.join(realpathSync(path.dirname(target)), path.basename(target)) : file;
    root = realpathSync(within);
  } catch {
    // A folder on the way does not exist: the write itself will say so.
    return;
  }
  if (isInside(root, real)) return;
  throw new OutputTargetError(`it leads, through a link, to \`${real}\`, outside this folder`, "name the file itself rather than a path through a link: a link in a repository could otherwise make Quorate write anywhere");
}

function writeAll(fd: number, text: string, interruption: Interruption | undefined): void {
  if (interruption === "mid-write") {
    writeSync(fd, text.slice(0, text.length >> 1));
    throw diskFull();
  }
  writeSync(fd, text);
}

/** Gives a new file the permissions and, where allowed, the owner of the file it replaces. */
function keepAttributes(fd: number, stat: Stats | undefined): void {
  if (!stat) return;
  fchmodSync(fd, stat.mode & 0o7777);
  const now = fstatSync(fd);
  if (now.uid === stat.uid && now.gid === stat.gid) return;
  try {
    fchownSync(fd, stat.uid, stat.gid);
  } catch {
    // Only the superuser may give a file away: the file is then the writer's own.
  }
}

function replaceByRename(file: string, stat: Stats | undefined, text: string, interruption: Interruption | undefined): void {
  const temp = temporaryNameFor(file);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", 0o666);
    keepAttributes(fd, stat);
    writeAll(fd, text, interruption);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (interruption === "before-rename") process.kill(process.pid, "SIGKILL");
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}

const DEFERRED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs `work` with SIGINT, SIGTERM and SIGHUP held back until it is done, then ends the
 * process as the signal would have: a file rewritten in place must not be left with its
 * new text and the old one's tail. (Only SIGKILL cannot be held back; the `.old` copy is
 * for that.)
 */
function withSignalsHeldBack(work: () => void): void {
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals) => void (received ??= signal);
  for (const signal of DEFERRED_SIGNALS) process.on(signal, hold);
  try {
    work();
  } finally {
    // A signal sent during the work reaches this listener only once the event loop reads
    // it, which may take a moment (the signal may land on another thread). It is waited for
    // briefly, and released only after a poll phase that follows the wait (a timer, then
    // setImmediate): timers run before the poll, so releasing in the timer itself could
    // drop, on a loaded machine, a signal already waiting.
    const release = () => {
      for (const signal of DEFERRED_SIGNALS) process.off(signal, hold);
      if (received !== undefined) process.kill(process.pid, received);
    };
    setTimeout(() => setImmediate(release), 25);
  }
}

/** Rewrites a file that has other names in place, with its old text saved beside it and put back on failure. */
function rewriteInPlace(file: string, text: string, interruption: Interruption | undefined): void {
  withSignalsHeldBack(() => rewriteHeld(file, text, interruption));
}

function rewriteHeld(file: string, text: string, interruption: Interruption | undefined): void {
  const saved = temporaryNameFor(file, "old");
  try {
    copyFileSync(file, saved);
  } catch (error) {
    rmSync(saved, { force: true });
    throw error;
  }
  if (interruption === "before-rename") process.kill(process.pid, "SIGKILL");
  const fd = openSync(file, "r+");
  try {
    writeAll(fd, text, interruption);
    if (interruption === "signal-mid-rewrite") process.kill(process.pid, "SIGTERM");
    ftruncateSync(fd, Buffer.byteLength(text));
    fsyncSync(fd);
  } catch (error) {
    try {
      copyFileSync(saved, file);
      rmSync(saved, { force: true });
    } catch {
      // The old text could not be put back: it stays in the `.old` file, for the user.
    }
    throw error;
  } finally {
    closeSync(fd);
  }
  rmSync(saved, { force: true });
}

/** Writes `text` to `target`: completely or not at all, through links (never out of `within`), never over a pipe or device. */
export function writeFileAtomic(target: string, text: string, interruption?: Interruption, within?: string): void {
  const { file, stat } = resolveTarget(target, within);
  removeStaleTemporaries(file);
  if (stat && stat.nlink > 1) rewriteInPlace(file, text, interruption);
  else replaceByRename(file, stat, text, interruption);
}

/** The same file, whichever name or link leads to it. */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}
