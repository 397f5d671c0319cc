/**
 * What the compiler needs from the platform it runs on, reached without a static import of
 * a Node.js module, so that the compiler (and the language service over it) can also be
 * bundled for a browser or a Web Worker (the Studio), where `node:path` and `node:fs` do
 * not exist.
 *
 * Under Node.js, `path` is Node's own `node:path` (so paths behave exactly as before on
 * every operating system); elsewhere it is `posixPath`, a port of Node's POSIX rules
 * (test/compiler/platform.test.ts checks the two agree). File system access stays behind
 * `CompileHost` (compiler/host.ts): only `fileSystemHost` needs `node:fs`, and it asks
 * for it when called.
 */

/** The part of `node:path` the compiler uses. */
export interface PathApi {
  readonly sep: string;
  normalize(p: string): string;
  join(...parts: string[]): string;
  dirname(p: string): string;
  basename(p: string): string;
  isAbsolute(p: string): boolean;
  relative(from: string, to: string): string;
  resolve(...parts: string[]): string;
}

interface NodeProcess {
  getBuiltinModule?: (id: string) => unknown;
}

/** A Node.js built-in module when running under Node.js (20.16 or later), else undefined. */
export function nodeModule<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: NodeProcess }).process;
  return typeof proc?.getBuiltinModule === "function" ? (proc.getBuiltinModule(id) as T | undefined) : undefined;
}

const SLASH = 47;
const DOT = 46;

/** Node's `normalizeString` for POSIX: resolves `.` and `..` segments. */
function normalizeSegments(p: string, allowAboveRoot: boolean): string {
  let res = "";
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= p.length; ++i) {
    if (i < p.length) code = p.charCodeAt(i);
    else if (code === SLASH) break;
    else code = SLASH;
    if (code === SLASH) {
      if (lastSlash === i - 1 || dots === 1) {
        // an empty segment or `.`: nothing to add
      } else if (dots === 2) {
        const endsInDotDot = res.length >= 2 && lastSegmentLength === 2 && res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
        if (!endsInDotDot && res.length !== 0) {
          const lastSlashIndex = res.lastIndexOf("/");
          res = res.length > 2 && lastSlashIndex !== -1 ? res.slice(0, lastSlashIndex) : "";
          lastSegmentLength = res.length - 1 - res.lastIndexOf("/");
          if (res === "") lastSegmentLength = 0;
          lastSlash = i;
          dots = 0;
          continue;
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? "/.." : "..";
          lastSegmentLength = 2;
        }
      } else {
        res = res.length > 0 ? `${res}/${p.slice(lastSlash + 1, i)}` : p.slice(lastSlash + 1, i);
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

function normalize(p: string): string {
  if (p.length === 0) return ".";
  const absolute = p.charCodeAt(0) === SLASH;
  const trailing = p.charCodeAt(p.length - 1) === SLASH;
  let out = normalizeSegments(p, !absolute);
  if (out.length === 0) {
    if (absolute) return "/";
    return trailing ? "./" : ".";
  }
  if (trailing) out += "/";
  return absolute ? `/${out}` : out;
}

/** Resolves against `/`: there is no working folder outside Node.js. */
function resolve(...parts: string[]): string {
  let resolved = "";
  let absolute = false;
  for (let i = parts.length - 1; i >= -1 && !absolute; i--) {
    const part = i >= 0 ? (parts[i] as string) : "/";
    if (part.length === 0) continue;
    resolved = `${part}/${resolved}`;
    absolute = part.charCodeAt(0) === SLASH;
  }
  resolved = normalizeSegments(resolved, !absolute);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : ".";
}

function relative(from: string, to: string): string {
  if (from === to) return "";
  from = resolve(from);
  to = resolve(to);
  if (from === to) return "";
  const fromLen = from.length - 1;
  const toLen = to.length - 1;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(1 + i);
    if (code !== to.charCodeAt(1 + i)) break;
    if (code === SLASH) lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      if (to.charCodeAt(1 + i) === SLASH) return to.slice(2 + i);
      if (i === 0) return to.slice(1 + i);
    } else if (fromLen > length) {
      if (from.charCodeAt(1 + i) === SLASH) lastCommonSep = i;
      else if (i === 0) lastCommonSep = 0;
    }
  }
  let out = "";
  for (i = 2 + lastCommonSep; i <= from.length; ++i) {
    if (i === from.length || from.charCodeAt(i) === SLASH) out += out.length === 0 ? ".." : "/..";
  }
  return `${out}${to.slice(1 + lastCommonSep)}`;
}

function dirname(p: string): string {
  if (p.length === 0) return ".";
  const hasRoot = p.charCodeAt(0) === SLASH;
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 1; --i) {
    if (p.charCodeAt(i) === SLASH) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? "/" : ".";
  if (hasRoot && end === 1) return "//";
  return p.slice(0, end);
}

function basename(p: string): string {
  let start = 0;
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 0; --i) {
    if (p.charCodeAt(i) === SLASH) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  return end === -1 ? "" : p.slice(start, end);
}

function join(...parts: string[]): string {
  const present = parts.filter((part) => part.length > 0);
  return present.length === 0 ? "." : normalize(present.join("/"));
}

/** Node's POSIX path rules, for platforms without Node.js. */
export const posixPath: PathApi = {
  sep: "/",
  normalize,
  join,
  dirname,
  basename,
  isAbsolute: (p) => p.length > 0 && p.charCodeAt(0) === SLASH,
  relative,
  resolve,
};

/** The path rules the compiler follows: Node's own under Node.js, POSIX elsewhere. */
export const path: PathApi = nodeModule<PathApi>("node:path") ?? posixPath;
