/**
 * Small inline board policies for the semantic-diff tests: a few practitioner roles take
 * part and every other practitioner is heard without voting, so a brute force can decide
 * every conference of several attendees outright. Each test states only the sections it
 * varies; the rest are the defaults below.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { boardIR, policyIR } from "../helpers/conferences.js";

/** Every practitioner role of the shared vocabulary. */
export const PRACTITIONERS: readonly string[] = boardIR("lancashire")
  .roles.filter((r) => r.practitioner)
  .map((r) => r.id);

export interface Mini {
  /** `vote by …` (default grouping). */
  unit?: "grouping" | "agency" | "individual";
  /** The roles that take part; every other practitioner does not vote. */
  voters: readonly string[];
  /** More lines of the voting section: groupings, `nominated lead speaks`, `per organisation: …`. */
  voting?: string;
  facts?: string;
  quorum?: string;
  eligibility?: string;
  decision?: string;
  categories?: string;
  obligations?: string;
  /** Sections after the rules: escalation and appeal routes, events, actions. */
  more?: string;
}

const DEFAULT_DECISION = "consensus first\n  majority decides\n  tie: chair decides";

/** The policy's text. */
export function miniText(m: Mini): string {
  const others = PRACTITIONERS.filter((r) => !m.voters.includes(r));
  const voting = [`vote by ${m.unit ?? "grouping"}`, m.voting ?? "", others.length > 0 ? `not voting: ${others.join(", ")}` : ""].filter(Boolean).join("\n  ");
  const sections = [
    `policy test_board "Test Board" {\n  jurisdiction england\n  vocabulary "vocabulary.policy"\n  version "1" dated 2025-01-01 review 2027-01-01\n}`,
    m.facts ? `facts {\n  ${m.facts}\n}` : "",
    `voting {\n  ${voting}\n}`,
    `eligibility {\n  ${m.eligibility ?? "every unit votes on every child"}\n}`,
    `quorum {\n  ${m.quorum ?? 'silent "no quorum"'}\n}`,
    `decision {\n  ${m.decision ?? DEFAULT_DECISION}\n}`,
    `categories {\n  ${m.categories ?? 'silent "no categories"'}\n}`,
    m.obligations ? `obligations {\n  ${m.obligations}\n}` : "",
    m.more ?? "",
  ];
  return sections.filter(Boolean).join("\n\n") + "\n";
}

export function mini(m: Mini): PolicyIR {
  return policyIR(miniText(m));
}

/** Three single-role groupings: social care, health and police. */
export const THREE = {
  voters: ["children_social_worker", "health_visitor", "police_officer"],
  voting: 'grouping social_care "Social care" { children_social_worker }\n  grouping health "Health" { health_visitor }\n  grouping police "Police" { police_officer }',
} as const;
