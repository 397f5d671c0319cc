/**
 * The fixed words of the language that are not grammar keywords: the events that trigger
 * obligations, the actions an obligation asks for, the powers a post holder may have,
 * and the jurisdictions. Each is checked by name, with "did you mean", so a board cannot
 * invent a trigger the runtime will never fire.
 */

export const JURISDICTIONS = {
  wales: "Wales",
  england: "England",
  scotland: "Scotland",
  northern_ireland: "Northern Ireland",
} as const;
export type JurisdictionId = keyof typeof JURISDICTIONS;

export interface EventInfo {
  description: string;
  /** Whether a conference evaluation can tell that the event happened. */
  atConference: boolean;
}

export const EVENTS = {
  strategy_discussion: { description: "a strategy discussion finds the child at continuing risk", atConference: false },
  conference_convened: { description: "a conference is convened (deadlines before it meets)", atConference: false },
  initial_conference_convened: { description: "an initial child protection conference is convened", atConference: false },
  review_conference_convened: { description: "a review child protection conference is convened", atConference: false },
  conference_held: { description: "every conference, whatever it decides", atConference: true },
  registered: { description: "the child's name is placed on the register", atConference: true },
  not_registered: { description: "the child's name is not placed on the register", atConference: true },
  no_consensus: { description: "the conference does not reach a consensus", atConference: true },
  dissent: { description: "a voting unit disagrees with the decision", atConference: true },
  anyone_dissents: { description: "anyone at the conference, parents and children included, disagrees with the decision", atConference: true },
  chair_decides: { description: "the chair makes the decision (a tie, no majority, or an executive decision)", atConference: true },
  chair_overrides: { description: "the chair sets aside the view of the conference", atConference: true },
  chair_believes_unsafe: { description: "the chair believes the decision places the child at risk", atConference: true },
  professional_believes_unsafe: { description: "a practitioner believes the decision places the child at risk", atConference: false },
  escalation_requested: { description: "a practitioner asks for the decision to be reviewed", atConference: false },
  decision_challenged: { description: "a professional reports that the conference failed to protect the child or follow procedure", atConference: false },
  parents_disagree: { description: "a parent disagrees with the decision (detected when a parent gives a differing view at the conference)", atConference: true },
  parent_or_child_disagrees: { description: "a parent or the child disagrees with the decision (detected when one of them gives a differing view at the conference)", atConference: true },
  parents_or_carers_disagree: { description: "a parent or a carer (a foster carer) disagrees with the decision (detected when one of them gives a differing view at the conference)", atConference: true },
  quorum_waived: { description: "the chair proceeds without the usual quorum", atConference: true },
  deferred: { description: "the decision is deferred", atConference: true },
  groupings_set_by_chair: { description: "the chair settles the professional groupings", atConference: false },
  core_group_held: { description: "a core group meets", atConference: false },
  plan_not_implementable: { description: "an agency cannot carry out its part of the plan", atConference: false },
  appeal_upheld: { description: "an appeal against the decision is upheld", atConference: false },
} as const satisfies Record<string, EventInfo>;
export type EventId = keyof typeof EVENTS;

export const OBLIGATION_ACTIONS = {
  record_dissent: "list the units that dissented in the record",
  record_views: "record the view of each practitioner or unit",
  record_rationale: "record the rationale for the chair's choice",
  record_reasons: "record the reasons for the decision",
  record_concerns: "record the chair's concerns about the decision",
  record_groupings: "record the professional groupings used",
  record_request: "record a request (for escalation, say) in the minutes",
  resummarise: "re-summarise the information with the risks highlighted",
  escalate: "raise the matter with the named person or body",
  notify: "tell the named person or body",
  respond: "reply, usually in writing",
  seek_advice: "seek advice from the named professional",
  advise: "advise the conference members",
  reconvene: "reconvene the conference",
  interim_plan: "set out an interim plan to keep the child safe",
  appeal_rights: "explain the right to appeal or complain",
  refer: "make a referral to the named body",
  convene: "convene the conference",
  submit_reports: "give written reports to the chair",
  share_reports: "share reports with the family",
  circulate: "circulate the record or plan",
  hold_core_group: "hold a core group meeting",
  update_plan: "update the plan",
  quality_assure: "quality-assure the plan",
} as const;
export type ObligationAction = keyof typeof OBLIGATION_ACTIONS;

/** Actions that make no sense without saying to whom. */
export const ACTIONS_NEEDING_RECIPIENT: readonly ObligationAction[] = ["escalate", "notify", "refer", "seek_advice"];

export const POWERS = {
  set_aside_decision: "set the conference decision aside",
  require_reconvene: "require the conference to reconvene",
  recommend_reconvene: "recommend that the conference reconvene",
  hear_appeal: "hear an appeal against the decision",
  respond_in_writing: "respond in writing to the person who raised the matter",
} as const;
export type PowerId = keyof typeof POWERS;

export function isEvent(name: string): name is EventId {
  return Object.hasOwn(EVENTS, name);
}

export function isObligationAction(name: string): name is ObligationAction {
  return Object.hasOwn(OBLIGATION_ACTIONS, name);
}

export function isPower(name: string): name is PowerId {
  return Object.hasOwn(POWERS, name);
}

export function isJurisdiction(name: string): name is JurisdictionId {
  return Object.hasOwn(JURISDICTIONS, name);
}
