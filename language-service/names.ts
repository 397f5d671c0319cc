/**
 * Every place a name is declared or used in a policy, its base and its vocabulary, found
 * through the compiler's own lists: declarations are the statements that carry an `id`
 * (`RoleDeclaration`, `GroupingDeclaration`, … and any declaration added later), uses are
 * `compiler/references.ts`, which name resolution checks. Navigation, rename and hover all
 * read this one index, so a new statement form that the checks know is navigable too.
 */
import { isDetectedEvent, isJurisdiction } from "../compiler/catalogue.js";
import type { PolicyModel, SourceFile } from "../compiler/model.js";
import { references, type ReferenceKind } from "../compiler/references.js";
import { buildScope, type Namespace } from "../compiler/scope.js";
import type { Ident, Statement } from "../grammar/ast.js";
import type { Range as SourceRange } from "../grammar/location.js";
import type { NameKind } from "./types.js";

/** The noun for each kind of name; a kind added to the compiler must be named here. */
export const KIND_NOUN: Record<ReferenceKind, string> = {
  role: "role",
  grouping: "grouping",
  agency: "agency",
  category: "category",
  concern: "area of concern",
  event: "event",
  action: "action",
  jurisdiction: "jurisdiction",
  fact: "fact",
};

export const NAME_KINDS = Object.keys(KIND_NOUN) as ReferenceKind[];

/** The kind of name each of the compiler's namespaces declares; a namespace added to the compiler must be placed here. */
const NAMESPACE_KIND: Record<Namespace, ReferenceKind> = {
  agencies: "agency",
  roles: "role",
  categories: "category",
  concerns: "concern",
  groupings: "grouping",
  facts: "fact",
  events: "event",
  actions: "action",
};

export interface Occurrence {
  kind: NameKind;
  name: string;
  ident: Ident;
  file: SourceFile;
  declaration: boolean;
  /** For a declaration, the statement that declares it. */
  statement?: Statement;
}

/** The kind of name a statement declares, if it declares one: as the compiler's scope files it. */
export function declaredKind(model: PolicyModel, statement: Statement): NameKind | undefined {
  return nameIndex(model).declarationKinds.get(statement);
}

export class NameIndex {
  readonly occurrences: Occurrence[] = [];

  /** What each declaring statement declares. */
  readonly declarationKinds = new Map<Statement, NameKind>();

  constructor(readonly model: PolicyModel) {
    const declared = new Set<Ident>();
    const scope = buildScope(model);
    for (const namespace of Object.keys(NAMESPACE_KIND) as Namespace[]) {
      const kind = NAMESPACE_KIND[namespace];
      for (const located of scope[namespace].values()) {
        const statement = located.node as Statement & { id: Ident };
        declared.add(statement.id);
        this.declarationKinds.set(statement, kind);
        this.occurrences.push({ kind, name: statement.id.name, ident: statement.id, file: located.file, declaration: true, statement });
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

/** Whether a word names something Quorate itself defines (an event an evaluation detects, or a jurisdiction). */
export function isCatalogueWord(kind: NameKind, name: string): boolean {
  return (kind === "event" && isDetectedEvent(name)) || (kind === "jurisdiction" && isJurisdiction(name));
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
