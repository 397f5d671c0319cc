// Regenerates the reference parts of the docs (docs/diagnostics.md, and the diagnostics
// and events/obligations/powers tables in README.md)
// from compiler/diagnosticCatalogue.ts. Run `npm run docs`; a test fails while either is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { diagnosticsDocument, regenerateReadme } from "../dist/compiler/diagnosticDocs.js";

const readme = new URL("../README.md", import.meta.url);
writeFileSync(readme, regenerateReadme(readFileSync(readme, "utf8")));
writeFileSync(new URL("../docs/diagnostics.md", import.meta.url), diagnosticsDocument());
console.log("wrote docs/diagnostics.md and the table in README.md");
