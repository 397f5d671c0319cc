/**
 * Go to definition, find references and rename, over the name index of the policy, its
 * base and its vocabulary. Rename is offered for groupings and for roles a policy or base
 * declares itself: a role of the shared vocabulary is used by every board's policy, and the
 * fixed words (events, obligations, powers, jurisdictions) are Quorate's, so renaming them
 * in one policy would break it.
 */
import { isReservedWord } from "../grammar/tokens.js";
import type { Analysis } from "./analysis.js";
import { isCatalogueWord, KIND_NOUN, nameIndex, type Occurrence } from "./names.js";
import { editorRange } from "./positions.js";
import type { Location, PrepareRenameResult, RenameResult, WorkspaceEdit } from "./types.js";

function nameAt(analysis: Analysis, offset: number): Occurrence | undefined {
  return analysis.model ? nameIndex(analysis.model).at(analysis.file, offset) : undefined;
}

function location(o: Occurrence): Location {
  return { file: o.file.path, range: editorRange(o.ident.range) };
}

export function definition(analysis: Analysis, offset: number): Location[] {
  const name = nameAt(analysis, offset);
  if (!name || !analysis.model) return [];
  return nameIndex(analysis.model).declarations(name.kind, name.name).map(location);
}

export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Location[] {
  const name = nameAt(analysis, offset);
  if (!name || !analysis.model) return [];
  return nameIndex(analysis.model)
    .all(name.kind, name.name)
    .filter((o) => includeDeclaration || !o.declaration)
    .map(location);
}

/** Why a name cannot be renamed here, if it cannot. */
function renameRefusal(analysis: Analysis, name: Occurrence): string | undefined {
  if (name.kind !== "role" && name.kind !== "grouping") {
    return isCatalogueWord(name.kind, name.name)
      ? `\`${name.name}\` is one of Quorate's own ${KIND_NOUN[name.kind]} names, which cannot be renamed`
      : `only groupings and a policy's own roles can be renamed, not ${/^[aeiou]/.test(KIND_NOUN[name.kind]) ? "an" : "a"} ${KIND_NOUN[name.kind]}`;
  }
  const declarations = analysis.model ? nameIndex(analysis.model).declarations(name.kind, name.name) : [];
  if (declarations.length === 0) return `\`${name.name}\` is not declared, so there is nothing to rename`;
  if (analysis.model && declarations.some((d) => analysis.model?.isVocabularyFile(d.file))) {
    return `\`${name.name}\` is declared in the shared vocabulary, which every board's policy uses; rename it there, with every policy that uses it`;
  }
  return undefined;
}

export function prepareRename(analysis: Analysis, offset: number): PrepareRenameResult {
  if (!analysis.exact) return { error: "fix the syntax errors in this file before renaming" };
  const name = nameAt(analysis, offset);
  if (!name) return { error: "there is no role or grouping here to rename" };
  const refusal = renameRefusal(analysis, name);
  return refusal ? { error: refusal } : { range: editorRange(name.ident.range), placeholder: name.name };
}

function newNameProblem(analysis: Analysis, name: Occurrence, newName: string): string | undefined {
  if (!/^[a-z][a-z0-9_]*$/.test(newName)) return `\`${newName}\` is not a name: write it in lower case with underscores, like \`health_visitor\``;
  if (isReservedWord(newName)) return `\`${newName}\` is a reserved word and cannot be a name`;
  const index = analysis.model ? nameIndex(analysis.model) : undefined;
  for (const kind of ["role", "grouping", "agency"] as const) {
    if (newName !== name.name && index && index.declarations(kind, newName).length > 0) return `\`${newName}\` is already the name of ${kind === "agency" ? "an" : "a"} ${kind}`;
  }
  return undefined;
}

export function rename(analysis: Analysis, offset: number, newName: string): RenameResult {
  const prepared = prepareRename(analysis, offset);
  if ("error" in prepared) return prepared;
  const name = nameAt(analysis, offset) as Occurrence;
  const problem = newNameProblem(analysis, name, newName);
  if (problem) return { error: problem };
  const edit: WorkspaceEdit = {};
  for (const o of nameIndex(analysis.model as NonNullable<Analysis["model"]>).all(name.kind, name.name)) {
    (edit[o.file.path] ??= []).push({ range: editorRange(o.ident.range), newText: newName });
  }
  return { edit };
}
