import path from 'node:path';
import { isSpace } from '../../src/input/decode.js';
import type { JsonScanner, Span } from '../../src/input/json-scan.js';
import type { InputKind, InputRead, JsonDoc, ReadContext } from '../../src/input/kinds.js';
import type { Notification } from '../../src/model/finding.js';
import type { Resource } from '../../src/model/resource.js';
import { normaliseRecord } from './asset.js';
import { CONTEXT_TYPES, InventoryContext } from './context.js';
import { toResource } from './resource.js';

/**
 * Cloud Asset Inventory files, recognised from their content:
 * - `gcloud asset export` output: JSON lines, snake_case (`asset_type`, `iam_policy`);
 * - `gcloud asset list|get-history|search-all-resources|search-all-iam-policies --format=json`: an array of records;
 * - one record (a one-line export, `gcloud asset … --format=json` of a single asset);
 * - REST responses: `listAssets` / `batchGetAssetsHistory` (`{assets: […]}`), `searchAllResources` /
 *   `searchAllIamPolicies` (`{results: […]}`), also as recorded HTTP exchanges (`{body: {…}}`);
 * - the `--inventory-out` file of a live scan (JSON lines in the REST spelling).
 * Records are read twice: a first pass parses only projects, log sinks, folders and organizations
 * (for project ids, sink destinations and inherited audit configs) and the names and ancestors of
 * the others (a name with a project id and an ancestor with its number tell one from the other);
 * the second builds resources.
 */

const PAGE_KEYS = ['assets', 'results'] as const;

/** Members of the object at `span` (which must start with `{`), or undefined. */
function membersAt(scanner: JsonScanner, span: Span): Map<string, Span> | undefined {
  if (scanner.buf[span.start] !== 0x7b) return undefined;
  return scanner.objectMembers(span.start).members;
}

/** A Cloud Asset Inventory record: an asset, a TemporalAsset, or a search result. */
function isRecord(m: Map<string, Span> | undefined): boolean {
  if (!m) return false;
  if (m.has('name') && (m.has('asset_type') || m.has('assetType'))) return true;
  if (m.has('asset') && ['window', 'deleted', 'prior_asset', 'priorAsset', 'prior_asset_state', 'priorAssetState'].some((k) => m.has(k))) return true;
  return m.has('resource') && m.has('policy') && ['project', 'assetType', 'folders', 'organization'].some((k) => m.has(k));
}

/** The first element's span of the array at `span`, or null when the array is empty. */
function firstElement(scanner: JsonScanner, span: Span): Span | null | undefined {
  const { buf } = scanner;
  if (buf[span.start] !== 0x5b) return undefined;
  let pos = span.start + 1;
  while (pos < span.end && isSpace(buf[pos]!)) pos++;
  if (buf[pos] === 0x5d) return null;
  return { start: pos, end: span.end };
}

/** A REST response page (`{assets}` / `{results}`), possibly inside a recorded exchange's `body`. */
function pageArray(scanner: JsonScanner, members: Map<string, Span>): Span | undefined {
  const body = members.get('body');
  const m = body ? (membersAt(scanner, body) ?? members) : members;
  for (const key of PAGE_KEYS) {
    const arr = m.get(key);
    if (!arr) continue;
    const first = firstElement(scanner, arr);
    if (first === null) return ['readTime', 'nextPageToken'].some((k) => m.has(k)) ? arr : undefined;
    if (first && isRecord(membersAt(scanner, first))) return arr;
  }
  return undefined;
}

/**
 * The spans of the file's records, or undefined when it is not a Cloud Asset Inventory file. With
 * `enumerate` false (detection), the elements of a response page are not listed: only its first is looked at.
 */
function recordSpans(doc: JsonDoc, enumerate = true): Span[] | undefined {
  const { scanner } = doc;
  if (doc.lines) return doc.lines.length > 0 && isRecord(membersAt(scanner, doc.lines[0]!)) ? doc.lines : undefined;
  if (doc.elements) return doc.elements.length > 0 && isRecord(membersAt(scanner, doc.elements[0]!)) ? doc.elements : undefined;
  if (!doc.members) return undefined;
  if (isRecord(doc.members)) {
    let start = 0;
    while (start < scanner.buf.length && isSpace(scanner.buf[start]!)) start++;
    return [{ start, end: scanner.buf.length }];
  }
  const arr = pageArray(scanner, doc.members);
  if (!arr) return undefined;
  const spans: Span[] = [];
  if (!enumerate) return spans;
  scanner.arrayElements(arr, (s) => spans.push(s));
  return spans;
}

/** The type, name and ancestors of a record, read without parsing the rest of it. */
function peek(scanner: JsonScanner, span: Span): { type?: string; name?: string; ancestors?: string[] } {
  const m = membersAt(scanner, span);
  const value = (key: string) => {
    const s = m?.get(key);
    return s ? scanner.parse(s) : undefined;
  };
  const type = value('asset_type') ?? value('assetType');
  const name = value('name');
  // Search results name their project (by number) in `project` rather than in ancestors.
  const project = value('project');
  const ancestors = value('ancestors') ?? (typeof project === 'string' ? [project] : undefined);
  return {
    ...(typeof type === 'string' ? { type } : {}),
    ...(typeof name === 'string' ? { name } : {}),
    ...(Array.isArray(ancestors) ? { ancestors: ancestors.filter((x): x is string => typeof x === 'string') } : {}),
  };
}

function read(doc: JsonDoc, ctx: ReadContext): InputRead {
  const spans = recordSpans(doc)!;
  const { scanner } = doc;
  const context = new InventoryContext();
  // First pass: the hierarchy and the sinks, whatever their place in the file.
  for (const span of spans) {
    const { type, name, ancestors } = peek(scanner, span);
    if (name) context.learnName(name, ancestors);
    if (type !== undefined && !CONTEXT_TYPES.has(type)) continue;
    const asset = normaliseRecord(scanner.parse(span));
    if (asset && CONTEXT_TYPES.has(asset.assetType)) context.learn(asset);
  }
  const uri = path.relative(ctx.sourceRoot, path.resolve(doc.path)).split(path.sep).join('/');
  const resources: Resource[] = [];
  const categories = new Set<string>();
  let skipped = 0;
  for (const span of spans) {
    const asset = normaliseRecord(scanner.parse(span));
    if (!asset) {
      skipped++;
      continue;
    }
    const r = toResource(asset, context, { input: doc.path, location: { uri, line: scanner.lineAt(span.start) } });
    categories.add(r.source.category);
    resources.push(r);
  }
  const notifications: Notification[] = [];
  if (skipped) notifications.push({ level: 'note', message: `${skipped} record(s) are not assets (deleted assets of an asset history, or other records) and were skipped`, scope: doc.path });
  return { resources, notifications, secrets: new Set(), categories: [...categories].sort() };
}

export const GCP_ASSET_INVENTORY: InputKind = {
  name: 'gcp-asset-inventory',
  label: 'Cloud Asset Inventory (gcloud asset export / list / search, REST responses)',
  detect: (doc) => recordSpans(doc, false) !== undefined,
  read,
};
