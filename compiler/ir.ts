/**
 * The intermediate representation: a compiled policy as plain JSON ("policy-as-data").
 *
 * It is what the runtime evaluates and the diff compares, so every rule is resolved here:
 * each role says how it votes, each grouping lists its roles, and every rule carries `at`,
 * the place in the policy it came from and the clause of the protocol it cites. Lists are
 * arrays of records rather than objects keyed by name, so a role called `__proto__` is
 * just data. The JSON Schema in `schemas/policy.schema.json` is generated from this file.
 */
import { z } from "zod";
import { SECTION_KEYWORDS } from "../grammar/statementForms.js";
import { JURISDICTIONS } from "./catalogue.js";

import { IR_FORMAT } from "./irFormat.js";

export { IR_FORMAT };

const Id = z.string().min(1).meta({ description: "A name from the policy, such as `health_visitor`." });
const DateText = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/)
  .meta({ description: "A date as written in the policy: YYYY-MM-DD, or YYYY-MM when only the month is known." });

export const Origin = z
  .strictObject({
    file: z.string().meta({ description: "The policy file the rule is written in (file name only)." }),
    line: z.number().int().positive(),
    cite: z.string().nullable().meta({ description: "The clause of the source protocol the rule cites, if any." }),
  })
  .meta({ id: "Origin", description: "Where a rule comes from: its line in the policy and the protocol clause it cites." });
export type Origin = z.infer<typeof Origin>;

const ids = <T extends Record<string, unknown>>(catalogue: T) => Object.keys(catalogue) as [keyof T & string, ...(keyof T & string)[]];

export const EventId = Id.meta({ description: "An event: one an evaluation detects (see the language reference), or one the vocabulary or policy declares under `events`." });
export const ActionId = Id.meta({ description: "An action declared under `actions` in the vocabulary or the policy." });
export const Jurisdiction = z.enum(ids(JURISDICTIONS));
export const VotingUnitKind = z.enum(["grouping", "agency", "individual"]);
export const TimeUnit = z.enum(["hours", "working_days", "days", "weeks", "months"]);
export const Aspect = z.enum(["header", ...SECTION_KEYWORDS]);

export const Period = z.strictObject({ amount: z.number().int().nonnegative(), unit: TimeUnit });
export type Period = z.infer<typeof Period>;

export const Deadline = z.union([
  z.strictObject({ kind: z.literal("immediately"), afterConference: z.boolean() }),
  z.strictObject({
    kind: z.literal("within"),
    amount: z.number().int().nonnegative(),
    unit: TimeUnit,
    then: Period.nullable().meta({ description: "`within N …, then every M …`: after the first, how often the duty recurs." }),
  }),
  z.strictObject({
    kind: z.enum(["every", "before_conference"]),
    amount: z.number().int().nonnegative(),
    unit: TimeUnit,
  }),
]);
export type Deadline = z.infer<typeof Deadline>;

export const Confirmation = z
  .strictObject({ by: z.string(), on: DateText })
  .nullable()
  .meta({ description: "The board's sign-off of the reading: who confirmed it, and when. Null: not yet confirmed." });

export const FactValue = z.union([z.string(), z.boolean(), z.number().int().nonnegative()]);
export type FactValue = z.infer<typeof FactValue>;

export const Fact = z
  .strictObject({
    id: Id,
    label: z.string(),
    about: z.enum(["conference", "child"]).meta({ description: "Whether the conference has one value (its kind) or each child has its own (their age)." }),
    values: z.union([
      z.strictObject({ kind: z.literal("choice"), options: z.array(Id) }),
      z.strictObject({ kind: z.literal("yes_no") }),
      z.strictObject({ kind: z.literal("number") }),
    ]),
    default: FactValue.nullable().meta({ description: "The value taken when a conference does not give the fact; null when the conference must give it wherever a rule reads it." }),
    at: Origin,
  })
  .meta({ id: "Fact", description: "A fact of the case that rules may read, declared with the values it may take." });
export type Fact = z.infer<typeof Fact>;

export { UNBORN_FACT } from "./catalogue.js";

export const FactTest = z
  .union([
    z.strictObject({ fact: Id, test: z.enum(["yes", "no"]) }),
    z.strictObject({ fact: Id, test: z.enum(["in", "not_in"]), values: z.array(Id) }),
    z.strictObject({ fact: Id, test: z.enum(["under", "at_least"]), value: z.number().int().nonnegative() }),
  ])
  .meta({ id: "FactTest", description: "One fact tested: yes or no, one of some values (or none of them), under a number or at least it. `unborn` is the child's own." });
export type FactTest = z.infer<typeof FactTest>;

export const Condition = z.array(FactTest).min(1).nullable().meta({ description: "Every test must hold for the rule to apply; null: the rule always applies." });
export type Condition = z.infer<typeof Condition>;

export const Selector = z
  .strictObject({ kind: z.enum(["agency", "grouping", "role"]), ids: z.array(Id) })
  .meta({ id: "Selector", description: "Attendees of some roles, of some agencies, or sitting in some groupings." });
export type Selector = z.infer<typeof Selector>;

export const Who = z
  .union([z.strictObject({ kind: z.enum(["anyone", "practitioners"]) }), Selector])
  .meta({ id: "Who", description: "Whom an event or a route concerns: anyone at the conference, any practitioner, or those a selector picks." });
export type Who = z.infer<typeof Who>;

export const RoleVote = z
  .strictObject({
    status: z.enum(["votes", "chair_discretion", "not_voting"]),
    writtenReportAdmits: z.boolean().meta({ description: "A discretionary view counts without the chair's leave when the attendee gave a written report." }),
    unit: z
      .strictObject({ kind: VotingUnitKind, id: Id.nullable() })
      .nullable()
      .meta({ description: "The unit whose vote this role helps form; `id` is null for individual voting, where each attendee is a unit." }),
    choice: z
      .strictObject({ options: z.array(Id), fallback: Id })
      .nullable()
      .meta({ description: "Groupings the attendee may choose to sit with, and the one used when they do not say." }),
    perOrganisation: z.boolean().meta({ description: "Each organisation (each school, each charity) is a unit of its own, apart from the rest of the role's grouping or agency." }),
    byDefault: z.boolean().meta({ description: "The policy never names the role: it takes part as a practitioner by Quorate's default (note Q086), not by a rule of the protocol." }),
    at: Origin,
  })
  .meta({ id: "RoleVote" });
export type RoleVote = z.infer<typeof RoleVote>;

export const Role = z.strictObject({
  id: Id,
  label: z.string(),
  agency: Id.nullable().meta({ description: "The agency of a practitioner; null for someone who is not a practitioner." }),
  practitioner: z.boolean(),
  at: Origin,
  vote: RoleVote.nullable().meta({ description: "How the role votes under this policy; null in a vocabulary." }),
});
export type Role = z.infer<typeof Role>;

const Labelled = z.strictObject({ id: Id, label: z.string(), at: Origin });

const ListedCategory = z.strictObject({
  id: Id,
  label: z.string(),
  local: z.boolean().meta({ description: "Declared by this policy for itself rather than taken from the vocabulary." }),
  at: Origin,
});

/** How categories, or areas of concern, are chosen. */
const CategoryRules = z.strictObject({
  allowed: z.array(ListedCategory).meta({ description: "Empty when the protocol names none." }),
  multiple: z.strictObject({ allowed: z.boolean(), at: Origin }).nullable(),
  primary: z.strictObject({ required: z.boolean(), at: Origin }).nullable(),
  secondary: z.strictObject({ required: z.boolean(), at: Origin }).nullable(),
  unranked: Origin.nullable().meta({ description: "One or more are chosen with no primary among them." }),
  atLeastOne: Origin.nullable(),
  freeText: Origin.nullable().meta({ description: "An entry may be given in words rather than from the list." }),
});

export const CountOf = z
  .union([z.strictObject({ kind: z.enum(["agencies", "groupings", "disciplines"]) }), z.strictObject({ kind: z.literal("selected"), selector: Selector })])
  .meta({ id: "CountOf", description: "What a quorum counts: distinct agencies, groupings (the units practitioners sit in), disciplines (roles), or those among a list." });
export type CountOf = z.infer<typeof CountOf>;

export const Route = z
  .strictObject({
    id: Id,
    label: z.string(),
    kind: z.enum(["escalation", "appeal"]),
    opens: z.array(z.strictObject({ trigger: EventId, by: Who.nullable(), when: Condition, at: Origin })).meta({ description: "Events that start the route without anyone asking; empty: it is started on request." }),
    openTo: z.array(z.strictObject({ who: Who, when: Condition, at: Origin })).meta({ description: "Who may start the route." }),
    grounds: z.array(z.strictObject({ text: z.string(), at: Origin })),
    startWithin: z.strictObject({ period: Period, at: Origin }).nullable(),
    approval: z.strictObject({ by: z.string(), at: Origin }).nullable(),
    meanwhile: z.strictObject({ decision: z.enum(["stands", "suspended"]), at: Origin }).nullable(),
    stages: z.array(z.strictObject({ to: z.string(), deadline: Deadline.nullable(), at: Origin })),
    at: Origin,
  })
  .meta({ id: "Route", description: "An escalation or appeal route: who may start it, on what grounds and by when, and its stages in order." });
export type Route = z.infer<typeof Route>;

export const Grouping = z.strictObject({ id: Id, label: z.string(), roles: z.array(Id), at: Origin });
export type Grouping = z.infer<typeof Grouping>;

export const Version = z.strictObject({
  label: z.string().nullable(),
  dated: DateText.nullable(),
  revised: DateText.nullable(),
  approved: DateText.nullable(),
  endorsed: DateText.nullable(),
  review: DateText.nullable(),
  at: Origin,
});
export type Version = z.infer<typeof Version>;

export const Obligation = z.strictObject({
  trigger: EventId,
  by: Who.nullable().meta({ description: "For an event about people (a disagreement, a formal dissent, a reservation): whose." }),
  when: Condition,
  action: ActionId,
  description: z.string().nullable(),
  to: z.string().nullable(),
  deadline: Deadline.nullable(),
  at: Origin,
});
export type Obligation = z.infer<typeof Obligation>;

export const PolicyIR = z
  .strictObject({
    format: z.literal(IR_FORMAT),
    id: Id,
    title: z.string(),
    kind: z.enum(["policy", "base", "vocabulary"]),
    lineage: z.array(Id).meta({ description: "The base policies this one extends, nearest first." }),
    vocabulary: Id.nullable(),
    jurisdiction: Jurisdiction.nullable(),
    metadata: z.strictObject({
      document: z.string().nullable(),
      owner: z.string().nullable(),
      author: z.string().nullable(),
      versions: z.array(Version),
      currentVersion: z.number().int().nonnegative().nullable().meta({ description: "Index in `versions` of the version in force." }),
    }),
    facts: z.array(Fact),
    events: z.array(z.strictObject({ id: Id, description: z.string(), at: Origin })).meta({ description: "Events declared to happen outside the conference; an evaluation never sees them." }),
    actions: z.array(
      z.strictObject({
        id: Id,
        description: z.string(),
        listsDissenters: z.boolean(),
        needsRecipient: z.boolean(),
        at: Origin,
      }),
    ),
    agencies: z.array(Labelled),
    roles: z.array(Role),
    groupings: z.array(Grouping),
    voting: z.strictObject({
      unit: VotingUnitKind.nullable(),
      unitAt: Origin.nullable(),
      nominatedLead: z.strictObject({ chairDecidesWhenDisputed: z.boolean(), at: Origin }).nullable(),
      others: z.strictObject({ mode: z.enum(["own_agency", "chair_discretion", "not_voting"]), at: Origin }).nullable(),
    }),
    quorum: z.strictObject({
      counts: z
        .array(
          z.strictObject({
            count: z.number().int().nonnegative(),
            of: CountOf,
            directContact: z.boolean(),
            counting: z.enum(["taking_part", "present"]).nullable().meta({ description: "Whom the count reads: the practitioners taking part in the decision, or every practitioner present; null where the policy does not say (Quorate then counts those taking part)." }),
            when: Condition,
            at: Origin,
          }),
        )
        .meta({ description: "Every count whose condition holds must be met." }),
      requirements: z
        .array(z.strictObject({ selector: Selector, oneOf: z.boolean(), when: Condition, at: Origin }))
        .meta({ description: "Who must attend (voting or not): each role, agency or grouping listed, or with `oneOf` at least one of them." }),
      waiver: z
        .strictObject({
          count: z.number().int().nonnegative(),
          of: CountOf,
          condition: z.string().nullable(),
          when: Condition,
          rationaleRecorded: z.boolean(),
          at: Origin,
        })
        .nullable()
        .meta({ description: "The chair may proceed with fewer: every count of the same kind is lowered to this number. It never stands in for a required attendee." }),
      localAuthorityServicesCountSeparately: Origin.nullable(),
    }),
    eligibility: z.strictObject({
      default: z.enum(["every_unit", "involved_units"]),
      defaultAt: Origin.nullable().meta({ description: "Null when the protocol is silent and Quorate's default (every unit votes on every child) applies." }),
      defaultWhen: Condition.meta({ description: "Where `only involved units vote` applies only in some cases: elsewhere every unit votes." }),
      whenSiblingsDisagree: z
        .strictObject({ only: z.literal("involved_units"), at: Origin })
        .nullable()
        .meta({ description: "With more than one child, a child on whom the conference reaches no consensus is voted on only by the units involved with that child." }),
      onlyInvolved: z
        .array(z.strictObject({ roles: z.array(Id), when: Condition, at: Origin }))
        .meta({ description: "Roles whose units vote only on the children they are involved with (each school for its own pupils)." }),
      soleRepresentatives: z
        .array(z.strictObject({ selector: z.strictObject({ kind: z.enum(["agency", "grouping", "role"]), ids: z.array(Id) }), at: Origin }))
        .meta({ description: "When exactly one attendee present is selected (holds one of the roles, or belongs to one of the agencies or groupings), that attendee's unit votes on every child, whatever limits the other rules set." }),
    }),
    decision: z.strictObject({
      consensusFirst: Origin.nullable().meta({ description: "Consensus is sought first: when every view given (register or not register) by the practitioners taking part is the same, that is the decision." }),
      rule: z
        .enum(["majority", "chair_executive", "chair_without_vote"])
        .nullable()
        .meta({ description: "`majority`: the option more units favour, abstentions not counted. `chair_executive`: the chair decides, having heard every unit. `chair_without_vote`: without a consensus the chair decides, and no vote is taken. Null where the protocol is silent: no decision is reached without consensus." }),
      ruleAt: Origin.nullable(),
      tieBreak: z
        .strictObject({ on: z.enum(["tie", "no_majority"]), by: z.literal("chair"), at: Origin })
        .nullable()
        .meta({ description: "`tie`: as many units for each option. `no_majority`: neither option has more units, a tie or no views at all." }),
      chairBoundByMajority: Origin.nullable(),
      override: z
        .strictObject({
          of: z.array(z.enum(["majority", "unanimity"])).meta({ description: "What the chair may set aside, in either direction: a majority view, and with `unanimity` a consensus too." }),
          requiresAuthorisation: z.boolean(),
          reasonsRecorded: z.boolean(),
          at: Origin,
        })
        .nullable(),
      deferral: z.strictObject({ condition: z.string().nullable(), reasonsRecorded: z.boolean(), at: Origin }).nullable(),
      abstention: z
        .strictObject({ allowed: z.boolean(), at: Origin })
        .nullable()
        .meta({ description: "Whether a practitioner may give no view. Null where the policy does not say: an abstention is then left out of the count (Quorate's default, note Q087)." }),
    }),
    categories: CategoryRules,
    concerns: CategoryRules.meta({ description: "Areas of concern (risk factors), recorded apart from the registration categories." }),
    obligations: z.array(Obligation),
    powers: z.array(z.strictObject({ holder: z.string(), powers: z.array(ActionId), trigger: EventId.nullable(), by: Who.nullable(), when: Condition, at: Origin })),
    routes: z.array(Route),
    silences: z.array(z.strictObject({ aspect: Aspect, text: z.string(), confirmed: Confirmation, at: Origin })),
    ambiguities: z.array(z.strictObject({ aspect: Aspect, text: z.string(), reading: z.string(), confirmed: Confirmation, at: Origin })),
    defaults: z
      .array(
        z.strictObject({
          code: z.string().meta({ description: "The note `quorate check` shows for it, such as `Q086`." }),
          aspect: Aspect,
          rule: z.string().meta({ description: "The rule Quorate applies, in words." }),
          subjects: z.array(z.string()).meta({ description: "What it applies to, where it names things (the roles that vote by default)." }),
          why: z.string().meta({ description: "Why: what the policy leaves unsaid." }),
          at: Origin.nullable().meta({ description: "The statement the default applies to, where there is one." }),
        }),
      )
      .meta({ description: "Every place a decision rests on Quorate's own default rather than on the protocol: a board states the rule, or records its reading, to remove one." }),
  })
  .meta({
    id: "QuoratePolicy",
    title: "Quorate compiled policy",
    description: "A child protection conference decision protocol, compiled by Quorate.",
  });
export type PolicyIR = z.infer<typeof PolicyIR>;

/** The JSON Schema published as schemas/policy.schema.json. */
export function policyJsonSchema(): unknown {
  return z.toJSONSchema(PolicyIR, { target: "draft-2020-12" });
}
