/**
 * Walking a policy's tree without knowing its statement forms: a section is anything with
 * `statements`, a statement anything in such a list, and every node carries its `range`.
 * New sections and statements are found by the same walk.
 */
import type { PolicyFile, Section, Statement } from "../grammar/ast.js";
import type { Range as SourceRange } from "../grammar/location.js";

export interface PlacedStatement {
  statement: Statement;
  /** The section keyword, or `header`. */
  context: string;
  section?: Section;
}

export function allStatements(ast: PolicyFile): PlacedStatement[] {
  const out: PlacedStatement[] = ast.header.statements.map((statement) => ({ statement, context: "header" }));
  for (const section of ast.sections) for (const statement of section.statements as Statement[]) out.push({ statement, context: section.keyword, section });
  return out;
}

function within(range: SourceRange, offset: number): boolean {
  return range.start.offset <= offset && offset <= range.end.offset;
}

/** The statement written at an offset, if any. */
export function statementAt(ast: PolicyFile, offset: number): PlacedStatement | undefined {
  return allStatements(ast).find((s) => within(s.statement.range, offset));
}

/** The statements that overlap a span of offsets. */
export function statementsIn(ast: PolicyFile, start: number, end: number): PlacedStatement[] {
  return allStatements(ast).filter((s) => s.statement.range.start.offset <= end && start <= s.statement.range.end.offset);
}

/** `TieBreak` as words: `tie break`. */
export function statementWords(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** The innermost nodes (objects with a `range`) at an offset, outermost first. */
export function nodesAt(root: unknown, offset: number): { range: SourceRange }[] {
  const out: { range: SourceRange }[] = [];
  let current: unknown = root;
  for (;;) {
    const next = childAt(current, offset);
    if (!next) return out;
    out.push(next);
    current = next;
  }
}

function childAt(node: unknown, offset: number): { range: SourceRange } | undefined {
  if (node === null || typeof node !== "object") return undefined;
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === "object" && "range" in child && within((child as { range: SourceRange }).range, offset)) return child as { range: SourceRange };
    }
  }
  return undefined;
}

/** Whether every range in a tree is a real place (recovery inserts tokens that have none: NaN offsets). */
export function everyRangeReal(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(everyRangeReal);
  if (value === null || typeof value !== "object") return true;
  const offset = (value as { offset?: unknown }).offset;
  if (typeof offset === "number" && !Number.isFinite(offset)) return false;
  return Object.values(value).every(everyRangeReal);
}
