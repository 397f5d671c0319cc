/**
 * A fast-check generator of random *valid* board policies, for the formatter's property
 * tests. A policy is built as a list of statements (each a list of words), from a random
 * choice among the forms of every section, with random names, texts and citations; it
 * compiles without errors beside the shared vocabulary. It is then written out as text
 * with random blanks between every pair of words: spaces, tabs, line breaks, runs of blank
 * lines, and comments, so comments land in every position the formatter must keep them
 * in: before the header, before and after statements and sections, inside a statement,
 * between a grouping's roles, alone in a block, and at the end of the file.
 */
import fc from "fast-check";

type Words = string[];

const PRACTITIONER_ROLES = [
  "children_social_worker", "family_support_worker", "adult_social_worker", "police_officer", "probation_officer",
  "housing_officer", "youth_justice_worker", "education_officer", "primary_school", "secondary_school", "nursery",
  "health_visitor", "school_nurse", "midwife", "paediatrician", "gp", "camhs_practitioner", "voluntary_sector_worker",
];
const NON_PRACTITIONERS = ["parent", "child", "family_member", "parent_supporter", "advocate", "foster_carer"];
const CATEGORIES = ["physical", "emotional", "sexual", "neglect", "financial"];
const EVENTS = ["dissent", "registered", "conference_held", "no_consensus", "chair_believes_unsafe", "conference_convened"];
const ACTIONS = ["record_dissent", "record_views", "notify", "circulate", "escalate", "hold_core_group", "submit_reports"];
const RESERVED = new Set(["cite", "ambiguity", "reading", "silent", "when"]);

/** A quoted text: plain words, sometimes with an escaped quote or a `§`. */
const text: fc.Arbitrary<string> = fc
  .array(fc.constantFrom("the", "chair", "§6", "para", "2:", "agency", "views", "may", "O'Neill", "\\\"quoted\\\"", "50/50", "–", "review"), { minLength: 1, maxLength: 14 })
  .map((words) => `"${words.join(" ")}"`);

const name: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z][a-z0-9_]{0,14}$/)
  .filter((n) => !RESERVED.has(n));

const cite: fc.Arbitrary<Words> = fc.option(text.map((t) => ["cite", t]), { nil: undefined }).map((c) => c ?? []);

const withCite = (words: fc.Arbitrary<Words>): fc.Arbitrary<Words> => fc.tuple(words, cite).map(([w, c]) => [...w, ...c]);

const common: fc.Arbitrary<Words> = withCite(
  fc.oneof(
    text.map((t) => ["silent", t]),
    fc.tuple(text, text).map(([a, r]) => ["ambiguity", a, "reading", r]),
  ),
);

/** A comma-separated list of distinct names, as written after `:`. */
function nameList(pool: string[], max = 5): fc.Arbitrary<Words> {
  return fc.subarray(pool, { minLength: 1, maxLength: max }).map((names) => names.flatMap((n, i) => (i === 0 ? [n] : [",", n])));
}

const deadline: fc.Arbitrary<Words> = fc.oneof(
  fc.constant<Words>([]),
  fc.constant<Words>(["immediately"]),
  fc.constant<Words>(["immediately", "after", "conference"]),
  fc.tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom(["working", "days"], ["days"], ["weeks"], ["week"])).map(([n, u]) => ["within", String(n), ...u]),
  fc.integer({ min: 1, max: 8 }).map((n) => ["every", String(n), "weeks"]),
  fc.integer({ min: 1, max: 5 }).map((n) => [String(n), "working", "days", "before", "conference"]),
);

const header: fc.Arbitrary<Words[]> = fc
  .tuple(
    name,
    text,
    fc.subarray([["document", '"Child Protection Conference Protocol"'], ["owner", '"Example Board"'], ["author", '"Policy group"']]),
    cite,
    fc.array(common, { maxLength: 2 }),
  )
  .map(([id, title, metadata, jurisdictionCite, commons]) => [
    ["policy", id, title, "{"],
    ["jurisdiction", "wales", ...jurisdictionCite],
    ["vocabulary", '"vocabulary.policy"'],
    ...metadata,
    ["version", '"1"', "dated", "2025-01-01", "review", "2030-01-01"],
    ...commons,
    ["}"],
  ]);

/** A section: its statements in a random order among themselves, with commons mixed in. */
function section(keyword: string, statements: fc.Arbitrary<Words[]>): fc.Arbitrary<Words[]> {
  return fc
    .tuple(statements, fc.array(common, { maxLength: 2 }))
    .chain(([own, commons]) => fc.shuffledSubarray([...own, ...commons], { minLength: own.length + commons.length }))
    .map((body) => [[keyword, "{"], ...body, ["}"]]);
}

const silentSection = (keyword: string) => section(keyword, text.map((t) => [["silent", t]]));

const groupingVoting: fc.Arbitrary<Words[]> = fc
  .tuple(
    fc.uniqueArray(name.map((n) => `g_${n}`), { minLength: 1, maxLength: 4 }),
    fc.shuffledSubarray(PRACTITIONER_ROLES, { minLength: 4, maxLength: 12 }),
    fc.array(text, { minLength: 4, maxLength: 4 }),
    fc.array(cite, { minLength: 4, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([groupings, roles, labels, cites, commas]) => {
    const per = Math.ceil(roles.length / groupings.length);
    return groupings.map((g, i) => {
      const members = roles.slice(i * per, (i + 1) * per);
      const list = commas ? members.flatMap((r, k) => (k === 0 ? [r] : [",", r])) : members;
      return ["grouping", g, labels[i] ?? '"Grouping"', "{", ...(list.length > 0 ? list : ["other_agency"]), "}", ...(cites[i] ?? [])];
    });
  });

const voting: fc.Arbitrary<Words[]> = fc.oneof(
  silentSection("voting"),
  section(
    "voting",
    fc
      .tuple(
        fc.oneof(
          withCite(fc.constantFrom(["vote", "by", "agency"], ["vote", "by", "individual"])).map((w) => [w]),
          fc.tuple(withCite(fc.constant(["vote", "by", "grouping"])), groupingVoting, withCite(fc.constant(["others", "vote", "as", "their", "agency"]))).map(([v, gs, o]) => [v, ...gs, o]),
        ),
        fc.option(withCite(nameList(NON_PRACTITIONERS).map((l) => ["not", "voting", ":", ...l]))),
      )
      .map(([core, notVoting]) => (notVoting ? [...core, notVoting] : core)),
  ),
);

const decision: fc.Arbitrary<Words[]> = section(
  "decision",
  fc.oneof(
    withCite(fc.constant(["executive", "decision", "by", "chair"])).map((w) => [w]),
    fc
      .tuple(
        fc.option(withCite(fc.constant(["consensus", "first"]))),
        withCite(fc.constant(["majority", "decides"])),
        withCite(fc.constantFrom(["tie", ":", "chair", "decides"], ["no", "majority", ":", "chair", "decides"])),
        fc.option(withCite(fc.constant(["chair", "bound", "by", "majority"]))),
      )
      .map(([c, m, t, b]) => [c, m, t, b].filter((s): s is Words => s !== null)),
  ),
);

const quorum: fc.Arbitrary<Words[]> = fc.oneof(
  silentSection("quorum"),
  section(
    "quorum",
    fc
      .tuple(fc.integer({ min: 2, max: 4 }), fc.boolean(), cite, fc.option(withCite(fc.constant(["unborn", "child", "requires", "midwife"]))), fc.option(fc.tuple(fc.option(text), fc.boolean(), cite)))
      .map(([n, direct, c, unborn, waiver]) => {
        const out: Words[] = [["at", "least", String(n), "agencies", ...(direct ? ["with", "direct", "contact"] : []), ...c]];
        if (unborn) out.push(unborn);
        if (waiver) {
          const [condition, rationale, wc] = waiver;
          out.push(["chair", "may", "proceed", "with", String(n - 1), n - 1 === 1 ? "agency" : "agencies", ...(condition ? ["when", condition] : []), ...(rationale ? [",", "rationale", "recorded"] : []), ...wc]);
        }
        return out;
      }),
  ),
);

const eligibility: fc.Arbitrary<Words[]> = fc.oneof(
  silentSection("eligibility"),
  section("eligibility", withCite(fc.constantFrom(["every", "unit", "votes", "on", "every", "child"], ["only", "involved", "units", "vote"])).map((w) => [w])),
);

const categories: fc.Arbitrary<Words[]> = fc.oneof(
  silentSection("categories"),
  section(
    "categories",
    fc
      .tuple(fc.subarray(CATEGORIES, { minLength: 1 }), fc.array(text, { minLength: 5, maxLength: 5 }), fc.array(cite, { minLength: 5, maxLength: 5 }), fc.option(withCite(fc.constantFrom(["multiple", "allowed"], ["multiple", "not", "allowed"]))), fc.option(withCite(fc.constantFrom(["primary", "required"], ["primary", "optional"]))))
      .map(([chosen, labels, cites, multiple, primary]) => [
        ...chosen.map((c, i) => [c, labels[i] ?? '"Category"', ...(cites[i] ?? [])]),
        ...[multiple, primary].filter((s): s is Words => s !== null),
      ]),
  ),
);

const obligation: fc.Arbitrary<Words> = withCite(
  fc
    .tuple(fc.constantFrom(...EVENTS), fc.constantFrom(...ACTIONS), fc.option(text), text, deadline)
    .map(([event, action, description, recipient, due]) => ["when", event, ":", action, ...(description ? [description] : []), "to", recipient, ...due]),
);

const power: fc.Arbitrary<Words> = withCite(
  fc.tuple(text, fc.subarray(["set_aside_decision", "require_reconvene", "recommend_reconvene"], { minLength: 1 })).map(([holder, powers]) => [holder, "may", ...powers.flatMap((p, i) => (i === 0 ? [p] : ["and", p])), "when", "decision_challenged"]),
);

const optionalSections: fc.Arbitrary<Words[][]> = fc.tuple(
  fc.option(section("obligations", fc.array(obligation, { maxLength: 4 }))),
  fc.option(section("powers", fc.array(power, { maxLength: 2 }))),
  fc.option(section("agencies", fc.uniqueArray(name.map((n) => `local_${n}`), { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((id) => withCite(text.map((t) => [id, t])))).map((rows) => rows as Words[])))),
).map((sections) => sections.filter((s): s is Words[] => s !== null));

/** The statements of a valid policy, one list of words per line of the canonical layout. */
export const policyStatements: fc.Arbitrary<Words[]> = fc
  .tuple(header, voting, decision, quorum, eligibility, categories, optionalSections)
  .map(([h, ...rest]) => [h, ...rest.slice(0, 5), ...(rest[5] as Words[][])])
  .chain((sections) => {
    const [h, ...others] = sections as Words[][];
    return fc.shuffledSubarray(others, { minLength: others.length }).map((shuffled) => [...(h as Words[]), ...shuffled.flat()]);
  });

const commentText = fc.array(fc.constantFrom("note", "see", "§8", "clause", "TODO", "#", "'quoted'", "{", "}", "cite"), { maxLength: 5 }).map((w) => `#${w.length ? " " : ""}${w.join(" ")}`);

/** The blanks between two words: mostly one space or one line break, sometimes comments. */
const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(" ") },
  { weight: 4, arbitrary: fc.constant("\n") },
  { weight: 1, arbitrary: fc.constantFrom("\t", "   ", "\n\n", "\n\n\n", "\r\n", "\n \t \n  ") },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(" ", "", "\n", "\n\n"), fc.array(fc.tuple(commentText, fc.constantFrom("\n", "\n\n", "  \n", "\n ")), { minLength: 1, maxLength: 3 }))
      .map(([lead, comments]) => lead + comments.map(([c, after]) => c + after).join("")),
  },
);

/** A valid policy written out with random blanks and comments between its words. */
export const messyPolicy: fc.Arbitrary<string> = policyStatements.chain((statements) => {
  const words = statements.flat();
  return fc.array(separator, { minLength: words.length + 1, maxLength: words.length + 1 }).map((seps) => {
    let out = seps[0] === " " ? "" : (seps[0] ?? "");
    words.forEach((word, i) => {
      out += word + (seps[i + 1] ?? " ");
    });
    return out;
  });
});
