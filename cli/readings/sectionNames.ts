/** A section of a policy file by name, for sentences: "the quorum section", "the policy's header". */
const NAMES: Record<string, string> = {
  header: "policy's header",
  escalation: "escalation route",
  appeal: "appeal route",
};

export function sectionName(aspect: string): string {
  return NAMES[aspect] ?? `${aspect} section`;
}
