// Regenerates the reference parts of the docs (docs/diagnostics.md, and the tables of
// events and actions in docs/language.md) from compiler/diagnosticCatalogue.ts,
// compiler/catalogue.ts and the shared vocabulary. Run `npm run docs`; a test fails while
// either is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compileFile } from "../dist/compiler/compile.js";
import { diagnosticsDocument, regenerateLanguageReference } from "../dist/compiler/diagnosticDocs.js";

const vocabulary = compileFile(fileURLToPath(new URL("../policies/vocabulary.policy", import.meta.url))).ir;
if (!vocabulary) throw new Error("policies/vocabulary.policy does not compile: run `npx quorate check policies/vocabulary.policy`");
const language = new URL("../docs/language.md", import.meta.url);
writeFileSync(language, regenerateLanguageReference(readFileSync(language, "utf8"), vocabulary));
writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), diagnosticsDocument());
console.log("wrote docs/diagnostics.md and the tables in docs/language.md");
