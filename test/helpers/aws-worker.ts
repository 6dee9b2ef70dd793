/**
 * The local AWS server in a worker thread, for end-to-end tests that run the CLI with
 * `spawnSync` (test/helpers/cli.ts): the test's own event loop is blocked while the CLI runs, the
 * worker's is not. aws-server.ts is transpiled on the fly (it imports only node: modules).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import type { AwsFixture, CallRecord, Faults } from './aws-server.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const BOOT = `
import { parentPort, workerData } from 'node:worker_threads';
import { startAwsServer } from './aws-server.mjs';
const server = await startAwsServer(workerData.fixture, workerData.faults);
parentPort.postMessage({ url: server.url });
parentPort.on('message', async (m) => {
  if (m === 'calls') parentPort.postMessage({ calls: server.calls });
  if (m === 'close') { await server.close(); parentPort.close(); }
});
`;

export interface WorkerServer {
  url: string;
  calls(): Promise<CallRecord[]>;
  close(): Promise<void>;
}

export async function startAwsServerInWorker(fixture: AwsFixture, faults: Faults = {}): Promise<WorkerServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-aws-worker-'));
  const source = readFileSync(path.join(here, 'aws-server.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(path.join(dir, 'aws-server.mjs'), js);
  writeFileSync(path.join(dir, 'boot.mjs'), BOOT);
  const worker = new Worker(path.join(dir, 'boot.mjs'), { workerData: { fixture, faults } });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { url } = await next<{ url: string }>();
  return {
    url,
    calls: async () => {
      const p = next<{ calls: CallRecord[] }>();
      worker.postMessage('calls');
      return (await p).calls;
    },
    close: async () => {
      const done = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('close');
      await done;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
