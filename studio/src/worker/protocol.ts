/**
 * What the page and the Studio's worker say to each other. Everything is plain data, and
 * every place in a policy is an offset into the text the request carried (CodeMirror's
 * positions), so the page never converts positions itself. Every request that reads a
 * policy carries the policy's text: the worker always answers about the text the editor
 * holds, never an older one.
 */
import type { DecisionResult } from "../../../runtime/decision.js";
import type { DiffReport } from "../../../diff/report.js";

export type Severity = "error" | "warning" | "info";

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

/** A quick fix: edits to the file the problem is in. */
export interface Fix {
  title: string;
  changes: TextChange[];
}

export interface Problem {
  file: string;
  from: number;
  to: number;
  /** 1-based, for the list of problems. */
  line: number;
  column: number;
  severity: Severity;
  code: string;
  message: string;
  help?: string;
  fixes: Fix[];
}

/** A name as the parser reads it: what kind of thing it names, and whether it is declared there. */
export interface NameSpan {
  from: number;
  to: number;
  kind: string;
  declaration: boolean;
}

export interface BundledDocument {
  path: string;
  kind: "policy" | "base" | "vocabulary" | "unknown";
  id: string;
  title: string;
}

export interface CatalogueEntryView {
  code: string;
  severity: Severity;
  title: string;
  invariant: string;
  example?: string;
}

/** What the conference form offers under a policy: its roles, groupings, categories and facts. */
export interface PolicySummary {
  id: string;
  title: string;
  roles: { id: string; label: string; practitioner: boolean }[];
  groupings: { id: string; label: string; roles: string[] }[];
  categories: { id: string; label: string }[];
  multipleCategories: boolean;
  primaryRequired: boolean;
  facts: { id: string; label: string; about: "conference" | "child"; values: string[] | "yes_no" | "number"; default: string | boolean | number | null }[];
}

/** A child's decision as the Studio shows it; the words are the command line's. */
export interface ChildView {
  child: string;
  unborn: boolean;
  outcome: DecisionResult["children"][number]["outcome"];
  decidedBy: string | null;
  /** `quorate eval`'s headline without the child's name: "REGISTER by majority". */
  headline: string;
  /** `quorate eval`'s summary rows: quorum, tally, units, dissent, duties, routes… */
  summary: { label: string; lines: string[] }[];
  steps: { step: string; detail: string; place: string }[];
  notApplied: { input: string; reason: string; place: string }[];
}

export interface DecisionView {
  title: string;
  policy: string;
  /** When a version was chosen by date: `quorate eval`'s lines saying which. */
  inForce: string[];
  children: ChildView[];
  notApplied: { input: string; reason: string; place: string }[];
}

export type Decided =
  | { kind: "decided"; summary: PolicySummary; view: DecisionView; text: string; result: DecisionResult }
  | { kind: "conference-problems"; summary: PolicySummary; problems: { path: string; message: string; hint?: string }[] }
  | { kind: "policy-problems"; errors: number }
  | { kind: "not-a-board"; what: string };

export interface CompareInput {
  path: string;
  /** `bundled`: the policy as the Studio ships it; `workspace`: as edited or opened here. */
  source: "bundled" | "workspace";
  /** How the report names it where two inputs are the same board. */
  label: string;
}

export type Compared = { kind: "compared"; report: DiffReport; html: string; milliseconds: number } | { kind: "problem"; message: string };

export type Request =
  | { type: "start"; bundled: Record<string, string>; today: string }
  | { type: "check"; path: string; text: string }
  | { type: "hover"; path: string; text: string; at: number }
  | { type: "complete"; path: string; text: string; at: number }
  | { type: "format"; path: string; text: string }
  | { type: "decide"; path: string; text: string; conference: string }
  | { type: "compare"; inputs: CompareInput[]; workspace: Record<string, string> };

export interface Started {
  documents: BundledDocument[];
  catalogue: CatalogueEntryView[];
}

export interface Checked {
  superseded?: true;
  problems: Problem[];
  names: NameSpan[];
  /** What the file says it is, when its header can be read. */
  header?: { kind: "policy" | "base" | "vocabulary"; id: string; title: string };
}

export interface Hovered {
  from: number;
  to: number;
  markdown: string;
}

export interface Completions {
  from: number;
  to: number;
  options: { label: string; kind: string; detail?: string }[];
}

export type Formatted = { changes: TextChange[] } | { error: string };

/** The answer to each request type. */
export interface Answers {
  start: Started;
  check: Checked;
  hover: Hovered | null;
  complete: Completions;
  format: Formatted;
  decide: Decided;
  compare: Compared;
}

export interface RequestMessage {
  id: number;
  request: Request;
}

export type ResponseMessage = { id: number; answer: unknown } | { id: number; failure: string };
