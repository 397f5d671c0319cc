/**
 * The decision format's name and its closed lists of outcomes and deciders, as plain
 * data. `decision.ts` builds its schemas from these; code on the search's hot path reads
 * them here, so that a diff worker thread starts without loading zod (about 60 ms of a
 * worker's start).
 */
export const DECISION_FORMAT = "quorate.decision/1";

export const OUTCOMES = ["register", "not_register", "not_quorate", "chair_decision_required", "deferred", "unresolved", "protocol_silent"] as const;

export const DECIDERS = ["consensus", "majority", "chair_casting", "chair_executive", "chair_override", "chair_no_consensus"] as const;
