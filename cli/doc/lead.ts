/** The paragraph that opens the readable policy: where it comes from and how to read it. */
import type { PolicyDocument } from "./document.js";

/** `marker` is how the rendering shows a reading: ⚠ in Markdown, a highlighted box on the page. */
export function docLead(doc: PolicyDocument, marker: string): string {
  const from = doc.file ?? `${doc.id}`;
  return (
    `Written by Quorate from ${from}. Each sentence ends with the clause of the protocol it comes from and the line of the policy that states it; ` +
    "a sentence with no clause is Quorate's own wording of what the policy leaves unsaid. " +
    `${marker} marks a reading: where the protocol is ambiguous or silent, or Quorate applies a default of its own. ` +
    "Each is listed in the readings register at the end, with the board's confirmation."
  );
}
