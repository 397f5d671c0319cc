/**
 * Policies shaped to make a check do the most work per declaration, each a function of a
 * size n: the same name used n times where another kind of name goes, n roles shared by
 * two groupings, n unknown names beside n known ones, every statement form repeated n
 * times. The work-counting test (checkWork.test.ts) compiles each at two sizes.
 */
import { STATEMENT_FORMS, SECTION_KEYWORDS } from "../../grammar/statementForms.js";
import { BIG_HEADER } from "./generatedInputs.js";

const SECTIONS_BESIDE_VOTING = `
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

function repeat(n: number, line: (i: number) => string, separator = "\n"): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(line(i));
  return parts.join(separator);
}

function roles(n: number, agency: (i: number) => string = () => "health"): string {
  return `roles {\n${repeat(n, (i) => `  r${i} "R" agency ${agency(i)}`)}\n}\n`;
}

function board(body: string): string {
  return `${BIG_HEADER}${body}${SECTIONS_BESIDE_VOTING}`;
}

export const HOSTILE_SHAPES: Record<string, (n: number) => string> = {
  /** An agency's name used n times where a role goes, with n roles of that agency (`otherMeaning`). */
  "an agency named n times where a role goes": (n) => board(`${roles(n)}voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, () => "health", " ")} }\n}\n`),
  /** A grouping of n roles named n times where a role goes. */
  "a grouping named n times where a role goes": (n) => board(`${roles(n)}voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, (i) => `r${i}`, " ")} }\n  not voting: ${repeat(n, () => "g", ", ")}\n}\n`),
  /** Two groupings that share n roles (`roleInTwoGroupings`). */
  "two groupings sharing n roles": (n) => board(`${roles(n)}voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, (i) => `r${i}`, " ")} }\n  grouping h "H" { ${repeat(n, (i) => `r${i}`, " ")} }\n}\n`),
  /** n roles both grouped and `not voting` (`votingContradiction`). */
  "n roles grouped and not voting": (n) => board(`${roles(n)}voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, (i) => `r${i}`, " ")} }\n  not voting: ${repeat(n, (i) => `r${i}`, ", ")}\n}\n`),
  /** n groupings named like n agencies whose n unplaced roles vote as their agency (`fallbackUnitClash`). */
  "n groupings named like agencies of n unplaced roles": (n) =>
    board(`agencies {\n${repeat(n, (i) => `  a${i} "A"`)}\n}\n${roles(n, (i) => `a${i}`)}voting {\n  vote by grouping\n  others vote as their agency\n${repeat(n, (i) => `  grouping a${i} "G" { health_visitor }`)}\n}\n`),
  /** n unknown roles beside n known ones: each unknown name is a search for the closest known. */
  "n unknown roles beside n known": (n) => board(`${roles(n)}voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, (i) => `x${i}`, " ")} }\n}\n`),
  /** n roles whose agencies are unknown, beside n known agencies. */
  "n unknown agencies beside n known": (n) => board(`agencies {\n${repeat(n, (i) => `  a${i} "A"`)}\n}\n${roles(n, (i) => `b${i}`)}voting {\n  vote by individual\n}\n`),
  /** A role in n groupings, and a `may sit with` rule offering all n. */
  "a choice among n groupings": (n) => board(`voting {\n  vote by grouping\n${repeat(n, (i) => `  grouping g${i} "G" { gp }`)}\n  gp may sit with ${repeat(n, (i) => `g${i}`, " or ")}, otherwise h\n}\n`),
  /** One role listed in n groupings. */
  "one role in n groupings": (n) => board(`voting {\n  vote by grouping\n${repeat(n, (i) => `  grouping g${i} "G" { gp }`)}\n}\n`),
  /** One role listed n times in one grouping and in one list. */
  "one role listed n times": (n) => board(`voting {\n  vote by grouping\n  grouping g "G" { ${repeat(n, () => "gp", " ")} }\n  not voting: ${repeat(n, () => "parent", ", ")}\n}\n`),
  /** n declarations of one name, of each kind. */
  "one name declared n times": (n) => board(`agencies {\n${repeat(n, () => '  police "Police"')}\n}\nroles {\n${repeat(n, () => '  r "R" agency health')}\n}\nvoting {\n  vote by grouping\n${repeat(n, () => '  grouping g "G" { r }')}\n}\n`),
  /** Every statement form of every section, each repeated n / 10 times. */
  "every statement form n / 10 times": (n) => {
    // Escalation and appeal routes are named sections: `appeal id "Title" { … }`.
    const opening = (keyword: string) => (keyword === "escalation" || keyword === "appeal" ? `${keyword} big_${keyword} "Route"` : keyword);
    const sections = SECTION_KEYWORDS.map((keyword) => `${opening(keyword)} {\n${repeat(Math.ceil(n / 10), () => STATEMENT_FORMS[keyword].map((form) => `  ${form}`).join("\n"))}\n}\n`);
    return `${BIG_HEADER}${sections.join("\n")}`;
  },
};
