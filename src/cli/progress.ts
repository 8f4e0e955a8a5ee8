/**
 * Progress for long commands: a redrawn bar on a terminal, plain lines
 * otherwise (CI logs, pipes), so nobody wonders whether it hung.
 */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

/** A progress display for `total` steps written to stderr. */
export function createProgress(title: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let current = 0;
  const started = Date.now();
  const isTty = Boolean(stream.isTTY);
  let lastLine = 0;
  return {
    tick(label = '') {
      current++;
      const now = Date.now();
      const pct = total ? Math.floor((current / total) * 100) : 100;
      if (isTty) {
        const width = 24;
        const filled = Math.round((pct / 100) * width);
        const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
        stream.write(`\r${title} ${bar} ${current}/${total} ${label}`.slice(0, (stream.columns ?? 100) - 1).padEnd(Math.min(stream.columns ?? 100, 100) - 1));
      } else if (current === total || now - lastLine >= 2000 || current === 1) {
        lastLine = now;
        stream.write(`${title}: ${current}/${total} (${pct}%) ${label}\n`);
      }
    },
    done() {
      if (isTty) stream.write('\n');
      stream.write(`${title}: ${current}/${total} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
