/**
 * How the compiler reaches other files (the shared vocabulary, a base policy). The library
 * takes a host so that `compile()` can run on text held in memory; the CLI uses the file
 * system host, which refuses to read anything outside the folder of the policy it starts
 * from.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { MAX_POLICY_CHARACTERS } from "../grammar/parse.js";

export type ReadResult = { text: string } | { error: string };

export interface CompileHost {
  readFile(filePath: string): ReadResult;
}

export function errorMessage(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return "the file does not exist";
  if (code === "EACCES" || code === "EPERM") return "permission to read the file was refused";
  if (code === "EISDIR") return "this is a folder, not a file";
  return error instanceof Error ? error.message : String(error);
}

/** Reads from disk; relative paths are taken from `baseDir` (the working directory by default). */
export function fileSystemHost(baseDir: string = process.cwd()): CompileHost {
  return {
    readFile(filePath) {
      const full = path.resolve(baseDir, filePath);
      try {
        const size = statSync(full).size;
        // A UTF-8 character takes at most 4 bytes, so a file this large cannot be a valid policy.
        if (size > MAX_POLICY_CHARACTERS * 4) return { error: `the file is ${size} bytes, far more than a policy can be` };
        return { text: readFileSync(full, "utf8") };
      } catch (error) {
        return { error: errorMessage(error) };
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
 * Where a path written in a policy points, relative to the file that writes it, and
 * whether it stays inside `root` (the folder of the policy being compiled).
 */
export function resolveReference(fromFile: string, written: string, root: string): { path: string; inside: boolean } {
  const resolved = path.normalize(path.join(path.dirname(fromFile), written));
  const relative = path.relative(path.resolve(root), path.resolve(resolved));
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) && !path.isAbsolute(written);
  return { path: resolved, inside };
}
