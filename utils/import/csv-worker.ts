import { toCsvWorkerSchema } from './csv-messages';
import { parseCsv } from './parse-csv';

// A module worker of our own (papaparse's `worker: true` builds a blob: worker, which an MV3
// extension page's CSP does not allow). It parses the file and posts the rows in batches.
self.addEventListener('message', (event: MessageEvent) => {
  const request = toCsvWorkerSchema.safeParse(event.data);
  if (!request.success) return;
  try {
    parseCsv(request.data.file, (message) => self.postMessage(message));
  } catch (error) {
    self.postMessage({ type: 'error', message: (error as Error).message });
  }
});
