#!/usr/bin/env node
// The installed entry point: a thin shim over the compiled CLI, so `quorate` starts
// without a TypeScript loader. It runs the CLI as bundled by `npm run build`
// (scripts/bundle-cli.mjs): loading the unbundled modules took most of the start-up.

// When output goes to a reader that stops early (`quorate check | head`), stop quietly
// rather than crash: the command's own exit code still stands, or, if it is still
// running, the code it has reached so far (`exitCodeSoFar` below).
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

let main;
try {
  ({ main } = await import("../dist/cli-bundle/main.js"));
} catch (error) {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("error: Quorate is not built yet\n  help: run `npm install` (or `npm run build`) in the Quorate folder\n");
    process.exit(2);
  }
  throw error;
}

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
