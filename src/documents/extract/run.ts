import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { ExtractError } from './errors.js';

export interface RunOptions {
  timeoutMs: number;
  maxBuffer?: number;
}

export interface Step {
  cmd: string;
  args: string[];
}

const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;

// tesseract spreads one page over every core via OpenMP; the worker already runs several jobs at
// once, and oversubscription makes each of them much slower.
const env = () => ({ ...process.env, OMP_THREAD_LIMIT: '1' });

const notInstalled = (cmd: string) =>
  new ExtractError(`${cmd} is not installed on this server; install tesseract-ocr and poppler-utils`);

const tookTooLong = (cmd: string, opts: RunOptions) =>
  new ExtractError(`${cmd} took longer than ${Math.round(opts.timeoutMs / 1000)} s and was stopped`);

const tooMuchOutput = (cmd: string) => new ExtractError(`${cmd} produced more output than allowed`);

/** A tool's failure, with the last lines of what it said (never more than 300 characters of it). */
function failed(cmd: string, stderr: string): ExtractError {
  const detail = stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300);
  return new ExtractError(`${cmd} failed${detail ? `: ${detail}` : ''}`);
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
        maxBuffer: opts.maxBuffer ?? DEFAULT_MAX_BUFFER,
        encoding: 'utf8',
        env: env(),
      },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const e = err as NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };
        if (e.code === 'ENOENT') return reject(notInstalled(cmd));
        if (e.killed || e.signal === 'SIGKILL') return reject(tookTooLong(cmd, opts));
        if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return reject(tooMuchOutput(cmd));
        reject(failed(cmd, String(stderr ?? '')));
      },
    );
  });
}

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  error?: NodeJS.ErrnoException;
  stderr: string;
}

function ended(child: ChildProcess): Promise<Ended> {
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString('utf8')).slice(-4096);
  });
  return new Promise((resolve) => {
    child.once('error', (error: NodeJS.ErrnoException) => resolve({ code: null, signal: null, error, stderr }));
    child.once('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

/**
 * Runs `first | second`, the pipe made here (no shell), and returns what `second` wrote: a page that
 * pdftoppm renders goes straight into tesseract, with no temporary file and no PNG to compress and
 * decompress again (which cost a third of a page's time). A failure is named after the tool that
 * failed; `first` killed by the closed pipe is `second`'s failure, not its own.
 */
export function runPiped(first: Step, second: Step, opts: RunOptions): Promise<string> {
  const max = opts.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const a = spawn(first.cmd, first.args, { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  const b = spawn(second.cmd, second.args, { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
  const both = Promise.all([ended(a), ended(b)]);
  let timedOut = false;
  let overflow = false;
  let pipeError: NodeJS.ErrnoException | null = null;
  const stop = () => {
    a.kill('SIGKILL');
    b.kill('SIGKILL');
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, opts.timeoutMs);
  // `second` ending early (it failed) closes the pipe under `first`: its own failure is the one to tell.
  b.stdin?.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') pipeError = err;
  });
  if (a.stdout && b.stdin) a.stdout.pipe(b.stdin);
  const out: Buffer[] = [];
  let size = 0;
  b.stdout?.on('data', (d: Buffer) => {
    size += d.length;
    if (size > max) {
      overflow = true;
      stop();
    } else out.push(d);
  });
  return both.then(([ra, rb]) => {
    clearTimeout(timer);
    const label = `${first.cmd} | ${second.cmd}`;
    if (timedOut) throw tookTooLong(label, opts);
    if (overflow) throw tooMuchOutput(second.cmd);
    for (const [step, r] of [
      [first, ra],
      [second, rb],
    ] as const) {
      if (r.error?.code === 'ENOENT') throw notInstalled(step.cmd);
      if (r.error) throw r.error;
    }
    if (ra.code !== 0 && ra.signal === null) throw failed(first.cmd, ra.stderr);
    if (rb.code !== 0) throw failed(second.cmd, rb.stderr);
    if (ra.code !== 0) throw failed(first.cmd, ra.stderr);
    if (pipeError) throw pipeError;
    return Buffer.concat(out).toString('utf8');
  });
}
