/**
 * Turns Chevrotain's concrete syntax tree into the typed AST of `ast.ts`. It runs only on
 * a parse without errors, so every mandatory child is present; the `need` helper turns a
 * broken assumption into an internal error rather than an `undefined` deep in the compiler.
 */
import type { CstNode, IToken } from "chevrotain";
import type * as A from "./ast.js";
import type * as C from "./cst.js";
import { LineMap, type Range } from "./location.js";
import { UnterminatedString } from "./tokens.js";

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: CST is missing ${what}`);
  return value;
}

function first<T>(items: T[] | undefined, what: string): T {
  return need(items?.[0], what);
}

const ESCAPES = new Map([
  ["n", "\n"],
  ["t", "\t"],
  ['"', '"'],
  ["\\", "\\"],
]);

/**
 * The text inside a quoted string. `closed` is false for a string that ran to the end of
 * its line (already reported); an escape Quorate does not know keeps its backslash, so a
 * path like "C:\Board" survives.
 */
export function unescapeString(image: string, closed: boolean): string {
  const body = image.slice(1, closed ? -1 : undefined);
  if (!body.includes("\\")) return body;
  return body.replace(/\\(.)/g, (whole, ch: string) => ESCAPES.get(ch) ?? whole);
}

/** A statement as built before its citation and range are added (see `AstBuilder.finish`). */
type Unfinished<T extends A.StatementBase> = Omit<T, "cite" | "range">;

type Commons = { ambiguityStatement?: C.AmbiguityStatementCstNode[]; silentStatement?: C.SilentStatementCstNode[] };

export class AstBuilder {
  private readonly lines: LineMap;

  constructor(source: string | LineMap) {
    this.lines = typeof source === "string" ? new LineMap(source) : source;
  }

  // ---- leaves ----

  tokenRange(token: IToken): Range {
    return this.lines.range(token.startOffset, (token.endOffset ?? token.startOffset) + 1);
  }

  nodeRange(node: CstNode): Range {
    const loc = need(node.location, "a node location");
    return this.lines.range(loc.startOffset, (loc.endOffset ?? loc.startOffset) + 1);
  }

  spanRange(from: IToken, to: IToken): Range {
    return this.lines.range(from.startOffset, (to.endOffset ?? to.startOffset) + 1);
  }

  ident(token: IToken): A.Ident {
    return { name: token.image, range: this.tokenRange(token) };
  }

  text(token: IToken): A.Text {
    return { value: unescapeString(token.image, token.tokenType !== UnterminatedString), range: this.tokenRange(token) };
  }

  number(token: IToken): A.NumberLiteral {
    return { value: Number(token.image), raw: token.image, range: this.tokenRange(token) };
  }

  cite(nodes: C.CitationCstNode[] | undefined): { cite?: A.Text } {
    const node = nodes?.[0];
    if (!node) return {};
    return { cite: this.text(first(node.children.StringLiteral, "the cited clause")) };
  }

  /**
   * Adds a statement's citation, if it has one, and then its range, so the keys come in
   * the order the AST has always had (`cite` and `range` last). This replaces spreading
   * `cite(…)` into each literal, which built and copied a small object per statement.
   */
  private finish<T extends A.StatementBase>(statement: Unfinished<T>, citation: C.CitationCstNode[] | undefined, node: CstNode): T {
    const built = statement as Unfinished<T> & A.StatementBase;
    const cited = citation?.[0];
    if (cited) built.cite = this.text(first(cited.children.StringLiteral, "the cited clause"));
    built.range = this.nodeRange(node);
    return built as T;
  }

  names(list: C.NameListCstNode[] | undefined): A.Ident[] {
    const tokens = first(list, "a list of names").children.Name ?? [];
    const out: A.Ident[] = [];
    for (const t of tokens) out.push(this.ident(t));
    return out;
  }

  // ---- file and header ----

  policyFile(cst: C.PolicyFileCstNode, sections: C.SectionCstNode[], comments: IToken[]): A.PolicyFile {
    const builtSections: A.Section[] = [];
    for (const s of sections) builtSections.push(this.section(s));
    const builtComments: A.Comment[] = [];
    for (const t of comments) builtComments.push({ text: t.image, range: this.tokenRange(t) });
    return {
      type: "PolicyFile",
      header: this.header(first(cst.children.header, "the header")),
      sections: builtSections,
      comments: builtComments,
      range: this.lines.range(0, this.lines.text.length),
    };
  }

  header(node: C.HeaderCstNode): A.Header {
    const c = node.children;
    const fileKind: A.FileKind = c.Kw_policy ? "policy" : c.Kw_base ? "base" : "vocabulary";
    const id = this.ident(first(c.Name, "the policy name"));
    const title = this.text(first(c.StringLiteral, "the policy title"));
    const statements: A.HeaderStatement[] = [];
    for (const s of c.headerStatement ?? []) statements.push(this.headerStatement(s));
    return { type: "Header", fileKind, id, title, statements, range: this.nodeRange(node) };
  }

  headerStatement(node: C.HeaderStatementCstNode): A.HeaderStatement {
    const c = node.children;
    if (c.jurisdictionStatement) {
      const s = first(c.jurisdictionStatement, "jurisdiction");
      return this.finish<A.Jurisdiction>({ type: "Jurisdiction", value: this.ident(first(s.children.Name, "a jurisdiction")) }, s.children.citation, s);
    }
    if (c.vocabularyStatement) {
      const s = first(c.vocabularyStatement, "vocabulary");
      return this.finish<A.UsesVocabulary>({ type: "UsesVocabulary", path: this.text(first(s.children.StringLiteral, "a path")) }, s.children.citation, s);
    }
    if (c.extendsStatement) {
      const s = first(c.extendsStatement, "extends");
      return this.finish<A.Extends>({ type: "Extends", path: this.text(first(s.children.StringLiteral, "a path")) }, s.children.citation, s);
    }
    const textual = c.documentStatement ?? c.ownerStatement ?? c.authorStatement;
    if (textual) {
      const s = first<C.DocumentStatementCstNode | C.OwnerStatementCstNode | C.AuthorStatementCstNode>(textual, "a metadata statement");
      const type = c.documentStatement ? "Document" : c.ownerStatement ? "Owner" : "Author";
      return this.finish<A.MetadataText>({ type, value: this.text(first(s.children.StringLiteral, "a text")) }, s.children.citation, s);
    }
    if (c.versionStatement) return this.version(first(c.versionStatement, "version"));
    if (c.currentStatement) {
      const s = first(c.currentStatement, "current");
      return this.finish<A.CurrentVersion>({ type: "CurrentVersion", label: this.text(first(s.children.StringLiteral, "a version label")) }, s.children.citation, s);
    }
    return this.common(c);
  }

  version(node: C.VersionStatementCstNode): A.Version {
    const c = node.children;
    const label = c.StringLiteral?.[0];
    const dates: A.DateField[] = [];
    for (const f of c.dateField ?? []) {
      const fc = f.children;
      const kind: A.DateFieldKind = fc.Kw_dated
        ? "dated"
        : fc.Kw_revised
          ? "revised"
          : fc.Kw_approved
            ? "approved"
            : fc.Kw_endorsed
              ? "endorsed"
              : "review";
      const date = first(fc.DateLiteral, "a date");
      dates.push({ kind, value: date.image, range: this.nodeRange(f) });
    }
    const version = (label ? { type: "Version", label: this.text(label) } : { type: "Version" }) as Unfinished<A.Version>;
    version.dates = dates;
    return this.finish<A.Version>(version, c.citation, node);
  }

  common(c: Commons): A.CommonStatement {
    const ambiguity = c.ambiguityStatement?.[0];
    return ambiguity ? this.ambiguity(ambiguity) : this.silence(first(c.silentStatement, "a statement"));
  }

  private ambiguity(s: C.AmbiguityStatementCstNode): A.Ambiguity {
    const [text, reading] = s.children.StringLiteral;
    return this.finish<A.Ambiguity>({ type: "Ambiguity", text: this.text(need(text, "the ambiguity")), reading: this.text(need(reading, "the reading")) }, s.children.citation, s);
  }

  private silence(s: C.SilentStatementCstNode): A.Silence {
    return this.finish<A.Silence>({ type: "Silence", text: this.text(first(s.children.StringLiteral, "the silence")) }, s.children.citation, s);
  }

  // ---- sections ----

  section(node: C.SectionCstNode): A.Section {
    const c = node.children;
    if (c.agenciesSection) return this.agencies(first(c.agenciesSection, "agencies"));
    if (c.rolesSection) return this.roles(first(c.rolesSection, "roles"));
    if (c.categoriesSection) return this.categories(first(c.categoriesSection, "categories"));
    if (c.votingSection) return this.voting(first(c.votingSection, "voting"));
    if (c.quorumSection) return this.quorum(first(c.quorumSection, "quorum"));
    if (c.decisionSection) return this.decision(first(c.decisionSection, "decision"));
    if (c.eligibilitySection) return this.eligibility(first(c.eligibilitySection, "eligibility"));
    if (c.obligationsSection) return this.obligations(first(c.obligationsSection, "obligations"));
    return this.powers(first(c.powersSection, "a section"));
  }

  /**
   * A section with its statements in source order (Chevrotain groups them by rule), the
   * common statements (ambiguities, silences) added to them first.
   */
  private sectionOf<K extends A.SectionName, T extends A.Statement>(node: CstNode, keyword: K, keywordToken: IToken[] | undefined, statements: T[], c: Commons) {
    for (const s of c.ambiguityStatement ?? []) statements.push(this.ambiguity(s) as T);
    for (const s of c.silentStatement ?? []) statements.push(this.silence(s) as T);
    statements.sort((a, b) => a.range.start.offset - b.range.start.offset);
    return {
      type: "Section" as const,
      keyword,
      keywordRange: this.tokenRange(first(keywordToken, "the section keyword")),
      range: this.nodeRange(node),
      statements,
    };
  }

  agencies(node: C.AgenciesSectionCstNode): A.AgenciesSection {
    const c = node.children;
    const statements: A.AgenciesSection["statements"] = [];
    for (const d of c.agencyDeclaration ?? []) {
      const id = this.ident(first(d.children.Name, "an agency name"));
      const label = this.text(first(d.children.StringLiteral, "an agency label"));
      statements.push(this.finish<A.AgencyDeclaration>({ type: "AgencyDeclaration", id, label }, d.children.citation, d));
    }
    return this.sectionOf(node, "agencies", c.Kw_agencies, statements, c);
  }

  roles(node: C.RolesSectionCstNode): A.RolesSection {
    const c = node.children;
    const statements: A.RolesSection["statements"] = [];
    for (const d of c.roleDeclaration ?? []) {
      const [id, agency] = d.children.Name;
      const role = { type: "RoleDeclaration", id: this.ident(need(id, "a role name")), label: this.text(first(d.children.StringLiteral, "a role label")) } as Unfinished<A.RoleDeclaration>;
      if (agency) role.agency = this.ident(agency);
      statements.push(this.finish<A.RoleDeclaration>(role, d.children.citation, d));
    }
    return this.sectionOf(node, "roles", c.Kw_roles, statements, c);
  }

  categories(node: C.CategoriesSectionCstNode): A.CategoriesSection {
    const c = node.children;
    const statements: A.CategoriesSection["statements"] = [];
    for (const d of c.categoryDeclaration ?? []) {
      const id = this.ident(first(d.children.Name, "a category name"));
      const label = this.text(first(d.children.StringLiteral, "a category label"));
      statements.push(this.finish<A.CategoryDeclaration>({ type: "CategoryDeclaration", id, label }, d.children.citation, d));
    }
    for (const d of c.multipleStatement ?? []) statements.push(this.finish<A.MultipleRule>({ type: "MultipleRule", allowed: !d.children.Kw_not }, d.children.citation, d));
    for (const d of c.concernStatement ?? []) {
      const concern = d.children.Kw_primary ? "primary" : "secondary";
      statements.push(this.finish<A.ConcernRule>({ type: "ConcernRule", concern, required: Boolean(d.children.Kw_required) }, d.children.citation, d));
    }
    return this.sectionOf(node, "categories", c.Kw_categories, statements, c);
  }

  voting(node: C.VotingSectionCstNode): A.VotingSection {
    const c = node.children;
    const statements: A.VotingSection["statements"] = [];
    for (const d of c.voteByStatement ?? []) {
      const unit = d.children.Kw_grouping ? "grouping" : d.children.Kw_agency ? "agency" : "individual";
      statements.push(this.finish<A.VoteBy>({ type: "VoteBy", unit }, d.children.citation, d));
    }
    for (const d of c.nominatedLeadStatement ?? []) {
      statements.push(this.finish<A.NominatedLead>({ type: "NominatedLead", chairDecidesWhenDisputed: Boolean(d.children.Kw_disputed) }, d.children.citation, d));
    }
    for (const d of c.groupingDeclaration ?? []) {
      const tokens = d.children.Name;
      const id = this.ident(need(tokens[0], "a grouping name"));
      const label = this.text(first(d.children.StringLiteral, "a grouping label"));
      const roles: A.Ident[] = [];
      for (let i = 1; i < tokens.length; i++) roles.push(this.ident(tokens[i] as IToken));
      statements.push(this.finish<A.GroupingDeclaration>({ type: "GroupingDeclaration", id, label, roles }, d.children.citation, d));
    }
    for (const d of c.choiceStatement ?? []) {
      const names: A.Ident[] = [];
      for (const t of d.children.Name) names.push(this.ident(t));
      const rule = { type: "ChoiceRule", role: need(names[0], "a role"), options: names.slice(1, -1), fallback: need(names[names.length - 1], "a default grouping") } as const;
      statements.push(this.finish<A.ChoiceRule>(rule, d.children.citation, d));
    }
    for (const d of c.perOrganisationStatement ?? []) {
      statements.push(this.finish<A.PerOrganisation>({ type: "PerOrganisation", roles: this.names(d.children.nameList) }, d.children.citation, d));
    }
    for (const d of c.othersStatement ?? []) {
      const mode = d.children.Kw_their ? "own_agency" : d.children.Kw_discretion ? "chair_discretion" : "not_voting";
      statements.push(this.finish<A.OthersRule>({ type: "OthersRule", mode }, d.children.citation, d));
    }
    for (const d of c.notVotingStatement ?? []) {
      statements.push(this.finish<A.NotVoting>({ type: "NotVoting", roles: this.names(d.children.nameList) }, d.children.citation, d));
    }
    for (const d of c.discretionStatement ?? []) {
      const roles = this.names(d.children.nameList);
      statements.push(this.finish<A.Discretion>({ type: "Discretion", roles, writtenReportAdmits: Boolean(d.children.Kw_unless) }, d.children.citation, d));
    }
    return this.sectionOf(node, "voting", c.Kw_voting, statements, c);
  }

  quorum(node: C.QuorumSectionCstNode): A.QuorumSection {
    const c = node.children;
    const statements: A.QuorumSection["statements"] = [];
    for (const d of c.minimumStatement ?? []) {
      const count = this.number(first(d.children.Integer, "a number"));
      statements.push(this.finish<A.MinimumAgencies>({ type: "MinimumAgencies", count, directContact: Boolean(d.children.Kw_direct) }, d.children.citation, d));
    }
    for (const d of c.unbornStatement ?? []) {
      statements.push(this.finish<A.UnbornRequirement>({ type: "UnbornRequirement", role: this.ident(first(d.children.Name, "a role")) }, d.children.citation, d));
    }
    for (const d of c.waiverStatement ?? []) {
      const condition = d.children.StringLiteral?.[0];
      const waiver = { type: "Waiver", count: this.number(first(d.children.Integer, "a number")) } as Unfinished<A.Waiver>;
      if (condition) waiver.condition = this.text(condition);
      waiver.rationaleRecorded = Boolean(d.children.Kw_rationale);
      statements.push(this.finish<A.Waiver>(waiver, d.children.citation, d));
    }
    for (const d of c.servicesStatement ?? []) statements.push(this.finish<A.LocalAuthorityServices>({ type: "LocalAuthorityServices" }, d.children.citation, d));
    return this.sectionOf(node, "quorum", c.Kw_quorum, statements, c);
  }

  decision(node: C.DecisionSectionCstNode): A.DecisionSection {
    const c = node.children;
    const statements: A.DecisionSection["statements"] = [];
    const simple = (type: "ConsensusFirst" | "MajorityDecides" | "ChairBound" | "ExecutiveDecision", nodes: (CstNode & { children: { citation?: C.CitationCstNode[] } })[] | undefined) => {
      for (const d of nodes ?? []) statements.push(this.finish<A.ConsensusFirst | A.MajorityDecides | A.ChairBound | A.ExecutiveDecision>({ type }, d.children.citation, d));
    };
    simple("ConsensusFirst", c.consensusStatement);
    simple("MajorityDecides", c.majorityStatement);
    simple("ChairBound", c.boundStatement);
    simple("ExecutiveDecision", c.executiveStatement);
    for (const d of c.tieStatement ?? []) statements.push(this.finish<A.TieBreak>({ type: "TieBreak", on: d.children.Kw_tie ? "tie" : "no_majority" }, d.children.citation, d));
    for (const d of c.overrideStatement ?? []) {
      const override = {
        type: "Override",
        unanimity: Boolean(d.children.Kw_unanimity),
        whenAuthorised: Boolean(d.children.Kw_authorised),
        reasonsRecorded: Boolean(d.children.reasonsRecorded),
      } as const;
      statements.push(this.finish<A.Override>(override, d.children.citation, d));
    }
    for (const d of c.deferStatement ?? []) {
      const condition = d.children.StringLiteral?.[0];
      const deferral = (condition ? { type: "Deferral", condition: this.text(condition) } : { type: "Deferral" }) as Unfinished<A.Deferral>;
      deferral.reasonsRecorded = Boolean(d.children.reasonsRecorded);
      statements.push(this.finish<A.Deferral>(deferral, d.children.citation, d));
    }
    return this.sectionOf(node, "decision", c.Kw_decision, statements, c);
  }

  eligibility(node: C.EligibilitySectionCstNode): A.EligibilitySection {
    const c = node.children;
    const statements: A.EligibilitySection["statements"] = [];
    for (const d of c.everyUnitStatement ?? []) statements.push(this.finish<A.EveryUnitVotes>({ type: "EveryUnitVotes" }, d.children.citation, d));
    for (const d of c.onlyInvolvedStatement ?? []) {
      statements.push(
        d.children.nameList
          ? this.finish<A.OnlyInvolvedRoles>({ type: "OnlyInvolvedRoles", roles: this.names(d.children.nameList) }, d.children.citation, d)
          : this.finish<A.OnlyInvolvedVote>({ type: "OnlyInvolvedVote" }, d.children.citation, d),
      );
    }
    for (const d of c.siblingsStatement ?? []) statements.push(this.finish<A.SiblingsDisagree>({ type: "SiblingsDisagree" }, d.children.citation, d));
    for (const d of c.soleRepresentativeStatement ?? []) {
      const selector = first(d.children.selector, "a selector");
      const s = selector.children;
      const kind: A.SelectorKind = s.Kw_agency || s.Kw_agencies ? "agency" : s.Kw_grouping || s.Kw_groupings ? "grouping" : "role";
      const built = { kind, plural: Boolean(s.Kw_agencies ?? s.Kw_groupings ?? s.Kw_roles), names: this.names(s.nameList), range: this.nodeRange(selector) };
      statements.push(this.finish<A.SoleRepresentative>({ type: "SoleRepresentative", selector: built }, d.children.citation, d));
    }
    return this.sectionOf(node, "eligibility", c.Kw_eligibility, statements, c);
  }

  obligations(node: C.ObligationsSectionCstNode): A.ObligationsSection {
    const c = node.children;
    const statements: A.ObligationsSection["statements"] = [];
    for (const d of c.obligationStatement ?? []) statements.push(this.obligation(d));
    return this.sectionOf(node, "obligations", c.Kw_obligations, statements, c);
  }

  obligation(node: C.ObligationStatementCstNode): A.Obligation {
    const c = node.children;
    const tokens = c.Name;
    const hasTrigger = Boolean(c.Kw_when);
    const toOffset = c.Kw_to?.[0]?.startOffset ?? Infinity;
    const strings = c.StringLiteral ?? [];
    const description = strings.find((t) => t.startOffset < toOffset);
    const to = strings.find((t) => t.startOffset > toOffset);
    const deadline = c.deadline?.[0];
    const obligation = (hasTrigger ? { type: "Obligation", trigger: this.ident(need(tokens[0], "a trigger")) } : { type: "Obligation" }) as Unfinished<A.Obligation>;
    obligation.action = this.ident(need(tokens[hasTrigger ? 1 : 0], "an action"));
    if (description) obligation.description = this.text(description);
    if (to) obligation.to = this.text(to);
    if (deadline) obligation.deadline = this.deadline(deadline);
    return this.finish<A.Obligation>(obligation, c.citation, node);
  }

  deadline(node: C.DeadlineCstNode): A.Deadline {
    const c = node.children;
    const range = this.nodeRange(node);
    if (c.Kw_immediately) return { kind: "immediately", afterConference: Boolean(c.Kw_after), range };
    const kind = c.Kw_within ? "within" : c.Kw_every ? "every" : "before_conference";
    const unitNode = first(c.timeUnit, "a time unit").children;
    const unit: A.TimeUnit = unitNode.Kw_working ? "working_days" : unitNode.Kw_week || unitNode.Kw_weeks ? "weeks" : "days";
    return { kind, amount: this.number(first(c.Integer, "a number")), unit, range };
  }

  powers(node: C.PowersSectionCstNode): A.PowersSection {
    const c = node.children;
    const statements: A.PowersSection["statements"] = [];
    for (const d of c.powerStatement ?? []) {
      const whenOffset = d.children.Kw_when?.[0]?.startOffset ?? Infinity;
      const holder = this.text(first(d.children.StringLiteral, "a holder"));
      const powers: A.Ident[] = [];
      let trigger: IToken | undefined;
      for (const t of d.children.Name) {
        if (t.startOffset < whenOffset) powers.push(this.ident(t));
        else if (trigger === undefined && t.startOffset > whenOffset) trigger = t;
      }
      const power = { type: "Power", holder, powers } as Unfinished<A.Power>;
      if (trigger) power.trigger = this.ident(trigger);
      statements.push(this.finish<A.Power>(power, d.children.citation, d));
    }
    return this.sectionOf(node, "powers", c.Kw_powers, statements, c);
  }
}
