import { useEffect, useState } from 'react';
import type { JobView } from '@/utils/jobs/job-types';
import { sendMessage } from '@/utils/messaging/send-message';
import { downloadText } from './download';

const POLL_MS = 700;
const FINAL = new Set(['done', 'cancelled', 'stopped']);

/**
 * A running job's progress and then its summary, read from the background (the job goes on
 * if this page closes). The problem rows come from the job itself as CSV.
 */
export function JobProgress({ jobId }: { jobId: string }) {
  const [job, setJob] = useState<JobView | null>();
  const [error, setError] = useState<string>();
  const [downloadError, setDownloadError] = useState<string>();

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const { job: view } = await sendMessage('jobs/get', { jobId });
        if (stopped) return;
        setJob(view);
        setError(undefined);
        if (view && FINAL.has(view.state)) return;
      } catch (failure) {
        if (stopped) return;
        setError((failure as Error).message);
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId]);

  const cancel = async () => {
    const reply = await sendMessage('jobs/cancel', { jobId }).catch((failure: Error) => ({
      ok: false,
      message: failure.message,
    }));
    if (!reply.ok) setError(reply.message);
  };

  const download = async () => {
    setDownloadError(undefined);
    try {
      const reply = await sendMessage('jobs/failed-rows-csv', { jobId });
      if (reply.ok) downloadText(reply.filename, reply.csv);
      else setDownloadError(reply.message);
    } catch (failure) {
      setDownloadError((failure as Error).message);
    }
  };

  if (job === undefined && !error) return <p>Starting…</p>;
  if (job === null) return <p className="status-error">The job {jobId} is no longer known.</p>;
  const final = job ? FINAL.has(job.state) : false;
  const problems = job ? job.rejected + job.unconfirmed + job.notSent : 0;
  return (
    <section
      aria-label="Job"
      data-testid="job-progress"
      data-job-id={jobId}
      data-state={job?.state}
    >
      <h2>{final ? 'Summary' : 'Sending…'}</h2>
      {error && (
        <p className="status-error" role="alert">
          {error}
        </p>
      )}
      {job && (
        <>
          <progress max={job.total || 1} value={job.done} aria-label="Rows done" />
          <p data-testid="job-counts">
            {job.done.toLocaleString()} of {job.total.toLocaleString()} rows done:{' '}
            <span className="status-ok">{job.created.toLocaleString()} created</span>
            {job.updated > 0 && <>, {job.updated.toLocaleString()} updated</>},{' '}
            <span className={job.rejected ? 'status-error' : undefined}>
              {job.rejected.toLocaleString()} rejected
            </span>
            , {job.unconfirmed.toLocaleString()} unconfirmed
            {job.notSent > 0 && <>, {job.notSent.toLocaleString()} not sent</>}.
          </p>
          {job.listId && <p>List: {job.listId}</p>}
          {job.message && (
            <p className={final && problems === 0 ? 'status-ok' : 'status-warn'}>{job.message}</p>
          )}
          {!final && (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          )}
          {final && problems > 0 && (
            <>
              <table className="grid" data-testid="job-problems">
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Result</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  {job.rows
                    .filter((row) => row.status !== 'created' && row.status !== 'updated')
                    .map((row) => (
                      <tr key={row.row}>
                        <td>{row.sourceRow ?? row.row + 1}</td>
                        <td>{row.status}</td>
                        <td>{row.message}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
              <button type="button" onClick={download}>
                Download problem rows (CSV)
              </button>
              {downloadError && <p className="status-error">{downloadError}</p>}
            </>
          )}
        </>
      )}
    </section>
  );
}
