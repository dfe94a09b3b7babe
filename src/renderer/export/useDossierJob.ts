import { useCallback, useEffect, useRef, useState } from 'react';
import type { DossierJob } from '../../shared/domain/dossier';
import { call, errorMessageOf } from '../api/client';

/** Often enough for a bar that moves with each exhibit, rarely enough to cost the host nothing. */
const POLL_MS = 400;

export interface DossierJobState {
  job?: DossierJob;
  /** A failure to start or to follow the job (the host went away). */
  error?: string;
  cancelling: boolean;
  start: () => void;
  cancel: () => void;
}

/**
 * Makes the dossier as a background job on the host and follows it until it ends; `onFinished`
 * hears of a completed export (the list of exports reloads).
 */
export function useDossierJob(caseId: string, onFinished: () => void): DossierJobState {
  const [job, setJob] = useState<DossierJob>();
  const [error, setError] = useState<string>();
  const [cancelling, setCancelling] = useState(false);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  const running = job?.state === 'running' ? job.jobId : undefined;
  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(() => {
      call('dossier:job', { jobId: running }).then(
        (next) => {
          if (stopped) return;
          setJob(next);
          if (next.state !== 'running') {
            setCancelling(false);
            if (next.state === 'done') finished.current();
          }
        },
        (failure: unknown) => {
          if (stopped) return;
          setError(errorMessageOf(failure));
          setJob(undefined);
        },
      );
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [running]);

  const start = useCallback(() => {
    setError(undefined);
    call('dossier:start', { caseId }).then(setJob, (failure: unknown) => setError(errorMessageOf(failure)));
  }, [caseId]);

  const cancel = useCallback(() => {
    if (!running) return;
    setCancelling(true);
    call('dossier:cancel', { jobId: running }).catch((failure: unknown) => setError(errorMessageOf(failure)));
  }, [running]);

  return { job, ...(error ? { error } : {}), cancelling, start, cancel };
}
