/**
 * The readable policy (`quorate doc`): the compiled policy as a protocol document, section
 * by section, each sentence citing its clause, each reading shown beside the rule it is
 * about, and the readings register at the end. This is the model; the Markdown and HTML
 * renderers only lay it out.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import type { Reading, ReadingsReport } from "../readings/report.js";
import { blockOf } from "../readings/nearby.js";
import { DOC_SECTIONS, type DocSectionId, type Sentence } from "./sentence.js";
import { policySentences } from "./sentences.js";

/** A sentence, or a reading: `onRule` when it follows the sentence of the rule it is about, else it concerns the section as a whole. */
export type DocItem = { kind: "sentence"; sentence: Sentence } | { kind: "reading"; reading: Reading; onRule: boolean };

export interface DocSection {
  id: DocSectionId;
  title: string;
  items: DocItem[];
}

export interface PolicyDocument {
  id: string;
  title: string;
  file: string | null;
  sections: DocSection[];
  register: ReadingsReport;
}

/** The document section for a reading that no one rule states, by the policy section it is written in. */
const SECTION_OF_ASPECT: Record<string, DocSectionId> = {
  header: "about",
  agencies: "attendance",
  roles: "attendance",
  sets: "attendance",
  voting: "attendance",
  quorum: "quorum",
  eligibility: "eligibility",
  decision: "decision",
  categories: "categories",
  concerns: "categories",
  obligations: "duties",
  events: "duties",
  actions: "duties",
  powers: "powers",
  escalation: "routes",
  appeal: "routes",
  facts: "facts",
  calendar: "calendar",
};

/** Where a reading goes: after the first sentence of the rule it is about, else after a route's first sentence, else at the end of its section. */
function placeOf(ir: PolicyIR, reading: Reading, sentences: readonly Sentence[]): { after: Sentence } | { end: DocSectionId } {
  const rule = reading.rules[0];
  // After the last sentence of the rule's line: a line may say two things (how votes are counted, and who votes by default).
  const onRule = rule && sentences.filter((s) => !s.restates && s.at?.file === rule.file && s.at.line === rule.line).at(-1);
  if (onRule) return { after: onRule };
  if (reading.line !== null && (reading.section === "escalation" || reading.section === "appeal")) {
    const block = blockOf(ir, reading.section, { file: reading.file ?? "", line: reading.line, cite: null });
    const route = sentences.find((s) => s.block === block);
    if (route) return { after: route };
  }
  return { end: SECTION_OF_ASPECT[reading.section] ?? "about" };
}

export function policyDocument(ir: PolicyIR, register: ReadingsReport): PolicyDocument {
  const sentences = policySentences(ir);
  const after = new Map<Sentence, Reading[]>();
  const atEnd = new Map<DocSectionId, Reading[]>();
  for (const reading of register.readings) {
    const place = placeOf(ir, reading, sentences);
    if ("after" in place) after.set(place.after, [...(after.get(place.after) ?? []), reading]);
    else atEnd.set(place.end, [...(atEnd.get(place.end) ?? []), reading]);
  }
  const readingItems = (list: Reading[] | undefined, onRule: boolean): DocItem[] => (list ?? []).map((reading) => ({ kind: "reading", reading, onRule }));
  const sections = DOC_SECTIONS.map(({ id, title }) => ({
    id,
    title,
    items: [...sentences.filter((s) => s.section === id).flatMap((s): DocItem[] => [{ kind: "sentence", sentence: s }, ...readingItems(after.get(s), true)]), ...readingItems(atEnd.get(id), false)],
  }));
  return { id: ir.id, title: ir.title, file: register.policy.file, sections, register };
}
