/**
 * Deciding the conference in the Try panel under the policy being edited, exactly as
 * `quorate eval` does: the policy and every earlier version it `supersedes` compiled
 * (compileVersions), the conference read and checked against the version in force on its
 * date, then decided and explained.
 */
import type { PolicyIR } from "../../../compiler/ir.js";
import { compileVersions, type VersionsResult } from "../../../compiler/versions.js";
import { parseJsonText, validateConference } from "../../../runtime/validateConference.js";
import { createVersionedEvaluator, dateGiven, PolicyVersions } from "../../../runtime/versions.js";
import type { Analysis } from "../../../language-service/index.js";
import { decisionView } from "./decisionView.js";
import type { Decided, PolicySummary } from "./protocol.js";
import type { Workspace } from "./workspace.js";

/** The versions compiled for an analysis: the same analysis (the file and all it reads unchanged) compiles the same. */
const compiled = new WeakMap<Analysis, VersionsResult>();

function versionsOf(ws: Workspace, file: string, today: string): VersionsResult {
  const analysis = ws.service.analysis(file);
  let found = compiled.get(analysis);
  if (!found) {
    found = compileVersions(file, { host: ws.host, today });
    compiled.set(analysis, found);
  }
  return found;
}

export function policySummary(ir: PolicyIR): PolicySummary {
  return {
    id: ir.id,
    title: ir.title,
    roles: ir.roles.map((r) => ({ id: r.id, label: r.label, practitioner: r.practitioner })),
    groupings: ir.groupings.map((g) => ({ id: g.id, label: g.label, roles: g.roles })),
    categories: ir.categories.allowed.map((c) => ({ id: c.id, label: c.label })),
    multipleCategories: ir.categories.multiple?.allowed ?? false,
    primaryRequired: ir.categories.primary?.required ?? false,
    facts: ir.facts.map((f) => ({ id: f.id, label: f.label, about: f.about, values: f.values.kind === "choice" ? f.values.options : f.values.kind, default: f.default })),
  };
}

export function decide(ws: Workspace, file: string, text: string, conference: string, today: string): Decided {
  ws.set(file, text);
  const result = versionsOf(ws, file, today);
  if (!result.versions) return { kind: "policy-problems", errors: result.diagnostics.filter((d) => d.severity === "error").length };
  const newest = result.versions[result.versions.length - 1] as { ir: PolicyIR };
  if (newest.ir.kind !== "policy") return { kind: "not-a-board", what: newest.ir.kind === "base" ? "a base, which the board policies that extend it build on" : "the shared vocabulary" };
  const versions = new PolicyVersions(result.versions);
  const parsed = parseJsonText(conference);
  if (!parsed.ok) return { kind: "conference-problems", summary: policySummary(newest.ir), problems: parsed.problems };
  const ir = versions.choose(dateGiven(parsed.value)).version.ir;
  const summary = policySummary(ir);
  const checked = validateConference(ir, parsed.value);
  if (!checked.ok) return { kind: "conference-problems", summary, problems: checked.problems };
  const decision = createVersionedEvaluator(versions)(checked.conference);
  return { kind: "decided", summary, result: decision, ...decisionView(decision) };
}
