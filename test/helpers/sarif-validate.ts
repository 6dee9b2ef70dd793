import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.js';

/** The SARIF Multitool's native binary, called directly: its npm wrapper cuts `Gh;Sarif` at the `;`. */
const MULTITOOL = path.join(ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

export interface ValidationIssue {
  level: string;
  ruleId: string;
  message: string;
  file: string;
}

/** Validates SARIF files with `validate --rule-kind "Gh;Sarif"`, returning every error and warning it reports. */
export function validateSarif(files: string[]): ValidationIssue[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-validate-'));
  try {
    const out = path.join(dir, 'validation.sarif');
    const r = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, ...files], {
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    if (r.error) throw r.error;
    const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as {
      runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }>;
    };
    return (log.runs[0]?.results ?? [])
      .filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined)
      .map((x) => ({
        level: x.level ?? 'warning',
        ruleId: x.ruleId,
        message: x.message.text ?? (x.message.arguments ?? []).join(' | '),
        file: x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
