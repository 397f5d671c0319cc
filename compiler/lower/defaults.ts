/** Lowers the defaults a policy rests on (compiler/defaults.ts) into the IR's `defaults`. */
import { defaultsOf } from "../defaults.js";
import type { PolicyIR } from "../ir.js";
import type { Located, PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { originOf } from "./origin.js";
import type { StatementBase } from "../../grammar/ast.js";

export function lowerDefaults(model: PolicyModel, scope: Scope): PolicyIR["defaults"] {
  return defaultsOf(model, scope).map((d) => ({
    code: d.code,
    aspect: d.aspect,
    rule: d.rule,
    subjects: d.subjects,
    why: d.why,
    at: d.statement ? originOf(d.statement as Located<StatementBase>) : null,
  }));
}
