import { DEFAULT_CODES } from "../defaults.js";
import { defaultNote } from "./defaultNote.js";

/** Where votes are not counted by grouping, every practitioner role is named, or the policy says what happens to those it does not name; otherwise the reader is told they vote by default. */
export const unnamedPractitioners = defaultNote(
  DEFAULT_CODES.unnamedPractitioners,
  "practitioners vote by default",
  "Where votes are not counted by grouping, every practitioner role is named, or the policy says what happens to those it does not name; otherwise the reader is told they vote by default.",
  `voting {
  vote by agency
  not voting: cafcass_officer
}`,
);
