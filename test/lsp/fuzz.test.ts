/**
 * The server survives any edit: random sequences of insertions, deletions and truncations
 * are sent to `quorate lsp` as an editor sends them (incremental `didChange`), each followed
 * by requests at random places. Every response must be well formed (a result, or for
 * rename an error saying why), diagnostics must keep coming, and the process never exits.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LspClient, uriOf, WORKSPACE, type Message } from "./client.js";
import { cases } from "../helpers/sampleSize.js";

const SOURCE = readFileSync(path.join(WORKSPACE, "policies/cwm-taf-morgannwg.policy"), "utf8");
const SNIPPETS = ["{", "}", '"', "#", ":", ",", "\n", "cite ", "grouping x \"X\" { gp }", "when ", "é😀", "\r\n", "  ", "voting {", "quorum", "helth_visitor", "\\"];

type Edit = { kind: "insert"; at: number; text: string } | { kind: "delete"; at: number; length: number } | { kind: "truncate"; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 6 })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function position(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  return { line, character: offset - lineStart };
}

/** The change an editor would send for an edit, and the text after it. */
function apply(text: string, e: Edit): { text: string; change: unknown } {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  const end = e.kind === "insert" ? at : e.kind === "delete" ? Math.min(text.length, at + e.length) : text.length;
  // An edit never splits a \r\n pair, which editors treat as one line break.
  if ((text[at - 1] === "\r" && text[at] === "\n") || (text[end - 1] === "\r" && text[end] === "\n")) return { text, change: undefined };
  const inserted = e.kind === "insert" ? e.text : "";
  return { text: text.slice(0, at) + inserted + text.slice(end), change: { range: { start: position(text, at), end: position(text, end) }, text: inserted } };
}

const REQUESTS = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/codeAction", "textDocument/formatting", "textDocument/prepareRename"] as const;

function wellFormed(method: string, response: Message): void {
  expect(response.jsonrpc).toBe("2.0");
  if (response.error) {
    // Only rename refuses, with a reason for the user.
    expect(method).toBe("textDocument/prepareRename");
    expect(response.error.message.length).toBeGreaterThan(0);
    return;
  }
  const result = response.result;
  if (result === null) {
    expect(["textDocument/hover", "textDocument/formatting", "textDocument/prepareRename"]).toContain(method);
    return;
  }
  if (method === "textDocument/hover") expect(typeof (result as { contents: { value: string } }).contents.value).toBe("string");
  else if (method === "textDocument/prepareRename") expect((result as { placeholder: string }).placeholder).toMatch(/^[a-z_][a-z0-9_]*$/i);
  else expect(Array.isArray(result)).toBe(true);
}

let client: LspClient;
beforeAll(async () => {
  client = new LspClient();
  await client.initialize({ today: "2026-11-24", debounceMs: 0 });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

it("answers every request well formed, after any sequence of edits, and never exits", async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(edit, fc.constantFrom(...REQUESTS), fc.nat()), { minLength: 1, maxLength: 8 }), async (steps) => {
      const uri = uriOf(`policies/fuzz-${run++}.policy`);
      let text = SOURCE;
      let version = 1;
      client.open(uri, text);
      for (const [e, method, where] of steps) {
        const next = apply(text, e);
        if (next.change) client.change(uri, ++version, [next.change]);
        text = next.text;
        const offset = text.length === 0 ? 0 : where % (text.length + 1);
        const at = position(text, offset);
        const params: Record<string, unknown> = { textDocument: { uri }, position: at };
        if (method === "textDocument/references") params["context"] = { includeDeclaration: true };
        if (method === "textDocument/codeAction") Object.assign(params, { range: { start: at, end: at }, context: { diagnostics: [] } });
        if (method === "textDocument/formatting") params["options"] = { tabSize: 2, insertSpaces: true };
        wellFormed(method, await client.request(method, params));
      }
      // The server still checks the text as it now stands.
      const published = client.diagnostics(uri);
      client.change(uri, version + 1, [{ text }]);
      expect(Array.isArray(await published)).toBe(true);
      client.notify("textDocument/didClose", { textDocument: { uri } });
      expect(client.exited).toBeUndefined();
    }),
    { numRuns: Number(process.env["QUORATE_LSP_FUZZ_RUNS"] ?? cases(60, 300)), seed: Number(process.env["QUORATE_SEED"] ?? 16) },
  );
  expect(client.exited).toBeUndefined();
  expect(client.stderr.join("")).toBe("");
  // A handler that failed logs why (and answers with nothing): none may have.
  const logged = client.received.filter((m) => m.method === "window/logMessage").map((m) => (m.params as { type: number; message: string }));
  expect(logged.filter((m) => m.type === 1).map((m) => m.message)).toEqual([]);
});
