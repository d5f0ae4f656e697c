import cliProgress from 'cli-progress';

import type { BatchProgress } from '../batch/index.js';
import type { Translator } from '../core/i18n/index.js';

export interface ProgressReporter {
  update(progress: BatchProgress): void;
  stop(): void;
}

/** Records per second since the start. */
function rateOf(done: number, startedAt: number): number {
  const seconds = (Date.now() - startedAt) / 1000;
  return seconds > 0 ? done / seconds : 0;
}

/**
 * The number of records, estimated while the input is streamed (its count is not known in advance): the records
 * read so far, scaled by the share of the file's bytes they took; exact once the whole file is read.
 */
function estimateTotal(progress: BatchProgress): number {
  const share = progress.size > 0 ? progress.bytesRead / progress.size : 1;
  if (share >= 1 || share <= 0) return Math.max(progress.read, progress.done);
  return Math.max(progress.read, Math.round(progress.read / share));
}

/**
 * On a terminal, a bar on stderr (records done of the estimated total, per second, time left); otherwise a plain
 * line every few seconds; nothing with `--quiet`.
 */
export function createProgressReporter(translator: Translator, mode: 'bar' | 'lines' | 'quiet', everyMs = 5000): ProgressReporter {
  const startedAt = Date.now();
  if (mode === 'quiet') return { update: () => undefined, stop: () => undefined };
  if (mode === 'lines') {
    let last = startedAt;
    return {
      update(progress) {
        if (Date.now() - last < everyMs) return;
        last = Date.now();
        const rate = rateOf(progress.done, startedAt);
        const left = rate > 0 ? Math.round((estimateTotal(progress) - progress.done) / rate) : '?';
        process.stderr.write(`qujat: ${translator.t('batchProgress', 'cli', { done: progress.done, rate: rate.toFixed(1), left })}\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: translator.t('batchProgressBar', 'cli'), stream: process.stderr, hideCursor: true, etaBuffer: 200, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1000, 0, { rate: '0' });
  return {
    update(progress) {
      bar.setTotal(Math.max(1, estimateTotal(progress)));
      bar.update(progress.done, { rate: rateOf(progress.done, startedAt).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
