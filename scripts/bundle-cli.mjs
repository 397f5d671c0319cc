// Part of `npm run build`: bundles the compiled CLI (dist/cli/main.js) into
// dist/cli-bundle/, which bin/quorate.js runs. Start-up was mostly module loading:
// Chevrotain imports all of lodash-es, some 640 files, and Quorate itself is over 100 more.
// One bundle (tree-shaken, with each command's modules still in a chunk of their own, loaded
// only when that command runs) reads a handful of files instead. Prettier, zod, ajv,
// jsonc-parser and date-holidays (its data for every country, and moment-timezone) stay
// outside it: only the commands that need them load them, and Prettier finds its plugins
// by itself. The library (dist/index.js) is not bundled.
import { rmSync } from "node:fs";
import { build } from "rolldown";

const out = new URL("../dist/cli-bundle/", import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
await build({
  input: new URL("../dist/cli/main.js", import.meta.url).pathname,
  platform: "node",
  external: [/^prettier(\/|$)/, /^zod(\/|$)/, /^ajv(\/|$)/, /^jsonc-parser(\/|$)/, /^date-holidays(\/|$)/],
  logLevel: "warn",
  // The same depth as dist/cli/, so that any path taken from a module's own location holds.
  output: { dir: out, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
});
