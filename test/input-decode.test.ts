import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeJsonBytes } from '../src/input/decode.js';
import { JsonScanner } from '../src/input/json-scan.js';
import { UserError } from '../src/errors.js';

const PLAN = '{"format_version":"1.2","terraform_version":"1.9.8","resource_changes":[]}';

function decoded(buf: Buffer): string {
  return decodeJsonBytes(buf, 'plan.json').toString('utf8');
}

describe('decodeJsonBytes', () => {
  it('accepts plain UTF-8 and strips a UTF-8 BOM', () => {
    expect(decoded(Buffer.from(PLAN))).toBe(PLAN);
    expect(decoded(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN)]))).toBe(PLAN);
  });

  it('transcodes UTF-16 from PowerShell redirection, with or without BOM, both byte orders', () => {
    const le = Buffer.from(PLAN, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toBe(PLAN);
    expect(decoded(le)).toBe(PLAN);
    expect(decoded(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toBe(PLAN);
    expect(decoded(be)).toBe(PLAN);
    const withAccents = '{"format_version":"1.2","variables":{"owner":{"value":"Équipe sécurité"}}}';
    expect(decoded(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(withAccents, 'utf16le')]))).toBe(withAccents);
  });

  it("drops the setup-terraform wrapper's [command] line", () => {
    const text = `[command]/home/runner/work/_temp/terraform-bin show -json tfplan\n${PLAN}`;
    expect(decoded(Buffer.from(text))).toBe(PLAN);
  });

  it('reads gzip-compressed JSON', () => {
    expect(decoded(gzipSync(Buffer.from(PLAN)))).toBe(PLAN);
  });

  it('refuses a binary plan file with the command that converts it', () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    expect(() => decodeJsonBytes(zip, 'tfplan')).toThrow(/binary plan file \(terraform plan -out\).*terraform show -json tfplan/);
  });

  it('refuses empty files, corrupt gzip and other binary data', () => {
    expect(() => decodeJsonBytes(Buffer.alloc(0), 'a.json')).toThrow(/empty/);
    expect(() => decodeJsonBytes(Buffer.from([0x1f, 0x8b, 1, 2, 3]), 'a.json.gz')).toThrow(/gzip data is corrupt/);
    expect(() => decodeJsonBytes(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 7]), 'a.bin')).toThrow(/binary data/);
  });
});

describe('JsonScanner', () => {
  const scan = (text: string) => new JsonScanner(Buffer.from(text), 'plan.json');

  it('indexes top-level members without parsing them and parses a member on demand', () => {
    const s = scan('{"a": {"x": [1, 2, {"y": "}]"}]}, "b": "q\\"uote\\\\", "c": null, "d": -1.5e3}');
    const m = s.topLevelObject();
    expect([...m.keys()]).toEqual(['a', 'b', 'c', 'd']);
    expect(s.parse(m.get('a')!)).toEqual({ x: [1, 2, { y: '}]' }] });
    expect(s.parse(m.get('b')!)).toBe('q"uote\\');
    expect(s.isNull(m.get('c')!)).toBe(true);
    expect(s.parse(m.get('d')!)).toBe(-1500);
  });

  it('walks array elements one by one', () => {
    const s = scan('{"resource_changes": [ {"address": "a"}, {"address": "b]"} ,{"address":"c"}]}');
    const span = s.topLevelObject().get('resource_changes')!;
    const seen: string[] = [];
    s.arrayElements(span, (el) => seen.push(s.parse<{ address: string }>(el).address));
    expect(seen).toEqual(['a', 'b]', 'c']);
  });

  it("notes each element's change.before on the same pass, so that it can be read as null", () => {
    const elements = [
      // Pretty-printed, as `terraform show -json | jq` writes it; a tag named "before" deeper in is data.
      `{"address": "aws_s3_bucket.a", "change": {"actions": ["update"], "before" : {"bucket": "a", "tags": {"before": "x"}}, "after": {"bucket": "a", "tags": {"before": "y"}}}}`,
      // Created: before is null, nothing to leave out.
      '{"address":"aws_s3_bucket.b","change":{"actions":["create"],"before":null,"after":{"bucket":"b"}}}',
      // A string "before" as a value, and a "before" one level too deep: neither is change.before.
      '{"address":"aws_s3_bucket.c","change":{"actions":["no-op"],"note":"before","after":{"x":{"before":[1]}},"before":[{"bucket":"c"}]}}',
    ];
    const s = scan(`{"format_version":"1.2","resource_changes":[${elements.join(',')}]}`);
    const spans = [...s.elements(s.topLevelObject().get('resource_changes')!)];
    expect(spans.map((el) => el.before !== undefined)).toEqual([true, false, true]);
    const read = spans.map((el) => s.parse<{ change: Record<string, unknown> }>(el, el.before).change);
    expect(read[0]).toEqual({ actions: ['update'], before: null, after: { bucket: 'a', tags: { before: 'y' } } });
    expect(read[1]).toEqual({ actions: ['create'], before: null, after: { bucket: 'b' } });
    expect(read[2]).toEqual({ actions: ['no-op'], note: 'before', after: { x: { before: [1] } }, before: null });
    // Parsed whole, the same elements keep their before.
    expect(s.parse<{ change: { before: unknown } }>(spans[0]!).change.before).toEqual({ bucket: 'a', tags: { before: 'x' } });
  });

  it('reports truncated documents with a one-line reason', () => {
    const truncated = PLAN.slice(0, PLAN.length - 10);
    expect(() => scan(truncated).topLevelObject()).toThrow(UserError);
    expect(() => scan(truncated).topLevelObject()).toThrow(/truncated/);
    expect(() => scan('{"a": "unterminated').topLevelObject()).toThrow(/end of data inside a string/);
  });

  it('rejects malformed documents and names the line', () => {
    expect(() => scan('{"a": 1,\n "b": tru}').topLevelObject()).toThrow(/line 2: unexpected characters where a value should be/);
    expect(() => scan('{"a": [1, 2}').topLevelObject()).toThrow(/unexpected '}'/);
    expect(() => scan('{"a" 1}').topLevelObject()).toThrow(/expected ':'/);
    expect(() => scan('{"a": 1} {"b": 2}').topLevelObject()).toThrow(/after the end of the JSON document/);
  });

  it('tolerates workflow-command lines printed after the document by the setup-terraform wrapper', () => {
    const m = scan(`${PLAN}\n::debug::Terraform exited with code 0.\n::set-output name=exitcode::0\n`).topLevelObject();
    expect(m.has('resource_changes')).toBe(true);
  });

  it('gives line numbers of byte offsets', () => {
    const s = scan('{\n  "a": 1,\n  "b": 2\n}');
    const m = s.topLevelObject();
    expect(s.lineAt(m.get('b')!.start)).toBe(3);
  });
});

describe('JsonScanner.jsonLines', () => {
  const scan = (text: string) => new JsonScanner(Buffer.from(text), 'assets.jsonl');

  it('gives each line\'s object, with CRLF and blank lines', () => {
    const s = scan('{"name":"a","x":{"y":"}"}}\r\n\n{"name":"b"}\n');
    expect(s.jsonLines().map((span) => s.parse<{ name: string }>(span).name)).toEqual(['a', 'b']);
  });

  it('refuses a line that is not one complete object, naming the line', () => {
    expect(() => scan('{"a":1}\n{"b":2} {"c":3}\n').jsonLines()).toThrow(/line 2: expected one JSON object per line/);
    expect(() => scan('{"a":1}\n{"b":').jsonLines()).toThrow(/truncated|end of data/);
  });
});
