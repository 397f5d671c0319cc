/**
 * The language server as a program of its own, for editors that bundle it (the VS Code
 * extension bundles this file with everything it imports); `quorate lsp` runs the same.
 */
import { startServer } from "./server.js";

// The protocol library keeps a timer watching the editor's process: exit, not just return.
process.exit(await startServer(process.stdin, process.stdout));
