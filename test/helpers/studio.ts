/**
 * Quorate Studio for tests, benchmarks and screenshots: built once with Vite into a
 * temporary folder (from the policies folder given: the tests use the engine's own copy
 * of the boards), opened from disk in headless Chromium, with every request that leaves
 * the page recorded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { LATENCY_MEASURE } from "../../studio/src/editor/latency.js";
import { studioConfig } from "../../studio/vite.config.js";

export interface BuiltStudio {
  /** The page's address: a file:// URL, as a board officer opens it. */
  url: string;
  folder: string;
  remove(): void;
}

export async function buildStudio(policies: string): Promise<BuiltStudio> {
  const folder = mkdtempSync(path.join(tmpdir(), "quorate-studio-"));
  try {
    await build({ ...studioConfig({ policies, outDir: folder }), configFile: false, logLevel: "error" });
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { url: `file://${path.join(folder, "index.html")}`, folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface OpenedStudio {
  page: Page;
  /** Every request to anything but the page itself and what it makes in memory (blob: and data: URLs). */
  requests: string[];
  errors: string[];
}

export async function openStudio(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<OpenedStudio> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!/^(blob|data):/.test(r.url()) && r.url() !== url) requests.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector("#studio[data-ready=true]", { timeout: 30_000 });
  return { page, requests, errors };
}

/** Chooses a file in the policy list and waits for its problems and its decision. */
export async function choosePolicy(page: Page, file: string): Promise<void> {
  await page.selectOption("#policy-choice", file);
  await settled(page);
}

/** Waits until the problems and the decision reflect the text and conference now in the page. */
export async function settled(page: Page): Promise<void> {
  // A change marks the problems "checking" at once, and their answer marks the decision "pending" before it marks them "ready".
  await page.locator('.problems[data-state="ready"]').waitFor();
  await page.locator('.decision[data-state="ready"]').waitFor();
}

/** The times, in milliseconds, from each change to the editor's text to its problems being shown. */
export async function keystrokeLatencies(page: Page): Promise<number[]> {
  return page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), LATENCY_MEASURE);
}

/** Finds `text` with the editor's search (Ctrl+F) and leaves it selected in the editor. */
export async function findInEditor(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Control+f");
  const field = page.locator(".cm-search input[name=search]");
  await field.fill(text);
  // The search panel reads its field on a key going up, not on input: End commits the text before Enter finds it.
  await field.press("End");
  await field.press("Enter");
  await page.keyboard.press("Escape");
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor(sorted.length / 2)] as number);
}
