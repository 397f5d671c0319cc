import { DEFAULT_CODES } from "../defaults.js";
import { defaultNote } from "./defaultNote.js";

/** A quorum count says whom it counts (those present, or those taking part); otherwise the reader is told it counts those taking part by default. */
export const quorumCountingDefault = defaultNote(
  DEFAULT_CODES.quorumCounting,
  "quorum counts those taking part by default",
  "A quorum count says whom it counts (those present, or those taking part); otherwise the reader is told it counts those taking part by default.",
  `quorum {
  at least 3 agencies
}`,
);
