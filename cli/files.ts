/** Turns the paths a user names into the policy files to read: a folder means every `*.policy` in it. */
import { readdirSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { errorMessage } from "../compiler/host.js";
import { UsageError } from "./io.js";

function statOf(full: string, shown: string): Stats {
  try {
    return statSync(full);
  } catch (error) {
    throw new UsageError(`cannot read \`${shown}\`: ${errorMessage(error)}`, "check the path; name policy files or folders that contain them");
  }
}

export function policyFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const given of paths.length > 0 ? paths : ["."]) {
    const stat = statOf(path.resolve(cwd, given), given);
    if (stat.isDirectory()) {
      const found = readdirSync(path.resolve(cwd, given))
        .filter((name) => name.endsWith(".policy"))
        .sort()
        .map((name) => path.join(given, name));
      for (const file of found) {
        // A folder or a pipe named like a policy cannot be read as one; say so rather than hang or skip it.
        if (!statOf(path.resolve(cwd, file), file).isFile()) throw new UsageError(`\`${file}\` is not an ordinary file`, "rename or move it: every `*.policy` in a folder is read as a policy");
        files.push(file);
      }
      if (found.length === 0) throw new UsageError(`no \`.policy\` files in \`${given}\``, "name a folder of policies, such as `policies`");
    } else if (stat.isFile()) {
      files.push(given);
    } else {
      throw new UsageError(`\`${given}\` is not an ordinary file`, "name a policy file or a folder of them");
    }
  }
  return [...new Set(files.map((f) => path.normalize(f)))];
}
