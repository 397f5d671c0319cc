// Generated from grammar/parser.ts by `npm run gen:cst`. Do not edit.
import type { CstNode, ICstVisitor, IToken } from "chevrotain";

export interface PolicyFileCstNode extends CstNode {
  name: "policyFile";
  children: PolicyFileCstChildren;
}

export type PolicyFileCstChildren = {
  header: HeaderCstNode[];
  section?: SectionCstNode[];
};

export interface HeaderCstNode extends CstNode {
  name: "header";
  children: HeaderCstChildren;
}

export type HeaderCstChildren = {
  Kw_policy?: IToken[];
  Kw_base?: IToken[];
  Kw_vocabulary?: IToken[];
  Name: IToken[];
  StringLiteral: IToken[];
  LCurly: IToken[];
  headerStatement?: HeaderStatementCstNode[];
  RCurly: IToken[];
};

export interface HeaderStatementCstNode extends CstNode {
  name: "headerStatement";
  children: HeaderStatementCstChildren;
}

export type HeaderStatementCstChildren = {
  jurisdictionStatement?: JurisdictionStatementCstNode[];
  vocabularyStatement?: VocabularyStatementCstNode[];
  extendsStatement?: ExtendsStatementCstNode[];
  supersedesStatement?: SupersedesStatementCstNode[];
  documentStatement?: DocumentStatementCstNode[];
  ownerStatement?: OwnerStatementCstNode[];
  authorStatement?: AuthorStatementCstNode[];
  versionStatement?: VersionStatementCstNode[];
  currentStatement?: CurrentStatementCstNode[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
};

export interface JurisdictionStatementCstNode extends CstNode {
  name: "jurisdictionStatement";
  children: JurisdictionStatementCstChildren;
}

export type JurisdictionStatementCstChildren = {
  Kw_jurisdiction: IToken[];
  Name: IToken[];
  citation?: CitationCstNode[];
};

export interface VocabularyStatementCstNode extends CstNode {
  name: "vocabularyStatement";
  children: VocabularyStatementCstChildren;
}

export type VocabularyStatementCstChildren = {
  Kw_vocabulary: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface ExtendsStatementCstNode extends CstNode {
  name: "extendsStatement";
  children: ExtendsStatementCstChildren;
}

export type ExtendsStatementCstChildren = {
  Kw_extends: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface SupersedesStatementCstNode extends CstNode {
  name: "supersedesStatement";
  children: SupersedesStatementCstChildren;
}

export type SupersedesStatementCstChildren = {
  Kw_supersedes: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface DocumentStatementCstNode extends CstNode {
  name: "documentStatement";
  children: DocumentStatementCstChildren;
}

export type DocumentStatementCstChildren = {
  Kw_document: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface OwnerStatementCstNode extends CstNode {
  name: "ownerStatement";
  children: OwnerStatementCstChildren;
}

export type OwnerStatementCstChildren = {
  Kw_owner: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface AuthorStatementCstNode extends CstNode {
  name: "authorStatement";
  children: AuthorStatementCstChildren;
}

export type AuthorStatementCstChildren = {
  Kw_author: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface VersionStatementCstNode extends CstNode {
  name: "versionStatement";
  children: VersionStatementCstChildren;
}

export type VersionStatementCstChildren = {
  Kw_version: IToken[];
  StringLiteral?: IToken[];
  dateField?: DateFieldCstNode[];
  citation?: CitationCstNode[];
};

export interface DateFieldCstNode extends CstNode {
  name: "dateField";
  children: DateFieldCstChildren;
}

export type DateFieldCstChildren = {
  Kw_dated?: IToken[];
  Kw_revised?: IToken[];
  Kw_approved?: IToken[];
  Kw_endorsed?: IToken[];
  Kw_review?: IToken[];
  Kw_effective?: IToken[];
  DateLiteral: IToken[];
};

export interface CurrentStatementCstNode extends CstNode {
  name: "currentStatement";
  children: CurrentStatementCstChildren;
}

export type CurrentStatementCstChildren = {
  Kw_current: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface SectionCstNode extends CstNode {
  name: "section";
  children: SectionCstChildren;
}

export type SectionCstChildren = {
  agenciesSection?: AgenciesSectionCstNode[];
  rolesSection?: RolesSectionCstNode[];
  categoriesSection?: CategoriesSectionCstNode[];
  concernsSection?: ConcernsSectionCstNode[];
  factsSection?: FactsSectionCstNode[];
  eventsSection?: EventsSectionCstNode[];
  actionsSection?: ActionsSectionCstNode[];
  setsSection?: SetsSectionCstNode[];
  routeSection?: RouteSectionCstNode[];
  votingSection?: VotingSectionCstNode[];
  quorumSection?: QuorumSectionCstNode[];
  decisionSection?: DecisionSectionCstNode[];
  eligibilitySection?: EligibilitySectionCstNode[];
  obligationsSection?: ObligationsSectionCstNode[];
  powersSection?: PowersSectionCstNode[];
  calendarSection?: CalendarSectionCstNode[];
};

export interface CalendarSectionCstNode extends CstNode {
  name: "calendarSection";
  children: CalendarSectionCstChildren;
}

export type CalendarSectionCstChildren = {
  Kw_calendar: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  closureStatement?: ClosureStatementCstNode[];
  RCurly: IToken[];
};

export interface ClosureStatementCstNode extends CstNode {
  name: "closureStatement";
  children: ClosureStatementCstChildren;
}

export type ClosureStatementCstChildren = {
  Kw_closed: IToken[];
  DateLiteral: (IToken)[];
  Kw_to?: IToken[];
  StringLiteral?: IToken[];
  citation?: CitationCstNode[];
};

export interface AgenciesSectionCstNode extends CstNode {
  name: "agenciesSection";
  children: AgenciesSectionCstChildren;
}

export type AgenciesSectionCstChildren = {
  Kw_agencies: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  agencyDeclaration?: AgencyDeclarationCstNode[];
  RCurly: IToken[];
};

export interface AgencyDeclarationCstNode extends CstNode {
  name: "agencyDeclaration";
  children: AgencyDeclarationCstChildren;
}

export type AgencyDeclarationCstChildren = {
  Name: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface RolesSectionCstNode extends CstNode {
  name: "rolesSection";
  children: RolesSectionCstChildren;
}

export type RolesSectionCstChildren = {
  Kw_roles: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  roleDeclaration?: RoleDeclarationCstNode[];
  RCurly: IToken[];
};

export interface RoleDeclarationCstNode extends CstNode {
  name: "roleDeclaration";
  children: RoleDeclarationCstChildren;
}

export type RoleDeclarationCstChildren = {
  Name: (IToken)[];
  StringLiteral: IToken[];
  Kw_agency?: IToken[];
  Comma?: IToken[];
  Kw_not?: (IToken)[];
  Kw_voting?: IToken[];
  Kw_by?: IToken[];
  Kw_default?: IToken[];
  Kw_a?: IToken[];
  Kw_practitioner?: IToken[];
  citation?: CitationCstNode[];
};

export interface CategoriesSectionCstNode extends CstNode {
  name: "categoriesSection";
  children: CategoriesSectionCstChildren;
}

export type CategoriesSectionCstChildren = {
  Kw_categories: IToken[];
  LCurly: IToken[];
  categoryStatement?: CategoryStatementCstNode[];
  RCurly: IToken[];
};

export interface ConcernsSectionCstNode extends CstNode {
  name: "concernsSection";
  children: ConcernsSectionCstChildren;
}

export type ConcernsSectionCstChildren = {
  Kw_concerns: IToken[];
  LCurly: IToken[];
  categoryStatement?: CategoryStatementCstNode[];
  RCurly: IToken[];
};

export interface CategoryStatementCstNode extends CstNode {
  name: "categoryStatement";
  children: CategoryStatementCstChildren;
}

export type CategoryStatementCstChildren = {
  categoryDeclaration?: CategoryDeclarationCstNode[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  multipleStatement?: MultipleStatementCstNode[];
  concernStatement?: ConcernStatementCstNode[];
  unrankedStatement?: UnrankedStatementCstNode[];
  atLeastOneStatement?: AtLeastOneStatementCstNode[];
  freeTextStatement?: FreeTextStatementCstNode[];
};

export interface UnrankedStatementCstNode extends CstNode {
  name: "unrankedStatement";
  children: UnrankedStatementCstChildren;
}

export type UnrankedStatementCstChildren = {
  Kw_unranked: IToken[];
  citation?: CitationCstNode[];
};

export interface AtLeastOneStatementCstNode extends CstNode {
  name: "atLeastOneStatement";
  children: AtLeastOneStatementCstChildren;
}

export type AtLeastOneStatementCstChildren = {
  Kw_at: IToken[];
  Kw_least: IToken[];
  Kw_one: IToken[];
  Kw_required: IToken[];
  citation?: CitationCstNode[];
};

export interface FreeTextStatementCstNode extends CstNode {
  name: "freeTextStatement";
  children: FreeTextStatementCstChildren;
}

export type FreeTextStatementCstChildren = {
  Kw_free: IToken[];
  Kw_text: IToken[];
  Kw_allowed: IToken[];
  citation?: CitationCstNode[];
};

export interface MultipleStatementCstNode extends CstNode {
  name: "multipleStatement";
  children: MultipleStatementCstChildren;
}

export type MultipleStatementCstChildren = {
  Kw_multiple: IToken[];
  Kw_not?: IToken[];
  Kw_allowed: IToken[];
  citation?: CitationCstNode[];
};

export interface ConcernStatementCstNode extends CstNode {
  name: "concernStatement";
  children: ConcernStatementCstChildren;
}

export type ConcernStatementCstChildren = {
  Kw_primary?: IToken[];
  Kw_secondary?: IToken[];
  Kw_required?: IToken[];
  Kw_optional?: IToken[];
  citation?: CitationCstNode[];
};

export interface CategoryDeclarationCstNode extends CstNode {
  name: "categoryDeclaration";
  children: CategoryDeclarationCstChildren;
}

export type CategoryDeclarationCstChildren = {
  Kw_local?: IToken[];
  Name: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface VotingSectionCstNode extends CstNode {
  name: "votingSection";
  children: VotingSectionCstChildren;
}

export type VotingSectionCstChildren = {
  Kw_voting: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  voteByStatement?: VoteByStatementCstNode[];
  nominatedLeadStatement?: NominatedLeadStatementCstNode[];
  groupingDeclaration?: GroupingDeclarationCstNode[];
  perOrganisationStatement?: PerOrganisationStatementCstNode[];
  othersStatement?: OthersStatementCstNode[];
  notVotingStatement?: NotVotingStatementCstNode[];
  discretionStatement?: DiscretionStatementCstNode[];
  choiceStatement?: ChoiceStatementCstNode[];
  RCurly: IToken[];
};

export interface VoteByStatementCstNode extends CstNode {
  name: "voteByStatement";
  children: VoteByStatementCstChildren;
}

export type VoteByStatementCstChildren = {
  Kw_vote: IToken[];
  Kw_by: IToken[];
  Kw_grouping?: IToken[];
  Kw_agency?: IToken[];
  Kw_individual?: IToken[];
  citation?: CitationCstNode[];
};

export interface NominatedLeadStatementCstNode extends CstNode {
  name: "nominatedLeadStatement";
  children: NominatedLeadStatementCstChildren;
}

export type NominatedLeadStatementCstChildren = {
  Kw_nominated: IToken[];
  Kw_lead: IToken[];
  Kw_speaks: IToken[];
  Comma?: IToken[];
  Kw_chair?: IToken[];
  Kw_decides?: IToken[];
  Kw_when?: IToken[];
  Kw_disputed?: IToken[];
  citation?: CitationCstNode[];
};

export interface GroupingDeclarationCstNode extends CstNode {
  name: "groupingDeclaration";
  children: GroupingDeclarationCstChildren;
}

export type GroupingDeclarationCstChildren = {
  Kw_grouping: IToken[];
  Name: (IToken)[];
  StringLiteral: IToken[];
  LCurly: IToken[];
  Comma?: IToken[];
  RCurly: IToken[];
  citation?: CitationCstNode[];
};

export interface ChoiceStatementCstNode extends CstNode {
  name: "choiceStatement";
  children: ChoiceStatementCstChildren;
}

export type ChoiceStatementCstChildren = {
  Name: (IToken)[];
  Kw_may: IToken[];
  Kw_sit: IToken[];
  Kw_with: IToken[];
  Kw_or: IToken[];
  Comma: IToken[];
  Kw_otherwise: IToken[];
  citation?: CitationCstNode[];
};

export interface PerOrganisationStatementCstNode extends CstNode {
  name: "perOrganisationStatement";
  children: PerOrganisationStatementCstChildren;
}

export type PerOrganisationStatementCstChildren = {
  Kw_per: IToken[];
  Kw_organisation: IToken[];
  Colon: IToken[];
  nameList: NameListCstNode[];
  citation?: CitationCstNode[];
};

export interface OthersStatementCstNode extends CstNode {
  name: "othersStatement";
  children: OthersStatementCstChildren;
}

export type OthersStatementCstChildren = {
  Kw_others: IToken[];
  Kw_vote?: (IToken)[];
  Kw_as?: IToken[];
  Kw_their?: IToken[];
  Kw_agency?: IToken[];
  Kw_at?: IToken[];
  Kw_chair?: IToken[];
  Kw_discretion?: IToken[];
  Kw_do?: IToken[];
  Kw_not?: IToken[];
  citation?: CitationCstNode[];
};

export interface NotVotingStatementCstNode extends CstNode {
  name: "notVotingStatement";
  children: NotVotingStatementCstChildren;
}

export type NotVotingStatementCstChildren = {
  Kw_not: IToken[];
  Kw_voting: IToken[];
  Colon: IToken[];
  nameList: NameListCstNode[];
  citation?: CitationCstNode[];
};

export interface DiscretionStatementCstNode extends CstNode {
  name: "discretionStatement";
  children: DiscretionStatementCstChildren;
}

export type DiscretionStatementCstChildren = {
  Kw_at: IToken[];
  Kw_chair: IToken[];
  Kw_discretion: IToken[];
  Colon: IToken[];
  nameList: NameListCstNode[];
  Kw_unless?: IToken[];
  Kw_written?: IToken[];
  Kw_report?: IToken[];
  citation?: CitationCstNode[];
};

export interface QuorumSectionCstNode extends CstNode {
  name: "quorumSection";
  children: QuorumSectionCstChildren;
}

export type QuorumSectionCstChildren = {
  Kw_quorum: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  minimumStatement?: MinimumStatementCstNode[];
  requireStatement?: RequireStatementCstNode[];
  unbornStatement?: UnbornStatementCstNode[];
  waiverStatement?: WaiverStatementCstNode[];
  servicesStatement?: ServicesStatementCstNode[];
  RCurly: IToken[];
};

export interface MinimumStatementCstNode extends CstNode {
  name: "minimumStatement";
  children: MinimumStatementCstChildren;
}

export type MinimumStatementCstChildren = {
  Kw_at: IToken[];
  Kw_least: IToken[];
  Integer: IToken[];
  countOf: CountOfCstNode[];
  Kw_with?: IToken[];
  Kw_direct?: IToken[];
  Kw_contact?: IToken[];
  Kw_present?: IToken[];
  Kw_taking?: IToken[];
  Kw_part?: IToken[];
  conditionClause?: ConditionClauseCstNode[];
  citation?: CitationCstNode[];
};

export interface CountOfCstNode extends CstNode {
  name: "countOf";
  children: CountOfCstChildren;
}

export type CountOfCstChildren = {
  Kw_agency?: IToken[];
  Kw_agencies?: IToken[];
  Kw_grouping?: IToken[];
  Kw_groupings?: IToken[];
  Kw_discipline?: IToken[];
  Kw_disciplines?: IToken[];
  Kw_of?: IToken[];
  selector?: SelectorCstNode[];
};

export interface RequireStatementCstNode extends CstNode {
  name: "requireStatement";
  children: RequireStatementCstChildren;
}

export type RequireStatementCstChildren = {
  Kw_require: IToken[];
  Kw_one?: IToken[];
  Kw_of?: IToken[];
  selector: SelectorCstNode[];
  conditionClause?: ConditionClauseCstNode[];
  citation?: CitationCstNode[];
};

export interface UnbornStatementCstNode extends CstNode {
  name: "unbornStatement";
  children: UnbornStatementCstChildren;
}

export type UnbornStatementCstChildren = {
  Kw_unborn: IToken[];
  Kw_child: IToken[];
  Kw_requires: IToken[];
  Name: IToken[];
  citation?: CitationCstNode[];
};

export interface WaiverStatementCstNode extends CstNode {
  name: "waiverStatement";
  children: WaiverStatementCstChildren;
}

export type WaiverStatementCstChildren = {
  Kw_chair: IToken[];
  Kw_may: IToken[];
  Kw_proceed: IToken[];
  Kw_with?: IToken[];
  Integer?: IToken[];
  countOf?: CountOfCstNode[];
  Kw_without?: IToken[];
  Kw_quorum?: IToken[];
  Kw_when?: IToken[];
  StringLiteral?: IToken[];
  Kw_and?: IToken[];
  condition?: (ConditionCstNode)[];
  Comma?: IToken[];
  Kw_rationale?: IToken[];
  Kw_recorded?: IToken[];
  citation?: CitationCstNode[];
};

export interface ServicesStatementCstNode extends CstNode {
  name: "servicesStatement";
  children: ServicesStatementCstChildren;
}

export type ServicesStatementCstChildren = {
  Kw_services: IToken[];
  Kw_within: IToken[];
  Kw_local: IToken[];
  Kw_authority: IToken[];
  Kw_count: IToken[];
  Kw_separately: IToken[];
  citation?: CitationCstNode[];
};

export interface DecisionSectionCstNode extends CstNode {
  name: "decisionSection";
  children: DecisionSectionCstChildren;
}

export type DecisionSectionCstChildren = {
  Kw_decision: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  consensusStatement?: ConsensusStatementCstNode[];
  majorityStatement?: MajorityStatementCstNode[];
  tieStatement?: TieStatementCstNode[];
  boundStatement?: BoundStatementCstNode[];
  executiveStatement?: ExecutiveStatementCstNode[];
  overrideStatement?: OverrideStatementCstNode[];
  deferStatement?: DeferStatementCstNode[];
  abstentionStatement?: AbstentionStatementCstNode[];
  RCurly: IToken[];
};

export interface AbstentionStatementCstNode extends CstNode {
  name: "abstentionStatement";
  children: AbstentionStatementCstChildren;
}

export type AbstentionStatementCstChildren = {
  Kw_abstention: IToken[];
  Kw_not?: IToken[];
  Kw_allowed: IToken[];
  citation?: CitationCstNode[];
};

export interface ConsensusStatementCstNode extends CstNode {
  name: "consensusStatement";
  children: ConsensusStatementCstChildren;
}

export type ConsensusStatementCstChildren = {
  Kw_consensus: IToken[];
  Kw_first: IToken[];
  citation?: CitationCstNode[];
};

export interface MajorityStatementCstNode extends CstNode {
  name: "majorityStatement";
  children: MajorityStatementCstChildren;
}

export type MajorityStatementCstChildren = {
  Kw_majority: IToken[];
  Kw_decides: IToken[];
  citation?: CitationCstNode[];
};

export interface TieStatementCstNode extends CstNode {
  name: "tieStatement";
  children: TieStatementCstChildren;
}

export type TieStatementCstChildren = {
  Kw_tie?: IToken[];
  Kw_no?: IToken[];
  Kw_majority?: IToken[];
  Kw_consensus?: IToken[];
  Colon: IToken[];
  Kw_chair: IToken[];
  Kw_decides: IToken[];
  citation?: CitationCstNode[];
};

export interface BoundStatementCstNode extends CstNode {
  name: "boundStatement";
  children: BoundStatementCstChildren;
}

export type BoundStatementCstChildren = {
  Kw_chair: IToken[];
  Kw_bound: IToken[];
  Kw_by: IToken[];
  Kw_majority: IToken[];
  citation?: CitationCstNode[];
};

export interface ExecutiveStatementCstNode extends CstNode {
  name: "executiveStatement";
  children: ExecutiveStatementCstChildren;
}

export type ExecutiveStatementCstChildren = {
  Kw_executive: IToken[];
  Kw_decision: IToken[];
  Kw_by: IToken[];
  Kw_chair: IToken[];
  citation?: CitationCstNode[];
};

export interface OverrideStatementCstNode extends CstNode {
  name: "overrideStatement";
  children: OverrideStatementCstChildren;
}

export type OverrideStatementCstChildren = {
  Kw_chair: IToken[];
  Kw_may: IToken[];
  Kw_override: IToken[];
  Kw_majority: IToken[];
  Kw_or?: IToken[];
  Kw_unanimity?: IToken[];
  Kw_when?: IToken[];
  Kw_authorised?: IToken[];
  reasonsRecorded?: ReasonsRecordedCstNode[];
  citation?: CitationCstNode[];
};

export interface DeferStatementCstNode extends CstNode {
  name: "deferStatement";
  children: DeferStatementCstChildren;
}

export type DeferStatementCstChildren = {
  Kw_chair: IToken[];
  Kw_may: IToken[];
  Kw_defer: IToken[];
  Kw_when?: IToken[];
  StringLiteral?: IToken[];
  reasonsRecorded?: ReasonsRecordedCstNode[];
  citation?: CitationCstNode[];
};

export interface ReasonsRecordedCstNode extends CstNode {
  name: "reasonsRecorded";
  children: ReasonsRecordedCstChildren;
}

export type ReasonsRecordedCstChildren = {
  Comma: IToken[];
  Kw_reasons: IToken[];
  Kw_recorded: IToken[];
};

export interface EligibilitySectionCstNode extends CstNode {
  name: "eligibilitySection";
  children: EligibilitySectionCstChildren;
}

export type EligibilitySectionCstChildren = {
  Kw_eligibility: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  everyUnitStatement?: EveryUnitStatementCstNode[];
  onlyInvolvedStatement?: OnlyInvolvedStatementCstNode[];
  siblingsStatement?: SiblingsStatementCstNode[];
  soleRepresentativeStatement?: SoleRepresentativeStatementCstNode[];
  RCurly: IToken[];
};

export interface EveryUnitStatementCstNode extends CstNode {
  name: "everyUnitStatement";
  children: EveryUnitStatementCstChildren;
}

export type EveryUnitStatementCstChildren = {
  Kw_every: IToken[];
  Kw_unit: IToken[];
  votesOnEveryChild: VotesOnEveryChildCstNode[];
  citation?: CitationCstNode[];
};

export interface VotesOnEveryChildCstNode extends CstNode {
  name: "votesOnEveryChild";
  children: VotesOnEveryChildCstChildren;
}

export type VotesOnEveryChildCstChildren = {
  Kw_votes: IToken[];
  Kw_on: IToken[];
  Kw_every: IToken[];
  Kw_child: IToken[];
};

export interface OnlyInvolvedStatementCstNode extends CstNode {
  name: "onlyInvolvedStatement";
  children: OnlyInvolvedStatementCstChildren;
}

export type OnlyInvolvedStatementCstChildren = {
  onlyInvolvedUnitsVote: OnlyInvolvedUnitsVoteCstNode[];
  Colon?: IToken[];
  nameList?: NameListCstNode[];
  conditionClause?: ConditionClauseCstNode[];
  citation?: CitationCstNode[];
};

export interface OnlyInvolvedUnitsVoteCstNode extends CstNode {
  name: "onlyInvolvedUnitsVote";
  children: OnlyInvolvedUnitsVoteCstChildren;
}

export type OnlyInvolvedUnitsVoteCstChildren = {
  Kw_only: IToken[];
  Kw_involved: IToken[];
  Kw_units: IToken[];
  Kw_vote: IToken[];
};

export interface SiblingsStatementCstNode extends CstNode {
  name: "siblingsStatement";
  children: SiblingsStatementCstChildren;
}

export type SiblingsStatementCstChildren = {
  Kw_when: IToken[];
  Kw_siblings: IToken[];
  Kw_disagree: IToken[];
  Colon: IToken[];
  onlyInvolvedUnitsVote: OnlyInvolvedUnitsVoteCstNode[];
  citation?: CitationCstNode[];
};

export interface SoleRepresentativeStatementCstNode extends CstNode {
  name: "soleRepresentativeStatement";
  children: SoleRepresentativeStatementCstChildren;
}

export type SoleRepresentativeStatementCstChildren = {
  Kw_sole: IToken[];
  Kw_representative: IToken[];
  Kw_of: IToken[];
  selector: SelectorCstNode[];
  votesOnEveryChild: VotesOnEveryChildCstNode[];
  citation?: CitationCstNode[];
};

export interface SelectorCstNode extends CstNode {
  name: "selector";
  children: SelectorCstChildren;
}

export type SelectorCstChildren = {
  Kw_agency?: IToken[];
  Kw_agencies?: IToken[];
  Kw_grouping?: IToken[];
  Kw_groupings?: IToken[];
  Kw_role?: IToken[];
  Kw_roles?: IToken[];
  nameList?: NameListCstNode[];
  Name?: IToken[];
};

export interface SetsSectionCstNode extends CstNode {
  name: "setsSection";
  children: SetsSectionCstChildren;
}

export type SetsSectionCstChildren = {
  Kw_sets: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  setDeclaration?: SetDeclarationCstNode[];
  RCurly: IToken[];
};

export interface SetDeclarationCstNode extends CstNode {
  name: "setDeclaration";
  children: SetDeclarationCstChildren;
}

export type SetDeclarationCstChildren = {
  Name: IToken[];
  StringLiteral: IToken[];
  Colon: IToken[];
  selector: SelectorCstNode[];
  citation?: CitationCstNode[];
};

export interface ObligationsSectionCstNode extends CstNode {
  name: "obligationsSection";
  children: ObligationsSectionCstChildren;
}

export type ObligationsSectionCstChildren = {
  Kw_obligations: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  obligationStatement?: ObligationStatementCstNode[];
  RCurly: IToken[];
};

export interface ObligationStatementCstNode extends CstNode {
  name: "obligationStatement";
  children: ObligationStatementCstChildren;
}

export type ObligationStatementCstChildren = {
  Kw_when?: IToken[];
  trigger?: TriggerCstNode[];
  Colon?: IToken[];
  Name: IToken[];
  StringLiteral?: (IToken)[];
  Kw_to?: IToken[];
  deadline?: DeadlineCstNode[];
  citation?: CitationCstNode[];
};

export interface DeadlineCstNode extends CstNode {
  name: "deadline";
  children: DeadlineCstChildren;
}

export type DeadlineCstChildren = {
  Kw_immediately?: IToken[];
  Kw_after?: IToken[];
  Kw_conference?: (IToken)[];
  Kw_as?: (IToken)[];
  Kw_soon?: IToken[];
  Kw_possible?: IToken[];
  Kw_within?: IToken[];
  Integer?: (IToken)[];
  timeUnit?: (TimeUnitCstNode)[];
  Comma?: IToken[];
  Kw_then?: IToken[];
  Kw_every?: (IToken)[];
  Kw_before?: IToken[];
};

export interface TimeUnitCstNode extends CstNode {
  name: "timeUnit";
  children: TimeUnitCstChildren;
}

export type TimeUnitCstChildren = {
  Kw_working?: IToken[];
  Kw_day?: (IToken)[];
  Kw_days?: (IToken)[];
  Kw_week?: IToken[];
  Kw_weeks?: IToken[];
  Kw_hour?: IToken[];
  Kw_hours?: IToken[];
  Kw_month?: IToken[];
  Kw_months?: IToken[];
};

export interface PowersSectionCstNode extends CstNode {
  name: "powersSection";
  children: PowersSectionCstChildren;
}

export type PowersSectionCstChildren = {
  Kw_powers: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  powerStatement?: PowerStatementCstNode[];
  RCurly: IToken[];
};

export interface PowerStatementCstNode extends CstNode {
  name: "powerStatement";
  children: PowerStatementCstChildren;
}

export type PowerStatementCstChildren = {
  StringLiteral: IToken[];
  Kw_may: IToken[];
  Name: (IToken)[];
  Kw_and?: IToken[];
  Kw_when?: IToken[];
  trigger?: TriggerCstNode[];
  citation?: CitationCstNode[];
};

export interface FactsSectionCstNode extends CstNode {
  name: "factsSection";
  children: FactsSectionCstChildren;
}

export type FactsSectionCstChildren = {
  Kw_facts: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  factDeclaration?: FactDeclarationCstNode[];
  RCurly: IToken[];
};

export interface FactDeclarationCstNode extends CstNode {
  name: "factDeclaration";
  children: FactDeclarationCstChildren;
}

export type FactDeclarationCstChildren = {
  Name: (IToken)[];
  StringLiteral: IToken[];
  Kw_for?: IToken[];
  Kw_each?: IToken[];
  Kw_child?: IToken[];
  Colon: IToken[];
  factValues: FactValuesCstNode[];
  Kw_default?: IToken[];
  Integer?: IToken[];
  citation?: CitationCstNode[];
};

export interface FactValuesCstNode extends CstNode {
  name: "factValues";
  children: FactValuesCstChildren;
}

export type FactValuesCstChildren = {
  Kw_yes?: IToken[];
  Kw_or?: IToken[];
  Kw_no?: IToken[];
  Kw_a?: IToken[];
  Kw_number?: IToken[];
  nameList?: NameListCstNode[];
};

export interface EventsSectionCstNode extends CstNode {
  name: "eventsSection";
  children: EventsSectionCstChildren;
}

export type EventsSectionCstChildren = {
  Kw_events: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  eventDeclaration?: EventDeclarationCstNode[];
  RCurly: IToken[];
};

export interface EventDeclarationCstNode extends CstNode {
  name: "eventDeclaration";
  children: EventDeclarationCstChildren;
}

export type EventDeclarationCstChildren = {
  Name: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface ActionsSectionCstNode extends CstNode {
  name: "actionsSection";
  children: ActionsSectionCstChildren;
}

export type ActionsSectionCstChildren = {
  Kw_actions: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  actionDeclaration?: ActionDeclarationCstNode[];
  RCurly: IToken[];
};

export interface ActionDeclarationCstNode extends CstNode {
  name: "actionDeclaration";
  children: ActionDeclarationCstChildren;
}

export type ActionDeclarationCstChildren = {
  Name: IToken[];
  StringLiteral: IToken[];
  Kw_lists?: IToken[];
  Kw_dissenters?: IToken[];
  Kw_needs?: IToken[];
  Kw_recipient?: IToken[];
  citation?: CitationCstNode[];
};

export interface RouteSectionCstNode extends CstNode {
  name: "routeSection";
  children: RouteSectionCstChildren;
}

export type RouteSectionCstChildren = {
  Kw_escalation?: IToken[];
  Kw_appeal?: IToken[];
  Name: IToken[];
  StringLiteral: IToken[];
  LCurly: IToken[];
  ambiguityStatement?: AmbiguityStatementCstNode[];
  silentStatement?: SilentStatementCstNode[];
  opensStatement?: OpensStatementCstNode[];
  openToStatement?: OpenToStatementCstNode[];
  groundsStatement?: GroundsStatementCstNode[];
  startStatement?: StartStatementCstNode[];
  approvalStatement?: ApprovalStatementCstNode[];
  meanwhileStatement?: MeanwhileStatementCstNode[];
  stageStatement?: StageStatementCstNode[];
  RCurly: IToken[];
};

export interface OpensStatementCstNode extends CstNode {
  name: "opensStatement";
  children: OpensStatementCstChildren;
}

export type OpensStatementCstChildren = {
  Kw_opens: IToken[];
  Kw_when: IToken[];
  trigger: TriggerCstNode[];
  citation?: CitationCstNode[];
};

export interface OpenToStatementCstNode extends CstNode {
  name: "openToStatement";
  children: OpenToStatementCstChildren;
}

export type OpenToStatementCstChildren = {
  Kw_open: IToken[];
  Kw_to: IToken[];
  who: WhoCstNode[];
  conditionClause?: ConditionClauseCstNode[];
  citation?: CitationCstNode[];
};

export interface GroundsStatementCstNode extends CstNode {
  name: "groundsStatement";
  children: GroundsStatementCstChildren;
}

export type GroundsStatementCstChildren = {
  Kw_grounds: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface StartStatementCstNode extends CstNode {
  name: "startStatement";
  children: StartStatementCstChildren;
}

export type StartStatementCstChildren = {
  Kw_start: IToken[];
  Kw_within: IToken[];
  Integer: IToken[];
  timeUnit: TimeUnitCstNode[];
  citation?: CitationCstNode[];
};

export interface ApprovalStatementCstNode extends CstNode {
  name: "approvalStatement";
  children: ApprovalStatementCstChildren;
}

export type ApprovalStatementCstChildren = {
  Kw_approval: IToken[];
  Kw_by: IToken[];
  StringLiteral: IToken[];
  citation?: CitationCstNode[];
};

export interface MeanwhileStatementCstNode extends CstNode {
  name: "meanwhileStatement";
  children: MeanwhileStatementCstChildren;
}

export type MeanwhileStatementCstChildren = {
  Kw_decision: IToken[];
  Kw_stands?: IToken[];
  Kw_suspended?: IToken[];
  Kw_meanwhile: IToken[];
  citation?: CitationCstNode[];
};

export interface StageStatementCstNode extends CstNode {
  name: "stageStatement";
  children: StageStatementCstChildren;
}

export type StageStatementCstChildren = {
  Kw_stage: IToken[];
  StringLiteral: IToken[];
  deadline?: DeadlineCstNode[];
  citation?: CitationCstNode[];
};

export interface TriggerCstNode extends CstNode {
  name: "trigger";
  children: TriggerCstChildren;
}

export type TriggerCstChildren = {
  Name: IToken[];
  Kw_by?: IToken[];
  who?: WhoCstNode[];
  Kw_and?: IToken[];
  condition?: ConditionCstNode[];
};

export interface WhoCstNode extends CstNode {
  name: "who";
  children: WhoCstChildren;
}

export type WhoCstChildren = {
  Kw_anyone?: IToken[];
  Kw_practitioners?: IToken[];
  selector?: SelectorCstNode[];
};

export interface ConditionClauseCstNode extends CstNode {
  name: "conditionClause";
  children: ConditionClauseCstChildren;
}

export type ConditionClauseCstChildren = {
  Kw_when: IToken[];
  condition: ConditionCstNode[];
};

export interface ConditionCstNode extends CstNode {
  name: "condition";
  children: ConditionCstChildren;
}

export type ConditionCstChildren = {
  conditionAtom: (ConditionAtomCstNode)[];
  Kw_and?: IToken[];
};

export interface ConditionAtomCstNode extends CstNode {
  name: "conditionAtom";
  children: ConditionAtomCstChildren;
}

export type ConditionAtomCstChildren = {
  Kw_not?: IToken[];
  Name?: (IToken)[];
  Kw_is?: IToken[];
  factTest?: FactTestCstNode[];
};

export interface FactTestCstNode extends CstNode {
  name: "factTest";
  children: FactTestCstChildren;
}

export type FactTestCstChildren = {
  Kw_under?: IToken[];
  Integer?: (IToken)[];
  Kw_or?: (IToken)[];
  Kw_over?: IToken[];
  Kw_not?: IToken[];
  Name?: (IToken)[];
};

export interface NameListCstNode extends CstNode {
  name: "nameList";
  children: NameListCstChildren;
}

export type NameListCstChildren = {
  Name: IToken[];
  Comma?: IToken[];
};

export interface AmbiguityStatementCstNode extends CstNode {
  name: "ambiguityStatement";
  children: AmbiguityStatementCstChildren;
}

export type AmbiguityStatementCstChildren = {
  Kw_ambiguity: IToken[];
  StringLiteral: (IToken)[];
  Kw_reading: IToken[];
  confirmation?: ConfirmationCstNode[];
  citation?: CitationCstNode[];
};

export interface SilentStatementCstNode extends CstNode {
  name: "silentStatement";
  children: SilentStatementCstChildren;
}

export type SilentStatementCstChildren = {
  Kw_silent: IToken[];
  StringLiteral: IToken[];
  confirmation?: ConfirmationCstNode[];
  citation?: CitationCstNode[];
};

export interface ConfirmationCstNode extends CstNode {
  name: "confirmation";
  children: ConfirmationCstChildren;
}

export type ConfirmationCstChildren = {
  Kw_confirmed: IToken[];
  Kw_by: IToken[];
  StringLiteral: IToken[];
  Kw_on: IToken[];
  DateLiteral: IToken[];
};

export interface CitationCstNode extends CstNode {
  name: "citation";
  children: CitationCstChildren;
}

export type CitationCstChildren = {
  Kw_cite: IToken[];
  StringLiteral: IToken[];
};

export interface ICstNodeVisitor<IN, OUT> extends ICstVisitor<IN, OUT> {
  policyFile(children: PolicyFileCstChildren, param?: IN): OUT;
  header(children: HeaderCstChildren, param?: IN): OUT;
  headerStatement(children: HeaderStatementCstChildren, param?: IN): OUT;
  jurisdictionStatement(children: JurisdictionStatementCstChildren, param?: IN): OUT;
  vocabularyStatement(children: VocabularyStatementCstChildren, param?: IN): OUT;
  extendsStatement(children: ExtendsStatementCstChildren, param?: IN): OUT;
  supersedesStatement(children: SupersedesStatementCstChildren, param?: IN): OUT;
  documentStatement(children: DocumentStatementCstChildren, param?: IN): OUT;
  ownerStatement(children: OwnerStatementCstChildren, param?: IN): OUT;
  authorStatement(children: AuthorStatementCstChildren, param?: IN): OUT;
  versionStatement(children: VersionStatementCstChildren, param?: IN): OUT;
  dateField(children: DateFieldCstChildren, param?: IN): OUT;
  currentStatement(children: CurrentStatementCstChildren, param?: IN): OUT;
  section(children: SectionCstChildren, param?: IN): OUT;
  calendarSection(children: CalendarSectionCstChildren, param?: IN): OUT;
  closureStatement(children: ClosureStatementCstChildren, param?: IN): OUT;
  agenciesSection(children: AgenciesSectionCstChildren, param?: IN): OUT;
  agencyDeclaration(children: AgencyDeclarationCstChildren, param?: IN): OUT;
  rolesSection(children: RolesSectionCstChildren, param?: IN): OUT;
  roleDeclaration(children: RoleDeclarationCstChildren, param?: IN): OUT;
  categoriesSection(children: CategoriesSectionCstChildren, param?: IN): OUT;
  concernsSection(children: ConcernsSectionCstChildren, param?: IN): OUT;
  categoryStatement(children: CategoryStatementCstChildren, param?: IN): OUT;
  unrankedStatement(children: UnrankedStatementCstChildren, param?: IN): OUT;
  atLeastOneStatement(children: AtLeastOneStatementCstChildren, param?: IN): OUT;
  freeTextStatement(children: FreeTextStatementCstChildren, param?: IN): OUT;
  multipleStatement(children: MultipleStatementCstChildren, param?: IN): OUT;
  concernStatement(children: ConcernStatementCstChildren, param?: IN): OUT;
  categoryDeclaration(children: CategoryDeclarationCstChildren, param?: IN): OUT;
  votingSection(children: VotingSectionCstChildren, param?: IN): OUT;
  voteByStatement(children: VoteByStatementCstChildren, param?: IN): OUT;
  nominatedLeadStatement(children: NominatedLeadStatementCstChildren, param?: IN): OUT;
  groupingDeclaration(children: GroupingDeclarationCstChildren, param?: IN): OUT;
  choiceStatement(children: ChoiceStatementCstChildren, param?: IN): OUT;
  perOrganisationStatement(children: PerOrganisationStatementCstChildren, param?: IN): OUT;
  othersStatement(children: OthersStatementCstChildren, param?: IN): OUT;
  notVotingStatement(children: NotVotingStatementCstChildren, param?: IN): OUT;
  discretionStatement(children: DiscretionStatementCstChildren, param?: IN): OUT;
  quorumSection(children: QuorumSectionCstChildren, param?: IN): OUT;
  minimumStatement(children: MinimumStatementCstChildren, param?: IN): OUT;
  countOf(children: CountOfCstChildren, param?: IN): OUT;
  requireStatement(children: RequireStatementCstChildren, param?: IN): OUT;
  unbornStatement(children: UnbornStatementCstChildren, param?: IN): OUT;
  waiverStatement(children: WaiverStatementCstChildren, param?: IN): OUT;
  servicesStatement(children: ServicesStatementCstChildren, param?: IN): OUT;
  decisionSection(children: DecisionSectionCstChildren, param?: IN): OUT;
  abstentionStatement(children: AbstentionStatementCstChildren, param?: IN): OUT;
  consensusStatement(children: ConsensusStatementCstChildren, param?: IN): OUT;
  majorityStatement(children: MajorityStatementCstChildren, param?: IN): OUT;
  tieStatement(children: TieStatementCstChildren, param?: IN): OUT;
  boundStatement(children: BoundStatementCstChildren, param?: IN): OUT;
  executiveStatement(children: ExecutiveStatementCstChildren, param?: IN): OUT;
  overrideStatement(children: OverrideStatementCstChildren, param?: IN): OUT;
  deferStatement(children: DeferStatementCstChildren, param?: IN): OUT;
  reasonsRecorded(children: ReasonsRecordedCstChildren, param?: IN): OUT;
  eligibilitySection(children: EligibilitySectionCstChildren, param?: IN): OUT;
  everyUnitStatement(children: EveryUnitStatementCstChildren, param?: IN): OUT;
  votesOnEveryChild(children: VotesOnEveryChildCstChildren, param?: IN): OUT;
  onlyInvolvedStatement(children: OnlyInvolvedStatementCstChildren, param?: IN): OUT;
  onlyInvolvedUnitsVote(children: OnlyInvolvedUnitsVoteCstChildren, param?: IN): OUT;
  siblingsStatement(children: SiblingsStatementCstChildren, param?: IN): OUT;
  soleRepresentativeStatement(children: SoleRepresentativeStatementCstChildren, param?: IN): OUT;
  selector(children: SelectorCstChildren, param?: IN): OUT;
  setsSection(children: SetsSectionCstChildren, param?: IN): OUT;
  setDeclaration(children: SetDeclarationCstChildren, param?: IN): OUT;
  obligationsSection(children: ObligationsSectionCstChildren, param?: IN): OUT;
  obligationStatement(children: ObligationStatementCstChildren, param?: IN): OUT;
  deadline(children: DeadlineCstChildren, param?: IN): OUT;
  timeUnit(children: TimeUnitCstChildren, param?: IN): OUT;
  powersSection(children: PowersSectionCstChildren, param?: IN): OUT;
  powerStatement(children: PowerStatementCstChildren, param?: IN): OUT;
  factsSection(children: FactsSectionCstChildren, param?: IN): OUT;
  factDeclaration(children: FactDeclarationCstChildren, param?: IN): OUT;
  factValues(children: FactValuesCstChildren, param?: IN): OUT;
  eventsSection(children: EventsSectionCstChildren, param?: IN): OUT;
  eventDeclaration(children: EventDeclarationCstChildren, param?: IN): OUT;
  actionsSection(children: ActionsSectionCstChildren, param?: IN): OUT;
  actionDeclaration(children: ActionDeclarationCstChildren, param?: IN): OUT;
  routeSection(children: RouteSectionCstChildren, param?: IN): OUT;
  opensStatement(children: OpensStatementCstChildren, param?: IN): OUT;
  openToStatement(children: OpenToStatementCstChildren, param?: IN): OUT;
  groundsStatement(children: GroundsStatementCstChildren, param?: IN): OUT;
  startStatement(children: StartStatementCstChildren, param?: IN): OUT;
  approvalStatement(children: ApprovalStatementCstChildren, param?: IN): OUT;
  meanwhileStatement(children: MeanwhileStatementCstChildren, param?: IN): OUT;
  stageStatement(children: StageStatementCstChildren, param?: IN): OUT;
  trigger(children: TriggerCstChildren, param?: IN): OUT;
  who(children: WhoCstChildren, param?: IN): OUT;
  conditionClause(children: ConditionClauseCstChildren, param?: IN): OUT;
  condition(children: ConditionCstChildren, param?: IN): OUT;
  conditionAtom(children: ConditionAtomCstChildren, param?: IN): OUT;
  factTest(children: FactTestCstChildren, param?: IN): OUT;
  nameList(children: NameListCstChildren, param?: IN): OUT;
  ambiguityStatement(children: AmbiguityStatementCstChildren, param?: IN): OUT;
  silentStatement(children: SilentStatementCstChildren, param?: IN): OUT;
  confirmation(children: ConfirmationCstChildren, param?: IN): OUT;
  citation(children: CitationCstChildren, param?: IN): OUT;
}
