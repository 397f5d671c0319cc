/**
 * The readings report's format tag, apart from its zod schema in report.ts: building the
 * register needs only this value, and importing report.ts would load zod at every start.
 */
export const READINGS_FORMAT = "quorate.readings/1";
