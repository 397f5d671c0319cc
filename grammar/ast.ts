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

export interface Ambiguity extends StatementBase {
  type: "Ambiguity";
  text: Text;
  reading: Text;
}

export interface Silence extends StatementBase {
  type: "Silence";
  text: Text;
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

export type DateFieldKind = "dated" | "revised" | "approved" | "endorsed" | "review";

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

export type HeaderStatement =
  | Jurisdiction
  | UsesVocabulary
  | Extends
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
}

export interface CategoryDeclaration extends StatementBase {
  type: "CategoryDeclaration";
  id: Ident;
  label: Text;
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

export interface MinimumAgencies extends StatementBase {
  type: "MinimumAgencies";
  count: NumberLiteral;
  directContact: boolean;
}

export interface UnbornRequirement extends StatementBase {
  type: "UnbornRequirement";
  role: Ident;
}

export interface Waiver extends StatementBase {
  type: "Waiver";
  count: NumberLiteral;
  condition?: Text;
  rationaleRecorded: boolean;
}

export interface LocalAuthorityServices extends StatementBase {
  type: "LocalAuthorityServices";
}

// ---- decision ----

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
}

/** `only involved units vote: a, b`: the units these roles form vote only on children they are involved with. */
export interface OnlyInvolvedRoles extends StatementBase {
  type: "OnlyInvolvedRoles";
  roles: Ident[];
}

export interface SiblingsDisagree extends StatementBase {
  type: "SiblingsDisagree";
}

export type SelectorKind = "agency" | "grouping" | "role";

export interface SoleRepresentative extends StatementBase {
  type: "SoleRepresentative";
  selector: { kind: SelectorKind; plural: boolean; names: Ident[]; range: Range };
}

// ---- obligations and powers ----

export type TimeUnit = "working_days" | "days" | "weeks";

export type Deadline =
  | (Node & { kind: "immediately"; afterConference: boolean })
  | (Node & { kind: "within" | "every" | "before_conference"; amount: NumberLiteral; unit: TimeUnit });

export interface Obligation extends StatementBase {
  type: "Obligation";
  trigger?: Ident;
  action: Ident;
  description?: Text;
  to?: Text;
  deadline?: Deadline;
}

export interface Power extends StatementBase {
  type: "Power";
  holder: Text;
  powers: Ident[];
  trigger?: Ident;
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
export type CategoriesSection = SectionOf<
  "categories",
  CategoryDeclaration | MultipleRule | ConcernRule | CommonStatement
>;
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
  MinimumAgencies | UnbornRequirement | Waiver | LocalAuthorityServices | CommonStatement
>;
export type DecisionSection = SectionOf<
  "decision",
  | ConsensusFirst
  | MajorityDecides
  | TieBreak
  | ChairBound
  | ExecutiveDecision
  | Override
  | Deferral
  | CommonStatement
>;
export type EligibilitySection = SectionOf<
  "eligibility",
  EveryUnitVotes | OnlyInvolvedVote | OnlyInvolvedRoles | SiblingsDisagree | SoleRepresentative | CommonStatement
>;
export type ObligationsSection = SectionOf<"obligations", Obligation | CommonStatement>;
export type PowersSection = SectionOf<"powers", Power | CommonStatement>;

export type Section =
  | AgenciesSection
  | RolesSection
  | CategoriesSection
  | VotingSection
  | QuorumSection
  | DecisionSection
  | EligibilitySection
  | ObligationsSection
  | PowersSection;

export type SectionName = Section["keyword"];

export type Statement = HeaderStatement | Section["statements"][number];
