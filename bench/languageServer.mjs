// The editor's wait: how long after a change to the largest bundled policy its diagnostics
// are ready, against a plain compile of the same text measured in the same run (the
// baseline: `quorate check`'s work for one file, with the vocabulary already parsed).
//
// - `service`: the language service's `diagnostics()` after each edit (its cache misses,
//   since the text changed), in process, timed by tinybench;
// - `roundTrip`: the whole language server over stdio, as an editor sees it: from writing a
//   `didChange` to reading the `publishDiagnostics` it causes, with the debounce set to 0
//   (the server waits DEFAULT_DEBOUNCE_MS after the last keystroke before it starts, on
//   purpose, so that typing is not slowed; that wait is reported beside it, not added).
//
// Run by `npm run bench` (bench/run.mjs), or alone with `node bench/languageServer.mjs`
// after `npx tsc -p tsconfig.bench.json`. Nothing is asserted: wall times are noisy.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { compile } from "../dist/compiler/compile.js";
import { memoryHost } from "../dist/compiler/host.js";
import { createLanguageService } from "../dist/language-service/index.js";
import { DEFAULT_DEBOUNCE_MS } from "../dist/lsp/server.js";
import { files, policyNames, root, today } from "./bundledPolicies.mjs";

/** The bundled board policy with the most characters. */
function largestPolicy() {
  const name = [...policyNames].sort((a, b) => files[`policies/${b}.policy`].length - files[`policies/${a}.policy`].length)[0];
  return { name, filename: `policies/${name}.policy`, text: files[`policies/${name}.policy`] };
}

/** The n-th edit: a word of a comment at the end changes, as typing does, so no cache holds it. */
const edited = (text, n) => `${text}# edit ${n}\n`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function inProcess(policy) {
  const overlay = { ...files };
  const host = memoryHost(overlay);
  let n = 0;
  const service = createLanguageService({ host: { readFile: (p) => (p === policy.filename ? { text: overlay[p] } : host.readFile(p)) }, today: () => today });
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench.add("compile (baseline)", () => compile(edited(policy.text, n++), { filename: policy.filename, host, today }));
  bench.add("language service diagnostics after an edit", () => {
    overlay[policy.filename] = edited(policy.text, n++);
    service.diagnostics(policy.filename);
  });
  await bench.run();
  const [baseline, service_] = bench.tasks.map((t) => t.result.latency.p50);
  return { compileMs: baseline, serviceMs: service_, serviceVsCompile: service_ / baseline };
}

/** A language client over stdio, as small as the protocol allows. */
function startServer() {
  const child = spawn(process.execPath, [path.join(root, "dist/lsp/main.js")], { cwd: root, stdio: ["pipe", "pipe", "inherit"] });
  let buffer = Buffer.alloc(0);
  const listeners = [];
  child.stdout.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
      buffer = buffer.subarray(headerEnd + 4 + length);
      for (const listener of [...listeners]) listener(message);
    }
  });
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const next = (test) => new Promise((resolve) => {
    const listener = (m) => {
      if (!test(m)) return;
      listeners.splice(listeners.indexOf(listener), 1);
      resolve(m);
    };
    listeners.push(listener);
  });
  return { child, send, next };
}

async function roundTrip(policy, runs = 200) {
  const server = startServer();
  const uri = pathToFileURL(path.join(root, policy.filename)).href;
  const initialized = server.next((m) => m.id === 1);
  server.send({ id: 1, method: "initialize", params: { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { today, debounceMs: 0 } } });
  await initialized;
  server.send({ method: "initialized", params: {} });
  const published = () => server.next((m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri);
  const opened = published();
  server.send({ method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "quorate-policy", version: 1, text: policy.text } } });
  await opened;
  const times = [];
  for (let i = 0; i < runs + 20; i++) {
    const done = published();
    const start = process.hrtime.bigint();
    server.send({ method: "textDocument/didChange", params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ text: edited(policy.text, i) }] } });
    await done;
    // The first 20 warm the server up, as tinybench's warm-up does.
    if (i >= 20) times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.send({ id: 2, method: "shutdown", params: null });
  server.send({ method: "exit", params: null });
  await exited;
  return { roundTripMs: median(times), roundTripRuns: runs };
}

export async function languageServerBenchmarks() {
  const policy = largestPolicy();
  const row = { policy: policy.name, characters: policy.text.length, ...(await inProcess(policy)), ...(await roundTrip(policy)), debounceMs: DEFAULT_DEBOUNCE_MS };
  row.roundTripVsCompile = row.roundTripMs / row.compileMs;
  console.log(
    `language server, ${policy.name} (${row.characters} characters): diagnostics after a change ${row.serviceMs.toFixed(2)} ms in the service, ` +
      `${row.roundTripMs.toFixed(2)} ms over stdio (median of ${row.roundTripRuns}; the target is under 50 ms), ` +
      `against a plain compile of ${row.compileMs.toFixed(2)} ms; the server waits ${row.debounceMs} ms after the last keystroke before it starts`,
  );
  return row;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await languageServerBenchmarks();
