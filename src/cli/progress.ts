/**
 * The batch progress bar on stderr (files done, rate, ETA, failures), drawn
 * by cli-progress. Only on a terminal: in a pipe or a log file a bar is
 * noise, so callers get a silent one there.
 */
import { cliProgress } from '../lazy.js';

export interface Progress {
  /** One more input is done. */
  tick(failed: boolean): void;
  /** Writes a message line above the bar. */
  log(line: string): void;
  stop(): void;
}

/** What the bar writes to: a terminal stream (or a fake one in tests). */
export interface ProgressStream {
  write(chunk: string): boolean;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export function silentProgress(write: (line: string) => void): Progress {
  return { tick() {}, log: write, stop() {} };
}

function rate(done: number, startedAt: number, now: number): string {
  const seconds = (now - startedAt) / 1000;
  return seconds > 0 ? (done / seconds).toFixed(1) : '0.0';
}

export function progressBar(total: number, stream: ProgressStream, now: () => number = Date.now): Progress {
  const bar = new (cliProgress().SingleBar)(
    {
      stream: stream as NodeJS.WritableStream,
      format: 'rinse {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      barsize: 24,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress().Presets.shades_classic,
  );
  const startedAt = now();
  let done = 0;
  let failed = 0;
  bar.start(total, 0, { rate: '0.0', failed: 0 });
  return {
    tick(didFail) {
      done++;
      if (didFail) failed++;
      bar.update(done, { rate: rate(done, startedAt, now()), failed });
    },
    log(line) {
      // Clear the bar's line, print the message; the bar is drawn again on the next update.
      stream.write(`\r\u001b[2K${line}`);
    },
    stop() {
      bar.stop();
    },
  };
}
