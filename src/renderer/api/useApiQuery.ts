import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel } from '../../shared/api/channels';
import type { ApiInput, ApiOutput } from '../../shared/api/contract';
import { call, errorMessageOf } from './client';
import { takePrefetched } from './first-screen-prefetch';

export interface ApiQuery<C extends Channel> {
  data: ApiOutput<C> | undefined;
  /** Chinese message of the last failure, cleared by the next success. */
  error: string | undefined;
  loading: boolean;
  reload: () => void;
  /** Replaces the data with what a mutation answered, sparing a round trip. */
  setData: (data: ApiOutput<C>) => void;
}

/** Calls a read channel whenever its input changes; answers to superseded inputs are dropped. */
export function useApiQuery<C extends Channel>(channel: C, input: ApiInput<C>): ApiQuery<C> {
  // A query of the first screen starts with the answer prefetched for it when that has come already,
  // so its first render shows the data instead of a spinner that the next render replaces.
  const [prefetched] = useState(() => takePrefetched(channel, input));
  const [data, setData] = useState<ApiOutput<C> | undefined>(prefetched?.arrived?.value);
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState(!prefetched?.arrived);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);
  /** The prefetched call, for the effect's first run only. */
  const untaken = useRef(prefetched);
  // Inputs are small plain objects; their JSON is a stable dependency even when callers rebuild them.
  const inputKey = JSON.stringify(input);

  useEffect(() => {
    const request = ++latest.current;
    const early = untaken.current;
    untaken.current = undefined;
    if (early?.arrived) return;
    setLoading(true);
    const input = JSON.parse(inputKey) as ApiInput<C>;
    (early?.answer ?? call(channel, input)).then(
      (value) => {
        if (request !== latest.current) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (failure: unknown) => {
        if (request !== latest.current) return;
        setError(errorMessageOf(failure));
        setLoading(false);
      },
    );
  }, [channel, inputKey, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const replace = useCallback((value: ApiOutput<C>) => {
    // A mutation's answer is newer than any read still in flight: drop those answers, or an older
    // reload could land afterwards and put back what the mutation changed.
    latest.current++;
    setData(value);
    setError(undefined);
    setLoading(false);
  }, []);
  return { data, error, loading, reload, setData: replace };
}
