/**
 * The Studio's worker: Quorate's compiler, language service, evaluator and diff, off the
 * page's thread so typing never waits for them. The page starts two of these: one
 * answers the editor and the Try panel, the other compares policies (a search that can
 * take seconds, which must not hold up the editor's diagnostics).
 *
 * Requests are answered in order, except that a check waiting behind a newer check of
 * the same file is answered `superseded` unread: only the newest text is worth checking.
 */
import Holidays from "date-holidays";
import { parse } from "../../../grammar/parse.js";
import { useHolidaysPackage } from "../../../runtime/holidays.js";
import { compare } from "./comparing.js";
import { decide } from "./deciding.js";
import { catalogue, check, complete, format, hover } from "./languageQueries.js";
import type { BundledDocument, Request, RequestMessage, ResponseMessage, Started } from "./protocol.js";
import { Workspace } from "./workspace.js";

// The page cannot load a package as it runs: the holidays (trimmed to the countries Quorate reads) come in the bundle.
useHolidaysPackage(Holidays);

interface WorkerScope {
  onmessage: ((event: MessageEvent<RequestMessage>) => void) | null;
  postMessage(message: ResponseMessage): void;
}
const scope = self as unknown as WorkerScope;

let workspace: Workspace | undefined;
let bundled: Record<string, string> = {};
let today = "";

/** What a shipped file is, as its header says: read without compiling, so a file with errors is listed too. */
function documentOf(file: string, text: string): BundledDocument {
  const parsed = parse(text, file, { recover: true });
  const header = (parsed.ast ?? parsed.recovered)?.header;
  if (!header) return { path: file, kind: "unknown", id: file, title: file };
  return { path: file, kind: header.fileKind, id: header.id.name, title: header.title.value };
}

function start(files: Record<string, string>, date: string): Started {
  bundled = files;
  today = date;
  workspace = new Workspace(files, date);
  return { documents: Object.entries(files).map(([file, text]) => documentOf(file, text)), catalogue: catalogue() };
}

function ws(): Workspace {
  if (!workspace) throw new Error("the worker was asked a question before it was started");
  return workspace;
}

async function answer(request: Request): Promise<unknown> {
  switch (request.type) {
    case "start":
      return start(request.bundled, request.today);
    case "check":
      return check(ws(), request.path, request.text);
    case "hover":
      return hover(ws(), request.path, request.text, request.at);
    case "complete":
      return complete(ws(), request.path, request.text, request.at);
    case "format":
      return format(ws(), request.path, request.text);
    case "decide":
      return decide(ws(), request.path, request.text, request.conference, today);
    case "compare":
      return compare(request.inputs, bundled, request.workspace, today);
  }
}

const queue: RequestMessage[] = [];
let running = false;

/** Whether a newer check of the same file waits behind this one. */
function overtaken(message: RequestMessage): boolean {
  const { request } = message;
  return request.type === "check" && queue.some((m) => m.request.type === "check" && m.request.path === request.path);
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  while (queue.length > 0) {
    const message = queue.shift() as RequestMessage;
    if (overtaken(message)) {
      scope.postMessage({ id: message.id, answer: { superseded: true, problems: [], names: [] } });
      continue;
    }
    try {
      scope.postMessage({ id: message.id, answer: await answer(message.request) });
    } catch (error) {
      scope.postMessage({ id: message.id, failure: error instanceof Error ? error.message : String(error) });
    }
  }
  running = false;
}

scope.onmessage = (event) => {
  queue.push(event.data);
  // Let messages already sent arrive first, so a burst of keystrokes is checked once.
  setTimeout(() => void drain(), 0);
};
