/**
 * Every rule of a compiled policy as plain-English sentences, section by section: the
 * text of the readable policy (`quorate doc`), and where the readings register
 * (`quorate readings`) finds the rule a reading is about.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { aboutSentences, calendarSentences, factSentences } from "./about.js";
import { attendanceSentences, groupingSentences } from "./attendance.js";
import { categorySentences } from "./categories.js";
import { chairSentences, decisionSentences } from "./decision.js";
import { dutySentences, powerSentences, routesSentences } from "./duties.js";
import { eligibilitySentences, quorumSentences } from "./quorum.js";
import type { Sentence } from "./sentence.js";

export function policySentences(ir: PolicyIR): Sentence[] {
  return [
    ...aboutSentences(ir),
    ...attendanceSentences(ir),
    ...groupingSentences(ir),
    ...quorumSentences(ir),
    ...eligibilitySentences(ir),
    ...decisionSentences(ir),
    ...chairSentences(ir),
    ...categorySentences(ir),
    ...dutySentences(ir),
    ...powerSentences(ir),
    ...routesSentences(ir),
    ...factSentences(ir),
    ...calendarSentences(ir),
  ];
}
