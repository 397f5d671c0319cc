/**
 * Every diagnostic code Quorate can report, with its invariant and an example policy that
 * triggers it. docs/diagnostics.md (its table and examples) is generated from this list
 * (`npm run docs`), and a test compiles every example to prove it reports its code.
 */
import type { Severity } from "../grammar/diagnostic.js";
import { SyntaxCodes } from "../grammar/syntaxDiagnostics.js";
import { ALL_CHECKS } from "./checks/index.js";
import { INTERNAL_ERROR, INVALID_OPTIONS } from "./compile.js";
import { LoadCodes } from "./load.js";

export interface CatalogueEntry {
  code: string;
  severity: Severity;
  stage: "syntax" | "loading" | "check" | "internal";
  title: string;
  invariant: string;
  /** A policy that triggers the code; see `exampleSource` for how it is completed. */
  example?: string;
}

const SYNTAX: CatalogueEntry[] = [
  {
    code: SyntaxCodes.unexpectedCharacter,
    severity: "error",
    stage: "syntax",
    title: "unexpected character",
    invariant: "A policy contains only names, quoted texts, numbers, dates, braces, `:` and `,`, and `#` comments.",
    example: 'policy example "Example" {\n  owner @"Board"\n}',
  },
  {
    code: SyntaxCodes.syntax,
    severity: "error",
    stage: "syntax",
    title: "statement not understood",
    invariant: "Every statement has one of the forms the language defines, in a section that allows it.",
    example: 'policy example "Example" {\n}\ndecision {\n  majorty decides\n}',
  },
  {
    code: SyntaxCodes.unterminatedString,
    severity: "error",
    stage: "syntax",
    title: "text without a closing quote",
    invariant: "A quoted text ends with `\"` on the line where it starts.",
    example: 'policy example "Example" {\n  owner "Board\n}',
  },
  {
    code: SyntaxCodes.unknownSection,
    severity: "error",
    stage: "syntax",
    title: "unknown section",
    invariant: "A block at the top level is one of the sections the language defines.",
    example: 'policy example "Example" {\n}\nquorom {\n  at least 3 agencies\n}',
  },
  {
    code: SyntaxCodes.tooLarge,
    severity: "error",
    stage: "syntax",
    title: "file too large",
    invariant: "A policy file has at most 4,194,304 characters and 1,048,576 words and symbols.",
  },
];

const LOADING: CatalogueEntry[] = [
  {
    code: LoadCodes.unreadable,
    severity: "error",
    stage: "loading",
    title: "file cannot be read",
    invariant: "Every file a policy names (its base, its vocabulary) exists and can be read.",
    example: 'policy example "Example" {\n  extends "no-such-base.policy"\n}',
  },
  {
    code: LoadCodes.cycle,
    severity: "error",
    stage: "loading",
    title: "base chain goes round in a circle",
    invariant: "A chain of base policies ends, within eight steps, without returning to a file already in it.",
    example: 'policy example "Example" {\n  extends "example.policy"\n}',
  },
  {
    code: LoadCodes.wrongKind,
    severity: "error",
    stage: "loading",
    title: "wrong kind of file",
    invariant: "`extends` names a base policy and `vocabulary` names a vocabulary.",
    example: 'policy example "Example" {\n  extends "vocabulary.policy"\n}',
  },
  {
    code: LoadCodes.outsideFolder,
    severity: "error",
    stage: "loading",
    title: "file outside the policy folder",
    invariant: "A policy refers only to files in its own folder.",
    example: 'policy example "Example" {\n  extends "../elsewhere/base.policy"\n}',
  },
];

const INVALID_OPTIONS_ENTRY: CatalogueEntry = {
  code: INVALID_OPTIONS,
  severity: "error",
  stage: "internal",
  title: "library called with unusable options",
  invariant: "A program calling `compile()` passes the policy as text and `today` as a date written YYYY-MM-DD.",
};

const INTERNAL: CatalogueEntry = {
  code: INTERNAL_ERROR,
  severity: "error",
  stage: "internal",
  title: "internal error",
  invariant: "Quorate itself does not fail; if it does, it says so instead of crashing, and the fault is Quorate's, not the policy's.",
};

export const DIAGNOSTIC_CATALOGUE: readonly CatalogueEntry[] = [
  ...SYNTAX,
  ...LOADING,
  ...[...ALL_CHECKS]
    // Codes are Q and three digits, which code-unit order sorts as localeCompare does;
    // localeCompare here, at module load, set up ICU's collator in every run of the CLI.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((c): CatalogueEntry => ({ code: c.code, severity: c.severity, stage: "check", title: c.title, invariant: c.invariant, example: c.example })),
  INVALID_OPTIONS_ENTRY,
  INTERNAL,
];

export const EXAMPLE_HEADER = 'policy example "Example" {\n  vocabulary "vocabulary.policy"\n}\n';

/** The whole policy an example stands for: its own text if it has a header, else the standard header first. */
export function exampleSource(example: string): string {
  return /^(policy|base|vocabulary)\s/.test(example) ? example + "\n" : EXAMPLE_HEADER + example + "\n";
}
