/**
 * A language client as small as the protocol allows: it starts `quorate lsp` as a process,
 * frames JSON-RPC messages with `Content-Length` headers over its standard input and
 * output, and lets a test send requests and wait for notifications, as an editor would.
 * Written here rather than taken from a library so that the tests read the bytes on the
 * wire: a malformed header or message fails them.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const BIN = path.join(ROOT, "bin/quorate.js");
/** The folder the server is opened on: the engine's own copy of the boards, so a board's edit never fails these tests. */
export const WORKSPACE = path.join(ROOT, "test/fixtures/boards");

export interface Message {
  jsonrpc: "2.0";
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

export class LspClient {
  readonly process: ChildProcess;
  /** Every message received, in order: for tests that check each is well formed. */
  readonly received: Message[] = [];
  readonly stderr: string[] = [];
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (message: Message) => void>();
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  exited: number | null | undefined;

  /** Runs `script` (the CLI by default) with `args`. */
  constructor(args: string[] = ["lsp"], cwd = WORKSPACE, script = BIN) {
    this.process = spawn(process.execPath, [script, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.process.stdout?.on("data", (chunk: Buffer) => this.read(chunk));
    this.process.stderr?.on("data", (chunk: Buffer) => this.stderr.push(chunk.toString()));
    this.process.on("exit", (code) => {
      this.exited = code;
    });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString("ascii");
      const length = /^Content-Length: (\d+)$/im.exec(header)?.[1];
      if (length === undefined) throw new Error(`a message without Content-Length: ${header}`);
      const end = headerEnd + 4 + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, end).toString("utf8")) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    this.received.push(message);
    if (message.id !== undefined && message.method === undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    // A request from the server (none is expected, but a client must answer): reply empty.
    if (message.id !== undefined && message.method !== undefined) this.send({ jsonrpc: "2.0", id: message.id, result: null });
    for (const waiter of [...this.waiters]) {
      if (waiter.test(message)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), "utf8");
    this.process.stdin?.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin?.write(body);
  }

  /** Sends a request and resolves with the whole response (result or error). */
  request(method: string, params: unknown): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  /** The result of a request; throws on an error response. */
  async call<T = unknown>(method: string, params: unknown): Promise<T> {
    const response = await this.request(method, params);
    if (response.error) throw new Error(`${method} failed: ${response.error.message}`);
    return response.result as T;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: "2.0", method, params });
  }

  /** The next notification (after now) that passes `test`. */
  next(test: (m: Message) => boolean): Promise<Message> {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** The next diagnostics published for a URI. */
  diagnostics(uri: string): Promise<PublishedDiagnostic[]> {
    return this.next((m) => m.method === "textDocument/publishDiagnostics" && (m.params as { uri: string }).uri === uri).then((m) => (m.params as { diagnostics: PublishedDiagnostic[] }).diagnostics);
  }

  async initialize(options: Record<string, unknown> = { today: "2026-11-24" }): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.call<{ capabilities: Record<string, unknown> }>("initialize", { processId: process.pid, rootUri: pathToFileURL(WORKSPACE).href, capabilities: {}, initializationOptions: options });
    this.notify("initialized", {});
    return result;
  }

  open(uri: string, text: string, version = 1): void {
    this.notify("textDocument/didOpen", { textDocument: { uri, languageId: "quorate-policy", version, text } });
  }

  change(uri: string, version: number, changes: unknown[]): void {
    this.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Shuts the server down as an editor does and resolves with its exit code. */
  async stop(): Promise<number | null> {
    if (this.exited !== undefined) return this.exited;
    const exited = new Promise<number | null>((resolve) => this.process.once("exit", (code) => resolve(code)));
    await this.call("shutdown", null);
    this.notify("exit", null);
    return exited;
  }
}

export interface PublishedDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
}

export function uriOf(file: string): string {
  return pathToFileURL(path.resolve(WORKSPACE, file)).href;
}
