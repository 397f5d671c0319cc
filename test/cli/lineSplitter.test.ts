import { describe, expect, it } from "vitest";
import { LineSplitter } from "../../cli/batch/lines.js";

const lines = (splitter: LineSplitter, ...chunks: string[]) => [...chunks.flatMap((c) => [...splitter.take(Buffer.from(c, "utf8"))]), ...splitter.end()];

describe("the line splitter", () => {
  it("takes a line of exactly the limit whether it ends in LF or CRLF, and refuses one byte more", () => {
    const exact = "x".repeat(10);
    expect(lines(new LineSplitter(10), `${exact}\n${exact}\r\n`)).toEqual([
      { line: 1, text: exact },
      { line: 2, text: exact },
    ]);
    expect(lines(new LineSplitter(10), `${exact}y\r\n${exact}y\n`)).toEqual([
      { line: 1, tooLong: 11 },
      { line: 2, tooLong: 11 },
    ]);
  });

  it("allows a byte-order mark at the start of the input only", () => {
    const [first, second] = lines(new LineSplitter(), "\ufeff{}\n\ufeff{}\n");
    expect(first).toEqual({ line: 1, text: "{}" });
    // Kept in the text, so the line is refused as JSON rather than silently read.
    expect(second).toEqual({ line: 2, text: "\ufeff{}" });
  });

  it("joins a line split across chunks, and gives the last line without a line break", () => {
    expect(lines(new LineSplitter(), '{"a":', "1}\n{", "}")).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: "{}" },
    ]);
  });
});
