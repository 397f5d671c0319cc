/**
 * Every check, in the order they run. Name resolution comes first so that later checks
 * can assume names resolve (they skip names that do not, rather than report twice).
 */
import { conditionFitsFact } from "./conditionFitsFact.js";
import { decisionRuleSilent } from "./decisionRuleSilent.js";
import { eventAboutPeople } from "./eventAboutPeople.js";
import { factValues } from "./factValues.js";
import { noConsensusRule } from "./noConsensusRule.js";
import { reservedName } from "./reservedName.js";
import { routeNeverStarts } from "./routeNeverStarts.js";
import { routeShape } from "./routeShape.js";
import { unknownConcern } from "./unknownConcern.js";
import { unknownFact } from "./unknownFact.js";
import { unknownSet } from "./unknownSet.js";
import { setOfSets } from "./setOfSets.js";
import { abstentionDefault } from "./abstentionDefault.js";
import { quorumCountingDefault } from "./quorumCountingDefault.js";
import { unnamedPractitioners } from "./unnamedPractitioners.js";
import { whoseDisagreement } from "./whoseDisagreement.js";
import { boundVersusOverride } from "./boundVersusOverride.js";
import { categoryRules } from "./categoryRules.js";
import type { Check } from "./check.js";
import { choiceConsistency } from "./choiceConsistency.js";
import { closureDates } from "./closureDates.js";
import { effectiveDate } from "./effectiveDate.js";
import { currentVersionCheck } from "./currentVersionCheck.js";
import { datesOutOfOrder } from "./datesOutOfOrder.js";
import { deferralWithoutReconvene } from "./deferralWithoutReconvene.js";
import { duplicateDeclaration } from "./duplicateDeclaration.js";
import { duplicateListEntry } from "./duplicateListEntry.js";
import { eligibilityContradiction } from "./eligibilityContradiction.js";
import { emptyGrouping } from "./emptyGrouping.js";
import { executiveExcludesVoting } from "./executiveExcludesVoting.js";
import { fallbackUnitClash } from "./fallbackUnitClash.js";
import { invalidDate } from "./invalidDate.js";
import { jurisdictionMismatch } from "./jurisdictionMismatch.js";
import { leadWithoutUnits } from "./leadWithoutUnits.js";
import { lowerCaseNames } from "./lowerCaseNames.js";
import { missingAspect } from "./missingAspect.js";
import { missingMetadata } from "./missingMetadata.js";
import { missingTieBreak } from "./missingTieBreak.js";
import { missingVocabulary } from "./missingVocabulary.js";
import { neverTriggered } from "./neverTriggered.js";
import { noDecisionRule } from "./noDecisionRule.js";
import { nonPractitionerVotes } from "./nonPractitionerVotes.js";
import { obligationRecipient } from "./obligationRecipient.js";
import { obligationWithoutTrigger } from "./obligationWithoutTrigger.js";
import { overrideWithoutMajority } from "./overrideWithoutMajority.js";
import { confirmedReading } from "./confirmedReading.js";
import { recordedAmbiguity } from "./recordedAmbiguity.js";
import { recordedSilence } from "./recordedSilence.js";
import { repeatedRule } from "./repeatedRule.js";
import { reviewOverdue } from "./reviewOverdue.js";
import { roleInTwoGroupings } from "./roleInTwoGroupings.js";
import { statementNotAllowed } from "./statementNotAllowed.js";
import { trivialQuorum } from "./trivialQuorum.js";
import { unbornRequirementRole } from "./unbornRequirementRole.js";
import { unknownAction } from "./unknownAction.js";
import { unknownAgency } from "./unknownAgency.js";
import { unknownCategory } from "./unknownCategory.js";
import { unknownEvent } from "./unknownEvent.js";
import { unknownGrouping } from "./unknownGrouping.js";
import { unknownJurisdiction } from "./unknownJurisdiction.js";
import { unknownRole } from "./unknownRole.js";
import { unplacedRoles } from "./unplacedRoles.js";
import { unreachableEligibility } from "./unreachableEligibility.js";
import { unreachableQuorum } from "./unreachableQuorum.js";
import { unusedGroupings } from "./unusedGroupings.js";
import { votingContradiction } from "./votingContradiction.js";
import { votingUnitUnstated } from "./votingUnitUnstated.js";
import { waiverNotLower } from "./waiverNotLower.js";
import { zeroDeadline } from "./zeroDeadline.js";


export const ALL_CHECKS: readonly Check[] = [
  // names
  unknownRole,
  unknownGrouping,
  unknownCategory,
  unknownConcern,
  unknownAgency,
  unknownEvent,
  unknownAction,
  unknownJurisdiction,
  unknownFact,
  unknownSet,
  setOfSets,
  // declarations
  duplicateDeclaration,
  duplicateListEntry,
  repeatedRule,
  emptyGrouping,
  lowerCaseNames,
  statementNotAllowed,
  reservedName,
  factValues,
  conditionFitsFact,
  eventAboutPeople,
  // who votes
  roleInTwoGroupings,
  choiceConsistency,
  nonPractitionerVotes,
  unplacedRoles,
  fallbackUnitClash,
  votingContradiction,
  unusedGroupings,
  leadWithoutUnits,
  // how it is decided
  noDecisionRule,
  executiveExcludesVoting,
  noConsensusRule,
  decisionRuleSilent,
  missingTieBreak,
  boundVersusOverride,
  overrideWithoutMajority,
  deferralWithoutReconvene,
  // quorum and eligibility
  unreachableQuorum,
  waiverNotLower,
  trivialQuorum,
  unbornRequirementRole,
  eligibilityContradiction,
  unreachableEligibility,
  // duties and categories
  obligationWithoutTrigger,
  obligationRecipient,
  zeroDeadline,
  neverTriggered,
  categoryRules,
  routeShape,
  routeNeverStarts,
  // metadata and composition
  invalidDate,
  datesOutOfOrder,
  currentVersionCheck,
  effectiveDate,
  closureDates,
  reviewOverdue,
  missingMetadata,
  missingVocabulary,
  jurisdictionMismatch,
  missingAspect,
  votingUnitUnstated,
  // what the protocol leaves open
  recordedAmbiguity,
  recordedSilence,
  confirmedReading,
  // rules Quorate supplies where the policy states none
  unnamedPractitioners,
  abstentionDefault,
  quorumCountingDefault,
  whoseDisagreement,
];
