/**
 * `npm run vscode:package`'s steps, into a temporary folder: the extension's client and
 * server are bundled, @vscode/vsce packs them (offline) into a .vsix holding everything the
 * extension needs, and the bundled server, started as VS Code starts it, answers an editor.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire, isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import vm from "node:vm";
import { afterAll, expect, it } from "vitest";
import { LspClient, ROOT, uriOf } from "../lsp/client.js";

const EXTENSION = path.join(ROOT, "editors/vscode");
const out = mkdtempSync(path.join(tmpdir(), "quorate-vsix-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it("packs the extension with its bundled server, which answers as `quorate lsp` does", async () => {
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build-vscode.mjs")], { cwd: ROOT, stdio: "pipe" });
  const vsix = path.join(out, "quorate-policy.vsix");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/@vscode/vsce/vsce"), "package", "--no-dependencies", "--allow-missing-repository", "--out", vsix], { cwd: EXTENSION, stdio: "pipe" });
  const zip = readFileSync(vsix);
  for (const file of ["extension/package.json", "extension/dist/extension.js", "extension/dist/server.mjs", "extension/syntaxes/quorate.tmLanguage.json", "extension/language-configuration.json"]) {
    expect(zip.includes(file), file).toBe(true);
  }
  expect(zip.includes("extension/src/extension.ts")).toBe(false);

  // The client is CommonJS, as VS Code loads it, and needs nothing outside the .vsix but VS Code itself.
  const module = { exports: {} as Record<string, unknown> };
  const required: string[] = [];
  const requireInBundle = (id: string) => {
    required.push(id);
    // Each name taken from the stand-in for VS Code's API is an empty class, all the client's module needs to load.
    return id === "vscode" ? new Proxy({}, { get: () => class {} }) : createRequire(import.meta.url)(id);
  };
  vm.runInNewContext(`(function (module, exports, require) {${readFileSync(path.join(EXTENSION, "dist/extension.js"), "utf8")}\n})`, { process, Buffer, setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval, console, TextDecoder, TextEncoder, URL })(module, module.exports, requireInBundle);
  expect(typeof module.exports["activate"]).toBe("function");
  expect(typeof module.exports["deactivate"]).toBe("function");
  expect(required.filter((id) => id !== "vscode" && !isBuiltin(id))).toEqual([]);

  const configuration = JSON.parse(readFileSync(path.join(EXTENSION, "language-configuration.json"), "utf8")) as { comments: { lineComment: string }; brackets: string[][] };
  expect(configuration.comments.lineComment).toBe("#");
  expect(configuration.brackets).toEqual([["{", "}"]]);

  const manifest = JSON.parse(readFileSync(path.join(EXTENSION, "package.json"), "utf8")) as { contributes: { languages: { id: string; extensions: string[] }[] } };
  expect(manifest.contributes.languages[0]).toMatchObject({ id: "quorate-policy", extensions: [".policy"] });

  const client = new LspClient(["--stdio"], ROOT, path.join(EXTENSION, "dist/server.mjs"));
  await client.initialize();
  const uri = uriOf("policies/vsix-check.policy");
  const text = readFileSync(path.join(ROOT, "policies/wakefield.policy"), "utf8").replace("consensus first", "consensus frist");
  const published = client.diagnostics(uri);
  client.open(uri, text);
  expect((await published).map((d) => d.code)).toContain("Q002");
  const formatted = await client.request("textDocument/formatting", { textDocument: { uri: uriOf("policies/wakefield.policy") }, options: { tabSize: 2, insertSpaces: true } });
  expect(formatted.error).toBeUndefined();
  expect(await client.stop()).toBe(0);
}, 120_000);
