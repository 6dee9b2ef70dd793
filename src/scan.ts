import path from 'node:path';
import { evaluate, summarise } from './evaluate.js';
import type { InputKind } from './input/kinds.js';
import { readInputs } from './input/read-inputs.js';
import type { Policy } from './policy/api.js';
import { Redactor } from './report/redact.js';
import type { ScanReport } from './report/scan-report.js';
import type { ScanSettings } from './settings.js';
import { SourceIndex } from '../providers/terraform/source-index.js';
import { TERRAFORM_JSON, TERRAFORM_PLAN } from '../providers/terraform/index.js';
import { TOOL } from './tool.js';

/** Every input kind cldscan reads, in detection order. */
export const INPUT_KINDS: readonly InputKind[] = [TERRAFORM_PLAN, TERRAFORM_JSON];

export interface ScanRequest {
  inputs: string[];
  sourceRoot: string;
  settings: ScanSettings;
  policies: readonly Policy[];
}

/** One pass: read → normalise → evaluate → a redacted report that every output format is written from. */
export function scan(req: ScanRequest): ScanReport {
  const sourceRoot = path.resolve(req.sourceRoot);
  const read = readInputs(req.inputs, INPUT_KINDS, { sources: new SourceIndex(sourceRoot) });
  const findings = evaluate(read.resources, req.policies, req.settings);
  const redactor = new Redactor(read.secrets);
  const incomplete = read.notifications.filter((n) => n.level === 'error');
  const report: ScanReport = {
    tool: TOOL,
    categories: [...new Set(read.inputs.map((i) => i.category))].sort(),
    sourceRoot,
    settings: req.settings,
    policies: req.policies.map((p) => p.meta),
    findings: redactor.inPlace(findings),
    summary: summarise(findings, read.resources.length, req.settings.failOn),
    inputs: read.inputs,
    notifications: redactor.inPlace(read.notifications.filter((n) => n.level !== 'error')),
    incomplete: redactor.inPlace(incomplete),
  };
  return report;
}
