/**
 * The abstract syntax of a policy file. Every node carries its source range; nothing here
 * is resolved or checked yet (that is the compiler's work). The printer and the compiler
 * both read this shape, so it keeps enough to print the file back in canonical form.
 */
import type { Range } from "./location.js";

export interface Node {
  range: Range;
}

/** A name written in the policy: a role, grouping, agency, category, event or power. */
export interface Ident extends Node {
  name: string;
}

/** The contents of a quoted text, escapes resolved. */
export interface Text extends Node {
  value: string;
}

export interface NumberLiteral extends Node {
  value: number;
  raw: string;
}

export interface Comment extends Node {
  text: string;
}

/** Fields every statement has: where it is, and the clause of the protocol it cites. */
export interface StatementBase extends Node {
  cite?: Text;
}

export type FileKind = "policy" | "base" | "vocabulary";

export interface PolicyFile extends Node {
  type: "PolicyFile";
  header: Header;
  sections: Section[];
  comments: Comment[];
}

export interface Header extends Node {
  type: "Header";
  fileKind: FileKind;
  id: Ident;
  title: Text;
  statements: HeaderStatement[];
}

// ---- statements any section may hold ----

/** `confirmed by "…" on <date>`: the board's sign-off of a reading. */
export interface Confirmation extends Node {
  by: Text;
  /** As written: YYYY-MM-DD or YYYY-MM. */
  on: string;
}

export interface Ambiguity extends StatementBase {
  type: "Ambiguity";
  text: Text;
  reading: Text;
  confirmed?: Confirmation;
}

export interface Silence extends StatementBase {
  type: "Silence";
  text: Text;
  confirmed?: Confirmation;
}

export type CommonStatement = Ambiguity | Silence;

// ---- header ----

export interface Jurisdiction extends StatementBase {
  type: "Jurisdiction";
  value: Ident;
}

export interface UsesVocabulary extends StatementBase {
  type: "UsesVocabulary";
  path: Text;
}

export interface Extends extends StatementBase {
  type: "Extends";
  path: Text;
}

export interface MetadataText extends StatementBase {
  type: "Document" | "Owner" | "Author";
  value: Text;
}

export type DateFieldKind = "dated" | "revised" | "approved" | "endorsed" | "review" | "effective";

export interface DateField extends Node {
  kind: DateFieldKind;
  /** As written: YYYY-MM-DD or YYYY-MM. */
  value: string;
}

export interface Version extends StatementBase {
  type: "Version";
  label?: Text;
  dates: DateField[];
}

export interface CurrentVersion extends StatementBase {
  type: "CurrentVersion";
  label: Text;
}

/** `supersedes "file.policy"`: the file of the version this one replaced. */
export interface Supersedes extends StatementBase {
  type: "Supersedes";
  path: Text;
}

export type HeaderStatement =
  | Jurisdiction
  | UsesVocabulary
  | Extends
  | Supersedes
  | MetadataText
  | Version
  | CurrentVersion
  | CommonStatement;

// ---- agencies, roles, categories ----

export interface AgencyDeclaration extends StatementBase {
  type: "AgencyDeclaration";
  id: Ident;
  label: Text;
}

export interface RoleDeclaration extends StatementBase {
  type: "RoleDeclaration";
  id: Ident;
  label: Text;
  /** The agency a practitioner belongs to; absent for someone who is not a practitioner. */
  agency?: Ident;
  /**
   * `, not voting by default`: a practitioner who is heard but takes no part in the decision
   * unless a policy places the role (a grouping, a list, its `others` rule).
   */
  notVotingByDefault?: boolean;
}

export interface CategoryDeclaration extends StatementBase {
  type: "CategoryDeclaration";
  id: Ident;
  label: Text;
  /** `local`: a category (or area of concern) this policy declares for itself, not one from the vocabulary. */
  local: boolean;
}

/** `unranked`: one or more categories are chosen with no primary among them. */
export interface UnrankedRule extends StatementBase {
  type: "UnrankedRule";
}

/** `at least one required`. */
export interface AtLeastOneRule extends StatementBase {
  type: "AtLeastOneRule";
}

/** `free text allowed`: an area of concern may be given in words instead of from the list. */
export interface FreeTextRule extends StatementBase {
  type: "FreeTextRule";
}

// ---- facts, events and actions ----

export type FactValues = { kind: "choice"; options: Ident[] } | { kind: "yes_no" } | { kind: "number" };

/** A fact of the case that rules may read, with the values it may take. */
export interface FactDeclaration extends StatementBase {
  type: "FactDeclaration";
  id: Ident;
  label: Text;
  /** A fact about each child (its age) rather than about the conference (its kind). */
  perChild: boolean;
  values: FactValues;
  default?: Ident | NumberLiteral;
}

/** An event that happens outside the conference, which a duty or power may follow. */
export interface EventDeclaration extends StatementBase {
  type: "EventDeclaration";
  id: Ident;
  label: Text;
}

/** A word for what a duty asks, or a power allows. */
export interface ActionDeclaration extends StatementBase {
  type: "ActionDeclaration";
  id: Ident;
  label: Text;
  /** The duty lists the people and units who dissented. */
  listsDissenters: boolean;
  /** The duty makes no sense without saying to whom (`to "…"`). */
  needsRecipient: boolean;
}

// ---- conditions, selections of people and triggers ----

export type FactTest =
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "is"; values: Ident[]; negated: boolean }
  | { kind: "under"; value: NumberLiteral }
  | { kind: "at_least"; value: NumberLiteral };

/** One fact tested: `looked_after`, `not looked_after`, `kind is review or initial`, `age is under 12`, `age is 12 or over`. */
export interface ConditionAtom extends Node {
  fact: Ident;
  test: FactTest;
}

/** `when a and b`: every atom must hold. */
export interface Condition extends Node {
  atoms: ConditionAtom[];
}

export type SelectorKind = "agency" | "grouping" | "role";

export interface Selector extends Node {
  kind: SelectorKind;
  plural: boolean;
  names: Ident[];
  /**
   * A set named under `sets` (`at least 2 of key_disciplines`): the compiler fills `kind`,
   * `plural` and `names` from the set's declaration (see PolicyModel); until then, and for a
   * set that does not exist, `names` is empty.
   */
  set?: Ident;
}

/** A named selection of roles, agencies or groupings, used wherever a selection goes. */
export interface SetDeclaration extends StatementBase {
  type: "SetDeclaration";
  id: Ident;
  label: Text;
  selector: Selector;
}

/** Whom an event, a route or a requirement concerns. */
export type Who = (Node & { kind: "anyone" | "practitioners" }) | Selector;

/** `when <event> [by <who>] [and <condition>]`. */
export interface Trigger extends Node {
  event: Ident;
  by?: Who;
  when?: Condition;
}

export interface MultipleRule extends StatementBase {
  type: "MultipleRule";
  allowed: boolean;
}

export interface ConcernRule extends StatementBase {
  type: "ConcernRule";
  concern: "primary" | "secondary";
  required: boolean;
}

// ---- voting ----

export type VotingUnitKind = "grouping" | "agency" | "individual";

export interface VoteBy extends StatementBase {
  type: "VoteBy";
  unit: VotingUnitKind;
}

export interface NominatedLead extends StatementBase {
  type: "NominatedLead";
  chairDecidesWhenDisputed: boolean;
}

export interface GroupingDeclaration extends StatementBase {
  type: "GroupingDeclaration";
  id: Ident;
  label: Text;
  roles: Ident[];
}

export interface ChoiceRule extends StatementBase {
  type: "ChoiceRule";
  role: Ident;
  options: Ident[];
  fallback: Ident;
}

export interface PerOrganisation extends StatementBase {
  type: "PerOrganisation";
  roles: Ident[];
}

export type OthersMode = "own_agency" | "chair_discretion" | "not_voting";

export interface OthersRule extends StatementBase {
  type: "OthersRule";
  mode: OthersMode;
}

export interface NotVoting extends StatementBase {
  type: "NotVoting";
  roles: Ident[];
}

export interface Discretion extends StatementBase {
  type: "Discretion";
  roles: Ident[];
  writtenReportAdmits: boolean;
}

// ---- quorum ----

/** What a quorum counts: distinct agencies, groupings or disciplines (roles), or those among a list. */
export type CountOf = (Node & { kind: "agency" | "grouping" | "discipline"; plural: boolean }) | (Node & { kind: "selected"; selector: Selector });

export interface QuorumCount extends StatementBase {
  type: "QuorumCount";
  count: NumberLiteral;
  of: CountOf;
  directContact: boolean;
  /** Who is counted, where the policy says: every practitioner present, or those taking part in the decision. */
  counting?: "present" | "taking_part";
  when?: Condition;
}

/** `require [one of] <selector> [when …]`: someone of these roles, agencies or groupings attends. */
export interface QuorumRequirement extends StatementBase {
  type: "QuorumRequirement";
  oneOf: boolean;
  selector: Selector;
  when?: Condition;
}

export interface UnbornRequirement extends StatementBase {
  type: "UnbornRequirement";
  role: Ident;
}

/** `chair may proceed with N …` (lowers the counts of its kind) or `chair may proceed without quorum` (waives every count and requirement). */
export interface Waiver extends StatementBase {
  type: "Waiver";
  /** Absent for `without quorum`. */
  count?: NumberLiteral;
  of?: CountOf;
  /** The chair's judgement the waiver rests on, in the protocol's words. */
  condition?: Text;
  /** The facts of the case the waiver is limited to. */
  when?: Condition;
  rationaleRecorded: boolean;
}

export interface LocalAuthorityServices extends StatementBase {
  type: "LocalAuthorityServices";
}

// ---- decision ----

/** `abstention allowed` or `abstention not allowed`: whether a practitioner may give no view. */
export interface AbstentionRule extends StatementBase {
  type: "AbstentionRule";
  allowed: boolean;
}

export interface ConsensusFirst extends StatementBase {
  type: "ConsensusFirst";
}

export interface MajorityDecides extends StatementBase {
  type: "MajorityDecides";
}

export interface TieBreak extends StatementBase {
  type: "TieBreak";
  on: "tie" | "no_majority";
}

/** `no consensus: chair decides`: without a consensus the chair decides, and no vote is taken. */
export interface NoConsensusRule extends StatementBase {
  type: "NoConsensusRule";
}

export interface ChairBound extends StatementBase {
  type: "ChairBound";
}

export interface ExecutiveDecision extends StatementBase {
  type: "ExecutiveDecision";
}

export interface Override extends StatementBase {
  type: "Override";
  unanimity: boolean;
  whenAuthorised: boolean;
  reasonsRecorded: boolean;
}

export interface Deferral extends StatementBase {
  type: "Deferral";
  condition?: Text;
  reasonsRecorded: boolean;
}

// ---- eligibility ----

export interface EveryUnitVotes extends StatementBase {
  type: "EveryUnitVotes";
}

/** Only units involved with a child vote on that child: every unit, when stated alone. */
export interface OnlyInvolvedVote extends StatementBase {
  type: "OnlyInvolvedVote";
  when?: Condition;
}

/** `only involved units vote: a, b`: the units these roles form vote only on children they are involved with. */
export interface OnlyInvolvedRoles extends StatementBase {
  type: "OnlyInvolvedRoles";
  roles: Ident[];
  when?: Condition;
}

export interface SiblingsDisagree extends StatementBase {
  type: "SiblingsDisagree";
}

export interface SoleRepresentative extends StatementBase {
  type: "SoleRepresentative";
  selector: Selector;
}

// ---- obligations and powers ----

export type TimeUnit = "hours" | "working_days" | "days" | "weeks" | "months";

export interface Period {
  amount: NumberLiteral;
  unit: TimeUnit;
}

export type Deadline =
  | (Node & { kind: "immediately"; afterConference: boolean })
  | (Node & { kind: "as_soon_as_possible" })
  | (Node & Period & { kind: "within"; then?: Period })
  | (Node & Period & { kind: "every" | "before_conference" });

export interface Obligation extends StatementBase {
  type: "Obligation";
  trigger?: Trigger;
  action: Ident;
  description?: Text;
  to?: Text;
  deadline?: Deadline;
}

export interface Power extends StatementBase {
  type: "Power";
  holder: Text;
  powers: Ident[];
  trigger?: Trigger;
}

// ---- escalation and appeal routes ----

/** `opens when <trigger>`: the event that starts the route without anyone asking. */
export interface RouteOpens extends StatementBase {
  type: "RouteOpens";
  trigger: Trigger;
}

/** `open to <who> [when …]`: who may start the route. */
export interface RouteOpenTo extends StatementBase {
  type: "RouteOpenTo";
  who: Who;
  when?: Condition;
}

export interface RouteGrounds extends StatementBase {
  type: "RouteGrounds";
  text: Text;
}

/** `start within N <unit>`: the time limit for starting the route. */
export interface RouteStart extends StatementBase {
  type: "RouteStart";
  period: Period;
}

export interface RouteApproval extends StatementBase {
  type: "RouteApproval";
  by: Text;
}

/** `decision stands meanwhile` or `decision suspended meanwhile`. */
export interface RouteMeanwhile extends StatementBase {
  type: "RouteMeanwhile";
  decision: "stands" | "suspended";
}

/** One stage of the route, in order: who takes the matter, and by when. */
export interface RouteStage extends StatementBase {
  type: "RouteStage";
  to: Text;
  deadline?: Deadline;
}

export type RouteStatement = RouteOpens | RouteOpenTo | RouteGrounds | RouteStart | RouteApproval | RouteMeanwhile | RouteStage;

// ---- calendar ----

/** A date as written: YYYY-MM-DD, or YYYY-MM (which a closure does not accept). */
export interface DateValue extends Node {
  value: string;
}

/** `closed 2026-12-29 to 2026-12-31 "…"`: days the board's services are closed. */
export interface Closure extends StatementBase {
  type: "Closure";
  from: DateValue;
  to?: DateValue;
  reason?: Text;
}

// ---- sections ----

interface SectionOf<K extends string, S> extends Node {
  type: "Section";
  keyword: K;
  keywordRange: Range;
  statements: S[];
}

export type AgenciesSection = SectionOf<"agencies", AgencyDeclaration | CommonStatement>;
export type RolesSection = SectionOf<"roles", RoleDeclaration | CommonStatement>;
export type CategoryStatement = CategoryDeclaration | MultipleRule | ConcernRule | UnrankedRule | AtLeastOneRule | FreeTextRule | CommonStatement;
export type CategoriesSection = SectionOf<"categories", CategoryStatement>;
/** Areas of concern: declared and chosen as categories are, and kept apart from them. */
export type ConcernsSection = SectionOf<"concerns", CategoryStatement>;
export type FactsSection = SectionOf<"facts", FactDeclaration | CommonStatement>;
export type EventsSection = SectionOf<"events", EventDeclaration | CommonStatement>;
export type ActionsSection = SectionOf<"actions", ActionDeclaration | CommonStatement>;
export type SetsSection = SectionOf<"sets", SetDeclaration | CommonStatement>;
/** An escalation or appeal route: a named section of its own. */
export interface RouteSection extends SectionOf<"escalation" | "appeal", RouteStatement | CommonStatement> {
  id: Ident;
  label: Text;
}
export type VotingSection = SectionOf<
  "voting",
  | VoteBy
  | NominatedLead
  | GroupingDeclaration
  | ChoiceRule
  | PerOrganisation
  | OthersRule
  | NotVoting
  | Discretion
  | CommonStatement
>;
export type QuorumSection = SectionOf<
  "quorum",
  QuorumCount | QuorumRequirement | UnbornRequirement | Waiver | LocalAuthorityServices | CommonStatement
>;
export type DecisionSection = SectionOf<
  "decision",
  | ConsensusFirst
  | MajorityDecides
  | TieBreak
  | NoConsensusRule
  | ChairBound
  | ExecutiveDecision
  | Override
  | Deferral
  | AbstentionRule
  | CommonStatement
>;
export type EligibilitySection = SectionOf<
  "eligibility",
  EveryUnitVotes | OnlyInvolvedVote | OnlyInvolvedRoles | SiblingsDisagree | SoleRepresentative | CommonStatement
>;
export type ObligationsSection = SectionOf<"obligations", Obligation | CommonStatement>;
export type PowersSection = SectionOf<"powers", Power | CommonStatement>;
export type CalendarSection = SectionOf<"calendar", Closure | CommonStatement>;

export type Section =
  | AgenciesSection
  | RolesSection
  | CategoriesSection
  | ConcernsSection
  | FactsSection
  | EventsSection
  | ActionsSection
  | SetsSection
  | RouteSection
  | VotingSection
  | QuorumSection
  | DecisionSection
  | EligibilitySection
  | ObligationsSection
  | PowersSection
  | CalendarSection;

export type SectionName = Section["keyword"];

export type Statement = HeaderStatement | Section["statements"][number];
