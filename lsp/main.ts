/**
 * The language server as a program of its own, for editors that bundle it (the VS Code
 * extension bundles this file with everything it imports); `quorate lsp` runs the same.
 */
import { startServer } from "./server.js";

process.exitCode = await startServer(process.stdin, process.stdout);
