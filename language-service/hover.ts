/**
 * Hover: what a name is (a role's label, agency, groupings and vote; a grouping's members;
 * an event's meaning), the statement under the cursor with its citation and any reading
 * recorded for the same clause, and the explanation of any diagnostic there.
 */
import { DETECTED_EVENTS, JURISDICTIONS } from "../compiler/catalogue.js";
import { DIAGNOSTIC_CATALOGUE } from "../compiler/diagnosticCatalogue.js";
import type { RoleVote } from "../compiler/ir.js";
import { lowerRoles } from "../compiler/lower/roles.js";
import { STATEMENT_FORMS, type FormContext } from "../grammar/statementForms.js";
import type { Ambiguity, GroupingDeclaration, RoleDeclaration, Silence, Statement } from "../grammar/ast.js";
import type { Analysis } from "./analysis.js";
import { isCatalogueWord, KIND_NOUN, nameIndex, type NameIndex, type Occurrence } from "./names.js";
import { editorRange } from "./positions.js";
import { allStatements, statementAt, statementWords } from "./syntax.js";
import type { Hover } from "./types.js";

const code = (name: string) => "`" + name + "`";

function where(o: Occurrence): string {
  return `${o.file.name}:${o.ident.range.start.line}`;
}

function voteWords(vote: RoleVote | null | undefined): string | undefined {
  if (!vote) return undefined;
  const unit = vote.unit ? (vote.unit.kind === "individual" ? "as an individual" : `as part of the ${vote.unit.kind} ${vote.unit.id ? code(vote.unit.id) : "(unnamed)"}`) : "";
  const choice = vote.choice ? ` (may sit with ${vote.choice.options.map(code).join(" or ")}, otherwise ${code(vote.choice.fallback)})` : "";
  const perOrganisation = vote.perOrganisation ? "; each organisation is a unit of its own" : "";
  switch (vote.status) {
    case "votes":
      return `votes ${unit}${choice}${perOrganisation}`.trim();
    case "chair_discretion":
      return `votes at the chair's discretion ${unit}${vote.writtenReportAdmits ? ", or by written report" : ""}${choice}`.trim();
    case "not_voting":
      return "does not vote";
  }
}

function roleHover(analysis: Analysis, index: NameIndex, o: Occurrence): string[] {
  const declaration = index.declarations("role", o.name)[0];
  if (!declaration) return [`**${o.name}**: unknown role`];
  const node = declaration.statement as RoleDeclaration;
  const lines = [`**${o.name}** (role): ${node.label.value}`];
  if (node.agency) {
    const agency = index.declarations("agency", node.agency.name)[0]?.statement as { label?: { value: string } } | undefined;
    lines.push(`agency: ${code(node.agency.name)}${agency?.label ? ` (${agency.label.value})` : ""}`);
  } else {
    lines.push("not a practitioner");
  }
  const groupings = index.model.statements("GroupingDeclaration").filter((g) => g.node.roles.some((r) => r.name === o.name));
  if (groupings.length > 0) lines.push(`grouping: ${groupings.map((g) => code(g.node.id.name)).join(", ")}`);
  const vote = roleVoteOf(analysis, o.name);
  if (vote) lines.push(`vote: ${vote}`);
  lines.push(`declared in ${where(declaration)}`);
  return lines;
}

function roleVoteOf(analysis: Analysis, name: string): string | undefined {
  if (!analysis.model || !analysis.scope || analysis.model.kind === "vocabulary") return undefined;
  try {
    return voteWords(lowerRoles(analysis.model, analysis.scope).roles.find((r) => r.id === name)?.vote);
  } catch {
    return undefined;
  }
}

function groupingHover(index: NameIndex, o: Occurrence): string[] {
  const declaration = index.declarations("grouping", o.name)[0];
  if (!declaration) return [`**${o.name}**: unknown grouping`];
  const node = declaration.statement as GroupingDeclaration;
  return [
    `**${o.name}** (grouping): ${node.label.value}`,
    `members: ${node.roles.map((r) => code(r.name)).join(", ") || "none"}`,
    ...(node.cite ? [`cites ${node.cite.value}`] : []),
    `declared in ${where(declaration)}`,
  ];
}

function labelledHover(index: NameIndex, o: Occurrence): string[] {
  const declaration = index.declarations(o.kind, o.name)[0];
  if (!declaration) return [`**${o.name}**: unknown ${KIND_NOUN[o.kind]}`];
  const label = (declaration.statement as { label?: { value: string } }).label?.value;
  const lines = [`**${o.name}** (${KIND_NOUN[o.kind]})${label ? `: ${label}` : ""}`];
  if (o.kind === "agency") {
    const roles = index.model.statements("RoleDeclaration").filter((r) => r.node.agency?.name === o.name).map((r) => code(r.node.id.name));
    if (roles.length > 0) lines.push(`roles: ${roles.join(", ")}`);
  }
  lines.push(`declared in ${where(declaration)}`);
  return lines;
}

function catalogueHover(o: Occurrence): string[] {
  const text =
    o.kind === "event" ? (DETECTED_EVENTS as Record<string, { description: string }>)[o.name]?.description
    : o.kind === "jurisdiction" ? (JURISDICTIONS as Record<string, string>)[o.name]
    : undefined;
  return [text === undefined ? `**${o.name}**: unknown ${KIND_NOUN[o.kind]}` : `**${o.name}** (${KIND_NOUN[o.kind]}): ${text}`];
}

function nameHover(analysis: Analysis, index: NameIndex, o: Occurrence): string[] {
  switch (o.kind) {
    case "role":
      return roleHover(analysis, index, o);
    case "grouping":
      return groupingHover(index, o);
    default:
      // A name the vocabulary or the policy declares is described from its declaration; a
      // word of Quorate's own (an event an evaluation detects, a jurisdiction) from the catalogue.
      return isCatalogueWord(o.kind, o.name) ? catalogueHover(o) : labelledHover(index, o);
  }
}

/** The statement, its citation, and the ambiguities and silences recorded for the same clause. */
function statementHover(analysis: Analysis, statement: Statement): string[] {
  if (statement.type === "Ambiguity") return [`**ambiguity**: ${statement.text.value}`, `reading taken: ${statement.reading.value}`, ...(statement.cite ? [`cites ${statement.cite.value}`] : [])];
  if (statement.type === "Silence") return [`**silent**: ${statement.text.value}`, ...(statement.cite ? [`cites ${statement.cite.value}`] : [])];
  const lines = [`**${statementWords(statement.type)}**${statement.cite ? `: cites ${statement.cite.value}` : " (no citation)"}`];
  const cite = statement.cite?.value;
  if (cite === undefined || !analysis.ast) return lines;
  for (const { statement: other } of allStatements(analysis.ast)) {
    if (other.cite?.value !== cite) continue;
    if (other.type === "Ambiguity") lines.push(`ambiguity recorded for ${cite}: ${(other as Ambiguity).text.value}; reading taken: ${(other as Ambiguity).reading.value}`);
    if (other.type === "Silence") lines.push(`silence recorded for ${cite}: ${(other as Silence).text.value}`);
  }
  return lines;
}

function diagnosticHover(analysis: Analysis, offset: number): string[] {
  const out: string[] = [];
  for (const d of analysis.compiled.diagnostics) {
    if (d.file !== analysis.file || d.range.start.offset > offset || offset > d.range.end.offset) continue;
    const entry = DIAGNOSTIC_CATALOGUE.find((e) => e.code === d.code);
    out.push(`**${d.code}** ${entry ? `${entry.title}: ${entry.invariant}` : d.message}`);
  }
  return out;
}

/** A section's keyword: the forms of statement it holds (grammar/statementForms.ts). */
function sectionHover(analysis: Analysis, offset: number): { lines: string[]; range: Hover["range"] } | undefined {
  const section = analysis.ast?.sections.find((s) => s.keywordRange.start.offset <= offset && offset <= s.keywordRange.end.offset);
  if (!section) return undefined;
  const forms = Object.hasOwn(STATEMENT_FORMS, section.keyword) ? STATEMENT_FORMS[section.keyword as FormContext] : [];
  return { lines: [`**${section.keyword}** section; its statements read like:`, ...forms.map((f) => `- \`${f}\``)], range: editorRange(section.keywordRange) };
}

export function hover(analysis: Analysis, offset: number): Hover | undefined {
  const sections: string[][] = [];
  let range = analysis.lines.range(offset, offset);
  if (analysis.model) {
    const index = nameIndex(analysis.model);
    const name = index.at(analysis.file, offset);
    if (name) {
      sections.push(nameHover(analysis, index, name));
      range = editorRange(name.ident.range);
    }
  }
  const placed = analysis.ast ? statementAt(analysis.ast, offset) : undefined;
  if (placed) {
    sections.push(statementHover(analysis, placed.statement));
    if (sections.length === 1) range = editorRange(placed.statement.range);
  }
  const section = sections.length === 0 ? sectionHover(analysis, offset) : undefined;
  if (section) {
    sections.push(section.lines);
    range = section.range;
  }
  const diagnostics = diagnosticHover(analysis, offset);
  if (diagnostics.length > 0) sections.push(diagnostics);
  if (sections.length === 0) return undefined;
  return { contents: sections.map((lines) => lines.join("  \n")).join("\n\n---\n\n"), range };
}
