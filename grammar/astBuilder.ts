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

  names(list: C.NameListCstNode[] | undefined): A.Ident[] {
    return (first(list, "a list of names").children.Name ?? []).map((t) => this.ident(t));
  }

  // ---- file and header ----

  policyFile(cst: C.PolicyFileCstNode, sections: C.SectionCstNode[], comments: IToken[]): A.PolicyFile {
    return {
      type: "PolicyFile",
      header: this.header(first(cst.children.header, "the header")),
      sections: sections.map((s) => this.section(s)),
      comments: comments.map((t) => ({ text: t.image, range: this.tokenRange(t) })),
      range: this.lines.range(0, this.lines.text.length),
    };
  }

  header(node: C.HeaderCstNode): A.Header {
    const c = node.children;
    const fileKind: A.FileKind = c.Kw_policy ? "policy" : c.Kw_base ? "base" : "vocabulary";
    return {
      type: "Header",
      fileKind,
      id: this.ident(first(c.Name, "the policy name")),
      title: this.text(first(c.StringLiteral, "the policy title")),
      statements: (c.headerStatement ?? []).map((s) => this.headerStatement(s)),
      range: this.nodeRange(node),
    };
  }

  headerStatement(node: C.HeaderStatementCstNode): A.HeaderStatement {
    const c = node.children;
    if (c.jurisdictionStatement) {
      const s = first(c.jurisdictionStatement, "jurisdiction");
      return {
        type: "Jurisdiction",
        value: this.ident(first(s.children.Name, "a jurisdiction")),
        ...this.cite(s.children.citation),
        range: this.nodeRange(s),
      };
    }
    if (c.vocabularyStatement) {
      const s = first(c.vocabularyStatement, "vocabulary");
      return { type: "UsesVocabulary", path: this.text(first(s.children.StringLiteral, "a path")), ...this.cite(s.children.citation), range: this.nodeRange(s) };
    }
    if (c.extendsStatement) {
      const s = first(c.extendsStatement, "extends");
      return { type: "Extends", path: this.text(first(s.children.StringLiteral, "a path")), ...this.cite(s.children.citation), range: this.nodeRange(s) };
    }
    const textual = c.documentStatement ?? c.ownerStatement ?? c.authorStatement;
    if (textual) {
      const s = first<C.DocumentStatementCstNode | C.OwnerStatementCstNode | C.AuthorStatementCstNode>(textual, "a metadata statement");
      const type = c.documentStatement ? "Document" : c.ownerStatement ? "Owner" : "Author";
      return { type, value: this.text(first(s.children.StringLiteral, "a text")), ...this.cite(s.children.citation), range: this.nodeRange(s) };
    }
    if (c.versionStatement) return this.version(first(c.versionStatement, "version"));
    if (c.currentStatement) {
      const s = first(c.currentStatement, "current");
      return { type: "CurrentVersion", label: this.text(first(s.children.StringLiteral, "a version label")), ...this.cite(s.children.citation), range: this.nodeRange(s) };
    }
    return this.common(c);
  }

  version(node: C.VersionStatementCstNode): A.Version {
    const c = node.children;
    const label = c.StringLiteral?.[0];
    const dates = (c.dateField ?? []).map((f): A.DateField => {
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
      return { kind, value: date.image, range: this.nodeRange(f) };
    });
    return {
      type: "Version",
      ...(label ? { label: this.text(label) } : {}),
      dates,
      ...this.cite(c.citation),
      range: this.nodeRange(node),
    };
  }

  common(c: { ambiguityStatement?: C.AmbiguityStatementCstNode[]; silentStatement?: C.SilentStatementCstNode[] }): A.CommonStatement {
    if (c.ambiguityStatement) {
      const s = first(c.ambiguityStatement, "ambiguity");
      const [text, reading] = s.children.StringLiteral;
      return {
        type: "Ambiguity",
        text: this.text(need(text, "the ambiguity")),
        reading: this.text(need(reading, "the reading")),
        ...this.cite(s.children.citation),
        range: this.nodeRange(s),
      };
    }
    const s = first(c.silentStatement, "a statement");
    return { type: "Silence", text: this.text(first(s.children.StringLiteral, "the silence")), ...this.cite(s.children.citation), range: this.nodeRange(s) };
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

  private sectionShell<K extends A.SectionName>(node: CstNode, keyword: K, keywordToken: IToken[] | undefined) {
    return {
      type: "Section" as const,
      keyword,
      keywordRange: this.tokenRange(first(keywordToken, "the section keyword")),
      range: this.nodeRange(node),
    };
  }

  /** Statements of a section in source order (Chevrotain groups them by rule). */
  private inOrder<T extends A.Statement>(built: T[]): T[] {
    return built.sort((a, b) => a.range.start.offset - b.range.start.offset);
  }

  private commons(c: { ambiguityStatement?: C.AmbiguityStatementCstNode[]; silentStatement?: C.SilentStatementCstNode[] }): A.CommonStatement[] {
    return [
      ...(c.ambiguityStatement ?? []).map((s) => this.common({ ambiguityStatement: [s] })),
      ...(c.silentStatement ?? []).map((s) => this.common({ silentStatement: [s] })),
    ];
  }

  agencies(node: C.AgenciesSectionCstNode): A.AgenciesSection {
    const c = node.children;
    const declarations = (c.agencyDeclaration ?? []).map((d): A.AgencyDeclaration => ({
      type: "AgencyDeclaration",
      id: this.ident(first(d.children.Name, "an agency name")),
      label: this.text(first(d.children.StringLiteral, "an agency label")),
      ...this.cite(d.children.citation),
      range: this.nodeRange(d),
    }));
    return { ...this.sectionShell(node, "agencies", c.Kw_agencies), statements: this.inOrder([...declarations, ...this.commons(c)]) };
  }

  roles(node: C.RolesSectionCstNode): A.RolesSection {
    const c = node.children;
    const declarations = (c.roleDeclaration ?? []).map((d): A.RoleDeclaration => {
      const [id, agency] = d.children.Name;
      return {
        type: "RoleDeclaration",
        id: this.ident(need(id, "a role name")),
        label: this.text(first(d.children.StringLiteral, "a role label")),
        ...(agency ? { agency: this.ident(agency) } : {}),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      };
    });
    return { ...this.sectionShell(node, "roles", c.Kw_roles), statements: this.inOrder([...declarations, ...this.commons(c)]) };
  }

  categories(node: C.CategoriesSectionCstNode): A.CategoriesSection {
    const c = node.children;
    const statements: A.CategoriesSection["statements"] = [
      ...(c.categoryDeclaration ?? []).map((d): A.CategoryDeclaration => ({
        type: "CategoryDeclaration",
        id: this.ident(first(d.children.Name, "a category name")),
        label: this.text(first(d.children.StringLiteral, "a category label")),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.multipleStatement ?? []).map((d): A.MultipleRule => ({
        type: "MultipleRule",
        allowed: !d.children.Kw_not,
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.concernStatement ?? []).map((d): A.ConcernRule => ({
        type: "ConcernRule",
        concern: d.children.Kw_primary ? "primary" : "secondary",
        required: Boolean(d.children.Kw_required),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "categories", c.Kw_categories), statements: this.inOrder(statements) };
  }

  voting(node: C.VotingSectionCstNode): A.VotingSection {
    const c = node.children;
    const statements: A.VotingSection["statements"] = [
      ...(c.voteByStatement ?? []).map((d): A.VoteBy => ({
        type: "VoteBy",
        unit: d.children.Kw_grouping ? "grouping" : d.children.Kw_agency ? "agency" : "individual",
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.nominatedLeadStatement ?? []).map((d): A.NominatedLead => ({
        type: "NominatedLead",
        chairDecidesWhenDisputed: Boolean(d.children.Kw_disputed),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.groupingDeclaration ?? []).map((d): A.GroupingDeclaration => {
        const [id, ...roles] = d.children.Name;
        return {
          type: "GroupingDeclaration",
          id: this.ident(need(id, "a grouping name")),
          label: this.text(first(d.children.StringLiteral, "a grouping label")),
          roles: roles.map((t) => this.ident(t)),
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...(c.choiceStatement ?? []).map((d): A.ChoiceRule => {
        const names = d.children.Name.map((t) => this.ident(t));
        return {
          type: "ChoiceRule",
          role: need(names[0], "a role"),
          options: names.slice(1, -1),
          fallback: need(names[names.length - 1], "a default grouping"),
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...(c.perOrganisationStatement ?? []).map((d): A.PerOrganisation => ({
        type: "PerOrganisation",
        roles: this.names(d.children.nameList),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.othersStatement ?? []).map((d): A.OthersRule => ({
        type: "OthersRule",
        mode: d.children.Kw_their ? "own_agency" : d.children.Kw_discretion ? "chair_discretion" : "not_voting",
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.notVotingStatement ?? []).map((d): A.NotVoting => ({
        type: "NotVoting",
        roles: this.names(d.children.nameList),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.discretionStatement ?? []).map((d): A.Discretion => ({
        type: "Discretion",
        roles: this.names(d.children.nameList),
        writtenReportAdmits: Boolean(d.children.Kw_unless),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "voting", c.Kw_voting), statements: this.inOrder(statements) };
  }

  quorum(node: C.QuorumSectionCstNode): A.QuorumSection {
    const c = node.children;
    const statements: A.QuorumSection["statements"] = [
      ...(c.minimumStatement ?? []).map((d): A.MinimumAgencies => ({
        type: "MinimumAgencies",
        count: this.number(first(d.children.Integer, "a number")),
        directContact: Boolean(d.children.Kw_direct),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.unbornStatement ?? []).map((d): A.UnbornRequirement => ({
        type: "UnbornRequirement",
        role: this.ident(first(d.children.Name, "a role")),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.waiverStatement ?? []).map((d): A.Waiver => {
        const condition = d.children.StringLiteral?.[0];
        return {
          type: "Waiver",
          count: this.number(first(d.children.Integer, "a number")),
          ...(condition ? { condition: this.text(condition) } : {}),
          rationaleRecorded: Boolean(d.children.Kw_rationale),
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...(c.servicesStatement ?? []).map((d): A.LocalAuthorityServices => ({
        type: "LocalAuthorityServices",
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "quorum", c.Kw_quorum), statements: this.inOrder(statements) };
  }

  decision(node: C.DecisionSectionCstNode): A.DecisionSection {
    const c = node.children;
    const simple = <T extends "ConsensusFirst" | "MajorityDecides" | "ChairBound" | "ExecutiveDecision">(
      type: T,
      nodes: { children: { citation?: C.CitationCstNode[] }; location?: CstNode["location"] }[] | undefined,
    ) => (nodes ?? []).map((d) => ({ type, ...this.cite(d.children.citation), range: this.nodeRange(d as CstNode) }));
    const statements: A.DecisionSection["statements"] = [
      ...simple("ConsensusFirst", c.consensusStatement),
      ...simple("MajorityDecides", c.majorityStatement),
      ...simple("ChairBound", c.boundStatement),
      ...simple("ExecutiveDecision", c.executiveStatement),
      ...(c.tieStatement ?? []).map((d): A.TieBreak => ({
        type: "TieBreak",
        on: d.children.Kw_tie ? "tie" : "no_majority",
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.overrideStatement ?? []).map((d): A.Override => ({
        type: "Override",
        unanimity: Boolean(d.children.Kw_unanimity),
        whenAuthorised: Boolean(d.children.Kw_authorised),
        reasonsRecorded: Boolean(d.children.reasonsRecorded),
        ...this.cite(d.children.citation),
        range: this.nodeRange(d),
      })),
      ...(c.deferStatement ?? []).map((d): A.Deferral => {
        const condition = d.children.StringLiteral?.[0];
        return {
          type: "Deferral",
          ...(condition ? { condition: this.text(condition) } : {}),
          reasonsRecorded: Boolean(d.children.reasonsRecorded),
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "decision", c.Kw_decision), statements: this.inOrder(statements) };
  }

  eligibility(node: C.EligibilitySectionCstNode): A.EligibilitySection {
    const c = node.children;
    const statements: A.EligibilitySection["statements"] = [
      ...(c.everyUnitStatement ?? []).map((d): A.EveryUnitVotes => ({ type: "EveryUnitVotes", ...this.cite(d.children.citation), range: this.nodeRange(d) })),
      ...(c.onlyInvolvedStatement ?? []).map((d): A.OnlyInvolvedVote | A.OnlyInvolvedRoles =>
        d.children.nameList
          ? { type: "OnlyInvolvedRoles", roles: this.names(d.children.nameList), ...this.cite(d.children.citation), range: this.nodeRange(d) }
          : { type: "OnlyInvolvedVote", ...this.cite(d.children.citation), range: this.nodeRange(d) },
      ),
      ...(c.siblingsStatement ?? []).map((d): A.SiblingsDisagree => ({ type: "SiblingsDisagree", ...this.cite(d.children.citation), range: this.nodeRange(d) })),
      ...(c.soleRepresentativeStatement ?? []).map((d): A.SoleRepresentative => {
        const selector = first(d.children.selector, "a selector");
        const s = selector.children;
        const kind: A.SelectorKind = s.Kw_agency || s.Kw_agencies ? "agency" : s.Kw_grouping || s.Kw_groupings ? "grouping" : "role";
        return {
          type: "SoleRepresentative",
          selector: {
            kind,
            plural: Boolean(s.Kw_agencies ?? s.Kw_groupings ?? s.Kw_roles),
            names: this.names(s.nameList),
            range: this.nodeRange(selector),
          },
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "eligibility", c.Kw_eligibility), statements: this.inOrder(statements) };
  }

  obligations(node: C.ObligationsSectionCstNode): A.ObligationsSection {
    const c = node.children;
    const statements: A.ObligationsSection["statements"] = [
      ...(c.obligationStatement ?? []).map((d) => this.obligation(d)),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "obligations", c.Kw_obligations), statements: this.inOrder(statements) };
  }

  obligation(node: C.ObligationStatementCstNode): A.Obligation {
    const c = node.children;
    const names = c.Name.map((t) => this.ident(t));
    const hasTrigger = Boolean(c.Kw_when);
    const toOffset = c.Kw_to?.[0]?.startOffset ?? Infinity;
    const strings = c.StringLiteral ?? [];
    const description = strings.find((t) => t.startOffset < toOffset);
    const to = strings.find((t) => t.startOffset > toOffset);
    const deadline = c.deadline?.[0];
    return {
      type: "Obligation",
      ...(hasTrigger ? { trigger: need(names[0], "a trigger") } : {}),
      action: need(names[hasTrigger ? 1 : 0], "an action"),
      ...(description ? { description: this.text(description) } : {}),
      ...(to ? { to: this.text(to) } : {}),
      ...(deadline ? { deadline: this.deadline(deadline) } : {}),
      ...this.cite(c.citation),
      range: this.nodeRange(node),
    };
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
    const statements: A.PowersSection["statements"] = [
      ...(c.powerStatement ?? []).map((d): A.Power => {
        const whenOffset = d.children.Kw_when?.[0]?.startOffset ?? Infinity;
        const names = d.children.Name;
        const trigger = names.find((t) => t.startOffset > whenOffset);
        return {
          type: "Power",
          holder: this.text(first(d.children.StringLiteral, "a holder")),
          powers: names.filter((t) => t.startOffset < whenOffset).map((t) => this.ident(t)),
          ...(trigger ? { trigger: this.ident(trigger) } : {}),
          ...this.cite(d.children.citation),
          range: this.nodeRange(d),
        };
      }),
      ...this.commons(c),
    ];
    return { ...this.sectionShell(node, "powers", c.Kw_powers), statements: this.inOrder(statements) };
  }
}
