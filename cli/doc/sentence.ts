/**
 * One sentence of the readable policy: a rule in plain English with the policy line and
 * protocol clause it comes from. The document is made of these, section by section, and
 * the readings register finds "what a reading changes" among them, so both say a rule in
 * the same words.
 */
import type { Origin } from "../../compiler/ir.js";
import { sentence } from "./words.js";

/** The document's sections, in the order a board member meets them. */
export const DOC_SECTIONS = [
  { id: "about", title: "About this policy" },
  { id: "attendance", title: "Who attends and who votes" },
  { id: "groupings", title: "Professional groupings" },
  { id: "quorum", title: "Quorum: when the conference can go ahead" },
  { id: "eligibility", title: "Who votes on which child" },
  { id: "decision", title: "How the decision is made" },
  { id: "chair", title: "The chair's powers" },
  { id: "categories", title: "Categories and areas of concern" },
  { id: "duties", title: "Duties and deadlines" },
  { id: "powers", title: "Powers held by others after the decision" },
  { id: "routes", title: "Escalation and appeal" },
  { id: "facts", title: "Facts about a case the policy asks for" },
  { id: "calendar", title: "Working days and versions" },
] as const;
export type DocSectionId = (typeof DOC_SECTIONS)[number]["id"];

export interface Sentence {
  section: DocSectionId;
  /** A sub-heading within the section (an escalation route's name), where sentences group under one. */
  group?: string;
  /** The rule in plain English, one finished sentence, without markup. */
  text: string;
  /** The statement it states; null for what no statement says (Quorate's own default, say). */
  at: Origin | null;
  /**
   * The block of the policy file the statement is written in: its section keyword, or
   * `escalation:<id>` for a route's own statements. A reading written in the same block
   * beside the statement is about it. Null where the sentence states no one statement.
   */
  block: string | null;
  /** Repeats, for a summary, a rule another section states (the chair's powers): never where a reading is placed. */
  restates?: boolean;
}

export function said(section: DocSectionId, text: string, at: Origin | null, block: string | null, extra: Pick<Sentence, "group" | "restates"> = {}): Sentence {
  return { section, text: sentence(text), at, block: at ? block : null, ...extra };
}
