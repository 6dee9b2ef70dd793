import type { ErrorObject, ValidateFunction } from 'ajv';
import { UserError } from './errors.js';
import { decodeJsonBytes } from './input/decode.js';
import { JsonScanner } from './input/json-scan.js';
import { readRegularFile } from './input/regular-file.js';
import { LIMITS } from './limits.js';
import { compileSchema } from './structured-file.js';

/**
 * Reading a cldscan report back (`--baseline`, `cldscan merge`): a regular file of bounded size,
 * JSON of bounded nesting, and of the shape its kind promises, checked before any field is used.
 * A report can come from another job or another repository: a `null` run or a string where a list
 * belongs is a one-line error, never a crash halfway through a merge.
 */

export type ReportKind = 'sarif' | 'json';

export interface ReportFile {
  kind: ReportKind;
  doc: unknown;
}

const notification = { type: 'object', properties: { message: { type: 'string' } } };

/** Only what cldscan reads back is checked; anything else in a run or a finding is kept as it is. */
const SARIF_SCHEMA = {
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string' },
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
          invocations: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                executionSuccessful: { type: 'boolean' },
                toolExecutionNotifications: { type: 'array', items: { type: 'object', properties: { message: { type: 'object', properties: { text: { type: 'string' } } } } } },
              },
            },
          },
          results: {
            type: 'array',
            items: { type: 'object', properties: { ruleId: { type: 'string' }, partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } } } },
          },
        },
      },
    },
  },
};

const JSON_REPORT_SCHEMA = {
  type: 'object',
  required: ['findings', 'summary'],
  properties: {
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['status', 'severity', 'fingerprint'],
        properties: {
          status: { enum: ['pass', 'fail', 'unknown'] },
          severity: { enum: ['critical', 'high', 'medium', 'low'] },
          fingerprint: { type: 'string' },
        },
      },
    },
    administrators: { type: 'array', items: { type: 'object', properties: { category: { type: 'string' }, resource: { type: 'object', properties: { id: { type: 'string' } } } } } },
    summary: {
      type: 'object',
      properties: {
        failOn: { enum: ['critical', 'high', 'medium', 'low', 'none'] },
        resources: { type: 'integer', minimum: 0 },
        inputs: { type: 'array' },
        incomplete: { type: 'array', items: notification },
        notifications: { type: 'array', items: notification },
      },
    },
  },
};

let validators: Record<ReportKind, ValidateFunction> | undefined;

/** Reads a SARIF log or a cldscan JSON report; `label` names it in messages (`--baseline old.json`). */
export function readReportFile(file: string, label: string, maxDecompressed: number = LIMITS.decompressedBytes): ReportFile {
  const bytes = decodeJsonBytes(readRegularFile(file, LIMITS.reportBytes, label), label, maxDecompressed);
  const scanner = new JsonScanner(bytes, label);
  if (bytes[0] !== 0x7b) throw new UserError(`${label}: not a cldscan JSON or SARIF report (not a JSON object)`);
  // Validates the syntax and bounds the nesting before JSON.parse builds anything.
  const members = scanner.topLevelObject();
  const kind: ReportKind | undefined = members.has('runs') ? 'sarif' : members.has('findings') ? 'json' : undefined;
  if (!kind) throw new UserError(`${label}: not a cldscan JSON or SARIF report`);
  const doc = scanner.parse({ start: 0, end: bytes.length });
  validators ??= { sarif: compileSchema(SARIF_SCHEMA), json: compileSchema(JSON_REPORT_SCHEMA) };
  const validate = validators[kind];
  if (!validate(doc)) throw new UserError(`${label}: not a valid ${kind === 'sarif' ? 'SARIF 2.1.0 log' : 'cldscan JSON report'}: ${describe(validate.errors![0]!)}`);
  return { kind, doc };
}

function describe(err: ErrorObject): string {
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : 'the document';
  return `${where} ${err.message ?? 'is invalid'}`;
}
