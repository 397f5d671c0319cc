import type { Version } from "../grammar/ast.js";
import type { Located, PolicyModel } from "./model.js";

/** The root's own version statements: metadata describes this file's document, not its base's. */
export function versionsOf(model: PolicyModel): Located<Version>[] {
  return model.statements("Version").filter((v) => v.file === model.root);
}

/** The version in force: the one `current` names, or the only one. */
export function currentVersion(model: PolicyModel): Located<Version> | undefined {
  const versions = versionsOf(model);
  const current = model.lastIn("CurrentVersion", model.root);
  if (current) return versions.find((v) => v.node.label?.value === current.node.label.value);
  return versions.length === 1 ? versions[0] : undefined;
}

export function dateOf(version: Version, kind: Version["dates"][number]["kind"]) {
  return version.dates.find((d) => d.kind === kind);
}
