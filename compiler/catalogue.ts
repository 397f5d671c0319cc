/**
 * The few fixed words of the language that are not grammar keywords: the events an
 * evaluation itself detects, and the jurisdictions. Everything else a protocol names
 * (events that happen outside the conference, the actions a duty asks for, the powers a
 * post holder has, the facts of a case) is declared as data in the shared vocabulary or
 * in the board's own policy, so a new board never needs a change here.
 */

/** The built-in fact every child has: whether they are unborn (the conference's `children[].unborn`). */
export const UNBORN_FACT = "unborn";

export const JURISDICTIONS = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  northern_ireland: "Northern Ireland",
  isle_of_man: "Isle of Man",
  jersey: "Jersey",
  guernsey: "Guernsey",
  ireland: "Ireland",
} as const;
export type JurisdictionId = keyof typeof JURISDICTIONS;

export interface DetectedEvent {
  description: string;
  /** The event concerns people, so a policy may say whose (`disagreement by role parent`). */
  aboutPeople: boolean;
}

/**
 * The events an evaluation sees for each child, from the decision and the conference's
 * inputs. They are the engine's primitives: what each means is fixed, and a policy
 * chooses which of them its duties, powers and routes follow.
 */
export const DETECTED_EVENTS = {
  conference_held: { description: "the conference is quorate (or its quorum is waived) and goes ahead, whatever it decides", aboutPeople: false },
  not_quorate: { description: "the conference is not quorate for the child, and no waiver applies", aboutPeople: false },
  quorum_waived: { description: "the chair proceeds without the usual quorum", aboutPeople: false },
  registered: { description: "the child's name is placed on the register (in England: a child protection plan is needed)", aboutPeople: false },
  not_registered: { description: "the child's name is not placed on the register", aboutPeople: false },
  no_consensus: { description: "the conference does not reach a consensus", aboutPeople: false },
  dissent: { description: "a voting unit's view differs from the decision", aboutPeople: false },
  disagreement: { description: "someone at the conference gives a view that differs from the decision", aboutPeople: true },
  formal_dissent: { description: "someone records a formal dissent from the decision (`dissent: formal` in the conference)", aboutPeople: true },
  reservation: { description: "someone records a reservation about the decision (`dissent: reservation` in the conference)", aboutPeople: true },
  abstention: { description: "a practitioner who takes part gives no view, or abstains", aboutPeople: true },
  chair_decides: { description: "the chair makes the decision (a tie, no majority, no consensus, or an executive decision)", aboutPeople: false },
  chair_overrides: { description: "the chair sets aside the view of the conference", aboutPeople: false },
  chair_believes_unsafe: { description: "the chair believes the decision places the child at risk", aboutPeople: false },
  deferred: { description: "the decision is deferred", aboutPeople: false },
} as const satisfies Record<string, DetectedEvent>;
export type DetectedEventId = keyof typeof DETECTED_EVENTS;

/**
 * The notes for rules Quorate supplies where a policy states none (compiler/defaults.ts);
 * a decision's trace names the note where a step rests on one.
 */
export const DEFAULT_CODES = { unnamedPractitioners: "Q086", abstention: "Q087", quorumCounting: "Q088", whoseDisagreement: "Q089" } as const;
export type DefaultCode = (typeof DEFAULT_CODES)[keyof typeof DEFAULT_CODES];

export function isDetectedEvent(name: string): name is DetectedEventId {
  return Object.hasOwn(DETECTED_EVENTS, name);
}

export function isJurisdiction(name: string): name is JurisdictionId {
  return Object.hasOwn(JURISDICTIONS, name);
}
