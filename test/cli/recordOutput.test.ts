import { describe, expect, it } from "vitest";
import { RecordOutput } from "../../cli/batch/output.js";

describe("batch output", () => {
  it("writes records in batches of about 64 KiB, in order, each record whole on its own line", async () => {
    const writes: string[] = [];
    const output = new RecordOutput({ write: (text: string) => writes.push(text) });
    const records = Array.from({ length: 5_000 }, (_, i) => JSON.stringify({ line: i + 1, padding: "x".repeat(i % 200) }));
    for (const r of records) await output.add(r);
    await output.flush();
    expect(writes.length).toBeGreaterThan(5);
    expect(writes.length).toBeLessThan(records.length / 100);
    for (const w of writes) {
      expect(w.endsWith("\n")).toBe(true);
      expect(w.length).toBeLessThan(65_536 + 300);
    }
    expect(writes.join("")).toBe(records.join("\n") + "\n");
  });

  it("writes nothing when there is nothing to write", async () => {
    const writes: string[] = [];
    const output = new RecordOutput({ write: (text: string) => writes.push(text) });
    await output.flush();
    expect(writes).toEqual([]);
  });
});
