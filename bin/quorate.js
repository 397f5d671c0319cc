#!/usr/bin/env node
// The installed entry point: a thin shim over the compiled CLI, so `quorate` starts
// without a TypeScript loader. It runs the CLI as bundled by `npm run build`
// (scripts/bundle-cli.mjs): loading the unbundled modules took most of the start-up.

let main;
let guardOutput;
try {
  ({ main, guardOutput } = await import("../dist/cli-bundle/main.js"));
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("error: Quorate is not built yet\n  help: run `npm install` (or `npm run build`) in the Quorate folder\n");
    process.exit(2);
  }
  throw error;
}

// When output goes to a reader that stops early (`quorate check | head`), stop quietly with
// the command's exit code, or, if it is still running, the code it has reached so far
// (`exitCodeSoFar` below); when it cannot be written at all (a full disk), say so in one
// message and exit 2, never with a stack trace.
guardOutput({
  stdout: process.stdout,
  stderr: process.stderr,
  exit: (code) => process.exit(code),
  codeSoFar: () => Number(process.exitCode ?? 0),
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // A getter: process.stdin is made on first use, and only `--batch -` reads it.
  get stdin() {
    return process.stdin;
  },
  cwd: process.cwd(),
  env: process.env,
  exitCodeSoFar(code) {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
});
