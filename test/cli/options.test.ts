/**
 * An option written wrongly gets a sentence saying what the option wants, not Node's
 * message for programmers, and exit 2 with nothing on standard output.
 */
import { describe, expect, it } from "vitest";
import { ENGINE, runCli } from "../helpers/runCli.js";

describe("options written wrongly", () => {
  const cases: [string, string[], string, string][] = [
    ["a value left off at the end", ["eval", "policies/lancashire.policy", "--batch"], "error: `--batch` needs a value\n", "`--batch -` to read them from standard input"],
    ["a value left off before another option", ["eval", "policies/lancashire.policy", "--batch", "--explain"], "error: `--batch` needs a value, and the word after it begins with a dash\n", "join it with `=`: `--batch=-old.jsonl`"],
    ["a short option's value left off", ["diff", "policies", "-o"], "error: `-o` (`--out`) needs a value\n", "`-o wakefield.json`"],
    ["a number left off", ["diff", "policies", "--max-attendees"], "error: `--max-attendees` needs a value\n", "a whole number from 1 to 24"],
    ["a date left off", ["check", "--today"], "error: `--today` needs a value\n", "`--today 2026-11-24`"],
    ["a value given to a switch", ["eval", "x.policy", "--explain=yes"], "error: `--explain` is a switch and takes no value\n", "write `--explain` on its own"],
    ["an unknown long option", ["check", "--bogus"], "error: unknown option `--bogus`\n", "goes after `--`"],
    ["an unknown short option", ["check", "-x"], "error: unknown option `-x`\n", "run `quorate --help` for the options"],
    ["an unknown option with an apostrophe", ["check", "--it's"], "error: unknown option `--it's`\n", "run `quorate --help` for the options"],
  ];
  for (const [name, args, message, help] of cases) {
    it(`${name}: ${args.join(" ")}`, async () => {
      const run = await runCli(args, ENGINE);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.startsWith(message), run.stderr).toBe(true);
      expect(run.stderr).toContain(`  help: `);
      expect(run.stderr).toContain(help);
      expect(run.stderr).not.toMatch(/Option '|ERR_PARSE_ARGS|\n\s+at /);
    });
  }

  it("a file whose name begins with a dash is read after `--`, as the hint says", async () => {
    const run = await runCli(["check", "--", "-draft.policy"], ENGINE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read `-draft.policy`: the file does not exist");
  });
});
