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
 * On a terminal, a bar on stderr (records done, per second, time left: the share of the input read so far stands for
 * the share done, since a streamed input's record count is not known in advance); otherwise a plain line every
 * few seconds; nothing with `--quiet`.
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
        const share = progress.size > 0 ? progress.bytesRead / progress.size : 0;
        const left = share > 0 ? Math.max(0, Math.round(((Date.now() - startedAt) / 1000) * (1 / share - 1))) : '?';
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
      const share = progress.size > 0 ? progress.bytesRead / progress.size : 0;
      bar.setTotal(Math.max(progress.done, share > 0 ? Math.round(progress.done / share) : progress.done + 1));
      bar.update(progress.done, { rate: rateOf(progress.done, startedAt).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
