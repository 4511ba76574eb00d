import { type FromCsvWorker, toCsvWorkerSchema } from './csv-messages';
import type { ColumnMapping } from './import-fields';
import { ImportSession } from './import-session';
import { parseCsv } from './parse-csv';

// The import page's worker: a module worker of our own (papaparse's `worker: true` builds a
// blob: worker, which an MV3 page's CSP refuses). It parses the file and keeps the table and
// its analysis, so tens of thousands of rows never weigh on the page's thread or its heap.
const session = new ImportSession();
let latestAnalysis = 0;
const post = (message: FromCsvWorker) => self.postMessage(message);
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

const parsed = (id: number, errors: { row: number; message: string }[]) =>
  post({
    type: 'parsed',
    id,
    header: session.header,
    sample: session.sample(),
    rows: session.rowCount,
    errors,
  });

self.addEventListener('message', async (event: MessageEvent) => {
  const request = toCsvWorkerSchema.safeParse(event.data);
  if (!request.success) return;
  const message = request.data;
  const { id } = message;
  try {
    switch (message.type) {
      case 'parse': {
        let first = true;
        parseCsv(message.file, {
          rows: (rows, bytes, total) => {
            session.addRows(rows, first);
            first = false;
            post({ type: 'progress', id, bytes, total, rows: session.rowCount });
          },
          done: (_rows, errors) => parsed(id, errors),
          error: (text) => post({ type: 'error', id, message: text }),
        });
        break;
      }
      case 'load':
        session.load(message.table);
        parsed(id, []);
        break;
      case 'analyse': {
        latestAnalysis = id;
        const summary = await session.analyse(
          { ...message, mapping: message.mapping as ColumnMapping },
          async (done, total) => {
            post({ type: 'analysing', id, done, total });
            await yieldToMessages();
            return latestAnalysis === id;
          },
        );
        if (summary) post({ type: 'analysed', id, ...summary });
        else post({ type: 'error', id, message: 'superseded by a newer mapping' });
        break;
      }
      case 'page':
        post({ type: 'page', id, ...session.page(message.filter, message.page, message.size) });
        break;
      case 'job': {
        const built = session.buildJob(message);
        post(
          built.ok
            ? {
                type: 'job',
                id,
                input: built.input,
                sent: built.sent,
                skipped: built.skipped.length,
              }
            : { type: 'job', id, message: built.message },
        );
        break;
      }
      case 'problem-csv':
        post({ type: 'problem-csv', id, csv: session.problemCsv() });
        break;
    }
  } catch (error) {
    post({ type: 'error', id, message: (error as Error).message });
  }
});
