/**
 * `quorate lsp [--stdio]`: runs the language server (lsp/server.ts) over standard input and
 * output until the editor ends it. `--stdio` is accepted because editors' clients add it.
 */
import { startServer } from "../../lsp/server.js";
import { UsageError } from "../io.js";

export async function runLsp(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--stdio");
  if (unknown.length > 0) throw new UsageError(`\`quorate lsp\` does not take ${unknown.map((a) => `\`${a}\``).join(", ")}`, "run `quorate lsp`: the language server talks over standard input and output");
  const code = await startServer(process.stdin, process.stdout);
  // The protocol library keeps a timer watching the editor's process; once the editor is
  // gone there is nothing left to wait for.
  process.exit(code);
}
