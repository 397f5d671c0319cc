/**
 * `quorate lsp`: the language server, over standard input and output. A thin adapter:
 * every answer comes from the language service (language-service/), which reads open
 * documents first and the disk after. Diagnostics are published on open and, debounced,
 * on change, for the edited file and for the base and vocabulary it uses; an edit to any
 * open file re-checks every open file, since a base's change changes its policies.
 *
 * No request may bring the server down: each handler catches what goes wrong, logs it to
 * the client, and answers with nothing.
 */
import {
  createConnection,
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { fileSystemHost, type CompileHost } from "../compiler/host.js";
import { path } from "../compiler/platform.js";
import { createLanguageService, type LanguageService } from "../language-service/index.js";
import { VERSION } from "../cli/version.js";
import { lspCodeAction, lspCompletions, lspDiagnostic, lspEdit, lspSymbols, pathToUri, uriToPath } from "./convert.js";

/** How long after the last keystroke diagnostics are computed. */
export const DEFAULT_DEBOUNCE_MS = 150;

interface ServerOptions {
  /** Today's date for the review-date check (for reproducible tests); the real date by default. */
  today?: string;
  debounceMs?: number;
}

class PolicyServer {
  readonly documents = new TextDocuments(TextDocument);
  /** Open documents by path. */
  private readonly openByPath = new Map<string, TextDocument>();
  private service: LanguageService;
  private debounceMs = DEFAULT_DEBOUNCE_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** What each open document's check found, by the file it was found in. */
  private readonly findings = new Map<string, Map<string, Diagnostic[]>>();
  /** Files diagnostics were last published for, so that cleared ones are published empty. */
  private readonly published = new Set<string>();

  constructor(readonly connection: Connection) {
    this.service = this.createService(undefined);
  }

  private createService(today: string | undefined): LanguageService {
    const disk = fileSystemHost();
    const host: CompileHost = {
      readFile: (filePath) => {
        const open = this.openByPath.get(path.normalize(filePath));
        return open ? { text: open.getText() } : disk.readFile(filePath);
      },
      realPath: (filePath) => (this.openByPath.has(path.normalize(filePath)) ? undefined : disk.realPath?.(filePath)),
    };
    return createLanguageService({ host, ...(today ? { today: () => today } : {}) });
  }

  configure(options: ServerOptions): void {
    if (typeof options.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(options.today)) this.service = this.createService(options.today);
    if (typeof options.debounceMs === "number" && options.debounceMs >= 0) this.debounceMs = options.debounceMs;
  }

  opened(document: TextDocument): void {
    this.openByPath.set(path.normalize(uriToPath(document.uri)), document);
  }

  closed(document: TextDocument): void {
    const file = path.normalize(uriToPath(document.uri));
    this.openByPath.delete(file);
    this.service.forget(file);
    this.findings.delete(document.uri);
    this.schedule(0);
  }

  schedule(delay = this.debounceMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.validateAll();
    }, delay);
  }

  private validateAll(): void {
    for (const document of this.documents.all()) {
      try {
        const found = new Map<string, Diagnostic[]>();
        for (const { file, diagnostics } of this.service.diagnostics(uriToPath(document.uri))) found.set(pathToUri(file), diagnostics.map(lspDiagnostic));
        this.findings.set(document.uri, found);
      } catch (error) {
        this.log(`checking ${document.uri} failed`, error);
      }
    }
    this.publish();
  }

  /** Publishes, for every file, the union of what the open documents' checks found in it. */
  private publish(): void {
    const byUri = new Map<string, Map<string, Diagnostic>>();
    for (const found of this.findings.values()) {
      for (const [uri, diagnostics] of found) {
        const unique = byUri.get(uri) ?? new Map<string, Diagnostic>();
        for (const d of diagnostics) unique.set(JSON.stringify([d.range, d.code, d.message]), d);
        byUri.set(uri, unique);
      }
    }
    for (const uri of this.published) if (!byUri.has(uri)) byUri.set(uri, new Map());
    this.published.clear();
    for (const [uri, unique] of byUri) {
      if (unique.size > 0) this.published.add(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics: [...unique.values()] });
    }
  }

  log(what: string, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.connection.console.error(`quorate: ${what}: ${detail}`);
  }

  file(uri: string): string {
    return uriToPath(uri);
  }

  get ls(): LanguageService {
    return this.service;
  }
}

/** Runs a handler, answering `fallback` (and logging) if it throws. */
function safely<P extends { textDocument?: { uri: string } }, R>(server: PolicyServer, name: string, fallback: R, handler: (params: P) => R | Promise<R>) {
  return async (params: P): Promise<R> => {
    try {
      return await handler(params);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      server.log(`${name} failed for ${params.textDocument?.uri ?? "?"}`, error);
      return fallback;
    }
  };
}

function capabilities(): InitializeResult {
  return {
    serverInfo: { name: "quorate", version: VERSION },
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [":", ","] },
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      codeActionProvider: { codeActionKinds: ["quickfix"] },
    },
  };
}

/** The document lifecycle: every open, change and close re-checks the open documents. */
function registerDocuments(server: PolicyServer): void {
  const { connection, documents } = server;
  connection.onInitialize((params) => {
    server.configure((params.initializationOptions ?? {}) as ServerOptions);
    return capabilities();
  });
  documents.onDidOpen(({ document }) => {
    server.opened(document);
    server.schedule(0);
  });
  documents.onDidChangeContent(({ document }) => {
    server.opened(document);
    server.schedule();
  });
  documents.onDidClose(({ document }) => server.closed(document));
  connection.onDidChangeWatchedFiles(() => server.schedule());
}

/** Queries about what is written: hover, completion, definition, references, rename. */
function registerQueries(server: PolicyServer): void {
  const { connection } = server;
  connection.onHover(safely(server, "hover", null, (p) => {
    const hover = server.ls.hover(server.file(p.textDocument.uri), p.position);
    return hover ? { contents: { kind: "markdown" as const, value: hover.contents }, range: hover.range } : null;
  }));
  connection.onCompletion(safely(server, "completion", [], (p) => lspCompletions(server.ls.completion(server.file(p.textDocument.uri), p.position))));
  connection.onDefinition(safely(server, "definition", [], (p) => server.ls.definition(server.file(p.textDocument.uri), p.position).map((l) => ({ uri: pathToUri(l.file), range: l.range }))));
  connection.onReferences(safely(server, "references", [], (p) =>
    server.ls.references(server.file(p.textDocument.uri), p.position, p.context.includeDeclaration).map((l) => ({ uri: pathToUri(l.file), range: l.range })),
  ));
  connection.onPrepareRename(safely(server, "prepareRename", null, (p) => {
    const result = server.ls.prepareRename(server.file(p.textDocument.uri), p.position);
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result;
  }));
  connection.onRenameRequest(safely(server, "rename", null, (p) => {
    const result = server.ls.rename(server.file(p.textDocument.uri), p.position, p.newName);
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return lspEdit(result.edit);
  }));
}

/** The outline, folding, formatting and code actions. */
function registerEditing(server: PolicyServer): void {
  const { connection } = server;
  connection.onDocumentSymbol(safely(server, "documentSymbol", [], (p) => lspSymbols(server.ls.documentSymbols(server.file(p.textDocument.uri)))));
  connection.onFoldingRanges(safely(server, "foldingRange", [], (p) => server.ls.foldingRanges(server.file(p.textDocument.uri))));
  connection.onDocumentFormatting(safely(server, "formatting", null, async (p) => {
    const result = await server.ls.format(server.file(p.textDocument.uri));
    if ("error" in result) {
      server.connection.console.warn(`quorate: ${result.error}`);
      return null;
    }
    return result.edits;
  }));
  connection.onDocumentRangeFormatting(safely(server, "rangeFormatting", null, async (p) => {
    const result = await server.ls.formatRange(server.file(p.textDocument.uri), p.range);
    if ("error" in result) {
      server.connection.console.warn(`quorate: ${result.error}`);
      return null;
    }
    return result.edits;
  }));
  connection.onCodeAction(safely(server, "codeAction", [], (p) =>
    server.ls.codeActions(server.file(p.textDocument.uri), p.range).map((a) => lspCodeAction(a, p.context.diagnostics)),
  ));
}

/** Starts the server on the given streams (standard input and output for `quorate lsp`); resolves with the exit code when the client exits or goes away. */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
  const server = new PolicyServer(connection);
  registerDocuments(server);
  registerQueries(server);
  registerEditing(server);
  server.documents.listen(connection);
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  return new Promise((resolve) => {
    connection.onExit(() => resolve(shutdown ? 0 : 1));
    // An editor that goes away without `exit` closes our input: end as the protocol says
    // to end on `exit` without `shutdown`, with 1, rather than wait for ever.
    input.once("end", () => resolve(shutdown ? 0 : 1));
    connection.listen();
  });
}
