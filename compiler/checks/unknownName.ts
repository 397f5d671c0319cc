/**
 * The shared body of the name-resolution checks (Q010–Q017): each reference must name
 * something known, and an unknown name gets the closest known one as a suggestion (a
 * likely misspelling, or else the names it is part of: `social_worker` →
 * `children_social_worker` or `adult_social_worker`).
 */
import { didYouMean } from "../../grammar/suggest.js";
import { references, type Reference, type ReferenceKind } from "../references.js";
import type { Scope } from "../scope.js";
import type { Check, CheckContext } from "./check.js";

/** A better account of an unknown name than "did you mean", e.g. that it names a grouping, not a role. */
export interface Explanation {
  message: string;
  help: string;
}

export interface UnknownNameSpec {
  code: string;
  kind: ReferenceKind;
  /** e.g. "role" — used in "unknown role `x`". */
  noun: string;
  invariant: string;
  example: string;
  known(ctx: CheckContext): Iterable<string>;
  /** Advice when there is no close match. */
  fallbackHelp(ctx: CheckContext): string;
  /**
   * Says what the name is when it is known as something else; `null` when another report
   * already explains it (the second word of `record dissent`).
   */
  explain?(ctx: CheckContext, ref: Reference): Explanation | null | undefined;
}

/**
 * Comparisons of an unknown name with a known one that a check makes to find "did you
 * mean"s: each unknown name is compared with every known name, so 100,000 unknown names
 * beside 100,000 known ones would take ten billion. Once these are spent, the general
 * advice is given instead (a policy with so many unknown names needs that more).
 */
export const MOST_NAME_COMPARISONS = 1_000_000;

export function unknownNameCheck(spec: UnknownNameSpec): Check {
  const check: Check = {
    code: spec.code,
    title: `unknown ${spec.noun}`,
    severity: "error",
    invariant: spec.invariant,
    example: spec.example,
    run(ctx) {
      const known = new Set(spec.known(ctx));
      let fallback: string | undefined;
      let compared = 0;
      for (const ref of references(ctx.model, spec.kind)) {
        const name = ref.ident.name;
        if (known.has(name)) continue;
        const explained = spec.explain?.(ctx, ref);
        if (explained === null) continue;
        if (explained) {
          ctx.report({ file: ref.file, node: ref.ident }, explained.message, explained.help);
          continue;
        }
        const suggestion = compared < MOST_NAME_COMPARISONS ? didYouMean(name, known) : undefined;
        compared += known.size;
        // The same advice for every name: worked out once (it may list the known names).
        fallback ??= spec.fallbackHelp(ctx);
        ctx.report({ file: ref.file, node: ref.ident }, `unknown ${spec.noun} \`${name}\``, suggestion ?? fallback);
      }
    },
  };
  return check;
}

/** The first `max` names in backticks, and how many more: only those shown are copied. */
export function listed(names: Iterable<string>, max = 8): string {
  const shown: string[] = [];
  let more = 0;
  for (const name of names) {
    if (shown.length < max) shown.push("`" + name + "`");
    else more++;
  }
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

/**
 * Names in backticks joined as in a sentence: `a`, `b` and `c`. A long list names the
 * first `max` and counts the rest, so a message stays a sentence however large the policy.
 */
export function inSentence(names: string[], max = 12, total = names.length): string {
  if (total > max) return `${names.slice(0, max).map((n) => "`" + n + "`").join(", ")} and ${total - max} more`;
  const quoted = names.map((n) => "`" + n + "`");
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

const rolesByAgencyOf = new WeakMap<Scope, Map<string, string[]>>();

/** The roles of each agency, by its name: built once per policy, not searched for at each use. */
function rolesByAgency(scope: Scope): Map<string, string[]> {
  let index = rolesByAgencyOf.get(scope);
  if (index) return index;
  index = new Map();
  for (const role of scope.roles.values()) {
    const agency = role.node.agency?.name;
    if (agency === undefined) continue;
    const list = index.get(agency) ?? [];
    list.push(role.node.id.name);
    index.set(agency, list);
  }
  rolesByAgencyOf.set(scope, index);
  return index;
}

/** What else a name is, for messages such as "`child_health` is a grouping, not a role". */
export function otherMeaning(ctx: CheckContext, name: string, wanted: "role" | "grouping" | "agency"): Explanation | undefined {
  const { roles, groupings, agencies } = ctx.scope;
  if (wanted !== "grouping" && groupings.has(name)) {
    // Only the names shown are gathered: a grouping named at every use would otherwise be listed in full each time.
    const roleList = groupings.get(name)?.node.roles ?? [];
    const members = roleList.slice(0, 13).map((r) => r.name);
    return { message: `\`${name}\` is a grouping, not ${wanted === "role" ? "a role" : "an agency"}`, help: members.length > 0 ? `name its roles instead: ${inSentence(members, 12, roleList.length)}` : "name roles here, not groupings" };
  }
  if (wanted !== "agency" && agencies.has(name)) {
    const members = rolesByAgency(ctx.scope).get(name) ?? [];
    if (wanted === "grouping") return { message: `\`${name}\` is an agency, not a grouping`, help: `to name the agency, write \`agency ${name}\`` };
    return { message: `\`${name}\` is an agency, not a role`, help: members.length > 0 ? `its roles are ${inSentence(members.slice(0, 8))}` : "name a role of that agency instead" };
  }
  if (wanted !== "role" && roles.has(name)) {
    const agency = roles.get(name)?.node.agency?.name;
    return {
      message: `\`${name}\` is a role, not ${wanted === "grouping" ? "a grouping" : "an agency"}`,
      help: wanted === "grouping" ? "name a grouping declared with `grouping` (in `sole representative of`, write `roles` to name roles instead)" : agency ? `its agency is \`${agency}\`` : "it is not a practitioner, so it has no agency",
    };
  }
  return undefined;
}
