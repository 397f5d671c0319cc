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
    if (c.supersedesStatement) {
      const s = first(c.supersedesStatement, "supersedes");
      return this.finish<A.Supersedes>({ type: "Supersedes", path: this.text(first(s.children.StringLiteral, "a path")) }, s.children.citation, s);
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
              : fc.Kw_effective
                ? "effective"
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
    const ambiguity = { type: "Ambiguity", text: this.text(need(text, "the ambiguity")), reading: this.text(need(reading, "the reading")) } as Unfinished<A.Ambiguity>;
    const confirmed = s.children.confirmation?.[0];
    if (confirmed) ambiguity.confirmed = this.confirmation(confirmed);
    return this.finish<A.Ambiguity>(ambiguity, s.children.citation, s);
  }

  private silence(s: C.SilentStatementCstNode): A.Silence {
    const silence = { type: "Silence", text: this.text(first(s.children.StringLiteral, "the silence")) } as Unfinished<A.Silence>;
    const confirmed = s.children.confirmation?.[0];
    if (confirmed) silence.confirmed = this.confirmation(confirmed);
    return this.finish<A.Silence>(silence, s.children.citation, s);
  }

  private confirmation(node: C.ConfirmationCstNode): A.Confirmation {
    return { by: this.text(first(node.children.StringLiteral, "who confirmed")), on: first(node.children.DateLiteral, "a date").image, range: this.nodeRange(node) };
  }

  // ---- sections ----

  section(node: C.SectionCstNode): A.Section {
    const c = node.children;
    if (c.agenciesSection) return this.agencies(first(c.agenciesSection, "agencies"));
    if (c.rolesSection) return this.roles(first(c.rolesSection, "roles"));
    if (c.categoriesSection) {
      const n = first(c.categoriesSection, "categories");
      return this.sectionOf(n, "categories", n.children.Kw_categories, this.categoryStatements(n.children.categoryStatement), {});
    }
    if (c.concernsSection) {
      const n = first(c.concernsSection, "concerns");
      return this.sectionOf(n, "concerns", n.children.Kw_concerns, this.categoryStatements(n.children.categoryStatement), {});
    }
    if (c.factsSection) return this.facts(first(c.factsSection, "facts"));
    if (c.eventsSection) return this.events(first(c.eventsSection, "events"));
    if (c.actionsSection) return this.actions(first(c.actionsSection, "actions"));
    if (c.setsSection) return this.sets(first(c.setsSection, "sets"));
    if (c.routeSection) return this.route(first(c.routeSection, "a route"));
    if (c.votingSection) return this.voting(first(c.votingSection, "voting"));
    if (c.quorumSection) return this.quorum(first(c.quorumSection, "quorum"));
    if (c.decisionSection) return this.decision(first(c.decisionSection, "decision"));
    if (c.eligibilitySection) return this.eligibility(first(c.eligibilitySection, "eligibility"));
    if (c.obligationsSection) return this.obligations(first(c.obligationsSection, "obligations"));
    if (c.calendarSection) return this.calendar(first(c.calendarSection, "calendar"));
    return this.powers(first(c.powersSection, "a section"));
  }

  calendar(node: C.CalendarSectionCstNode): A.CalendarSection {
    const c = node.children;
    const statements: A.CalendarSection["statements"] = [];
    for (const d of c.closureStatement ?? []) {
      const [from, to] = d.children.DateLiteral;
      const fromToken = need(from, "the first day closed");
      const closure = { type: "Closure", from: { value: fromToken.image, range: this.tokenRange(fromToken) } } as Unfinished<A.Closure>;
      if (to) closure.to = { value: to.image, range: this.tokenRange(to) };
      const reason = d.children.StringLiteral?.[0];
      if (reason) closure.reason = this.text(reason);
      statements.push(this.finish<A.Closure>(closure, d.children.citation, d));
    }
    return this.sectionOf(node, "calendar", c.Kw_calendar, statements, c);
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
      if (d.children.Comma) role.notVotingByDefault = true;
      statements.push(this.finish<A.RoleDeclaration>(role, d.children.citation, d));
    }
    return this.sectionOf(node, "roles", c.Kw_roles, statements, c);
  }

  /** The statements of a `categories` or `concerns` section, which share their forms. */
  categoryStatements(nodes: C.CategoryStatementCstNode[] | undefined): A.CategoryStatement[] {
    const statements: A.CategoryStatement[] = [];
    for (const wrapper of nodes ?? []) {
      const c = wrapper.children;
      const d = c.categoryDeclaration?.[0];
      if (d) {
        const id = this.ident(first(d.children.Name, "a category name"));
        const label = this.text(first(d.children.StringLiteral, "a category label"));
        statements.push(this.finish<A.CategoryDeclaration>({ type: "CategoryDeclaration", id, label, local: Boolean(d.children.Kw_local) }, d.children.citation, d));
      } else if (c.multipleStatement) {
        const m = first(c.multipleStatement, "multiple");
        statements.push(this.finish<A.MultipleRule>({ type: "MultipleRule", allowed: !m.children.Kw_not }, m.children.citation, m));
      } else if (c.concernStatement) {
        const m = first(c.concernStatement, "primary or secondary");
        const concern = m.children.Kw_primary ? "primary" : "secondary";
        statements.push(this.finish<A.ConcernRule>({ type: "ConcernRule", concern, required: Boolean(m.children.Kw_required) }, m.children.citation, m));
      } else if (c.unrankedStatement) {
        const m = first(c.unrankedStatement, "unranked");
        statements.push(this.finish<A.UnrankedRule>({ type: "UnrankedRule" }, m.children.citation, m));
      } else if (c.atLeastOneStatement) {
        const m = first(c.atLeastOneStatement, "at least one required");
        statements.push(this.finish<A.AtLeastOneRule>({ type: "AtLeastOneRule" }, m.children.citation, m));
      } else if (c.freeTextStatement) {
        const m = first(c.freeTextStatement, "free text allowed");
        statements.push(this.finish<A.FreeTextRule>({ type: "FreeTextRule" }, m.children.citation, m));
      } else {
        statements.push(this.common(c));
      }
    }
    return statements;
  }

  facts(node: C.FactsSectionCstNode): A.FactsSection {
    const c = node.children;
    const statements: A.FactsSection["statements"] = [];
    for (const d of c.factDeclaration ?? []) {
      const [id, defaultName] = d.children.Name;
      const v = first(d.children.factValues, "the values of a fact").children;
      const values: A.FactValues = v.Kw_yes ? { kind: "yes_no" } : v.Kw_number ? { kind: "number" } : { kind: "choice", options: this.names(v.nameList) };
      const fact = {
        type: "FactDeclaration",
        id: this.ident(need(id, "a fact name")),
        label: this.text(first(d.children.StringLiteral, "a fact label")),
        perChild: Boolean(d.children.Kw_each),
        values,
      } as Unfinished<A.FactDeclaration>;
      const integer = d.children.Integer?.[0];
      if (defaultName) fact.default = this.ident(defaultName);
      else if (integer) fact.default = this.number(integer);
      statements.push(this.finish<A.FactDeclaration>(fact, d.children.citation, d));
    }
    return this.sectionOf(node, "facts", c.Kw_facts, statements, c);
  }

  events(node: C.EventsSectionCstNode): A.EventsSection {
    const c = node.children;
    const statements: A.EventsSection["statements"] = [];
    for (const d of c.eventDeclaration ?? []) {
      const id = this.ident(first(d.children.Name, "an event name"));
      const label = this.text(first(d.children.StringLiteral, "an event's description"));
      statements.push(this.finish<A.EventDeclaration>({ type: "EventDeclaration", id, label }, d.children.citation, d));
    }
    return this.sectionOf(node, "events", c.Kw_events, statements, c);
  }

  actions(node: C.ActionsSectionCstNode): A.ActionsSection {
    const c = node.children;
    const statements: A.ActionsSection["statements"] = [];
    for (const d of c.actionDeclaration ?? []) {
      const id = this.ident(first(d.children.Name, "an action name"));
      const label = this.text(first(d.children.StringLiteral, "an action's description"));
      const action = { type: "ActionDeclaration", id, label, listsDissenters: Boolean(d.children.Kw_lists), needsRecipient: Boolean(d.children.Kw_needs) } as const;
      statements.push(this.finish<A.ActionDeclaration>(action, d.children.citation, d));
    }
    return this.sectionOf(node, "actions", c.Kw_actions, statements, c);
  }

  route(node: C.RouteSectionCstNode): A.RouteSection {
    const c = node.children;
    const statements: A.RouteSection["statements"] = [];
    for (const d of c.opensStatement ?? []) {
      statements.push(this.finish<A.RouteOpens>({ type: "RouteOpens", trigger: this.trigger(first(d.children.trigger, "an event")) }, d.children.citation, d));
    }
    for (const d of c.openToStatement ?? []) {
      const openTo = { type: "RouteOpenTo", who: this.who(first(d.children.who, "who may start the route")) } as Unfinished<A.RouteOpenTo>;
      const when = d.children.conditionClause?.[0];
      if (when) openTo.when = this.conditionOf(when);
      statements.push(this.finish<A.RouteOpenTo>(openTo, d.children.citation, d));
    }
    for (const d of c.groundsStatement ?? []) {
      statements.push(this.finish<A.RouteGrounds>({ type: "RouteGrounds", text: this.text(first(d.children.StringLiteral, "the grounds")) }, d.children.citation, d));
    }
    for (const d of c.startStatement ?? []) {
      const period = { amount: this.number(first(d.children.Integer, "a number")), unit: this.timeUnit(first(d.children.timeUnit, "a time unit")) };
      statements.push(this.finish<A.RouteStart>({ type: "RouteStart", period }, d.children.citation, d));
    }
    for (const d of c.approvalStatement ?? []) {
      statements.push(this.finish<A.RouteApproval>({ type: "RouteApproval", by: this.text(first(d.children.StringLiteral, "who approves")) }, d.children.citation, d));
    }
    for (const d of c.meanwhileStatement ?? []) {
      statements.push(this.finish<A.RouteMeanwhile>({ type: "RouteMeanwhile", decision: d.children.Kw_stands ? "stands" : "suspended" }, d.children.citation, d));
    }
    for (const d of c.stageStatement ?? []) {
      const stage = { type: "RouteStage", to: this.text(first(d.children.StringLiteral, "who takes the stage")) } as Unfinished<A.RouteStage>;
      const deadline = d.children.deadline?.[0];
      if (deadline) stage.deadline = this.deadline(deadline);
      statements.push(this.finish<A.RouteStage>(stage, d.children.citation, d));
    }
    const keyword = c.Kw_escalation ? "escalation" : "appeal";
    const section = this.sectionOf(node, keyword, c.Kw_escalation ?? c.Kw_appeal, statements, c);
    return { ...section, id: this.ident(first(c.Name, "the route's name")), label: this.text(first(c.StringLiteral, "the route's title")) };
  }

  // ---- conditions, selections and triggers ----

  selector(node: C.SelectorCstNode): A.Selector {
    const s = node.children;
    const set = s.Name?.[0];
    if (set) return { kind: "role", plural: true, names: [], range: this.nodeRange(node), set: this.ident(set) };
    const kind: A.SelectorKind = s.Kw_agency || s.Kw_agencies ? "agency" : s.Kw_grouping || s.Kw_groupings ? "grouping" : "role";
    return { kind, plural: Boolean(s.Kw_agencies ?? s.Kw_groupings ?? s.Kw_roles), names: this.names(s.nameList), range: this.nodeRange(node) };
  }

  sets(node: C.SetsSectionCstNode): A.SetsSection {
    const c = node.children;
    const statements: A.SetsSection["statements"] = [];
    for (const d of c.setDeclaration ?? []) {
      const declared = { type: "SetDeclaration", id: this.ident(first(d.children.Name, "a set name")), label: this.text(first(d.children.StringLiteral, "a set label")), selector: this.selector(first(d.children.selector, "what the set holds")) } as const;
      statements.push(this.finish<A.SetDeclaration>(declared, d.children.citation, d));
    }
    return this.sectionOf(node, "sets", c.Kw_sets, statements, c);
  }

  who(node: C.WhoCstNode): A.Who {
    const c = node.children;
    if (c.Kw_anyone) return { kind: "anyone", range: this.nodeRange(node) };
    if (c.Kw_practitioners) return { kind: "practitioners", range: this.nodeRange(node) };
    return this.selector(first(c.selector, "a selection of people"));
  }

  conditionOf(clause: C.ConditionClauseCstNode): A.Condition {
    return this.condition(first(clause.children.condition, "a condition"));
  }

  condition(node: C.ConditionCstNode): A.Condition {
    const atoms: A.ConditionAtom[] = [];
    for (const a of node.children.conditionAtom) atoms.push(this.conditionAtom(a));
    return { atoms, range: this.nodeRange(node) };
  }

  conditionAtom(node: C.ConditionAtomCstNode): A.ConditionAtom {
    const c = node.children;
    const range = this.nodeRange(node);
    const fact = this.ident(first(c.Name, "a fact"));
    const testNode = c.factTest?.[0];
    if (!testNode) return { fact, test: { kind: c.Kw_not ? "no" : "yes" }, range };
    const t = testNode.children;
    if (t.Kw_under) return { fact, test: { kind: "under", value: this.number(first(t.Integer, "a number")) }, range };
    if (t.Kw_over) return { fact, test: { kind: "at_least", value: this.number(first(t.Integer, "a number")) }, range };
    const values: A.Ident[] = [];
    for (const v of t.Name ?? []) values.push(this.ident(v));
    return { fact, test: { kind: "is", values, negated: Boolean(t.Kw_not) }, range };
  }

  trigger(node: C.TriggerCstNode): A.Trigger {
    const c = node.children;
    const trigger = { event: this.ident(first(c.Name, "an event")), range: this.nodeRange(node) } as A.Trigger;
    const by = c.who?.[0];
    if (by) trigger.by = this.who(by);
    const when = c.condition?.[0];
    if (when) trigger.when = this.condition(when);
    return trigger;
  }

  countOf(node: C.CountOfCstNode): A.CountOf {
    const c = node.children;
    const range = this.nodeRange(node);
    if (c.selector) return { kind: "selected", selector: this.selector(first(c.selector, "a selection")), range };
    const kind = c.Kw_agency || c.Kw_agencies ? "agency" : c.Kw_grouping || c.Kw_groupings ? "grouping" : "discipline";
    return { kind, plural: Boolean(c.Kw_agencies ?? c.Kw_groupings ?? c.Kw_disciplines), range };
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
      const rule = { type: "QuorumCount", count, of: this.countOf(first(d.children.countOf, "what is counted")), directContact: Boolean(d.children.Kw_direct) } as Unfinished<A.QuorumCount>;
      if (d.children.Kw_present) rule.counting = "present";
      else if (d.children.Kw_taking) rule.counting = "taking_part";
      const when = d.children.conditionClause?.[0];
      if (when) rule.when = this.conditionOf(when);
      statements.push(this.finish<A.QuorumCount>(rule, d.children.citation, d));
    }
    for (const d of c.requireStatement ?? []) {
      const rule = { type: "QuorumRequirement", oneOf: Boolean(d.children.Kw_one), selector: this.selector(first(d.children.selector, "who is required")) } as Unfinished<A.QuorumRequirement>;
      const when = d.children.conditionClause?.[0];
      if (when) rule.when = this.conditionOf(when);
      statements.push(this.finish<A.QuorumRequirement>(rule, d.children.citation, d));
    }
    for (const d of c.unbornStatement ?? []) {
      statements.push(this.finish<A.UnbornRequirement>({ type: "UnbornRequirement", role: this.ident(first(d.children.Name, "a role")) }, d.children.citation, d));
    }
    for (const d of c.waiverStatement ?? []) {
      const condition = d.children.StringLiteral?.[0];
      const waiver = { type: "Waiver" } as Unfinished<A.Waiver>;
      const integer = d.children.Integer?.[0];
      const countOf = d.children.countOf?.[0];
      if (integer && countOf) {
        waiver.count = this.number(integer);
        waiver.of = this.countOf(countOf);
      }
      if (condition) waiver.condition = this.text(condition);
      const when = d.children.condition?.[0];
      if (when) waiver.when = this.condition(when);
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
    for (const d of c.tieStatement ?? []) {
      if (d.children.Kw_consensus) statements.push(this.finish<A.NoConsensusRule>({ type: "NoConsensusRule" }, d.children.citation, d));
      else statements.push(this.finish<A.TieBreak>({ type: "TieBreak", on: d.children.Kw_tie ? "tie" : "no_majority" }, d.children.citation, d));
    }
    for (const d of c.overrideStatement ?? []) {
      const override = {
        type: "Override",
        unanimity: Boolean(d.children.Kw_unanimity),
        whenAuthorised: Boolean(d.children.Kw_authorised),
        reasonsRecorded: Boolean(d.children.reasonsRecorded),
      } as const;
      statements.push(this.finish<A.Override>(override, d.children.citation, d));
    }
    for (const d of c.abstentionStatement ?? []) statements.push(this.finish<A.AbstentionRule>({ type: "AbstentionRule", allowed: !d.children.Kw_not }, d.children.citation, d));
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
      const clause = d.children.conditionClause?.[0];
      const rule = (d.children.nameList ? { type: "OnlyInvolvedRoles", roles: this.names(d.children.nameList) } : { type: "OnlyInvolvedVote" }) as Unfinished<A.OnlyInvolvedRoles | A.OnlyInvolvedVote>;
      if (clause) rule.when = this.conditionOf(clause);
      statements.push(this.finish<A.OnlyInvolvedRoles | A.OnlyInvolvedVote>(rule, d.children.citation, d));
    }
    for (const d of c.siblingsStatement ?? []) statements.push(this.finish<A.SiblingsDisagree>({ type: "SiblingsDisagree" }, d.children.citation, d));
    for (const d of c.soleRepresentativeStatement ?? []) {
      const selector = this.selector(first(d.children.selector, "a selector"));
      statements.push(this.finish<A.SoleRepresentative>({ type: "SoleRepresentative", selector }, d.children.citation, d));
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
    const trigger = c.trigger?.[0];
    const toOffset = c.Kw_to?.[0]?.startOffset ?? Infinity;
    const strings = c.StringLiteral ?? [];
    const description = strings.find((t) => t.startOffset < toOffset);
    const to = strings.find((t) => t.startOffset > toOffset);
    const deadline = c.deadline?.[0];
    const obligation = (trigger ? { type: "Obligation", trigger: this.trigger(trigger) } : { type: "Obligation" }) as Unfinished<A.Obligation>;
    obligation.action = this.ident(first(c.Name, "an action"));
    if (description) obligation.description = this.text(description);
    if (to) obligation.to = this.text(to);
    if (deadline) obligation.deadline = this.deadline(deadline);
    return this.finish<A.Obligation>(obligation, c.citation, node);
  }

  deadline(node: C.DeadlineCstNode): A.Deadline {
    const c = node.children;
    const range = this.nodeRange(node);
    if (c.Kw_immediately) return { kind: "immediately", afterConference: Boolean(c.Kw_after), range };
    if (c.Kw_soon) return { kind: "as_soon_as_possible", range };
    const amount = this.number(first(c.Integer, "a number"));
    const unit = this.timeUnit(first(c.timeUnit, "a time unit"));
    if (c.Kw_within) {
      const [, thenAmount] = c.Integer ?? [];
      const [, thenUnit] = c.timeUnit ?? [];
      if (c.Kw_then && thenAmount && thenUnit) return { kind: "within", amount, unit, then: { amount: this.number(thenAmount), unit: this.timeUnit(thenUnit) }, range };
      return { kind: "within", amount, unit, range };
    }
    return { kind: c.Kw_every ? "every" : "before_conference", amount, unit, range };
  }

  timeUnit(node: C.TimeUnitCstNode): A.TimeUnit {
    const u = node.children;
    if (u.Kw_working) return "working_days";
    if (u.Kw_hour || u.Kw_hours) return "hours";
    if (u.Kw_week || u.Kw_weeks) return "weeks";
    if (u.Kw_month || u.Kw_months) return "months";
    return "days";
  }

  powers(node: C.PowersSectionCstNode): A.PowersSection {
    const c = node.children;
    const statements: A.PowersSection["statements"] = [];
    for (const d of c.powerStatement ?? []) {
      const holder = this.text(first(d.children.StringLiteral, "a holder"));
      const powers: A.Ident[] = [];
      for (const t of d.children.Name) powers.push(this.ident(t));
      const power = { type: "Power", holder, powers } as Unfinished<A.Power>;
      const trigger = d.children.trigger?.[0];
      if (trigger) power.trigger = this.trigger(trigger);
      statements.push(this.finish<A.Power>(power, d.children.citation, d));
    }
    return this.sectionOf(node, "powers", c.Kw_powers, statements, c);
  }
}
