/**
 * Policy text in Markdown. Every word a policy holds is untrusted (a label may hold `<`,
 * `|` or `*`), so each is escaped: Markdown's own marks get a backslash, and `<`, `>` and
 * `&` become entities, so no text of a policy is ever read as HTML, a link, emphasis or
 * the end of a table cell. A line break would end a list item or a table row: it becomes
 * a space.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, " ")
    .replace(/[\\`*_[\]{}|~#!]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c] ?? c);
}
