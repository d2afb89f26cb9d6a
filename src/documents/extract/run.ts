import { execFile } from 'node:child_process';
import { ExtractError } from './errors.js';

export interface RunOptions {
  timeoutMs: number;
  maxBuffer?: number;
}

/**
 * Runs an external tool with an argument vector (never a shell, so file names cannot
 * inject commands). Failures become ExtractError: the same bytes would fail again.
 */
export function run(cmd: string, args: string[], opts: RunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        timeout: opts.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: opts.maxBuffer ?? 64 * 1024 * 1024,
        encoding: 'utf8',
        // tesseract spreads one page over every core via OpenMP; the worker already runs
        // several jobs at once, and oversubscription makes each of them much slower.
        env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT') {
          return reject(
            new ExtractError(`${cmd} is not installed on this server; install tesseract-ocr and poppler-utils`),
          );
        }
        if (e.killed || e.signal === 'SIGKILL') {
          return reject(
            new ExtractError(`${cmd} took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped`),
          );
        }
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(new ExtractError(`${cmd} produced more output than allowed`));
        }
        const detail = String(stderr ?? '')
          .trim()
          .split('\n')
          .slice(-2)
          .join(' ')
          .slice(0, 300);
        reject(new ExtractError(`${cmd} failed${detail ? `: ${detail}` : ''}`));
      },
    );
  });
}
