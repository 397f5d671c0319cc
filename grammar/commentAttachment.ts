/**
 * Where each comment of a policy sits, for the printer. The lexer sets comments aside
 * from the tokens, so a comment is placed by its offset in the *gap* between two tokens:
 * gap `g` lies just before token `g` (gap 0 is before the first token, gap `n` after the
 * last). The printer decides what a gap means (inside a statement, between statements,
 * after a brace) and so whether a comment is leading, trailing or dangling there.
 *
 * Commas between the roles of a grouping are optional and the canonical layout leaves
 * them out, so the printer asks for them to be dropped before gaps are counted: a comment
 * beside such a comma then simply sits in the merged gap.
 */
import type { IToken } from "chevrotain";
import type { Comment } from "./ast.js";

export interface PlacedComment {
  /** The comment as written, from `#`, without trailing blanks. */
  text: string;
  line: number;
  /** On the same line as the token before it: it trails that token. */
  sameLine: boolean;
  /** A blank line separates it from what comes before it (a token or another comment). */
  blankBefore: boolean;
}

export class PlacedTokens {
  /** `gaps[g]` holds the comments between token `g - 1` and token `g`, in order. */
  readonly gaps: PlacedComment[][];
  private readonly byStart = new Map<number, number>();
  private readonly byEnd = new Map<number, number>();

  constructor(
    readonly tokens: readonly IToken[],
    comments: readonly Comment[],
  ) {
    tokens.forEach((t, i) => {
      this.byStart.set(t.startOffset, i);
      this.byEnd.set(endOf(t), i);
    });
    this.gaps = Array.from({ length: tokens.length + 1 }, () => []);
    let g = 0;
    for (const comment of comments) {
      const offset = comment.range.start.offset;
      while (g < tokens.length && (tokens[g] as IToken).startOffset < offset) g++;
      const gap = this.gaps[g] as PlacedComment[];
      const before = tokens[g - 1];
      const previousLine = gap.length > 0 ? (gap[gap.length - 1] as PlacedComment).line : before ? lastLineOf(before) : undefined;
      const line = comment.range.start.line;
      gap.push({
        text: comment.text.trimEnd(),
        line,
        sameLine: gap.length === 0 && previousLine === line,
        blankBefore: previousLine !== undefined && line - previousLine >= 2,
      });
    }
  }

  /** The index of the token that starts at `offset` (the first token of a node). */
  startingAt(offset: number): number {
    return this.lookup(this.byStart, offset);
  }

  /** The index of the token that ends just before `offset` (the last token of a node). */
  endingAt(offset: number): number {
    return this.lookup(this.byEnd, offset);
  }

  token(index: number): IToken {
    const token = this.tokens[index];
    if (!token) throw new Error(`internal: the printer asked for token ${index} of ${this.tokens.length}`);
    return token;
  }

  firstLine(index: number): number {
    return this.token(index).startLine ?? 1;
  }

  lastLine(index: number): number {
    return lastLineOf(this.token(index));
  }

  private lookup(map: Map<number, number>, offset: number): number {
    const index = map.get(offset);
    if (index === undefined) throw new Error(`internal: no token boundary at offset ${offset}`);
    return index;
  }
}

function endOf(token: IToken): number {
  return (token.endOffset ?? token.startOffset) + 1;
}

function lastLineOf(token: IToken): number {
  return token.endLine ?? token.startLine ?? 1;
}
