import { useCallback, useEffect, useState } from 'react';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { sendMessage } from '@/utils/messaging/send-message';

type Status = ResponseOf<'dialer/status'>;

/** Whether the dialer answers: the background's check, reused for a minute unless refreshed. */
export function DialerStatus() {
  const [status, setStatus] = useState<Status>();
  const [checking, setChecking] = useState(false);

  const check = useCallback(async (refresh: boolean) => {
    setChecking(true);
    try {
      setStatus(await sendMessage('dialer/status', { refresh }));
    } catch (failure) {
      setStatus({
        configured: true,
        answers: 'unknown',
        message: failure instanceof Error ? failure.message : String(failure),
        checkedAt: null,
      });
    } finally {
      setChecking(false);
    }
  }, []);
  useEffect(() => void check(false), [check]);

  const tone =
    status?.answers === 'yes' ? 'status-ok' : status?.answers === 'no' ? 'status-error' : '';
  return (
    <section aria-label="Dialer" data-testid="dialer-status" data-answers={status?.answers ?? ''}>
      <p className={tone}>
        {!status
          ? 'Checking the dialer…'
          : status.answers === 'yes'
            ? status.message
            : status.answers === 'no'
              ? `The dialer does not answer: ${status.message}`
              : status.message}
      </p>
      {status?.configured && (
        <button type="button" onClick={() => void check(true)} disabled={checking}>
          {checking ? 'Checking…' : 'Check again'}
        </button>
      )}
    </section>
  );
}
