/**
 * What happens when standard output or standard error cannot be written: a reader that
 * stopped early (`quorate check | head`) ends the run quietly with the exit code reached so
 * far; any other failure (a full disk, `> /dev/full`, a device error) is one message on
 * standard error and exit 2, never a stack trace. The installed `quorate` binary sets this
 * up before a command runs.
 */

/** The part of a stream this needs: its error events, and (for standard error) writing a message. */
export interface OutputStream {
  on(event: "error", listener: (error: Error) => void): unknown;
  write(text: string): unknown;
}

export interface OutputGuard {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Ends the process with this code. */
  exit(code: number): void;
  /** The exit code the command has reached so far. */
  codeSoFar(): number;
}

/** Why a write failed, in words. */
export function outputFailure(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOSPC") return "the disk is full";
  if (code === "EDQUOT") return "the disk quota is used up";
  if (code === "EFBIG") return "the file it goes to has grown as large as the system allows";
  if (code === "EIO") return "the device it goes to reported an error";
  if (code === "EBADF") return "there is nothing open to write it to";
  if (code === "EACCES" || code === "EPERM") return "permission to write it was refused";
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

export function guardOutput(guard: OutputGuard): void {
  let failed = false;
  const onError = (which: "stdout" | "stderr") => (error: Error) => {
    if ((error as { code?: string }).code === "EPIPE") {
      guard.exit(guard.codeSoFar());
      return;
    }
    if (failed) return;
    failed = true;
    if (which === "stdout") {
      try {
        guard.stderr.write(`error: the output could not be written: ${outputFailure(error)}\n  help: what was written is incomplete; check where the output goes (the disk, its space), then run the command again\n`);
      } catch {
        // Standard error cannot be written either: the exit code is all that is left to say it.
      }
    }
    guard.exit(2);
  };
  guard.stdout.on("error", onError("stdout"));
  guard.stderr.on("error", onError("stderr"));
}
