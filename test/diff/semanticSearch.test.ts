import { describe, expect, it } from "vitest";
import { DEFAULT_SEARCH, type SearchOptions } from "../../diff/semantic/searchSpace.js";
import type { Board } from "../helpers/conferences.js";
import { expectExact } from "./bruteForce.js";

// Small enough for the brute force to decide every conference outright.
const SMALL: SearchOptions = { ...DEFAULT_SEARCH, maxAttendees: 1, nominatedLeads: false, organisations: false };

describe("the semantic search against deciding every conference", () => {
  const pairs: [Board, Board][] = [
    ["mid-and-west-wales", "wakefield"],
    ["south-ayrshire", "lancashire"],
    ["wakefield", "lancashire"],
    ["cwm-taf-morgannwg", "lancashire"],
  ];
  for (const [x, y] of pairs) {
    it(`is exact with one attendee: ${x} against ${y}`, () => {
      expectExact(x, y, SMALL);
    });
  }
  it("is exact with two attendees and leads: wakefield against south-ayrshire", () => {
    expect(expectExact("wakefield", "south-ayrshire", { ...DEFAULT_SEARCH, maxAttendees: 2 }).conferences).toBeGreaterThan(1000);
  });
});
