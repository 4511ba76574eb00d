import { type JobOutcome, waitForJob } from '@/utils/crm-admin/job-outcome';
import type { JobInput } from '@/utils/jobs/job-types';
import { sendMessage } from '@/utils/messaging/send-message';

/**
 * Starts a one-row job (a user, a list) and waits for its result. The job runs in the
 * background: closing the popup does not stop it, its result then shows in the job list.
 */
export async function runJob(input: JobInput, subject: string): Promise<JobOutcome> {
  const started = await sendMessage('jobs/start', input);
  if (!started.ok) {
    const text = started.problems.map((problem) => problem.message).join(' ');
    return { done: true, ok: false, text: `${subject} not sent: ${text}` };
  }
  return waitForJob(
    async (jobId) => (await sendMessage('jobs/get', { jobId })).job,
    started.jobId,
    subject,
  );
}
