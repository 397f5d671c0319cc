/**
 * Test harness for the compiler: compiles a policy held in a string, beside the shared
 * vocabulary and Wales base of the engine's own copy of the boards
 * (`test/fixtures/boards/policies/`), and picks out the diagnostics of one code.
 */
import { readFileSync } from "node:fs";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import type { Diagnostic } from "../../grammar/diagnostic.js";

export const TODAY = "2026-11-24";

const bundled = (name: string) => readFileSync(new URL(`../fixtures/boards/policies/${name}`, import.meta.url), "utf8");

/** The files a test policy can refer to, as they are in the engine's copy of `policies/`. */
export const BUNDLED_FILES: Record<string, string> = {
  "policies/vocabulary.policy": bundled("vocabulary.policy"),
  "policies/wales-safeguarding-procedures.policy": bundled("wales-safeguarding-procedures.policy"),
};

/** Removes the common indentation of a template string and its first blank line. */
export function dedent(text: string): string {
  const lines = text.replace(/^\n/, "").split("\n");
  const indents = lines.filter((l) => l.trim() !== "").map((l) => /^ */.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents);
  return lines.map((l) => l.slice(cut)).join("\n");
}

export function compileText(source: string, extraFiles: Record<string, string> = {}, filename = "policies/test.policy"): CompileResult {
  return compile(dedent(source), { filename, today: TODAY, host: memoryHost({ ...BUNDLED_FILES, ...extraFiles }) });
}

export interface Found {
  code: string;
  severity: Diagnostic["severity"];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  help?: string;
  file: string;
}

function simplify(d: Diagnostic): Found {
  return {
    code: d.code,
    severity: d.severity,
    line: d.range.start.line,
    column: d.range.start.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
    message: d.message,
    ...(d.help ? { help: d.help } : {}),
    file: d.file,
  };
}

/** The diagnostics with one code, simplified to position and words. */
export function diagnosticsWithCode(source: string, code: string, extraFiles: Record<string, string> = {}): Found[] {
  return compileText(source, extraFiles).diagnostics.filter((d) => d.code === code).map(simplify);
}

export function allDiagnostics(source: string, extraFiles: Record<string, string> = {}): Found[] {
  return compileText(source, extraFiles).diagnostics.map(simplify);
}

/** The header every test policy can start with: it uses the shared vocabulary. */
export const HEADER = `policy test_board "Test Board" {
  jurisdiction wales
  vocabulary "vocabulary.policy"
  version "1" dated 2025-01-01 review 2027-01-01
}`;
