// Regenerates the reference parts of the docs (docs/diagnostics.md, and the events,
// obligations and powers tables in docs/language.md) from compiler/diagnosticCatalogue.ts
// and compiler/catalogue.ts. Run `npm run docs`; a test fails while either is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { diagnosticsDocument, regenerateLanguageReference } from "../dist/compiler/diagnosticDocs.js";

const language = new URL("../docs/language.md", import.meta.url);
writeFileSync(language, regenerateLanguageReference(readFileSync(language, "utf8")));
writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), diagnosticsDocument());
console.log("wrote docs/diagnostics.md and the tables in docs/language.md");
