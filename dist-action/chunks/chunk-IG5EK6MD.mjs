import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  JsonScanner,
  decodeJsonBytes
} from "./chunk-WXXIW77C.mjs";
import {
  compileSchema
} from "./chunk-QCAX4BPW.mjs";
import {
  readRegularFile
} from "./chunk-Z2G6SRDN.mjs";
import {
  LIMITS
} from "./chunk-VD5S6TE7.mjs";
import {
  UserError
} from "./chunk-QTFYQM6Z.mjs";

// src/report-files.ts
var notification = { type: "object", properties: { message: { type: "string" } } };
var SARIF_SCHEMA = {
  type: "object",
  required: ["version", "runs"],
  properties: {
    $schema: { type: "string" },
    version: { const: "2.1.0" },
    runs: {
      type: "array",
      items: {
        type: "object",
        properties: {
          automationDetails: { type: "object", properties: { id: { type: "string" } } },
          invocations: {
            type: "array",
            items: {
              type: "object",
              properties: {
                executionSuccessful: { type: "boolean" },
                toolExecutionNotifications: { type: "array", items: { type: "object", properties: { message: { type: "object", properties: { text: { type: "string" } } } } } }
              }
            }
          },
          results: {
            type: "array",
            items: { type: "object", properties: { ruleId: { type: "string" }, partialFingerprints: { type: "object", additionalProperties: { type: "string" } } } }
          }
        }
      }
    }
  }
};
var JSON_REPORT_SCHEMA = {
  type: "object",
  required: ["findings", "summary"],
  properties: {
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["status", "severity", "fingerprint"],
        properties: {
          status: { enum: ["pass", "fail", "unknown"] },
          severity: { enum: ["critical", "high", "medium", "low"] },
          fingerprint: { type: "string" }
        }
      }
    },
    administrators: { type: "array", items: { type: "object", properties: { category: { type: "string" }, resource: { type: "object", properties: { id: { type: "string" } } } } } },
    summary: {
      type: "object",
      properties: {
        failOn: { enum: ["critical", "high", "medium", "low", "none"] },
        resources: { type: "integer", minimum: 0 },
        inputs: { type: "array" },
        incomplete: { type: "array", items: notification },
        notifications: { type: "array", items: notification }
      }
    }
  }
};
var validators;
function readReportFile(file, label, maxDecompressed = LIMITS.decompressedBytes) {
  const bytes = decodeJsonBytes(readRegularFile(file, LIMITS.reportBytes, label), label, maxDecompressed);
  const scanner = new JsonScanner(bytes, label);
  if (bytes[0] !== 123) throw new UserError(`${label}: not a cldscan JSON or SARIF report (not a JSON object)`);
  const members = scanner.topLevelObject();
  const kind = members.has("runs") ? "sarif" : members.has("findings") ? "json" : void 0;
  if (!kind) throw new UserError(`${label}: not a cldscan JSON or SARIF report`);
  const doc = scanner.parse({ start: 0, end: bytes.length });
  validators ??= { sarif: compileSchema(SARIF_SCHEMA), json: compileSchema(JSON_REPORT_SCHEMA) };
  const validate = validators[kind];
  if (!validate(doc)) throw new UserError(`${label}: not a valid ${kind === "sarif" ? "SARIF 2.1.0 log" : "cldscan JSON report"}: ${describe(validate.errors[0])}`);
  return { kind, doc };
}
function describe(err) {
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\//g, ".") : "the document";
  return `${where} ${err.message ?? "is invalid"}`;
}

export {
  readReportFile
};
