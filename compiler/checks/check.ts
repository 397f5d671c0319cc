/**
 * The shape of a check. Each check lives in its own file, states the one invariant it
 * enforces, and reports every place that breaks it under its own stable code.
 */
import type { Node } from "../../grammar/ast.js";
import type { Diagnostic, Severity } from "../../grammar/diagnostic.js";
import type { Range } from "../../grammar/location.js";
import type { Located, PolicyModel, SourceFile } from "../model.js";
import type { Scope } from "../scope.js";

export interface Check {
  code: string;
  /** A short name for the catalogue, e.g. "unknown role". */
  title: string;
  severity: Severity;
  /** The invariant, in one sentence. */
  invariant: string;
  /**
   * A small policy that breaks the invariant, shown in the diagnostics catalogue and
   * compiled by a test to prove it does. Unless it starts with its own header, it is
   * placed after `policy example "Example" { vocabulary "vocabulary.policy" }`.
   */
  example: string;
  run(ctx: CheckContext): void;
}

/** Somewhere to point: a located statement, or a node inside a given file. */
export type Where = Located<Node> | { file: SourceFile; node: Node } | { file: SourceFile; range: Range };

export interface Related {
  message: string;
  where: Where;
}

export interface CheckContext {
  model: PolicyModel;
  scope: Scope;
  /** Today's date as YYYY-MM-DD, for checks about review dates. */
  today: string;
  report(where: Where, message: string, help?: string, related?: Related[]): void;
}

export function placeOf(where: Where): { file: SourceFile; range: Range } {
  return "range" in where ? where : { file: where.file, range: where.node.range };
}

/**
 * Findings beyond a check's first `most` are counted, not kept: the first of them is held
 * so that one line can say where the rest begin and how many there are.
 */
export interface FindingLimit {
  most: number;
  shown: number;
  hidden: number;
  firstHidden?: Diagnostic;
}

export function contextFor(check: Check, model: PolicyModel, scope: Scope, today: string, out: Diagnostic[], limit?: FindingLimit): CheckContext {
  return {
    model,
    scope,
    today,
    report(where, message, help, related) {
      if (limit && limit.shown >= limit.most) {
        limit.hidden++;
        if (limit.hidden > 1) return;
      }
      if (limit && limit.hidden === 0) limit.shown++;
      const place = placeOf(where);
      const found: Diagnostic = {
        code: check.code,
        severity: check.severity,
        message,
        file: place.file.path,
        range: place.range,
        ...(help ? { help } : {}),
        ...(related && related.length > 0
          ? { related: related.map((r) => ({ message: r.message, file: placeOf(r.where).file.path, range: placeOf(r.where).range })) }
          : {}),
      };
      if (limit && limit.hidden > 0) limit.firstHidden = found;
      else out.push(found);
    },
  };
}
