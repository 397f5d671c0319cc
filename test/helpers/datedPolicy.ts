/**
 * Small complete policies for the tests of dates, closures and versions: a header the
 * test writes, then just enough rules (one vote per agency, consensus then majority, a
 * quorum of two agencies) and the duties and route whose deadlines are dated.
 */
export const RULES = `
voting {
  vote by agency
}
eligibility {
  every unit votes on every child
}
categories {
  silent "no categories"
}
decision {
  consensus first
  majority decides
  tie: chair decides
}
quorum {
  at least QUORUM agencies
}
obligations {
  when conference_held: circulate "the record" within 15 working days
  when conference_held: convene "the next review" within 3 months, then every 6 months
  when formal_dissent: escalate to "the Head of Service" within 72 hours
  when conference_convened: submit_reports 2 working days before conference
}
escalation professional_dissent "Resolution of a professional disagreement" {
  opens when formal_dissent by practitioners
  start within 3 working days
  stage "the conference chair" within 5 working days
  stage "the Head of Safeguarding" within 10 working days
}
`;

/** A board policy: the header lines given, inside `policy <id> "<title>" { … }`, then RULES (with a quorum of `quorum` agencies). */
export function datedPolicy(headerLines: string, extra = "", id = "test_board", quorum = 2): string {
  return `policy ${id} "Test Board" {\n  vocabulary "vocabulary.policy"\n${headerLines
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => `  ${l.trim()}`)
    .join("\n")}\n}\n${RULES.replace("QUORUM", String(quorum))}${extra}`;
}
