/**
 * The page's side of a worker: each request a promise of its typed answer. A worker that
 * fails to start, or dies, fails every question waiting on it with a message in plain
 * words rather than leaving the page waiting.
 */
import QuorateWorker from "./quorateWorker.ts?worker&inline";
import type { Answers, Request, RequestMessage, ResponseMessage } from "./protocol.js";

type Pending = { resolve: (answer: unknown) => void; reject: (error: Error) => void };

export class WorkerClient {
  private worker: Worker;
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  /** The request that started the worker, sent again to a fresh one after a restart. */
  private started: Request | undefined;

  constructor(private readonly name: string) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new QuorateWorker({ name: this.name });
    worker.onmessage = (event: MessageEvent<ResponseMessage>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if ("failure" in message) waiting.reject(new Error(message.failure));
      else waiting.resolve(message.answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(`Quorate's ${this.name} stopped working (${event.message || "no reason given"}); reload the page`);
    };
    return worker;
  }

  ask<T extends Request>(request: T): Promise<Answers[T["type"]]> {
    if (request.type === "start") this.started = request;
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (answer: unknown) => void, reject });
      this.worker.postMessage({ id, request } satisfies RequestMessage);
    });
  }

  /** Stops whatever the worker is doing (a long comparison) and starts a fresh one; waiting questions fail with `reason`. */
  restart(reason: string): void {
    this.worker.terminate();
    this.failAll(reason);
    this.worker = this.spawn();
    if (this.started) void this.ask(this.started).catch(() => undefined);
  }

  private failAll(reason: string): void {
    for (const waiting of this.pending.values()) waiting.reject(new Error(reason));
    this.pending.clear();
  }
}
