/**
 * The large and pathological inputs themselves, as text and plain values: policies with
 * tens of thousands of declarations, megabyte lines, deep braces, and conferences with a
 * hundred thousand attendees. Nothing here reads a file or compiles, so the resource-limit
 * tests (through largeInputs.ts) and `bench/growth.mjs` (compiled by tsconfig.bench.json)
 * generate exactly the same shapes.
 */

/** The header of a generated board policy, using the bundled vocabulary. */
export const BIG_HEADER = 'policy big "Big board" {\n  jurisdiction wales\n  vocabulary "vocabulary.policy"\n  version "1" dated 2025-01-01 review 2027-01-01\n}\n';

/** The sections every generated board policy needs besides `voting`. */
const OTHER_SECTIONS = `
quorum {
  at least 1 agency
}

eligibility {
  every unit votes on every child
}

decision {
  majority decides
  tie: chair decides
}

categories {
  neglect "Neglect"
}
`;

/** A valid board policy with `count` local roles, each the only member of its own grouping. */
export function policyWithGroupings(count: number): string {
  const parts = [BIG_HEADER, "\nroles {\n"];
  for (let i = 0; i < count; i++) parts.push(`  r${i} "R" agency health\n`);
  parts.push("}\n\nvoting {\n  vote by grouping\n  others vote as their agency\n");
  for (let i = 0; i < count; i++) parts.push(`  grouping g${i} "G" { r${i} }\n`);
  parts.push("}\n", OTHER_SECTIONS);
  return parts.join("");
}

/** A board policy whose one header line holds a quoted text of `characters` characters. */
export function policyWithLongLine(characters: number): string {
  return `${BIG_HEADER}\nvoting {\n  vote by individual\n  silent "${"x".repeat(characters)}"\n}\n${OTHER_SECTIONS}`;
}

/** A policy whose `roles` section is one line of `count` broken declarations (a name with no label). */
export function policyWithBrokenLine(count: number): string {
  return `${BIG_HEADER}roles { ${"a ".repeat(count)}}\n`;
}

/** `depth` opening braces and as many closing ones, inside a section. */
export function policyWithNestedBraces(depth: number): string {
  return `${BIG_HEADER}voting ${"{".repeat(depth)}${"}".repeat(depth)}\n`;
}

export interface GeneratedAttendee {
  id: string;
  role: string;
  organisation: string;
  involvedWith: string[];
  views: Record<string, string>;
}

/**
 * A conference about two children with `count` practitioners of the shared vocabulary,
 * each from a school or service of their own, so per-organisation policies see `count`
 * units; views are split so that no consensus is reached.
 */
export function conferenceWithAttendees(count: number): { children: { id: string }[]; attendees: GeneratedAttendee[]; chair: { decides: Record<string, string> } } {
  const roles = ["primary_school", "health_visitor", "police_officer", "children_social_worker"];
  const attendees: GeneratedAttendee[] = [];
  for (let i = 0; i < count; i++) {
    attendees.push({
      id: `a${i}`,
      role: roles[i % roles.length] as string,
      organisation: `Organisation ${i}`,
      involvedWith: i % 3 === 0 ? ["amy", "ben"] : ["amy"],
      views: { amy: i % 3 === 0 ? "not_register" : "register", ben: i % 5 === 0 ? "register" : "abstain" },
    });
  }
  return { children: [{ id: "amy" }, { id: "ben" }], attendees, chair: { decides: { amy: "register", ben: "register" } } };
}
