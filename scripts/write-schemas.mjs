// Regenerates schemas/policy.schema.json from the zod schema in compiler/ir.ts
// (run `npm run schemas`; a test fails while the checked-in file is stale).
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../dist/compiler/ir.js";

writeFileSync(new URL("../schemas/policy.schema.json", import.meta.url), JSON.stringify(policyJsonSchema(), null, 2) + "\n");
console.log("wrote schemas/policy.schema.json");
