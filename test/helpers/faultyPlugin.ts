/** Quorate's Prettier plugin with its printer's output rewritten: a formatter with a bug in it, for tests of the meaning check. */
import type { Plugin, Printer } from "prettier";
import quoratePlugin, { AST_FORMAT, type PolicyRoot } from "../../format/plugin.js";

/** A plugin that prints `rewrite(source)` whatever it is given. */
export function faultyPlugin(source: string, rewrite: (text: string) => string): Plugin<PolicyRoot> {
  const printer: Printer<PolicyRoot> = { print: () => rewrite(source) };
  return { ...quoratePlugin, printers: { [AST_FORMAT]: printer } };
}
