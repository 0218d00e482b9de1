/**
 * The measuring client of `npm run bench` (coverage-bench.ts), run in a worker thread of its own so
 * that its work — the HTTP client, the pg client and their parsing — is not served by the app's event
 * loop: both sides of each row are measured from here, the HTTP request to the app and, right after
 * it, the same SQL statements with the same parameters through a `pg` client of this worker's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import { sessionOptions } from '../src/database/database-options.js';

export interface BenchEndpoint {
  name: string;
  path: string;
  /** The statements the endpoint runs, in order, with its parameters. */
  sql: [string, unknown[]][];
}

export interface BenchJob {
  base: string;
  databaseUrl: string;
  runs: number;
  warmup: number;
  endpoints: BenchEndpoint[];
}

export interface BenchSamples {
  name: string;
  path: string;
  http: number[];
  sql: number[];
  bytes: number;
}

/** Measures each endpoint in turn and hands each one's samples to `done` as soon as it has them. */
async function measure(job: BenchJob, done: (samples: BenchSamples) => void): Promise<void> {
  // The app's session settings (database-options.ts), so both sides plan alike.
  const client = new pg.Client({ connectionString: job.databaseUrl, options: sessionOptions() });
  await client.connect();
  try {
    for (const e of job.endpoints) {
      const http: number[] = [];
      const sql: number[] = [];
      let bytes = 0;
      for (let i = 0; i < job.runs + job.warmup; i++) {
        const h0 = performance.now();
        const res = await fetch(job.base + e.path);
        const body = await res.text();
        if (!res.ok) throw new Error(`${e.path} → ${res.status} ${body}`);
        const h = performance.now() - h0;
        bytes = Buffer.byteLength(body);
        const s0 = performance.now();
        for (const [text, params] of e.sql) await client.query(text, params);
        const s = performance.now() - s0;
        if (i >= job.warmup) {
          http.push(h);
          sql.push(s);
        }
      }
      done({ name: e.name, path: e.path, http, sql, bytes });
    }
  } finally {
    await client.end();
  }
}

if (parentPort) {
  const port = parentPort;
  measure(workerData as BenchJob, (samples) => port.postMessage({ samples })).then(
    () => port.postMessage({ done: true }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
