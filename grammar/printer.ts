/**
 * The canonical layout of a policy, as a Prettier document. It is the layout the bundled
 * policies are written in:
 *
 * - a block (the header, each section) opens with `{` on its first line, holds one
 *   statement per line indented two spaces, and closes with `}` on a line of its own;
 *   sections are separated by one blank line, and blank lines between statements are
 *   kept, several collapsed into one;
 * - a statement too long for the line width continues on the next line, indented two
 *   more: first `cite "…"` moves down, then a comma-separated list of names fills as
 *   many lines as it needs;
 * - the roles of a grouping stay inside `{ … }` on the grouping's line when they fit,
 *   and otherwise fill indented lines of their own, with `} cite "…"` closing them;
 * - `ambiguity "…"` puts `reading "…"` and its `cite` on lines of their own, since the
 *   reading is what the statements around it encode and deserves to be seen;
 * - nothing is aligned in columns, so adding or removing one declaration changes one line
 *   of a review, never the spacing of its neighbours;
 * - every word is printed as written (the printer never changes `agency` to `agencies`
 *   or a quoted text's escapes); only the blanks between words change, and the optional
 *   commas between a grouping's roles are left out.
 *
 * Comments stay where they were written: on their own line before a statement or a
 * section (leading), at the end of a statement's line (trailing), alone in a block
 * (dangling), or even inside a statement, which then breaks at the comment.
 */
import type { IToken } from "chevrotain";
import { builders } from "prettier/doc";
import type { GroupingDeclaration, Header, Ident, PolicyFile, Section, Statement } from "./ast.js";
import type { PlacedComment, PlacedTokens } from "./commentAttachment.js";
import { Colon, Comma, kw, LCurly, RCurly } from "./tokens.js";

type Doc = builders.Doc;

const { fill, group, hardline, ifBreak, indent, line, lineSuffix, breakParent } = builders;

/** The width the bundled policies are laid out to; the Prettier plugin's default `printWidth`. */
export const CANONICAL_WIDTH = 100;

const CITE = kw("cite");
const READING = kw("reading");

/** One line of a block: a statement or a comment standing on its own line. */
interface Item {
  doc: Doc;
  firstLine: number;
  lastLine: number;
  /** A header or a section: always followed by a blank line. */
  block: boolean;
}

export function printPolicy(file: PolicyFile, placed: PlacedTokens): Doc {
  return new PolicyPrinter(placed).file(file);
}

class PolicyPrinter {
  constructor(private readonly placed: PlacedTokens) {}

  file(file: PolicyFile): Doc {
    const items: Item[] = [];
    const blocks: (Header | Section)[] = [file.header, ...file.sections];
    this.ownLineComments(this.placed.gaps[0] ?? [], items);
    for (const block of blocks) {
      const first = this.placed.startingAt(block.range.start.offset);
      const last = this.placed.endingAt(block.range.end.offset);
      items.push({ doc: this.block(block, first, last), firstLine: this.placed.firstLine(first), lastLine: this.placed.lastLine(last), block: true });
      this.commentsAfter(last + 1, items);
    }
    return [this.sequence(items), hardline];
  }

  // ---- blocks and the lines inside them ----

  private block(block: Header | Section, first: number, last: number): Doc {
    const open = this.findToken(first, last, LCurly);
    const statements: readonly Statement[] = block.type === "Header" ? block.statements : block.statements;
    const head = this.words(first, open - 1, () => " ");
    const items: Item[] = [];
    const afterOpen = this.placed.gaps[open + 1] ?? [];
    const braceComment = afterOpen[0]?.sameLine ? afterOpen[0] : undefined;
    this.ownLineComments(braceComment ? afterOpen.slice(1) : afterOpen, items);
    statements.forEach((statement) => {
      const from = this.placed.startingAt(statement.range.start.offset);
      const to = this.placed.endingAt(statement.range.end.offset);
      items.push({ doc: this.statement(statement, from, to), firstLine: this.placed.firstLine(from), lastLine: this.placed.lastLine(to), block: false });
      // The gap after the last statement is the one before `}`: its comments dangle at the end.
      this.commentsAfter(to + 1, items);
    });
    // A comment inside the opening words (rare) breaks them; the rest continue indented.
    const opening: Doc = [indent([head, this.gap(open, " ")]), "{", braceComment ? [" ", braceComment.text] : ""];
    if (items.length === 0) return braceComment ? [opening, hardline, "}"] : [opening, "}"];
    return [opening, indent([hardline, this.sequence(items)]), hardline, "}"];
  }

  /** Items one per line; a blank line where the source had one, and always after a block. */
  private sequence(items: Item[]): Doc {
    return items.map((item, i) => {
      const previous = items[i - 1];
      if (!previous) return item.doc;
      const blank = previous.block || item.firstLine - previous.lastLine >= 2;
      return [hardline, blank ? hardline : "", item.doc];
    });
  }

  /** The comments after a statement or block: one on its line trails it, the rest stand alone. */
  private commentsAfter(gap: number, items: Item[]): void {
    const comments = this.placed.gaps[gap] ?? [];
    const trailing = comments[0]?.sameLine ? comments[0] : undefined;
    const owner = items[items.length - 1];
    if (trailing && owner) owner.doc = [owner.doc, lineSuffix(" " + trailing.text), breakParent];
    this.ownLineComments(trailing ? comments.slice(1) : comments, items);
  }

  private ownLineComments(comments: readonly PlacedComment[], items: Item[]): void {
    for (const comment of comments) items.push({ doc: comment.text, firstLine: comment.line, lastLine: comment.line, block: false });
  }

  // ---- statements ----

  /**
   * One statement. Declarations of agencies, roles and categories are not aligned in
   * columns: aligned, adding or removing one long name would re-space its neighbours, and a
   * one-line change would show as several in review. Each word is one space from the next.
   */
  private statement(statement: Statement, first: number, last: number): Doc {
    if (statement.type === "GroupingDeclaration") return this.grouping(statement, first, last);
    if (statement.type === "Ambiguity") {
      // `reading` and `cite` each start a line of their own.
      return indent(this.words(first, last, (g) => (this.isToken(g, READING) || this.isToken(g, CITE) ? hardline : " ")));
    }
    const listCommas = this.listCommas(statement, first, last);
    const cite = this.citeAt(first, last);
    const mainLast = cite === undefined ? last : cite - 1;
    const separator = (g: number) => this.separatorBefore(g);
    // A list of names fills lines: each comma between names is a place to break.
    const parts: Doc[] = [];
    let chunk: Doc[] = [this.text(first)];
    for (let g = first + 1; g <= mainLast; g++) {
      if (listCommas.has(g - 1)) {
        parts.push(chunk, this.gap(g, line));
        chunk = [];
      } else {
        chunk.push(this.gap(g, separator(g)));
      }
      chunk.push(this.text(g));
    }
    parts.push(chunk);
    return group(indent([fill(parts), cite === undefined ? "" : [this.gap(cite, line), this.words(cite, last, () => " ")]]));
  }

  private grouping(statement: GroupingDeclaration, first: number, last: number): Doc {
    const open = this.findToken(first, last, LCurly);
    const close = this.findToken(open, last, RCurly);
    const cite = this.citeAt(close + 1, last);
    const head = this.words(first, open - 1, () => " ");
    const citeWords = cite === undefined ? "" : this.words(cite, last, () => " ");
    if (statement.roles.length === 0) {
      const inside = this.placed.gaps[close] ?? [];
      const braces: Doc = inside.length > 0 ? ["{", indent(this.comments(inside)), hardline, "}"] : "{}";
      const citePart: Doc = cite === undefined ? "" : this.citeAfterClose(close, line, citeWords);
      return group([head, this.gap(open, " "), braces, citePart]);
    }
    const roles: Doc[] = [this.text(open + 1)];
    for (let g = open + 2; g < close; g++) roles.push(this.gap(g, line), this.text(g));
    const beforeClose = this.placed.gaps[close] ?? [];
    const rolesId = Symbol("roles");
    const braces = group(
      ["{", indent([this.gap(open + 1, line), fill(roles), this.comments(beforeClose)]), beforeClose.length > 0 ? hardline : line, "}"],
      { id: rolesId },
    );
    // When the roles take lines of their own, the citation follows the closing brace;
    // when they fit beside the name, the citation moves down if the line is too long.
    const citePart: Doc =
      cite === undefined ? "" : this.citeAfterClose(close, ifBreak(" ", line, { groupId: rolesId }), citeWords);
    return group([head, this.gap(open, " "), braces, citePart]);
  }

  private citeAfterClose(close: number, separator: Doc, citeWords: Doc): Doc {
    const between = this.placed.gaps[close + 1] ?? [];
    if (between.length > 0) return indent([this.comments(between), hardline, citeWords]);
    return indent([separator, citeWords]);
  }

  // ---- words and the gaps between them ----

  private text(index: number): string {
    return this.placed.token(index).image;
  }

  private isToken(index: number, type: IToken["tokenType"]): boolean {
    return this.placed.tokens[index]?.tokenType === type;
  }

  /** Tokens `from`..`to` joined by the separator each gap gets (or its comments). */
  private words(from: number, to: number, separator: (gap: number) => Doc): Doc {
    const parts: Doc[] = [this.text(from)];
    for (let g = from + 1; g <= to; g++) parts.push(this.gap(g, separator(g)), this.text(g));
    return parts;
  }

  /** The blank before token `g`: none before `,` and `:`, one space otherwise. */
  private separatorBefore(g: number): string {
    return this.isToken(g, Comma) || this.isToken(g, Colon) ? "" : " ";
  }

  /** The separator of gap `g`, or, when comments sit there, the comments and a line break. */
  private gap(g: number, separator: Doc): Doc {
    const comments = this.placed.gaps[g] ?? [];
    return comments.length === 0 ? separator : [this.comments(comments), hardline];
  }

  /** Comments inside a statement: the first trails its line if it did, the rest stand alone. */
  private comments(comments: readonly PlacedComment[]): Doc {
    return comments.map((c) => (c.sameLine ? [" ", c.text] : [hardline, c.text]));
  }

  private citeAt(from: number, last: number): number | undefined {
    for (let i = from; i <= last; i++) if (this.isToken(i, CITE)) return i;
    return undefined;
  }

  private findToken(from: number, to: number, type: IToken["tokenType"]): number {
    for (let i = from; i <= to; i++) if (this.isToken(i, type)) return i;
    throw new Error(`internal: the printer found no ${type.name} where the grammar puts one`);
  }

  /** The token indices of commas that separate the names of a list. */
  private listCommas(statement: Statement, first: number, last: number): Set<number> {
    const names = namesListedBy(statement);
    const out = new Set<number>();
    if (!names || names.length < 2) return out;
    const from = (names[0] as Ident).range.end.offset;
    const to = (names[names.length - 1] as Ident).range.start.offset;
    for (let i = first; i <= last; i++) {
      const token = this.placed.token(i);
      if (token.tokenType === Comma && token.startOffset > from && token.startOffset < to) out.add(i);
    }
    return out;
  }
}

function namesListedBy(statement: Statement): Ident[] | undefined {
  switch (statement.type) {
    case "PerOrganisation":
    case "NotVoting":
    case "Discretion":
    case "OnlyInvolvedRoles":
      return statement.roles;
    case "SoleRepresentative":
      return statement.selector.names;
    default:
      return undefined;
  }
}

/** The index of the first token starting at or after `offset` (tokens are in file order). */
function firstTokenFrom(tokens: readonly IToken[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as IToken).startOffset < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The commas between a grouping's roles, which the canonical layout leaves out. Each
 * grouping's tokens are found by binary search, so a policy with thousands of groupings
 * is not scanned from its start once per grouping.
 */
export function groupingCommaOffsets(file: PolicyFile, tokens: readonly IToken[]): Set<number> {
  const out = new Set<number>();
  for (const section of file.sections) {
    for (const statement of section.statements) {
      if (statement.type !== "GroupingDeclaration") continue;
      let inside = false;
      for (let i = firstTokenFrom(tokens, statement.range.start.offset); i < tokens.length; i++) {
        const token = tokens[i] as IToken;
        if (token.startOffset >= statement.range.end.offset) break;
        if (token.tokenType === LCurly) inside = true;
        else if (token.tokenType === RCurly) inside = false;
        else if (inside && token.tokenType === Comma) out.add(token.startOffset);
      }
    }
  }
  return out;
}
