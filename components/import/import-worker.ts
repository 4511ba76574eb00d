import {
  type FromCsvWorker,
  fromCsvWorkerSchema,
  type ToCsvWorker,
} from '@/utils/import/csv-messages';

type Request = ToCsvWorker extends infer M
  ? M extends { id: number }
    ? Omit<M, 'id'>
    : never
  : never;
type Update = Extract<FromCsvWorker, { type: 'progress' | 'analysing' }>;

/**
 * The page's side of the import worker: one request, one final answer (a promise), with its
 * progress messages on the way. Every message from the worker is parsed before use.
 */
export class ImportWorker {
  private readonly worker = new Worker(
    new URL('../../utils/import/csv-worker.ts', import.meta.url),
    {
      type: 'module',
    },
  );
  private nextId = 1;
  private readonly pending = new Map<
    number,
    {
      resolve(message: FromCsvWorker): void;
      reject(error: Error): void;
      update?(message: Update): void;
    }
  >();

  constructor() {
    this.worker.addEventListener('message', (event: MessageEvent) => {
      const parsed = fromCsvWorkerSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      if (message.type === 'progress' || message.type === 'analysing') {
        waiting.update?.(message);
        return;
      }
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(message.message));
      else waiting.resolve(message);
    });
    this.worker.addEventListener('error', (event) => {
      for (const waiting of this.pending.values()) {
        waiting.reject(new Error(`The import worker failed: ${event.message}`));
      }
      this.pending.clear();
    });
  }

  request(message: Request, update?: (message: Update) => void): Promise<FromCsvWorker> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, update });
      this.worker.postMessage({ ...message, id });
    });
  }

  terminate() {
    this.worker.terminate();
    this.pending.clear();
  }
}
