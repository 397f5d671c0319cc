// Quorate Studio's wait: in headless Chromium, from each keystroke in the editor to its
// problems being shown, for the largest board policy the Studio ships, against the
// language service's own diagnostics time for the same policy in Node, measured in the
// same run (the baseline: the work the worker does for each keystroke, without the page,
// the worker's messages or the editor).
//
// The Studio is built as `npm run studio:build` builds it (into a temporary folder) and
// opened from disk. A rule is typed into the policy's `quorum` section one key at a time,
// at a fast typist's pace, and deleted again, twice: every key changes the text (and most
// of them the problems: a half-typed rule, then an unknown role with its did-you-mean),
// and completion is asked as it would be. The Studio records each time with the User
// Timing API (studio/src/editor/latency.ts); the median is read against the 50 ms target.
//
// Run by `npm run bench`, or alone (after `npx tsc -p tsconfig.bench.json`) with
// `node bench/studio.mjs`, which rewrites the `studio` part of bench/results.json.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Bench } from "tinybench";
import { build } from "vite";
import { memoryHost } from "../dist/compiler/host.js";
import { createLanguageService } from "../dist/language-service/index.js";
import { launchChromium } from "../dist/test/helpers/browser.js";
import { choosePolicy, findInEditor, keystrokeLatencies, median, openStudio, settled } from "../dist/test/helpers/studioPage.js";

const root = path.resolve(import.meta.dirname, "..");
const today = "2026-11-24";
const TYPED = "\n  require role helth_visitor when unborn";
const CYCLES = 2;
const DELAY_MS = 100;

function shippedPolicies() {
  return Object.fromEntries(
    readdirSync(path.join(root, "policies"))
      .filter((f) => f.endsWith(".policy"))
      .map((f) => [`policies/${f}`, readFileSync(path.join(root, "policies", f), "utf8")]),
  );
}

/** The board policy (not a base or the vocabulary) with the most characters. */
function largestBoard(files) {
  const boards = Object.entries(files).filter(([, text]) => /^policy\s/m.test(text));
  const [file, text] = boards.sort((a, b) => b[1].length - a[1].length)[0];
  return { file, text };
}

/** The language service's diagnostics after an edit, in Node: the baseline. */
async function serviceBaseline(files, policy) {
  const overlay = { ...files };
  const host = memoryHost(overlay);
  const service = createLanguageService({ host: { readFile: (p) => (p === policy.file ? { text: overlay[p] } : host.readFile(p)) }, today: () => today });
  let n = 0;
  const bench = new Bench({ time: 1000, warmupTime: 200 });
  bench.add("language service diagnostics after an edit", () => {
    overlay[policy.file] = `${policy.text}# edit ${n++}\n`;
    service.diagnostics(policy.file);
  });
  await bench.run();
  return bench.tasks[0].result.latency.p50;
}

async function typeAndDelete(page) {
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    for (const key of TYPED) await page.keyboard.press(key === "\n" ? "Enter" : key === " " ? "Space" : key, { delay: 0 }).then(() => page.waitForTimeout(DELAY_MS));
    await page.keyboard.press("Escape");
    for (let i = 0; i < TYPED.length; i++) await page.keyboard.press("Backspace").then(() => page.waitForTimeout(DELAY_MS));
  }
  await settled(page);
}

async function inBrowser(policy) {
  const out = mkdtempSync(path.join(tmpdir(), "quorate-studio-bench-"));
  const browser = await launchChromium();
  try {
    await build({ configFile: path.join(root, "studio/vite.config.ts"), build: { outDir: out }, logLevel: "warn" });
    const { page, requests } = await openStudio(browser, `file://${path.join(out, "index.html")}`);
    await choosePolicy(page, policy.file);
    await findInEditor(page, "quorum {");
    await page.keyboard.press("End");
    await page.evaluate("performance.clearMeasures()");
    await typeAndDelete(page);
    const times = await keystrokeLatencies(page);
    if (requests.length > 0) throw new Error(`the Studio asked the network for ${requests.join(", ")}`);
    return times;
  } finally {
    await browser.close();
    rmSync(out, { recursive: true, force: true });
  }
}

export async function studioBenchmarks() {
  const files = shippedPolicies();
  const policy = largestBoard(files);
  const serviceMs = await serviceBaseline(files, policy);
  const times = await inBrowser(policy);
  const sorted = [...times].sort((a, b) => a - b);
  const row = {
    date: new Date().toISOString().slice(0, 10),
    method: `headless Chromium at 1280×800, the Studio opened from disk; \`${TYPED.trim()}\` typed into the quorum section one key every ${DELAY_MS} ms and deleted again, ${CYCLES} times; each time from the key to its problems on the page (User Timing), against the language service's diagnostics after an edit of the same policy in Node (tinybench median, same run)`,
    policy: path.basename(policy.file, ".policy"),
    characters: policy.text.length,
    keystrokes: times.length,
    medianMs: median(times),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)],
    maxMs: sorted[sorted.length - 1],
    serviceMs,
    medianVsService: median(times) / serviceMs,
    targetMs: 50,
  };
  console.log(
    `studio, ${row.policy} (${row.characters} characters): keystroke to problems shown ${row.medianMs.toFixed(1)} ms at the median of ${row.keystrokes} keystrokes ` +
      `(90th percentile ${row.p90Ms.toFixed(1)} ms; the target is under 50 ms), against the language service's ${row.serviceMs.toFixed(2)} ms in Node (${row.medianVsService.toFixed(1)}×)`,
  );
  return row;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Alone: this part of bench/results.json is replaced, the rest kept as the last full run left it.
  const { withBenchmarkTables } = await import("../dist/bench/readmeTables.js");
  const resultsPath = path.join(root, "bench/results.json");
  const results = JSON.parse(readFileSync(resultsPath, "utf8"));
  results.studio = await studioBenchmarks();
  writeFileSync(resultsPath, JSON.stringify(results, null, 2) + "\n");
  const page = path.join(root, "docs/benchmarks.md");
  writeFileSync(page, withBenchmarkTables(readFileSync(page, "utf8"), results));
}
