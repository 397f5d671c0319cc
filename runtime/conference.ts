/**
 * The conference a policy decides: who attended, what each practitioner thought about each
 * child, and what the chair did. The format is the contract of DESIGN.md §4, extended
 * where the protocols need facts it lacks (a written report, the chair admitting a view,
 * the chair's authority to override). Every board's policy reads the same file, so nothing
 * here names a board's groupings except `represents`, which a policy without that choice
 * ignores. Children and attendees are keyed by their ids inside records; the runtime turns
 * those records into `Map`s, so an id like `__proto__` is an ordinary key.
 * The JSON Schema in `schemas/conference.schema.json` is generated from this file.
 */
import { z } from "zod";

export const CONFERENCE_FORMAT = "quorate.conference/1";

const Id = z.string().min(1).max(200).meta({ description: "An identifier chosen by whoever wrote the file, such as `amy` or `a1`." });
const Text = z.string().min(1).max(10_000);

export const View = z.enum(["register", "not_register", "abstain"]).meta({ description: "A view on whether the child's name goes on the register (in England: whether a child protection plan is needed)." });
export type View = z.infer<typeof View>;
export const Choice = z.enum(["register", "not_register"]);
export type Choice = z.infer<typeof Choice>;

export const FactValue = z
  .union([z.string().min(1).max(200), z.boolean(), z.number().int().nonnegative().max(1_000_000)])
  .meta({ description: "A value of a fact the policy declares: one of its values (text), true or false for a yes-or-no fact, or a whole number." });
export type FactValue = z.infer<typeof FactValue>;

const Facts = z.record(Id, FactValue);

export const Child = z
  .strictObject({
    id: Id,
    unborn: z.boolean().optional(),
    name: z.string().max(200).optional().meta({ description: "A label for the reader; never used in a decision." }),
    facts: Facts.optional().meta({ description: "The child's own facts that a policy's rules may read (their age, whether they are looked after), by fact id." }),
  })
  .meta({ id: "Child" });
export type Child = z.infer<typeof Child>;

export const Attendee = z
  .strictObject({
    id: Id,
    role: Id.meta({ description: "A role id from the shared vocabulary (or one the policy declares), such as `health_visitor`." }),
    name: z.string().max(200).optional().meta({ description: "A label for the reader; never used in a decision." }),
    organisation: z.string().min(1).max(500).optional().meta({ description: "The attendee's organisation (a named school, a named team). Where a policy gives each organisation its own vote, attendees of one organisation share it. It never changes how many agencies a quorum counts: an agency is the service a role belongs to." }),
    involvedWith: z.array(Id).optional().meta({ description: "The children the attendee has direct contact with. Omitted: every child. Empty: none." }),
    nominatedLead: z.boolean().optional().meta({ description: "The attendee speaks for their grouping or agency." }),
    views: z.record(Id, View).optional().meta({ description: "The attendee's view on each child, by child id. A child left out is a child the attendee gave no view on." }),
    represents: Id.optional().meta({ description: "The grouping the attendee sits with, where the policy lets their role choose." }),
    writtenReport: z.boolean().optional().meta({ description: "The attendee gave the conference a written report." }),
    dissent: z
      .record(Id, z.enum(["formal", "reservation"]))
      .optional()
      .meta({ description: "The attendee's dissent from the decision on a child, by child id: a formal dissent, or a reservation recorded only. It counts where the decision differs from the attendee's view, or they gave none." }),
  })
  .meta({ id: "Attendee" });
export type Attendee = z.infer<typeof Attendee>;

const Reasoned = z.strictObject({ reason: Text });

export const ChairInput = z
  .strictObject({
    decides: z.record(Id, Choice).optional().meta({ description: "The chair's own decision for a child, used where the policy gives the decision to the chair (a tie, no majority, an executive decision)." }),
    override: z
      .record(Id, z.strictObject({ outcome: Choice, reason: Text }))
      .optional()
      .meta({ description: "The chair sets aside the view of the conference for a child; applied only where the policy grants that power." }),
    authorisedToOverride: z.boolean().optional().meta({ description: "The board has authorised the chair to overrule the conference, where the policy makes the override depend on that." }),
    admits: z.array(Id).optional().meta({ description: "Attendees whose view the chair includes where the policy leaves it to the chair's discretion." }),
    believesUnsafe: z.array(Id).optional().meta({ description: "Children for whom the chair believes the decision leaves the child at risk." }),
    proceedWithoutQuorum: Reasoned.optional().meta({ description: "The chair proceeds although the conference is not quorate, with the rationale; applied only where the policy allows it." }),
    defer: z.record(Id, Reasoned).optional().meta({ description: "The chair defers the decision for a child; applied only where the policy allows it." }),
  })
  .meta({ id: "ChairInput" });
export type ChairInput = z.infer<typeof ChairInput>;

export const ChildCategories = z
  .strictObject({
    primary: Id.optional(),
    secondary: z.array(Id).optional(),
    unranked: z.array(Id).optional().meta({ description: "Categories chosen with none of them primary, where the policy's list is unranked." }),
  })
  .meta({ id: "ChildCategories" });
export type ChildCategories = z.infer<typeof ChildCategories>;

export const ChildConcerns = z
  .strictObject({
    primary: z.string().min(1).max(500).optional(),
    secondary: z.array(z.string().min(1).max(500)).optional(),
    unranked: z.array(z.string().min(1).max(500)).optional(),
  })
  .meta({ id: "ChildConcerns", description: "Areas of concern: ids from the policy's list, or words of their own where it allows free text." });
export type ChildConcerns = z.infer<typeof ChildConcerns>;

export const Conference = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(CONFERENCE_FORMAT).optional(),
    title: z.string().max(500).optional().meta({ description: "A label for the reader; never used in a decision." }),
    children: z.array(Child).min(1),
    attendees: z.array(Attendee),
    facts: Facts.optional().meta({ description: "Facts about the conference that a policy's rules may read (its kind, whether the last one was quorate), by fact id." }),
    chair: ChairInput.optional(),
    categories: z.record(Id, ChildCategories).optional().meta({ description: "The registration categories chosen for each child, by child id." }),
    concerns: z.record(Id, ChildConcerns).optional().meta({ description: "The areas of concern recorded for each child, by child id." }),
  })
  .meta({ id: "QuorateConference", title: "Quorate conference", description: "A child protection conference to decide under a Quorate policy." });
export type Conference = z.infer<typeof Conference>;

/** The JSON Schema published as schemas/conference.schema.json. */
export function conferenceJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Conference, { target: "draft-2020-12" }) as Record<string, unknown>;
}
