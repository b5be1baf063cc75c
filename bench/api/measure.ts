/**
 * One autocannon run against one server for one operation, with the server's RSS sampled from /proc
 * while it runs. Errors are non-2xx answers and 2xx answers carrying GraphQL `errors`.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface RunResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  /** Null when no request completed within the run. */
  p50: number | null;
  p99: number | null;
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  rssMb: number;
}

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

export async function measure(
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
  pid: number,
): Promise<RunResult> {
  let graphqlErrors = 0;
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 250);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    pipelining: 1,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        onResponse: (status: number, resBody: string) => {
          if (status >= 200 && status < 300 && resBody.includes('"errors":')) graphqlErrors += 1;
        },
      },
    ],
  });
  clearInterval(timer);
  peak = Math.max(peak, rssMb(pid));
  return {
    connections,
    seconds,
    requests: result.requests.total,
    rps: Math.round(result.requests.average * 10) / 10,
    p50: result.requests.total > 0 ? result.latency.p50 : null,
    p99: result.requests.total > 0 ? result.latency.p99 : null,
    // A run in which no request completed is a failure of the server, not a fast run.
    errors:
      result.non2xx +
      result.errors +
      result.timeouts +
      graphqlErrors +
      (result.requests.total === 0 ? connections : 0),
    non2xx: result.non2xx,
    graphqlErrors,
    rssMb: peak,
  };
}
