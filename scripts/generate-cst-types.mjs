// Regenerates grammar/cst.d.ts from the parser's grammar (run `npm run gen:cst` after
// changing grammar/parser.ts; a test fails while the checked-in file is stale).
import { writeFileSync } from "node:fs";
import { cstTypesSource } from "../dist/grammar/cstTypes.js";

writeFileSync(new URL("../grammar/cst.d.ts", import.meta.url), cstTypesSource());
console.log("wrote grammar/cst.d.ts");
