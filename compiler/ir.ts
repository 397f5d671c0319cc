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
import { EVENTS, JURISDICTIONS, OBLIGATION_ACTIONS, POWERS } from "./catalogue.js";

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

export const EventId = z.enum(ids(EVENTS));
export const ObligationAction = z.enum(ids(OBLIGATION_ACTIONS));
export const PowerId = z.enum(ids(POWERS));
export const Jurisdiction = z.enum(ids(JURISDICTIONS));
export const VotingUnitKind = z.enum(["grouping", "agency", "individual"]);
export const TimeUnit = z.enum(["working_days", "days", "weeks"]);
export const Aspect = z.enum(["header", ...SECTION_KEYWORDS]);

export const Deadline = z.union([
  z.strictObject({ kind: z.literal("immediately"), afterConference: z.boolean() }),
  z.strictObject({
    kind: z.enum(["within", "every", "before_conference"]),
    amount: z.number().int().nonnegative(),
    unit: TimeUnit,
  }),
]);
export type Deadline = z.infer<typeof Deadline>;

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
  action: ObligationAction,
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
      minimum: z
        .strictObject({ agencies: z.number().int().nonnegative(), directContact: z.boolean(), at: Origin })
        .nullable()
        .meta({ description: "Counts distinct agencies among the practitioners present who take part in the decision; with `directContact`, only those involved with the child." }),
      unborn: z.array(z.strictObject({ role: Id, at: Origin })),
      waiver: z
        .strictObject({ agencies: z.number().int().nonnegative(), condition: z.string().nullable(), rationaleRecorded: z.boolean(), at: Origin })
        .nullable(),
      localAuthorityServicesCountSeparately: Origin.nullable(),
    }),
    eligibility: z.strictObject({
      default: z.enum(["every_unit", "involved_units"]),
      defaultAt: Origin.nullable().meta({ description: "Null when the protocol is silent and Quorate's default (every unit votes on every child) applies." }),
      whenSiblingsDisagree: z
        .strictObject({ only: z.literal("involved_units"), at: Origin })
        .nullable()
        .meta({ description: "With more than one child, a child on whom the conference reaches no consensus is voted on only by the units involved with that child." }),
      onlyInvolved: z
        .array(z.strictObject({ roles: z.array(Id), at: Origin }))
        .meta({ description: "Roles whose units vote only on the children they are involved with (each school for its own pupils)." }),
      soleRepresentatives: z
        .array(z.strictObject({ selector: z.strictObject({ kind: z.enum(["agency", "grouping", "role"]), ids: z.array(Id) }), at: Origin }))
        .meta({ description: "When exactly one attendee present is selected (holds one of the roles, or belongs to one of the agencies or groupings), that attendee's unit votes on every child, whatever limits the other rules set." }),
    }),
    decision: z.strictObject({
      consensusFirst: Origin.nullable().meta({ description: "Consensus is sought first: when every view given (register or not register) by the practitioners taking part is the same, that is the decision." }),
      rule: z
        .enum(["majority", "chair_executive"])
        .nullable()
        .meta({ description: "`majority`: the option more units favour, abstentions not counted. `chair_executive`: the chair decides, having heard every unit." }),
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
    }),
    categories: z.strictObject({
      allowed: z.array(Labelled).meta({ description: "Empty when the protocol names no categories." }),
      multiple: z.strictObject({ allowed: z.boolean(), at: Origin }).nullable(),
      primary: z.strictObject({ required: z.boolean(), at: Origin }).nullable(),
      secondary: z.strictObject({ required: z.boolean(), at: Origin }).nullable(),
    }),
    obligations: z.array(Obligation),
    powers: z.array(z.strictObject({ holder: z.string(), powers: z.array(PowerId), trigger: EventId.nullable(), at: Origin })),
    silences: z.array(z.strictObject({ aspect: Aspect, text: z.string(), at: Origin })),
    ambiguities: z.array(z.strictObject({ aspect: Aspect, text: z.string(), reading: z.string(), at: Origin })),
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
