import { useEffect, useState } from 'react';
import type { JobView } from '@/utils/jobs/job-types';
import { sendMessage } from '@/utils/messaging/send-message';

const ACTIVE = new Set(['queued', 'running']);

/** The running jobs' progress (jobs/list), refreshed while the popup is open and one runs. */
export function JobProgress() {
  const [jobs, setJobs] = useState<JobView[]>([]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const load = async () => {
      const list = await sendMessage('jobs/list', {}).catch(() => ({ jobs: [] as JobView[] }));
      if (stopped) return;
      const running = list.jobs.filter((job) => ACTIVE.has(job.state));
      setJobs(running);
      timer = setTimeout(() => void load(), running.length > 0 ? 1000 : 3000);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  if (jobs.length === 0) return null;
  return (
    <section aria-label="Running jobs" data-testid="job-progress">
      {jobs.map((job) => (
        <div key={job.id} className="job">
          <label htmlFor={`job-${job.id}`}>
            {job.title}: {job.done} of {job.total}
            {job.rejected > 0 ? `, ${job.rejected} refused` : ''}
          </label>
          <progress id={`job-${job.id}`} max={Math.max(job.total, 1)} value={job.done} />
        </div>
      ))}
    </section>
  );
}
