/**
 * The policy as the compiler sees it: the file being compiled together with the base
 * policies it extends and the shared vocabulary, with every statement indexed by kind and
 * tagged with the file it is written in. Checks and lowering read statements through this
 * one index, so a rule inherited from the Wales base is found exactly like a local one.
 */
import { path } from "./platform.js";
import type { FileKind, PolicyFile, Section, SectionName, Statement } from "../grammar/ast.js";
import type { LineMap } from "../grammar/location.js";

export interface SourceFile {
  /** The path as shown to the user, e.g. `policies/wakefield.policy`. */
  path: string;
  /** The file name alone, recorded in the IR so it does not depend on where it was compiled. */
  name: string;
  text: string;
  lines: LineMap;
  ast: PolicyFile;
}

export function sourceFile(filePath: string, text: string, lines: LineMap, ast: PolicyFile): SourceFile {
  return { path: filePath, name: path.basename(filePath), text, lines, ast };
}

export type Aspect = SectionName | "header";

export interface Located<T> {
  node: T;
  file: SourceFile;
  aspect: Aspect;
}

type StatementOf<K extends Statement["type"]> = Extract<Statement, { type: K }>;

/**
 * Rules that are alternatives to one another: when a later file in the chain states one,
 * it replaces whichever an earlier file (a base) stated. `alsoReplaces` names rules that
 * lose their meaning with it: an executive decision replaces the whole vote, and votes by
 * individual leave no group for a nominated lead to speak for.
 */
const ALTERNATIVES: { types: Statement["type"][]; alsoReplaces?: (winner: Statement) => Statement["type"][] }[] = [
  {
    types: ["MajorityDecides", "ExecutiveDecision", "NoConsensusRule"],
    alsoReplaces: (w) =>
      w.type === "ExecutiveDecision" ? ["ConsensusFirst", "TieBreak", "ChairBound", "Override"] : w.type === "NoConsensusRule" ? ["TieBreak", "ChairBound", "Override"] : [],
  },
  { types: ["ChairBound", "Override"] },
  { types: ["EveryUnitVotes", "OnlyInvolvedVote"] },
  { types: ["VoteBy"], alsoReplaces: (w) => (w.type === "VoteBy" && w.unit === "individual" ? ["NominatedLead"] : []) },
  // A board that states its own quorum counts states all of them: the base's are replaced.
  { types: ["QuorumCount"] },
];

/** Statements a `concerns` section shares with `categories`; they are indexed apart, so each list reads only its own. */
const CATEGORY_FORMS: ReadonlySet<Statement["type"]> = new Set(["CategoryDeclaration", "MultipleRule", "ConcernRule", "UnrankedRule", "AtLeastOneRule", "FreeTextRule"]);

export type CategoryForm = "CategoryDeclaration" | "MultipleRule" | "ConcernRule" | "UnrankedRule" | "AtLeastOneRule" | "FreeTextRule";

/** Which list a category statement belongs to. */
export type CategoryList = "categories" | "concerns";

export class PolicyModel {
  private readonly index = new Map<string, Located<Statement>[]>();
  /** Every file that contributes, from the most general (vocabulary) to the root. */
  readonly chain: readonly SourceFile[];

  /**
   * @param root the file being compiled
   * @param bases the base policies it extends, nearest first
   * @param vocabulary the shared vocabulary, if one was found
   */
  constructor(
    readonly root: SourceFile,
    readonly bases: readonly SourceFile[],
    readonly vocabulary: SourceFile | undefined,
  ) {
    const files = [...bases].reverse();
    if (vocabulary && vocabulary !== root) files.unshift(vocabulary);
    files.push(root);
    this.chain = files;
    for (const file of this.chain) {
      for (const node of file.ast.header.statements) this.add(node, file, "header");
      for (const section of file.ast.sections) for (const node of section.statements) this.add(node, file, section.keyword);
    }
    for (const group of ALTERNATIVES) this.replaceAlternatives(group);
  }

  /** Drops, from files earlier in the chain, the alternatives of the rule the latest file states. */
  private replaceAlternatives(group: (typeof ALTERNATIVES)[number]): void {
    const chain = this.chain;
    const stated = group.types.flatMap((t) => this.index.get(t) ?? []);
    if (stated.length === 0) return;
    const cutoff = Math.max(...stated.map((s) => chain.indexOf(s.file)));
    const winners = stated.filter((s) => chain.indexOf(s.file) === cutoff);
    const replaced = new Set([...group.types, ...winners.flatMap((w) => group.alsoReplaces?.(w.node) ?? [])]);
    for (const type of replaced) {
      const list = this.index.get(type);
      if (list) this.index.set(type, list.filter((s) => chain.indexOf(s.file) >= cutoff));
    }
  }

  private add(node: Statement, file: SourceFile, aspect: Aspect): void {
    const key = aspect === "concerns" && CATEGORY_FORMS.has(node.type) ? `concerns:${node.type}` : node.type;
    const list = this.index.get(key) ?? [];
    list.push({ node, file, aspect });
    this.index.set(key, list);
  }

  get kind(): FileKind {
    return this.root.ast.header.fileKind;
  }

  isVocabularyFile(file: SourceFile): boolean {
    return file.ast.header.fileKind === "vocabulary";
  }

  /** Statements of one kind across the chain, general first, so later ones override. */
  statements<K extends Statement["type"]>(type: K): Located<StatementOf<K>>[] {
    return (this.index.get(type) ?? []) as Located<StatementOf<K>>[];
  }

  /** The last statement of a kind: the root's if it has one, otherwise the nearest base's. */
  last<K extends Statement["type"]>(type: K): Located<StatementOf<K>> | undefined {
    const all = this.statements(type);
    return all[all.length - 1];
  }

  /** The last statement of a kind written in one file (the root's own metadata, say). */
  lastIn<K extends Statement["type"]>(type: K, file: SourceFile): Located<StatementOf<K>> | undefined {
    return this.statements(type).filter((s) => s.file === file).at(-1);
  }

  sections(keyword: SectionName): Located<Section>[] {
    return this.chain.flatMap((file) =>
      file.ast.sections.filter((s) => s.keyword === keyword).map((node) => ({ node, file, aspect: keyword })),
    );
  }

  /** A category statement of the categories list, or of the areas of concern. */
  listStatements<K extends CategoryForm>(list: CategoryList, type: K): Located<StatementOf<K>>[] {
    return (list === "categories" ? this.statements(type) : (this.index.get(`concerns:${type}`) ?? [])) as Located<StatementOf<K>>[];
  }

  /** The last rule of a kind in one list. */
  lastOf<K extends CategoryForm>(list: CategoryList, type: K): Located<StatementOf<K>> | undefined {
    return this.listStatements(list, type).at(-1);
  }

  /** Declarations in the vocabulary name the categories (or areas of concern) that exist. */
  vocabularyCategories(list: CategoryList = "categories") {
    return this.listStatements(list, "CategoryDeclaration").filter((c) => this.isVocabularyFile(c.file));
  }

  /** Declarations in a policy or base say which the board uses (`local` ones it declares itself). */
  allowedCategories(list: CategoryList = "categories") {
    return this.listStatements(list, "CategoryDeclaration").filter((c) => !this.isVocabularyFile(c.file));
  }
}
