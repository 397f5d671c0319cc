/**
 * Quorate Studio in a real browser: built once with Vite from the engine's own copy of the
 * boards, opened from disk (file://) in headless Chromium, and used as a board officer
 * would: a misspelt role is found and fixed as it is typed, a conference built in the
 * form is decided exactly as `quorate eval` decides it under every policy, a comparison's
 * counterexample opens in the Try panel and is decided differently by the two policies,
 * axe-core finds no serious accessibility problem, the page fits a narrow window, and
 * nothing is requested from any network.
 *
 * The time from each keystroke to its problems being shown is printed, never asserted.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.js";
import { runCli } from "../helpers/runCli.js";
import { ENGINE, scratchFolders } from "../helpers/scratch.js";
import { LATENCY_MEASURE as RECORDED_AS } from "../../studio/src/editor/latency.js";
import { buildStudio, choosePolicy, findInEditor, keystrokeLatencies, LATENCY_MEASURE, median, openStudio, settled, type BuiltStudio, type OpenedStudio } from "../helpers/studio.js";

const CWM_TAF = "policies/cwm-taf-morgannwg.policy";
const MID_WEST = "policies/mid-and-west-wales.policy";

let browser: Browser;
let studio: BuiltStudio;
let opened: OpenedStudio;
let page: Page;

beforeAll(async () => {
  [studio, browser] = await Promise.all([buildStudio(path.join(ENGINE, "policies")), launchChromium()]);
  opened = await openStudio(browser, studio.url);
  page = opened.page;
}, 90_000);

afterAll(async () => {
  await browser?.close();
  studio?.remove();
});

/** The problems listed under the editor, as codes and messages. */
async function problems(): Promise<{ code: string; text: string }[]> {
  return page.locator(".problems-list .problem").evaluateAll((items) => items.map((li) => ({ code: li.getAttribute("data-code") ?? "", text: li.textContent ?? "" })));
}

/** Every board's policy in the picker. */
async function boardPolicies(): Promise<string[]> {
  return page.locator('#policy-choice optgroup[label="Boards\' policies"] option').evaluateAll((options) => options.map((o) => o.getAttribute("value") ?? ""));
}

describe("Quorate Studio, opened from disk", () => {
  it("finds a misspelt role as it is typed, at its place, with the did-you-mean fix, and the fix clears it", async () => {
    await choosePolicy(page, CWM_TAF);
    expect((await problems()).filter((p) => p.code === "Q010")).toEqual([]);
    await findInEditor(page, "health_visitor school_nurse");
    await page.evaluate(() => performance.clearMeasures());
    for (const key of "helth_visitor school_nurse") await page.keyboard.type(key, { delay: 30 });
    await page.keyboard.press("Escape"); // closes the completions offered while typing
    await settled(page);
    await page.screenshot({ path: "/tmp/studio-typed.png" });

    const unknown = (await problems()).filter((p) => p.code === "Q010");
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.text).toContain("unknown role `helth_visitor`".replace(/`/g, ""));
    expect(unknown[0]?.text).toMatch(/line \d+, column \d+/);
    // In the editor: underlined at the word, and marked in the gutter.
    await expect(page.locator(".cm-lintRange-error", { hasText: "helth_visitor" }).count()).resolves.toBe(1);
    await expect(page.locator(".cm-gutter-lint .cm-lint-marker-error").count()).resolves.toBeGreaterThan(0);
    const fix = page.locator('.problem[data-code="Q010"] button.fix');
    await expect(fix.innerText()).resolves.toContain("health_visitor");

    expect(LATENCY_MEASURE).toBe(RECORDED_AS);
    const latencies = await keystrokeLatencies(page);
    console.log(`keystroke to problems shown, ${CWM_TAF}: median ${median(latencies).toFixed(1)} ms over ${latencies.length} keystrokes (max ${Math.max(...latencies).toFixed(1)} ms)`);
    expect(latencies.length).toBeGreaterThan(0);

    await fix.click();
    await settled(page);
    expect((await problems()).filter((p) => p.code === "Q010")).toEqual([]);
    await expect(page.locator(".cm-content").innerText()).resolves.toContain("paediatrician health_visitor school_nurse");
  });

  it("completes role names, explains a grouping on hover, and lays the policy out as quorate fmt does", async () => {
    await findInEditor(page, "paediatrician health_visitor");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.type(" school_nu");
    const offered = page.locator(".cm-tooltip-autocomplete li", { hasText: "school_nurse" });
    await offered.first().waitFor();
    await page.keyboard.press("Escape");
    for (let i = 0; i < " school_nu".length; i++) await page.keyboard.press("Backspace");
    await settled(page);

    await page.mouse.move(0, 0);
    await page.locator(".cm-content .q-name-grouping", { hasText: "child_health" }).first().hover();
    const hover = page.locator(".cm-tooltip-hover", { hasText: "(grouping)" });
    await hover.waitFor();
    await expect(hover.innerText()).resolves.toMatch(/child_health \(grouping\): Child Health Services\s+members: paediatrician, health_visitor/);
    await page.mouse.move(0, 0);

    // Lines as written (a locator's text match would fold the spaces that matter here).
    const lines = () => page.locator(".cm-line").evaluateAll((all) => all.map((l) => l.textContent ?? ""));
    await findInEditor(page, "vote by grouping");
    await page.keyboard.type("vote     by grouping");
    await settled(page);
    expect(await lines()).toContain("  vote     by grouping");
    await page.getByRole("button", { name: "Lay out" }).click();
    await page.locator(".status", { hasText: "Laid out" }).waitFor();
    await settled(page);
    expect(await lines()).not.toContain("  vote     by grouping");
    expect(await lines()).toContain("  vote by grouping");
  });

  it("opens a policy from this computer beside the shipped vocabulary and base, and saves it back as a download", async () => {
    // The fallbacks every browser has: the file chooser and a download (this Chromium also has the File System Access API).
    await page.evaluate("delete window.showOpenFilePicker; delete window.showSaveFilePicker");
    const text = readFileSync(path.join(ENGINE, MID_WEST), "utf8").replace(/^policy mid_and_west_wales "[^"]*"/m, 'policy my_board "My Board"');
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Open a file…" }).click();
    await (await chooser).setFiles({ name: "my-board.policy", mimeType: "text/plain", buffer: Buffer.from(text) });
    await settled(page);
    await expect(page.locator("#policy-choice").inputValue()).resolves.toBe("policies/my-board.policy");
    await expect(page.locator('#policy-choice optgroup[label="Opened from this computer"] option').innerText()).resolves.toBe("My Board");
    await expect(page.locator(".problems .counts").innerText()).resolves.toMatch(/^0 errors/);
    await expect(page.locator(".decision .decides-heading").innerText()).resolves.toBe("My Board decides:");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("my-board.policy");
    expect(readFileSync(await saved.path(), "utf8")).toBe(text);
  });

  it("opens a shipped scenario with its policy, and decides it as the scenario expects", async () => {
    await page.locator("#tab-try").click();
    const scenarios = JSON.parse(readFileSync(path.join(ENGINE, "policies/scenarios/wakefield.scenarios.json"), "utf8")) as { scenarios: { name: string; expect: Record<string, { outcome: string }> }[] };
    const first = scenarios.scenarios[0];
    const option = page.locator(".try select[data-field=scenario] option", { hasText: first?.name ?? "" });
    await page.locator(".try select[data-field=scenario]").selectOption((await option.getAttribute("value")) ?? "");
    await settled(page);
    await expect(page.locator("#policy-choice").inputValue()).resolves.toBe("policies/wakefield.policy");
    for (const [child, expected] of Object.entries(first?.expect ?? {})) {
      await expect(page.locator(`.decision article[data-child="${child}"]`).getAttribute("data-outcome")).resolves.toBe(expected.outcome);
    }
    await expect(page.locator(".try-note").innerText()).resolves.toContain(first?.name ?? "");
  });

  it("decides a conference built in the form (two siblings, five practitioners, a parent) as `quorate eval` does, under every board's policy", async () => {
    await page.locator("#tab-try").click();
    await page.getByRole("button", { name: "Start again" }).click();
    await page.locator('[data-action="add-child"]').click();
    for (const [i, id] of ["amy", "ben"].entries()) {
      const field = page.locator(`.children [data-child="${i}"] input[data-field=id]`);
      await field.fill(id);
      await field.press("Tab");
    }
    await page.locator('.children [data-child="1"] input[data-field=unborn]').check();
    const people: { role: string; organisation?: string; amy?: string; ben?: string; lead?: boolean; notWith?: string }[] = [
      { role: "children_social_worker", organisation: "Children's Services", amy: "register", ben: "register", lead: true },
      { role: "police_officer", organisation: "Police", amy: "register", ben: "not_register" },
      { role: "health_visitor", organisation: "Health Board", amy: "not_register", ben: "not_register", notWith: "ben" },
      { role: "primary_school", organisation: "Primary School", amy: "register", ben: "abstain" },
      { role: "gp", organisation: "Surgery", amy: "not_register", ben: "register" },
      { role: "parent" },
    ];
    for (const [i, p] of people.entries()) {
      await page.locator('[data-action="add-person"]').click();
      const person = page.locator(`.people [data-attendee="${i}"]`);
      await person.locator("select[data-field=role]").selectOption(p.role);
      if (p.organisation) await person.locator("input[data-field=organisation]").fill(p.organisation);
      if (p.amy) await person.locator("select[data-field=view-amy]").selectOption(p.amy);
      if (p.ben) await person.locator("select[data-field=view-ben]").selectOption(p.ben);
      if (p.lead) await person.locator("input[data-field=nominatedLead]").check();
      if (p.notWith) await person.locator(`input[data-field=involved-${p.notWith}]`).uncheck();
    }
    // Dated, so each duty is given its due date on the board's working days (the Studio carries the holidays of its jurisdictions only).
    await page.locator("input[data-field=date]").fill("2026-12-21");
    await settled(page);
    const conference = await page.locator("textarea.conference-json").inputValue();
    const value = JSON.parse(conference) as { date?: string; children: unknown[]; attendees: unknown[] };
    expect(value.date).toBe("2026-12-21");
    expect(value.children).toEqual([{ id: "amy" }, { id: "ben", unborn: true }]);
    expect(value.attendees).toHaveLength(6);
    const folder = mkdtempSync(path.join(tmpdir(), "quorate-studio-conference-"));
    scratchFolders.push(folder);
    const file = path.join(folder, "conference.json");
    writeFileSync(file, conference);

    const boards = await boardPolicies();
    expect(boards.length).toBeGreaterThanOrEqual(5);
    let dated = 0;
    for (const board of boards) {
      await choosePolicy(page, board);
      const shown = (await page.locator(".decision details.eval-text pre").textContent()) ?? "";
      if (/ — by \w+day \d+ December 2026| — by \w+day \d+ January 2027/.test(shown)) dated++;
      const text = await runCli(["eval", board, file], ENGINE);
      expect(text.code, text.stderr).toBe(0);
      expect(shown, board).toBe(text.stdout);
      const json = JSON.parse((await runCli(["eval", board, file, "--format", "json"], ENGINE)).stdout) as { children: { child: string; outcome: string; decidedBy?: string; trace: { detail: string }[] }[] };
      const cards = await page.locator(".decision article.child-decision").evaluateAll((articles) => articles.map((a) => ({ child: a.getAttribute("data-child"), outcome: a.getAttribute("data-outcome"), decidedBy: a.getAttribute("data-decided-by"), steps: Array.from(a.querySelectorAll(".step-detail") as ArrayLike<{ textContent: string | null }>, (step) => step.textContent) })));
      // The summary rows read back from the command line's lines: every child's starts with its quorum.
      await expect(page.locator(".decision article.child-decision dl.summary dt:first-child").allInnerTexts()).resolves.toEqual(json.children.map(() => "quorum"));
      expect(cards, board).toEqual(json.children.map((c) => ({ child: c.child, outcome: c.outcome, decidedBy: c.decidedBy ?? "", steps: c.trace.map((s) => s.detail.replace(/`/g, "")) })));
    }
    expect(dated, "boards whose duties fall due over Christmas").toBeGreaterThan(0);

    // A conference the policy cannot read is named by its JSON path, in the words of `quorate eval`.
    await page.locator("details.json summary").click();
    await page.locator("textarea.conference-json").fill('{ "children": [{ "id": "amy" }], "attendees": [{ "id": "x", "role": "helth_visitor" }] }');
    await settled(page);
    await expect(page.locator(".conference-problems").innerText()).resolves.toMatch(/attendees\[0\]\.role: .*helth_visitor[\s\S]*health_visitor/);
  }, 120_000);

  it("compares Mid and West Wales with Cwm Taf Morgannwg: the counterexample shown, opened in Try, is decided differently under each", async () => {
    await page.locator("#tab-compare").click();
    for (const board of [MID_WEST, CWM_TAF]) await page.locator(`.compare-choices input[data-policy="${board}"][data-source=bundled]`).check();
    await page.locator('[data-action="compare"]').click();
    await page.locator('.compare-report[data-state="ready"]').waitFor({ timeout: 60_000 });
    const report = page.locator(".compare-report");
    // The report leads with how often the two decide differently, as `quorate diff --format html` does.
    await expect(report.locator("p.lead").innerText()).resolves.toMatch(/^They decide [\d.]+% of the ([\d,]+|roughly [\d.]+ × 10[⁰¹²³⁴⁵⁶⁷⁸⁹]+) conferences searched differently/);
    const open = report.locator("button.open-conference");
    expect(await open.count()).toBeGreaterThan(0);
    // The smallest conference is headed by each board's outcome, the boards by name.
    const heading = (await report.locator(".conference h3").first().textContent()) ?? "";
    const [, underA = "", a = "", underB = "", b = ""] = /^(.+?) under (.+?); (.+?) under (.+?) \(/.exec(heading) ?? [];
    expect([a, b].sort()).toEqual(["Cwm Taf Morgannwg Safeguarding Board", "Mid and West Wales Safeguarding Board"]);
    const boardOf = (name: string) => (name.startsWith("Cwm Taf") ? CWM_TAF : MID_WEST);
    const expected: Record<string, string> = { [boardOf(a)]: underA, [boardOf(b)]: underB };

    await open.first().click();
    await expect(page.locator("#tab-try").getAttribute("aria-selected")).resolves.toBe("true");
    const outcomes: Record<string, string[]> = {};
    for (const board of [MID_WEST, CWM_TAF]) {
      await page.locator(`.notice.compared button[data-policy="${board}"]`).click();
      await settled(page);
      outcomes[board] = await page.locator(".decision article.child-decision").evaluateAll((articles) => articles.map((x) => `${x.getAttribute("data-child")}: ${x.getAttribute("data-outcome")}`));
    }
    expect(outcomes[MID_WEST]).not.toEqual(outcomes[CWM_TAF]);
    // The outcomes the report names are the ones the Try panel shows.
    for (const board of [MID_WEST, CWM_TAF]) expect(outcomes[board]?.some((o) => o.endsWith(`: ${expected[board]?.replace(/ /g, "_")}`)), board).toBe(true);
  });

  it("has no serious or critical accessibility problem (axe-core) in the editor, the Try panel and the Compare panel", async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    await page.addScriptTag({ content: axe });
    // Run as text in the page: these tests compile without the DOM's types.
    const serious = async () =>
      page.evaluate<string[]>(`axe.run().then((r) => r.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + ": " + JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))))`);
    await page.locator("#tab-try").click();
    expect(await serious()).toEqual([]);
    await page.locator("#tab-compare").click();
    expect(await serious()).toEqual([]);
    await page.locator(".problem .code-link").first().click();
    await expect(page.locator("dialog.catalogue").isVisible()).resolves.toBe(true);
    expect(await serious()).toEqual([]);
    await page.keyboard.press("Escape");
  });

  it("fits a narrow window: nothing runs off the side, and the tabs work from the keyboard", async () => {
    const narrow = await openStudio(browser, studio.url, { width: 420, height: 800 });
    await settled(narrow.page);
    expect(await narrow.page.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth")).toBe(true);
    await narrow.page.locator("#tab-try").focus();
    await narrow.page.keyboard.press("ArrowRight");
    await expect(narrow.page.locator("#tab-compare").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(narrow.page.locator("#panel-compare").isVisible()).resolves.toBe(true);
    expect(narrow.requests).toEqual([]);
    expect(narrow.errors).toEqual([]);
    await narrow.page.close();
  });

  it("asked no network for anything, and reported no error", () => {
    expect(opened.requests).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
