/**
 * The library's one-call entry: validate a conference against a policy, then decide it.
 * For many conferences under one policy, build the evaluator once with `createEvaluator`.
 */
import type { PolicyIR } from "../compiler/ir.js";
import type { DecisionResult } from "./decision.js";
import { createEvaluator } from "./evaluator.js";
import { ConferenceInputError, validateConference } from "./validateConference.js";

/** Decides a conference; throws `ConferenceInputError`, listing every problem, when the input is invalid. */
export function evaluate(ir: PolicyIR, conference: unknown): DecisionResult {
  const checked = validateConference(ir, conference);
  if (!checked.ok) throw new ConferenceInputError(checked.problems);
  return createEvaluator(ir)(checked.conference);
}
