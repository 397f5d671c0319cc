import type { Node, StatementBase } from "../../grammar/ast.js";
import type { Origin } from "../ir.js";
import type { Located, SourceFile } from "../model.js";

/** Where a rule came from, as recorded in the IR: file name, line, and the clause it cites. */
export function originOf(located: Located<StatementBase>): Origin {
  return { file: located.file.name, line: located.node.range.start.line, cite: located.node.cite?.value ?? null };
}

/** For a node that is not a statement (a header), with no citation of its own. */
export function originAt(file: SourceFile, node: Node): Origin {
  return { file: file.name, line: node.range.start.line, cite: null };
}

export function originOrNull(located: Located<StatementBase> | undefined): Origin | null {
  return located ? originOf(located) : null;
}
