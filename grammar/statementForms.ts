/**
 * One example of every statement form, per section. They are shown in `help:` lines when
 * a statement is not understood, and a test parses each of them, so the help can never
 * teach a form the parser rejects.
 */
export const SECTION_KEYWORDS = [
  "agencies",
  "roles",
  "categories",
  "voting",
  "quorum",
  "decision",
  "eligibility",
  "obligations",
  "powers",
  "facts",
  "events",
  "actions",
  "concerns",
  "escalation",
  "appeal",
  "sets",
  "calendar",
] as const;

export type SectionKeyword = (typeof SECTION_KEYWORDS)[number];
export type FormContext = SectionKeyword | "header";

const COMMON_FORMS = [
  'ambiguity "what the text leaves unclear" reading "the reading this policy takes"',
  'silent "what the protocol does not say"',
];

export const STATEMENT_FORMS: Record<FormContext, readonly string[]> = {
  header: [
    "jurisdiction wales",
    'vocabulary "vocabulary.policy"',
    'extends "wales-safeguarding-procedures.policy"',
    'document "Child Protection Conference Protocol"',
    'owner "Example Safeguarding Board"',
    'author "Policy and Procedures Group"',
    'version "V2" revised 2025-04-23 approved 2025-04-23 review 2026-04-23',
    'version "V3" effective 2026-09-01 review 2028-09-01',
    'current "V2"',
    'supersedes "example-2021.policy"',
    ...COMMON_FORMS,
  ],
  agencies: ['police "Police"', ...COMMON_FORMS],
  roles: [
    'housing_support_worker "Housing support worker" agency housing',
    'grandparent "Grandparent" not a practitioner',
    'children_guardian "Children\'s guardian" agency cafcass, not voting by default',
    ...COMMON_FORMS,
  ],
  categories: [
    'neglect "Neglect"',
    'local exploitation "Exploitation"',
    "multiple allowed",
    "multiple not allowed",
    "primary required",
    "secondary optional",
    "unranked",
    "at least one required",
    ...COMMON_FORMS,
  ],
  concerns: [
    'domestic_abuse "Domestic abuse"',
    'local county_lines "County lines"',
    "multiple allowed",
    "primary required",
    "secondary optional",
    "unranked",
    "at least one required",
    "free text allowed",
    ...COMMON_FORMS,
  ],
  facts: [
    'conference_kind "Kind of conference": initial, review, pre_birth, transfer_in',
    'looked_after "The child is looked after" for each child: yes or no default no',
    'age "The child\'s age in years" for each child: a number',
    ...COMMON_FORMS,
  ],
  events: ['strategy_discussion "a strategy discussion finds the child at continuing risk"', ...COMMON_FORMS],
  actions: [
    'record_dissent "list who dissented in the record" lists dissenters',
    'escalate "raise the matter with the named person or body" needs recipient',
    ...COMMON_FORMS,
  ],
  sets: ['key_disciplines "Key disciplines": roles health_visitor, school_nurse, police_officer', 'core_agencies "Core agencies": agencies children_social_care, health, police', ...COMMON_FORMS],
  escalation: [
    "opens when formal_dissent by practitioners",
    "open to practitioners",
    'stage "the Head of Service" within 5 working days',
    'grounds "the decision does not protect the child"',
    "start within 2 working days",
    'approval by "the practitioner\'s line manager"',
    "decision stands meanwhile",
    ...COMMON_FORMS,
  ],
  appeal: [
    "opens when disagreement by role parent",
    "open to roles parent, legal_representative",
    "open to role child when age is 12 or over",
    'grounds "the conference did not follow procedure"',
    "start within 20 working days",
    'approval by "the Safeguarding Service Manager"',
    "decision stands meanwhile",
    "decision suspended meanwhile",
    'stage "an appeal panel" within 20 working days',
    ...COMMON_FORMS,
  ],
  voting: [
    "vote by grouping",
    "vote by agency",
    "vote by individual",
    "nominated lead speaks",
    "nominated lead speaks, chair decides when disputed",
    'grouping police "Police" { police_officer }',
    "gp may sit with child_health or adult_health, otherwise child_health",
    "per organisation: primary_school, secondary_school",
    "others vote as their agency",
    "others vote at chair discretion",
    "others do not vote",
    "not voting: parent, child",
    "at chair discretion: voluntary_sector_worker unless written report",
    ...COMMON_FORMS,
  ],
  quorum: [
    "at least 3 agencies with direct contact",
    "at least 3 agencies present when conference_kind is initial",
    "at least 2 groupings taking part",
    "at least 3 disciplines",
    "at least 2 of agencies children_social_care, health, police",
    "at least 2 of key_disciplines",
    "require agency children_social_care",
    "require one of roles paediatrician, gp when fabricated_or_induced_illness",
    "unborn child requires midwife",
    'chair may proceed with 2 agencies when "essential information is available", rationale recorded',
    'chair may proceed without quorum when "the child is known to few agencies" and unborn',
    "chair may proceed with 2 agencies when not previous_conference_inquorate",
    "services within local authority count separately",
    ...COMMON_FORMS,
  ],
  decision: [
    "consensus first",
    "majority decides",
    "tie: chair decides",
    "no majority: chair decides",
    "no consensus: chair decides",
    "chair bound by majority",
    "executive decision by chair",
    "chair may override majority or unanimity when authorised, reasons recorded",
    'chair may defer when "very exceptional circumstances", reasons recorded',
    ...COMMON_FORMS,
  ],
  eligibility: [
    "every unit votes on every child",
    "only involved units vote",
    "only involved units vote: primary_school, secondary_school",
    "only involved units vote when conference_kind is review",
    "when siblings disagree: only involved units vote",
    "sole representative of agency health votes on every child",
    ...COMMON_FORMS,
  ],
  obligations: [
    'when dissent: record_dissent "dissenting agencies are listed in the record"',
    'when chair_believes_unsafe: escalate to "senior manager" immediately after conference',
    "when deferred: reconvene within 10 working days",
    'when not_quorate: reconvene "a new date" within 10 working days',
    'when disagreement by roles parent, child: appeal_rights "how to appeal"',
    'when formal_dissent and looked_after: notify to "the independent reviewing officer" within 24 hours',
    'when registered: review_conference "the first review conference" within 3 months, then every 6 months',
    ...COMMON_FORMS,
  ],
  calendar: [
    'closed 2026-12-29 "the council\'s offices are closed"',
    'closed 2026-12-29 to 2026-12-31 "closed between Christmas and New Year"',
    ...COMMON_FORMS,
  ],
  powers: [
    '"Lead Safeguarding Manager" may set_aside_decision and require_reconvene',
    '"Head of Service" may respond_in_writing when formal_dissent by practitioners',
    ...COMMON_FORMS,
  ],
};

/** The form whose opening words best match a misspelt first word, if any is close. */
export function formsStartingWith(context: FormContext, firstWord: string): string[] {
  return STATEMENT_FORMS[context].filter((form) => form.split(/[\s:,]/)[0] === firstWord);
}

export function firstWordsOf(context: FormContext): string[] {
  const words = new Set<string>();
  for (const form of STATEMENT_FORMS[context]) {
    const first = form.split(/[\s:,]/)[0];
    // Forms that begin with a name or a quoted holder have no keyword to suggest.
    if (first && /^[a-z]+$/.test(first) && !first.includes("_")) words.add(first);
  }
  return [...words];
}
