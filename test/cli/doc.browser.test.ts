/**
 * The readable policy's HTML in a real browser (headless Chromium from
 * test/helpers/browser.ts, one launch for the file): a bundled board's page must render
 * on its own, from a file, with its headings, each reading beside its rule and in the
 * register, links that land on the register's rows, no error and no request; and a
 * policy whose labels hold markup must run none of it.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOC_SECTIONS } from "../../cli/doc/sentence.js";
import { ReadingsReport } from "../../cli/readings/report.js";
import { launchChromium } from "../helpers/browser.js";
import { FIXTURE } from "../helpers/readings.js";
import { ENGINE, runCli, scratchFolders } from "../helpers/runCli.js";

const BOARD = "policies/cwm-taf-morgannwg.policy";

describe("the readable policy in headless Chromium", () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    browser = await launchChromium();
    folder = mkdtempSync(path.join(tmpdir(), "quorate-doc-"));
    scratchFolders.push(folder);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /**
   * Opens a page written to a file, recording every request that is not the file itself and
   * every error. Pages are left open until the browser closes: the packaged Chromium runs as
   * one process, which closing its only page would end.
   */
  async function open(name: string, html: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => {
      if (r.url() !== `file://${file}` && !r.url().startsWith(`file://${file}#`)) requests.push(r.url());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(`file://${file}`);
    return { page, requests, errors };
  }

  it("renders a bundled board's document: headings, readings beside their rules and in the register, fetching nothing", async () => {
    const html = (await runCli(["doc", BOARD, "--format", "html"], ENGINE)).stdout;
    const register = ReadingsReport.parse(JSON.parse((await runCli(["readings", BOARD, "--format", "json"], ENGINE)).stdout));
    const { page, requests, errors } = await open("board.html", html);

    await expect(page.locator("h1").innerText()).resolves.toContain("Cwm Taf Morgannwg Safeguarding Board: the policy in plain English");
    // Contents, one heading per section, and the register.
    expect(await page.locator("h2").allInnerTexts()).toEqual(["Contents", ...DOC_SECTIONS.map((s) => s.title), "Readings register"]);
    expect(await page.locator("main section ul.rules li").count()).toBeGreaterThan(20);

    const readings = register.readings.length;
    expect(readings).toBeGreaterThan(0);
    expect(await page.locator("aside.reading").count()).toBe(readings);
    expect(await page.locator("table.readings tbody tr").count()).toBe(readings);
    for (const r of register.readings) await expect(page.locator(`aside.reading[aria-label="Reading ${r.id}"]`).isVisible()).resolves.toBe(true);

    // A reading's link lands on its row of the register.
    const first = register.readings[0]!.id;
    await page.locator(`aside.reading a[href="#${first}"]`).click();
    await expect(page.evaluate("location.hash")).resolves.toBe(`#${first}`);
    await expect(page.locator(`tr#${first}`).isVisible()).resolves.toBe(true);

    // Laid out as a page, in the language it is written in.
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    const box = await page.locator("main").boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThan(1000);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("runs nothing a policy's labels or readings hold", async () => {
    const html = (await runCli(["doc", "hostile.policy", "--format", "html"], FIXTURE)).stdout;
    const { page, requests, errors } = await open("hostile.html", html);
    await expect(page.evaluate("window.pwned")).resolves.toBeUndefined();
    await expect(page.locator("main").innerText()).resolves.toContain("<script>window.pwned = true</script> | *all* [of us](https://example.invalid)");
    expect(await page.locator("main img, main script, main b, main em").count()).toBe(0);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
