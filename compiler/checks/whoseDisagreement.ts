import { DEFAULT_CODES } from "../defaults.js";
import { defaultNote } from "./defaultNote.js";

/** A duty, power or route that follows a disagreement, dissent, reservation or abstention says whose; otherwise the reader is told it follows anyone's by default. */
export const whoseDisagreement = defaultNote(
  DEFAULT_CODES.whoseDisagreement,
  "anyone's disagreement by default",
  "A duty, power or route that follows a disagreement, dissent, reservation or abstention says whose; otherwise the reader is told it follows anyone's by default.",
  `obligations {
  when disagreement: appeal_rights "how to appeal"
}`,
);
