import { DEFAULT_CODES } from "../defaults.js";
import { defaultNote } from "./defaultNote.js";

/** A policy where views are counted says whether a practitioner may abstain; otherwise the reader is told an abstention is left out of the count by default. */
export const abstentionDefault = defaultNote(
  DEFAULT_CODES.abstention,
  "abstention allowed by default",
  "A policy where views are counted says whether a practitioner may abstain; otherwise the reader is told an abstention is left out of the count by default.",
  `decision {
  consensus first
  majority decides
  tie: chair decides
}`,
);
