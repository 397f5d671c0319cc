/**
 * Every place a name is declared or used in a policy, its base and its vocabulary, found
 * through the compiler's own lists: declarations are the statements that carry an `id`
 * (`RoleDeclaration`, `GroupingDeclaration`, … and any declaration added later), uses are
 * `compiler/references.ts`, which name resolution checks. Navigation, rename and hover all
 * read this one index, so a new statement form that the checks know is navigable too.
 */
import { isEvent, isJurisdiction, isObligationAction, isPower } from "../compiler/catalogue.js";
import type { PolicyModel, SourceFile } from "../compiler/model.js";
import { references, type ReferenceKind } from "../compiler/references.js";
import type { Ident, Statement } from "../grammar/ast.js";
import type { Range as SourceRange } from "../grammar/location.js";
import type { NameKind } from "./types.js";

/** The noun for each kind of reference; a kind added to the compiler must be named here. */
export const KIND_NOUN: Record<ReferenceKind, string> = {
  role: "role",
  grouping: "grouping",
  agency: "agency",
  category: "category",
  event: "event",
  action: "obligation",
  power: "power",
  jurisdiction: "jurisdiction",
};

export const NAME_KINDS = Object.keys(KIND_NOUN) as ReferenceKind[];

export interface Occurrence {
  kind: NameKind;
  name: string;
  ident: Ident;
  file: SourceFile;
  declaration: boolean;
  /** For a declaration, the statement that declares it. */
  statement?: Statement;
}

/** `RoleDeclaration` declares a `role`; any other statement type ending in `Declaration` is read the same way. */
export function declaredKind(statement: Statement): NameKind | undefined {
  if (!statement.type.endsWith("Declaration") || !("id" in statement)) return undefined;
  const kind = statement.type.slice(0, -"Declaration".length).toLowerCase();
  return (NAME_KINDS as string[]).includes(kind) ? (kind as NameKind) : undefined;
}

function statementsOf(file: SourceFile): Statement[] {
  return [...file.ast.header.statements, ...file.ast.sections.flatMap((s) => s.statements as Statement[])];
}

/**
 * A category listed in a board's policy names one the vocabulary declares: it is a use,
 * not a declaration (the compiler's references say so too).
 */
function isDeclarationIn(model: PolicyModel, file: SourceFile, kind: NameKind): boolean {
  return kind !== "category" || model.isVocabularyFile(file);
}

export class NameIndex {
  readonly occurrences: Occurrence[] = [];

  constructor(readonly model: PolicyModel) {
    const declared = new Set<Ident>();
    for (const file of model.chain) {
      for (const statement of statementsOf(file)) {
        const kind = declaredKind(statement);
        if (!kind || !isDeclarationIn(model, file, kind)) continue;
        const ident = (statement as Statement & { id: Ident }).id;
        declared.add(ident);
        this.occurrences.push({ kind, name: ident.name, ident, file, declaration: true, statement });
      }
    }
    for (const kind of NAME_KINDS) {
      for (const ref of references(model, kind)) {
        if (!declared.has(ref.ident)) this.occurrences.push({ kind, name: ref.ident.name, ident: ref.ident, file: ref.file, declaration: false });
      }
    }
  }

  /** The name at an offset of a file, if one is written there. */
  at(filePath: string, offset: number): Occurrence | undefined {
    return this.occurrences.find((o) => o.file.path === filePath && o.ident.range.start.offset <= offset && offset <= o.ident.range.end.offset);
  }

  /** Every occurrence of a name of one kind, declarations first. */
  all(kind: NameKind, name: string): Occurrence[] {
    const found = this.occurrences.filter((o) => o.kind === kind && o.name === name);
    return [...found.filter((o) => o.declaration), ...found.filter((o) => !o.declaration)];
  }

  declarations(kind: NameKind, name: string): Occurrence[] {
    return this.occurrences.filter((o) => o.kind === kind && o.name === name && o.declaration);
  }

  /** Every declared name of a kind, each once, with its first declaration. */
  declared(kind: NameKind): Map<string, Occurrence> {
    const out = new Map<string, Occurrence>();
    for (const o of this.occurrences) if (o.kind === kind && o.declaration && !out.has(o.name)) out.set(o.name, o);
    return out;
  }
}

/** Whether a word names something Quorate itself defines (an event, an obligation, a power or a jurisdiction). */
export function isCatalogueWord(kind: NameKind, name: string): boolean {
  switch (kind) {
    case "event":
      return isEvent(name);
    case "action":
      return isObligationAction(name);
    case "power":
      return isPower(name);
    case "jurisdiction":
      return isJurisdiction(name);
    default:
      return false;
  }
}

export function sameRange(a: SourceRange, b: SourceRange): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

const indexes = new WeakMap<PolicyModel, NameIndex>();

/** The index of a model, built once (a model is never changed once built). */
export function nameIndex(model: PolicyModel): NameIndex {
  let index = indexes.get(model);
  if (!index) {
    index = new NameIndex(model);
    indexes.set(model, index);
  }
  return index;
}
