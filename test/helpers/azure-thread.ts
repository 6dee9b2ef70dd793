import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import type { LoggedRequest, ServerOptions } from './azure-server.js';

/**
 * The local Azure server in a worker thread, for end-to-end tests that run the CLI with the
 * synchronous `cli()` helper: the test's own event loop is blocked meanwhile, the worker's is not.
 * The server file imports only node: modules, so it is transpiled on its own (TypeScript's
 * transpileModule) into a temporary module the worker loads.
 */
export interface ThreadedServer {
  port: number;
  url: string;
  log(): Promise<LoggedRequest[]>;
  close(): Promise<void>;
}

export async function startAzureServerThread(options: ServerOptions): Promise<ThreadedServer> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = readFileSync(path.join(here, 'azure-server.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-azure-server-'));
  const file = path.join(dir, 'azure-server.mjs');
  writeFileSync(file, js);
  const worker = new Worker(file, { workerData: { cldscanAzureServer: options } });
  const next = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (key in m) {
          worker.off('message', onMessage);
          worker.off('error', reject);
          resolve(m[key] as T);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  const port = await next<number>('port');
  return {
    port,
    url: `https://127.0.0.1:${port}`,
    log: () => {
      const p = next<LoggedRequest[]>('log');
      worker.postMessage('log');
      return p;
    },
    close: async () => {
      const p = next<boolean>('closed');
      worker.postMessage('close');
      await p;
      await worker.terminate();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
