/**
 * Terraform resource addresses: `module.a["x"].module.b[0].aws_s3_bucket.logs["eu"]`.
 * Index keys may contain dots, brackets and escaped quotes, so addresses are tokenised, not split.
 */

export type InstanceKey = string | number;

export interface ModuleStep {
  name: string;
  key?: InstanceKey;
}

export interface ParsedAddress {
  modules: ModuleStep[];
  mode: 'managed' | 'data';
  type: string;
  name: string;
  key?: InstanceKey;
}

export function parseAddress(address: string): ParsedAddress | undefined {
  const parts: Array<{ word: string; key?: InstanceKey }> = [];
  let i = 0;
  while (i < address.length) {
    let j = i;
    while (j < address.length && address[j] !== '.' && address[j] !== '[') j++;
    const word = address.slice(i, j);
    if (!word) return undefined;
    const part: { word: string; key?: InstanceKey } = { word };
    if (address[j] === '[') {
      const parsed = readKey(address, j);
      if (!parsed) return undefined;
      part.key = parsed.key;
      j = parsed.end;
    }
    parts.push(part);
    if (j < address.length && address[j] !== '.') return undefined;
    i = j + 1;
  }
  const modules: ModuleStep[] = [];
  let p = 0;
  while (p + 1 < parts.length && parts[p]!.word === 'module') {
    const step = parts[p + 1]!;
    modules.push(step.key === undefined ? { name: step.word } : { name: step.word, key: step.key });
    p += 2;
  }
  let mode: 'managed' | 'data' = 'managed';
  if (parts[p]?.word === 'data') {
    mode = 'data';
    p++;
  }
  const typePart = parts[p];
  const namePart = parts[p + 1];
  if (!typePart || !namePart || parts.length !== p + 2 || typePart.key !== undefined) return undefined;
  const out: ParsedAddress = { modules, mode, type: typePart.word, name: namePart.word };
  if (namePart.key !== undefined) out.key = namePart.key;
  return out;
}

function readKey(s: string, open: number): { key: InstanceKey; end: number } | undefined {
  if (s[open + 1] === '"') {
    // Most keys (`["eu-west-3"]`) have no escapes: taken as they are, without building a JSON string to parse.
    const close = s.indexOf('"', open + 2);
    if (close >= 0 && s[close + 1] === ']') {
      const plain = s.slice(open + 2, close);
      if (!/[\\\u0000-\u001f]/.test(plain)) return { key: plain, end: close + 2 };
    }
    let k = open + 2;
    let text = '"';
    while (k < s.length && s[k] !== '"') {
      if (s[k] === '\\') {
        text += s[k]! + (s[k + 1] ?? '');
        k += 2;
        continue;
      }
      text += s[k];
      k++;
    }
    if (s[k] !== '"' || s[k + 1] !== ']') return undefined;
    try {
      return { key: JSON.parse(text + '"') as string, end: k + 2 };
    } catch {
      return undefined;
    }
  }
  const close = s.indexOf(']', open);
  if (close < 0) return undefined;
  const n = Number(s.slice(open + 1, close));
  if (!Number.isInteger(n)) return undefined;
  return { key: n, end: close + 1 };
}

export function formatKey(key: InstanceKey): string {
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** `module.a["x"].module.b` for the module steps. */
export function moduleInstancePath(modules: readonly ModuleStep[]): string {
  return modules.map(moduleStepText).join('.');
}

/** One step of it: `module.app["eu"]`. */
export function moduleStepText(m: ModuleStep): string {
  return `module.${m.name}${m.key === undefined ? '' : formatKey(m.key)}`;
}

/** The module path without instance keys (`a.b`), which is how the configuration section is keyed. */
export function moduleConfigPath(modules: readonly ModuleStep[]): string {
  return modules.map((m) => m.name).join('.');
}
