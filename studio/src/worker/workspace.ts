/**
 * The files the worker's language service reads: the policies the Studio ships, with
 * whatever the person has edited or opened laid over them, all in memory and keyed by
 * path (`policies/…`), so `vocabulary` and `extends` resolve as they do on disk.
 */
import { path } from "../../../compiler/platform.js";
import { createLanguageService, type CompileHost, type LanguageService } from "../../../language-service/index.js";

/** A file the Studio does not hold, in words for a board officer rather than a programmer. */
const NOT_HELD = "the Studio has no file of that name; open it with “Open a file…”, or correct the name";

export class Workspace {
  private readonly files = new Map<string, string>();
  readonly host: CompileHost = {
    readFile: (filePath) => {
      const text = this.files.get(path.normalize(filePath));
      return text === undefined ? { error: NOT_HELD } : { text };
    },
  };
  readonly service: LanguageService;

  constructor(files: Record<string, string>, today: string) {
    for (const [file, text] of Object.entries(files)) this.files.set(path.normalize(file), text);
    this.service = createLanguageService({ host: this.host, today: () => today });
  }

  set(file: string, text: string): void {
    this.files.set(path.normalize(file), text);
  }

  text(file: string): string | undefined {
    return this.files.get(path.normalize(file));
  }

  paths(): string[] {
    return [...this.files.keys()];
  }
}
