// Regenerates the reference parts of the docs (docs/diagnostics.md, and the diagnostics
// and events/actions tables in README.md) from compiler/diagnosticCatalogue.ts and the
// shared vocabulary. Run `npm run docs`; a test fails while either is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { compileFile } from "../dist/compiler/compile.js";
import { diagnosticsDocument, regenerateReadme } from "../dist/compiler/diagnosticDocs.js";

const vocabulary = compileFile(new URL("../policies/vocabulary.policy", import.meta.url).pathname).ir;
if (!vocabulary) throw new Error("policies/vocabulary.policy does not compile: run `npx quorate check policies/vocabulary.policy`");
const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, regenerateReadme(readFileSync(readme, "utf8"), vocabulary));
writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), diagnosticsDocument());
console.log("wrote docs/diagnostics.md and the tables in README.md");
