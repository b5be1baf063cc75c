/**
 * Progress of a long import: a cli-progress bar (rows, rate, time left) on a terminal, plain log
 * lines every few seconds elsewhere (CI logs, files), nothing at all when silenced.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  update(done: number): void;
  stop(): void;
}

export const silentProgress: Progress = { start() {}, update() {}, stop() {} };

export function formatRate(rowsPerSecond: number): string {
  return Math.round(rowsPerSecond).toLocaleString('en-US');
}

export function createProgress(
  options: { tty?: boolean; log?: (line: string) => void; intervalMs?: number } = {},
): Progress {
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  const log = options.log ?? ((line: string) => console.error(line));
  if (tty) {
    let bar: cliProgress.SingleBar | undefined;
    let t0 = 0;
    return {
      start(label, total) {
        t0 = Date.now();
        bar = new cliProgress.SingleBar(
          {
            format: `${label} [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {eta_formatted} left`,
            stream: process.stderr,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: '0' });
      },
      update(done) {
        const s = (Date.now() - t0) / 1000;
        bar?.update(done, { rate: formatRate(s > 0 ? done / s : 0) });
      },
      stop() {
        bar?.stop();
      },
    };
  }
  const every = options.intervalMs ?? 5000;
  let label = '';
  let total = 0;
  let t0 = 0;
  let last = 0;
  let done = 0;
  const line = () => {
    const s = (Date.now() - t0) / 1000;
    const rate = s > 0 ? done / s : 0;
    const left = rate > 0 ? Math.round((total - done) / rate) : 0;
    const pct = total > 0 ? ((100 * done) / total).toFixed(1) : '100.0';
    log(`${label}: ${done}/${total} rows (${pct}%), ${formatRate(rate)} rows/s, ${left} s left`);
  };
  return {
    start(l, t) {
      label = l;
      total = t;
      t0 = Date.now();
      last = t0;
      done = 0;
    },
    update(d) {
      done = d;
      if (Date.now() - last >= every) {
        last = Date.now();
        line();
      }
    },
    stop() {
      const s = (Date.now() - t0) / 1000;
      log(`${label}: ${done} rows in ${s.toFixed(1)} s (${formatRate(s > 0 ? done / s : 0)} rows/s)`);
    },
  };
}
