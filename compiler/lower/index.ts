/** Lowering: a checked policy model to the plain-JSON IR. */
import type { PolicyIR } from "../ir.js";
import { IR_FORMAT } from "../irFormat.js";
import type { PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { lowerDeclarations } from "./declarations.js";
import { lowerDefaults } from "./defaults.js";
import { lowerNotes, lowerObligations, lowerPowers, lowerRoutes } from "./duties.js";
import { lowerMetadata } from "./metadata.js";
import { lowerRoles } from "./roles.js";
import { lowerCategories, lowerDecision, lowerEligibility, lowerQuorum, lowerVoting } from "./rules.js";

export function lowerPolicy(model: PolicyModel, scope: Scope): PolicyIR {
  const metadata = lowerMetadata(model);
  return {
    format: IR_FORMAT,
    ...metadata,
    ...lowerDeclarations(model, scope),
    ...lowerRoles(model, scope),
    voting: lowerVoting(model),
    quorum: lowerQuorum(model),
    eligibility: lowerEligibility(model),
    decision: lowerDecision(model),
    categories: lowerCategories(model, "categories"),
    concerns: lowerCategories(model, "concerns"),
    obligations: lowerObligations(model),
    powers: lowerPowers(model),
    routes: lowerRoutes(model),
    ...lowerNotes(model),
    defaults: lowerDefaults(model, scope),
  };
}
