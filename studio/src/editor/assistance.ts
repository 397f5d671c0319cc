/**
 * Hover and completion, each a question to the worker's language service about the text
 * the editor holds at that moment.
 */
import type { Completion, CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { hoverTooltip, type Tooltip } from "@codemirror/view";
import type { WorkerClient } from "../worker/client.js";
import { markdownToElement } from "./markdown.js";

/** CodeMirror's icon for each kind of completion. */
const COMPLETION_TYPE: Record<string, string> = {
  keyword: "keyword",
  statement: "text",
  role: "variable",
  grouping: "class",
  agency: "namespace",
  category: "enum",
  concern: "enum",
  event: "function",
  action: "method",
  jurisdiction: "constant",
  fact: "property",
  set: "type",
};

export function policyHover(client: WorkerClient, file: () => string) {
  return hoverTooltip(async (view, pos): Promise<Tooltip | null> => {
    const text = view.state.doc.toString();
    const found = await client.ask({ type: "hover", path: file(), text, at: pos }).catch(() => null);
    if (!found || view.state.doc.toString() !== text) return null;
    return { pos: found.from, end: found.to, above: true, create: () => ({ dom: markdownToElement(found.markdown) }) };
  });
}

export function policyCompletion(client: WorkerClient, file: () => string) {
  return async (context: CompletionContext): Promise<CompletionResult | null> => {
    const word = context.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
    if (!word && !context.explicit) return null;
    const text = context.state.doc.toString();
    const list = await client.ask({ type: "complete", path: file(), text, at: context.pos }).catch(() => null);
    if (!list || list.options.length === 0 || context.aborted) return null;
    const options: Completion[] = list.options.map((o) => ({ label: o.label, type: COMPLETION_TYPE[o.kind] ?? "text", ...(o.detail ? { detail: o.detail } : {}) }));
    return { from: list.from, to: list.to, options, validFor: /^[A-Za-z0-9_]*$/ };
  };
}
