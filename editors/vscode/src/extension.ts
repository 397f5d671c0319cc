/**
 * The VS Code extension's client: starts the language server bundled beside it
 * (dist/server.mjs, the same server as `quorate lsp`) for `.policy` files, or the command
 * named by the `quorate.server.command` setting (for example a project's own
 * `npx quorate`), which is run with `lsp`.
 */
import { workspace, type ExtensionContext } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

function serverOptions(context: ExtensionContext): ServerOptions {
  const command = workspace.getConfiguration("quorate").get<string>("server.command")?.trim();
  if (command) {
    const [program = command, ...args] = command.split(/\s+/);
    return { command: program, args: [...args, "lsp"], transport: TransportKind.stdio, options: { shell: process.platform === "win32" } };
  }
  return { module: context.asAbsolutePath("dist/server.mjs"), transport: TransportKind.stdio };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "quorate-policy" }],
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/*.policy") },
  };
  client = new LanguageClient("quorate", "Quorate policy", serverOptions(context), clientOptions);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
