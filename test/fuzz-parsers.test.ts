/**
 * Property tests (fast-check, fixed seed, bounded runs) of the parsers that read input and of the
 * redactor: whatever the bytes, a reader answers or refuses with a one-line UserError, never
 * another error; the JSON scanner agrees with JSON.parse; the redactor never leaves a piece of a
 * value it was told is secret, and redacting twice changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { JsonScanner } from '../src/input/json-scan.js';
import { decodeJsonBytes } from '../src/input/decode.js';
import { scanHcl } from '../providers/terraform/hcl-blocks.js';
import { globMatch, parseInlineWaiver } from '../src/waivers.js';
import { REDACTED, Redactor } from '../src/report/redact.js';

const SEED = 20261206;
const RUNS = { seed: SEED, numRuns: 300 };

/** Calls `fn`; a UserError with a one-line message is an answer too. */
function answersOrRefuses(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).not.toContain('\n');
  }
}

describe('fuzzing the readers', () => {
  it('the JSON scanner agrees with JSON.parse on any JSON object, and refuses anything else with a reason', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 5 })), (obj) => {
        const scanner = new JsonScanner(Buffer.from(JSON.stringify(obj, null, 1)), 'x.json');
        const members = scanner.topLevelObject();
        expect([...members.keys()].sort()).toEqual(Object.keys(obj).sort());
        for (const [k, span] of members) expect(scanner.parse(span)).toEqual(JSON.parse(JSON.stringify(obj[k])));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => answersOrRefuses(() => new JsonScanner(decodeJsonBytes(Buffer.from(bytes), 'x.json'), 'x.json').topLevelObject())),
      RUNS,
    );
  });

  it('the HCL scanner and the inline-waiver parser take any text', () => {
    const hcl = fc.string({ unit: fc.constantFrom(...'resource "a" "b" { } # // /* */ <<EOT\n ${ } %{ ~ \\ = cldscan:ignore CLD-21 until=2099-01-01 reason="x"'.split(/(?=[ \n])/)), maxLength: 60 });
    fc.assert(
      fc.property(hcl, (src) => {
        const { blocks, comments } = scanHcl(src);
        for (const b of blocks) expect(b.endLine).toBeGreaterThanOrEqual(b.startLine);
        for (const c of comments) parseInlineWaiver(c.text, 'main.tf:1');
      }),
      RUNS,
    );
  });

  it('glob matching agrees with the regular expression it stands for', () => {
    const toRegExp = (p: string) => new RegExp(`^${p.split('').map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
    fc.assert(
      fc.property(fc.stringMatching(/^[ab.*?]{0,12}$/), fc.stringMatching(/^[ab.]{0,16}$/), (pattern, text) => {
        expect(globMatch(pattern, text)).toBe(toRegExp(pattern).test(text));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('fuzzing the redactor', () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9@:/=+!-]{6,24}$/);
  const around = fc.string({ unit: fc.constantFrom(...'ab =:@/"\'\n;password token://x'.split('')), maxLength: 30 });

  it('never leaves a piece of a sensitive value, wherever it sits, and is idempotent', () => {
    fc.assert(
      fc.property(secret, around, around, (value, before, after) => {
        const r = new Redactor([value]);
        const out = r.text(`${before}${value}${after}`);
        expect(out).toContain(REDACTED);
        expect(out.replaceAll(REDACTED, '\u0000')).not.toContain(value);
        expect(r.text(out)).toBe(out);
      }),
      RUNS,
    );
  });

  it('hides every labelled value whole, quoted or not', () => {
    fc.assert(
      fc.property(fc.constantFrom('password', 'DB_PASSWORD', 'client_secret', 'GITHUB_TOKEN', 'api_key'), fc.constantFrom('=', ': ', ' = ', '":"'), fc.stringMatching(/^[A-Za-z0-9!%^&*_+-]{4,20}$/), (name, op, value) => {
        const out = new Redactor([]).text(`${name}${op}${op.includes('"') ? '' : '"'}${value}" tail`);
        expect(out).not.toContain(value);
      }),
      RUNS,
    );
  });
});
