/** Turns the paths a user names into the policy files to read: a folder means every `*.policy` in it. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { errorMessage } from "../compiler/host.js";
import { UsageError } from "./io.js";

export function policyFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const given of paths.length > 0 ? paths : ["."]) {
    const full = path.resolve(cwd, given);
    let stat;
    try {
      stat = statSync(full);
    } catch (error) {
      throw new UsageError(`cannot read \`${given}\`: ${errorMessage(error)}`, "check the path; name policy files or folders that contain them");
    }
    if (stat.isDirectory()) {
      const found = readdirSync(full)
        .filter((name) => name.endsWith(".policy"))
        .sort()
        .map((name) => path.join(given, name));
      if (found.length === 0) throw new UsageError(`no \`.policy\` files in \`${given}\``, "name a folder of policies, such as `policies`");
      files.push(...found);
    } else files.push(given);
  }
  return [...new Set(files.map((f) => path.normalize(f)))];
}
