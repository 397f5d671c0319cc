import type { DateFieldKind } from "../../grammar/ast.js";
import { isJurisdiction } from "../catalogue.js";
import type { PolicyIR } from "../ir.js";
import { currentVersion, versionsOf } from "../metadataFacts.js";
import type { PolicyModel } from "../model.js";
import { originOf } from "./origin.js";

type Metadata = Pick<PolicyIR, "id" | "title" | "kind" | "lineage" | "vocabulary" | "jurisdiction" | "metadata" | "calendar">;

function rootText(model: PolicyModel, type: "Document" | "Owner" | "Author"): string | null {
  return model.lastIn(type, model.root)?.node.value.value ?? null;
}

export function lowerMetadata(model: PolicyModel): Metadata {
  const header = model.root.ast.header;
  const versions = versionsOf(model);
  const current = currentVersion(model);
  const jurisdiction = model.last("Jurisdiction")?.node.value.name;
  const supersedes = model.lastIn("Supersedes", model.root);
  const date = (dates: { kind: DateFieldKind; value: string }[], kind: DateFieldKind) => dates.find((d) => d.kind === kind)?.value ?? null;
  return {
    id: header.id.name,
    title: header.title.value,
    kind: header.fileKind,
    lineage: model.bases.map((b) => b.ast.header.id.name),
    vocabulary: model.vocabulary ? model.vocabulary.ast.header.id.name : null,
    jurisdiction: jurisdiction !== undefined && isJurisdiction(jurisdiction) ? jurisdiction : null,
    metadata: {
      document: rootText(model, "Document"),
      owner: rootText(model, "Owner"),
      author: rootText(model, "Author"),
      versions: versions.map((v) => ({
        label: v.node.label?.value ?? null,
        dated: date(v.node.dates, "dated"),
        revised: date(v.node.dates, "revised"),
        approved: date(v.node.dates, "approved"),
        endorsed: date(v.node.dates, "endorsed"),
        review: date(v.node.dates, "review"),
        effective: date(v.node.dates, "effective"),
        at: originOf(v),
      })),
      currentVersion: current ? versions.indexOf(current) : null,
      supersedes: supersedes ? { file: supersedes.node.path.value, at: originOf(supersedes) } : null,
    },
    calendar: {
      closures: model.statements("Closure").map((c) => ({ from: c.node.from.value, to: (c.node.to ?? c.node.from).value, reason: c.node.reason?.value ?? null, at: originOf(c) })),
    },
  };
}
