// `npm run history`: writes examples/history.jsonl, a small sample history of conferences
// for `quorate eval --batch` and `quorate impact`: every conference of the bundled
// scenarios (policies/scenarios/*.scenarios.json), in file order, one per line, titled with
// its scenario's name, then one line no policy can decide (a misspelt role), so that the
// docs' examples show how such a line is reported. `--print` writes it to standard output
// instead; a test compares that with the file, so the file stays up to date.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const folder = path.join(root, "policies/scenarios");

/** The history's lines, as text. */
function historyLines() {
  const lines = [];
  for (const name of readdirSync(folder).filter((n) => n.endsWith(".scenarios.json")).sort()) {
    const file = JSON.parse(readFileSync(path.join(folder, name), "utf8"));
    for (const scenario of file.scenarios) {
      const conference = typeof scenario.conference === "string" ? JSON.parse(readFileSync(path.join(folder, scenario.conference), "utf8")) : scenario.conference;
      lines.push(JSON.stringify({ title: scenario.name, ...conference }));
    }
  }
  lines.push(JSON.stringify({ title: "Misspelt role", children: [{ id: "amy" }], attendees: [{ id: "hv", role: "helth_visitor", views: { amy: "register" } }] }));
  return lines.join("\n") + "\n";
}

if (process.argv.includes("--print")) process.stdout.write(historyLines());
else {
  writeFileSync(path.join(root, "examples/history.jsonl"), historyLines());
  console.log("wrote examples/history.jsonl");
}
