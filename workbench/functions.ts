/**
 * Runs app functions the way HubSpot does: one Node process per execution, `require(bundle)` and
 * `await main(context)`, the access token and API base URL in the environment, killed at 15 s.
 *
 * A small pool keeps processes started and `@hubspot/api-client` loaded ahead of time (cold start
 * hidden), but every process serves exactly one call and exits: no state survives between calls.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, WORKBENCH_DIR, srcDir } from './project';

export const FUNCTION_TIMEOUT_MS = 15_000;
export const LOCAL_ACCESS_TOKEN = 'local-dev-token';

export interface FunctionContextSent {
  parameters: unknown;
  propertiesToSend?: Record<string, unknown>;
}

export type RunOutcome = { ok: true; result: unknown; durationMs: number } | { ok: false; kind: 'crash' | 'timeout'; message: string; durationMs: number };

interface Warm {
  child: ChildProcess;
  ready: Promise<void>;
  output: string[];
}

export interface FunctionRunnerOptions {
  apiBaseUrl: string;
  timeoutMs?: number;
  poolSize?: number;
  /** Receives each line a function printed (console.log / console.error). */
  log?: (line: string) => void;
}

export class FunctionRunner {
  private pool: Warm[] = [];
  private closed = false;
  private readonly running = new Set<ChildProcess>();
  private readonly timeoutMs: number;
  private readonly poolSize: number;

  constructor(private readonly options: FunctionRunnerOptions) {
    this.timeoutMs = options.timeoutMs ?? FUNCTION_TIMEOUT_MS;
    this.poolSize = options.poolSize ?? 2;
    this.refill();
  }

  private spawn(): Warm {
    const functionsDir = path.join(srcDir(), 'app', 'functions');
    const child = fork(path.join(WORKBENCH_DIR, 'function-child.cjs'), [], {
      cwd: functionsDir,
      // No tsx loader, no inspector flags: a plain Node process like HubSpot's.
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: {
        ...process.env,
        PRIVATE_APP_ACCESS_TOKEN: LOCAL_ACCESS_TOKEN,
        HUBSPOT_API_BASE_URL: this.options.apiBaseUrl,
        WORKBENCH_FUNCTIONS_DIR: functionsDir,
        NODE_PATH: path.join(REPO_ROOT, 'node_modules'),
      },
    });
    const output: string[] = [];
    const collect = (stream: NodeJS.ReadableStream | null) =>
      stream?.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) output.push(line);
      });
    collect(child.stdout);
    collect(child.stderr);
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`function process exited before it was ready (code ${code})`)));
    });
    ready.catch(() => undefined);
    child.on('exit', () => {
      this.pool = this.pool.filter((w) => w.child !== child);
    });
    return { child, ready, output };
  }

  private refill() {
    while (!this.closed && this.pool.length < this.poolSize) this.pool.push(this.spawn());
  }

  private take(): Warm {
    const warm = this.pool.shift() ?? this.spawn();
    this.refill();
    return warm;
  }

  async run(uid: string, bundle: string, context: FunctionContextSent): Promise<RunOutcome> {
    const started = Date.now();
    const warm = this.take();
    const { child } = warm;
    this.running.add(child);
    const flushOutput = () => {
      for (const line of warm.output.splice(0)) this.options.log?.(`[${uid}] ${line}`);
    };
    try {
      return await new Promise<RunOutcome>((resolve) => {
        let settled = false;
        const finish = (outcome: RunOutcome) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(outcome);
        };
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          finish({ ok: false, kind: 'timeout', message: `Function ${uid} timed out after ${this.timeoutMs} ms and was killed.`, durationMs: Date.now() - started });
        }, this.timeoutMs);
        child.on('message', (msg: { type: string; result?: unknown; error?: { message: string; stack?: string } }) => {
          if (msg.type === 'result') finish({ ok: true, result: msg.result, durationMs: Date.now() - started });
          if (msg.type === 'error') {
            if (msg.error?.stack) warm.output.push(msg.error.stack);
            finish({ ok: false, kind: 'crash', message: `Function ${uid} threw: ${msg.error?.message ?? 'unknown error'}`, durationMs: Date.now() - started });
          }
        });
        child.once('exit', (code, signal) => {
          finish({ ok: false, kind: 'crash', message: `Function ${uid} process exited (${signal ?? `code ${code}`}) without answering.`, durationMs: Date.now() - started });
        });
        warm.ready.then(
          () => child.send({ bundle, context }),
          (err: Error) => finish({ ok: false, kind: 'crash', message: err.message, durationMs: Date.now() - started }),
        );
      });
    } finally {
      // Give the process a moment to flush its output, then make sure it is gone.
      await new Promise((r) => setTimeout(r, 20));
      flushOutput();
      this.running.delete(child);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  }

  close() {
    this.closed = true;
    for (const w of this.pool) w.child.kill('SIGKILL');
    for (const c of this.running) c.kill('SIGKILL');
    this.pool = [];
  }
}
