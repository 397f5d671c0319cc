// `npm run vscode:grammar` and part of `npm run vscode:package`: writes the VS Code
// extension's TextMate grammar (editors/vscode/syntaxes/) from editors/vscode/src/
// textmateGrammar.ts, then bundles the extension's client (dist/extension.js, CommonJS, as
// VS Code loads it) and the language server (dist/server.mjs: lsp/main.ts as compiled by
// `npm run build`, with everything it imports, Prettier's standalone build included), so
// the .vsix needs no node_modules.
import { Buffer } from "node:buffer";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { build, rolldown } from "rolldown";

const root = new URL("../", import.meta.url).pathname;
const extension = `${root}editors/vscode/`;
const tsSources = { resolve: { extensionAlias: { ".js": [".ts", ".js"] } } };

async function writeGrammar() {
  const bundle = await rolldown({ input: `${extension}src/textmateGrammar.ts`, platform: "node", logLevel: "warn", ...tsSources });
  const { output } = await bundle.generate({ format: "esm" });
  const module = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString("base64")}`);
  const file = `${extension}syntaxes/quorate.tmLanguage.json`;
  const text = JSON.stringify(module.textmateGrammar(), null, 2) + "\n";
  // Written only when it changed, so a test reading the grammar never meets it half written.
  if (readFileSync(file, "utf8") !== text) writeFileSync(file, text);
}

/** The formatter takes Quorate's plugin explicitly, so Prettier's standalone build (no plugin loading, no file system) does. */
const standalonePrettier = {
  name: "standalone-prettier",
  resolveId(id, importer) {
    return id === "prettier" ? this.resolve("prettier/standalone", importer) : null;
  },
};

// Editors older than Node 20.16 (VS Code's own Node among them) lack process.getBuiltinModule,
// which compiler/platform.ts asks for Node's modules with; give it require's answer.
const builtinShim = 'import { createRequire as quorateRequire } from "node:module";\nprocess.getBuiltinModule ??= quorateRequire(import.meta.url);\n';

await writeGrammar();
if (!process.argv.includes("--grammar-only")) {
  rmSync(`${extension}dist`, { recursive: true, force: true });
  await build({ input: `${extension}src/extension.ts`, platform: "node", external: ["vscode"], logLevel: "warn", ...tsSources, output: { file: `${extension}dist/extension.js`, format: "cjs" } });
  await build({ input: `${root}dist/lsp/main.js`, platform: "node", plugins: [standalonePrettier], logLevel: "warn", output: { file: `${extension}dist/server.mjs`, format: "esm", banner: builtinShim } });
}
