#!/usr/bin/env node
// The published entry point: a thin shim over the compiled CLI so that `quorate` starts
// without a TypeScript loader.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
