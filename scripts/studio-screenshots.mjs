// `npm run studio:screenshots`: the pictures of Quorate Studio in docs/studio.md, taken in
// headless Chromium at 1280×800 from the Studio built as `npm run studio:build` builds it
// (into a temporary folder), with the policies it ships. Run it after changing the page.
//   docs/studio-editor.png   a misspelt role, its problem and its fix
//   docs/studio-try.png      a shipped scenario's conference, decided and explained
//   docs/studio-compare.png  two boards compared, with a conference they decide differently
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { launchChromium } from "../dist/test/helpers/browser.js";
import { choosePolicy, findInEditor, openStudio, settled } from "../dist/test/helpers/studioPage.js";

const root = path.resolve(import.meta.dirname, "..");
const docs = path.join(root, "docs");
const BOARD = "policies/cwm-taf-morgannwg.policy";
const OTHER = "policies/mid-and-west-wales.policy";
/** Which of the board's scenarios the Try picture shows. */
const SCENARIO = 8;

async function editor(page) {
  await choosePolicy(page, BOARD);
  await findInEditor(page, "health_visitor school_nurse");
  await page.keyboard.type("helth_visitor school_nurse");
  await page.keyboard.press("Escape");
  await settled(page);
  await page.locator(".cm-lintRange-error").first().hover();
  await page.locator(".cm-tooltip-lint").waitFor();
  await page.screenshot({ path: path.join(docs, "studio-editor.png") });
  await page.locator('.problem[data-code="Q010"] button.fix').click();
  await settled(page);
}

async function tryConference(page) {
  // The board's scenario with the most children: a sibling group shows per-child decisions.
  const scenario = page.locator(".try select[data-field=scenario]");
  const title = await page.locator(`#policy-choice option[value="${BOARD}"]`).innerText();
  const options = scenario.locator(`optgroup[label="${title.replace(/ \(edited\)$/, "")}"] option`);
  await scenario.selectOption((await options.nth(SCENARIO).getAttribute("value")) ?? "");
  await settled(page);
  await page.screenshot({ path: path.join(docs, "studio-try.png") });
}

async function compare(page) {
  await page.locator("#tab-compare").click();
  for (const board of [OTHER, BOARD]) await page.locator(`.compare-choices input[data-policy="${board}"][data-source=bundled]`).check();
  await page.locator('[data-action="compare"]').click();
  await page.locator('.compare-report[data-state="ready"]').waitFor({ timeout: 120_000 });
  // The report's top is the table of aspects; the picture shows a conference the two decide differently.
  await page.locator(".compare-report .conference").first().evaluate((box) => box.scrollIntoView({ block: "start" }));
  await page.screenshot({ path: path.join(docs, "studio-compare.png") });
}

const out = mkdtempSync(path.join(tmpdir(), "quorate-studio-"));
const browser = await launchChromium();
try {
  await build({ configFile: path.join(root, "studio/vite.config.ts"), build: { outDir: out }, logLevel: "warn" });
  const { page, requests } = await openStudio(browser, `file://${path.join(out, "index.html")}`);
  await editor(page);
  await tryConference(page);
  await compare(page);
  if (requests.length > 0) throw new Error(`the Studio asked the network for ${requests.join(", ")}`);
  console.log("wrote docs/studio-editor.png, docs/studio-try.png and docs/studio-compare.png");
} finally {
  await browser.close();
  rmSync(out, { recursive: true, force: true });
}
