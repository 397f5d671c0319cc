// The bundled policies as the benchmarks read them: the five boards, and every file they
// reach held in memory, so no benchmark times the disk.
import { readFileSync } from "node:fs";
import path from "node:path";
import { memoryHost } from "../dist/compiler/host.js";

export const root = path.resolve(new URL("..", import.meta.url).pathname);
export const today = "2026-11-24";
export const policyNames = ["mid-and-west-wales", "cwm-taf-morgannwg", "wakefield", "south-ayrshire", "lancashire"];
export const files = {};
for (const name of [...policyNames, "vocabulary", "wales-safeguarding-procedures"]) {
  files[`policies/${name}.policy`] = readFileSync(path.join(root, "policies", `${name}.policy`), "utf8");
}
export const host = memoryHost(files);
