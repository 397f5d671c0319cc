// Regenerates the published JSON Schemas in schemas/ from the zod schemas they describe
// (run `npm run schemas`; a test fails while a checked-in file is stale).
import { writeFileSync } from "node:fs";
import { policyJsonSchema } from "../dist/compiler/ir.js";
import { conferenceJsonSchema } from "../dist/runtime/conference.js";
import { decisionJsonSchema } from "../dist/runtime/decision.js";
import { scenariosJsonSchema } from "../dist/runtime/scenario.js";
import { diffJsonSchema } from "../dist/diff/report.js";
import { batchLineJsonSchema } from "../dist/cli/batch/record.js";
import { impactJsonSchema } from "../dist/cli/impact/report.js";
import { calendarJsonSchema } from "../dist/runtime/calendarFile.js";
import { workingDaysJsonSchema } from "../dist/cli/commands/calendar.js";
import { readingsJsonSchema } from "../dist/cli/readings/report.js";

const schemas = {
  "policy.schema.json": policyJsonSchema(),
  "conference.schema.json": conferenceJsonSchema(),
  "decision.schema.json": decisionJsonSchema(),
  "scenarios.schema.json": scenariosJsonSchema(),
  "diff.schema.json": diffJsonSchema(),
  "batch-line.schema.json": batchLineJsonSchema(),
  "impact.schema.json": impactJsonSchema(),
  "calendar.schema.json": calendarJsonSchema(),
  "working-days.schema.json": workingDaysJsonSchema(),
  "readings.schema.json": readingsJsonSchema(),
};
for (const [name, schema] of Object.entries(schemas)) {
  writeFileSync(new URL(`../schemas/${name}`, import.meta.url), JSON.stringify(schema, null, 2) + "\n");
  console.log(`wrote schemas/${name}`);
}
