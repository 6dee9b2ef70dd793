import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { UserError } from './errors.js';
import { readRegularFile } from './input/regular-file.js';
import { LIMITS } from './limits.js';

/**
 * Loads a YAML or JSON file (YAML is a superset) and validates it against a JSON Schema, with errors
 * that name the file, the line and the field, so a user can fix a config or attestation file alone.
 */
export interface Loaded<T> {
  data: T;
  /** The line where the value at a JSON pointer (`/waivers/2`) starts, for messages about it. */
  lineOf(pointer: string): number | undefined;
}

export function loadValidated<T>(file: string, validate: ValidateFunction): Loaded<T> {
  // Checked before reading: the YAML library takes seconds on a few megabytes built to slow it down.
  const text = readRegularFile(file, LIMITS.configBytes).toString('utf8');
  const lines = new LineCounter();
  // Duplicate keys are found by checkShape, in linear time: the library's own check is quadratic.
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const at = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    // The library turns its own stack overflow on deep nesting into a parse error.
    const why = /call stack/i.test(e.message) ? `nested more than ${LIMITS.yamlDepth} levels deep` : e.message.split('\n')[0];
    throw new UserError(`${file}${at ? `:${at.line}` : ''}: ${why}`);
  }
  checkShape(doc.contents, file, lines);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (err) {
    // The library refuses aliases whose expansion would explode (an alias bomb) with a ReferenceError.
    throw new UserError(`${file}: aliases expand too much (more than ${LIMITS.yamlAliases} copies): ${(err as Error).message.split('\n')[0]}`);
  }
  const lineOf = (pointer: string) => {
    const node = nodeAt(doc.contents, pointer);
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const keyLine = (pointer: string, key: string) => {
    const parent = nodeAt(doc.contents, pointer);
    const pair = isMap(parent) ? parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) : undefined;
    const range = (pair?.key as Node | undefined)?.range;
    return range ? lines.linePos(range[0]).line : lineOf(pointer);
  };
  if (!validate(data)) {
    // A misspelt field explains the "missing" one, and alternatives fail as a group: say those first.
    const errors = validate.errors!;
    const err = errors.find((e) => e.keyword === 'additionalProperties') ?? errors.find((e) => e.keyword === 'anyOf') ?? errors[0]!;
    // An unknown field is reported on its own line, not on the line of the object that holds it.
    const line = err.keyword === 'additionalProperties' ? keyLine(err.instancePath, (err.params as { additionalProperty: string }).additionalProperty) : lineOf(err.instancePath);
    throw new UserError(`${file}${line ? `:${line}` : ''}: ${describe(err)}`);
  }
  return { data: data as T, lineOf };
}

/**
 * Before the document is turned into data: nesting, the number of aliases and duplicate keys, in
 * one iterative walk (the library's own walks recurse, and its duplicate check is quadratic).
 */
function checkShape(root: unknown, file: string, lines: LineCounter): void {
  const at = (node: unknown) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? `${file}:${lines.linePos(range[0]).line}` : file;
  };
  let aliases = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > LIMITS.yamlDepth) throw new UserError(`${at(node)}: nested more than ${LIMITS.yamlDepth} levels deep`);
    if (isAlias(node)) {
      if (++aliases > LIMITS.yamlAliases) throw new UserError(`${at(node)}: more than ${LIMITS.yamlAliases} aliases`);
    } else if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = String(pair.key.value);
          if (keys.has(key)) throw new UserError(`${at(pair.key)}: the key "${key.slice(0, 60)}" appears twice`);
          keys.add(key);
        }
        stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: isPair(item) ? item.value : item, depth: depth + 1 });
    }
  }
}

export function compileSchema(schema: object): ValidateFunction {
  // strictRequired is off: `anyOf: [{ required: [rule] }, { required: [policy] }]` names properties declared beside it.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, verbose: true });
  return ajv.compile(schema);
}

function nodeAt(root: unknown, pointer: string): Node | undefined {
  let node = root as Node | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      node = (pair?.value ?? pair?.key) as Node | undefined;
    } else if (isSeq(node)) node = node.items[Number(key)] as Node | undefined;
    else return node;
  }
  return node;
}

function describe(err: ErrorObject): string {
  const field = err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
  switch (err.keyword) {
    case 'additionalProperties':
      return `${field === '(top level)' ? '' : `${field}: `}unknown field "${(err.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${field === '(top level)' ? '' : `${field}: `}missing required field "${(err.params as { missingProperty: string }).missingProperty}"`;
    case 'anyOf':
      return `${field}: give one of the alternatives (${(err.parentSchema as { anyOf?: Array<{ required?: string[] }> } | undefined)?.anyOf?.map((a) => a.required?.join('+')).join(' or ') ?? 'see the schema'})`;
    case 'pattern':
      return `${field}: ${/date|expires|nextReview|reviewed|until/i.test(field) ? 'must be a date (YYYY-MM-DD)' : `does not match ${(err.params as { pattern: string }).pattern}`}`;
    case 'enum':
      return `${field}: must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${field}: ${err.message ?? 'is invalid'}`;
  }
}
