import { useState } from 'react';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';

type Result = ResponseOf<'dialer/test-connection'>;

/**
 * One click, one attempt: the background never retries a refused login, and the button is
 * disabled while the test runs so it cannot be hammered.
 */
export function ConnectionTest({ dirty }: { dirty: boolean }) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Result>();

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    try {
      setResult(await sendMessage('dialer/test-connection', {}));
    } catch (error) {
      setResult({ ok: false, message: (error as Error).message, warnings: [] });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section aria-label="Connection test" className="connection-test">
      <button type="button" onClick={run} disabled={running || dirty}>
        {running ? 'Testing…' : 'Test connection'}
      </button>
      {dirty && <span className="field-hint"> Save first: the test uses the saved settings.</span>}
      <output aria-live="polite" data-testid="connection-result">
        {result && (
          <>
            <p className={result.ok ? 'status-ok' : 'status-error'}>{result.message}</p>
            {result.warnings.map((warning) => (
              <p key={warning} className="status-warn">
                {warning}
              </p>
            ))}
          </>
        )}
      </output>
    </section>
  );
}
