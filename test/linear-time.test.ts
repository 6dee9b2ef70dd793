/**
 * Every parser and pattern that sees input runs in time linear in it: inline-waiver comments, glob
 * matching, the HCL scanner (comments, strings, heredoc markers), the comment lookup of the locator,
 * the report redactor (each of its patterns), the JSON readers' number check, and the Markdown and
 * terminal escaping, on adversarial strings of 1 and 10 MB. Time is CPU time of this process (robust
 * on shared CI cores): the 1 MB run must take well under a second, and the 10 MB run about ten times
 * as long, not a hundred (the ratio allows for garbage collection and noise).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { globMatch, parseInlineWaiver } from '../src/waivers.js';
import { scanHcl } from '../providers/terraform/hcl-blocks.js';
import { Redactor } from '../src/report/redact.js';
import { CREDENTIAL_TOKENS } from '../src/policy/secret-scan.js';
import { parseJsonText } from '../src/input/json-scan.js';
import { markdownCode, markdownText, terminalText } from '../src/report/escape.js';
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { buildPlan } from './helpers/plan-builder.js';

const MB = 1024 * 1024;
/**
 * CPU time of a 1 MB run: under a second. A quadratic pass over 1 MB takes minutes, so the bound
 * leaves room for a loaded CI runner and garbage collection (300 ms was once exceeded at 324 ms).
 */
const BOUND_1MB_MS = 1000;
/** The 10 MB run against the 1 MB run: 10 when linear, 100 when quadratic. */
const MAX_RATIO = 25;

async function cpuMs(fn: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Runs `fn` on the adversarial string at 1 MB and 10 MB: the 1 MB run well under a second, the 10 MB one about ten times as long. */
async function expectLinear(name: string, make: (size: number) => string, fn: (s: string) => unknown, bound1MbMs = BOUND_1MB_MS): Promise<void> {
  const small = make(MB);
  const large = make(10 * MB);
  await fn(small); // warm up the code paths
  const t1 = Math.max(await cpuMs(() => fn(small)), 5);
  const t10 = await cpuMs(() => fn(large));
  const figures = `${name}: ${t1.toFixed(0)} ms of CPU on 1 MB, ${t10.toFixed(0)} ms on 10 MB`;
  expect(t1, figures).toBeLessThan(bound1MbMs);
  expect(t10 / t1, figures).toBeLessThan(MAX_RATIO);
}

describe('linear time on adversarial input of 1 and 10 MB', () => {
  it('inline-waiver comments, alone and as the HCL scanner finds them', async () => {
    // A block comment of many lines after the directive once made the waiver pattern backtrack quadratically.
    await expectLinear('ids then newline', (n) => `/* cldscan:ignore ${fill('A', n)}\nx */`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    await expectLinear('field names', (n) => `# cldscan:ignore A ${fill('a', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    await expectLinear('open quotes', (n) => `# cldscan:ignore A ${fill('reason="a ', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    await expectLinear('spaces', (n) => `# cldscan:ignore${fill(' ', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    // A file of nothing but waiver comments, each read by the scanner then parsed.
    const waiversOf = (src: string) => {
      for (const c of scanHcl(src).comments) parseInlineWaiver(c.text, 'main.tf:1');
    };
    await expectLinear('waiver comments', (n) => fill('# cldscan:ignore CLD-21 until=2099-01-01 reason="x y"\n', n), waiversOf);
    await expectLinear('waiver directives in one block comment', (n) => `/*${fill(' cldscan:ignore A', n)}*/`, waiversOf);
  });

  it('glob matching against a hostile resource id', async () => {
    await expectLinear('stars', (n) => fill('a', n), (s) => globMatch('*a*a*a*a*a*a*a*a*ab', s));
    await expectLinear('long part', (n) => fill('a', n), (s) => globMatch(`*${'a'.repeat(2000)}b*`, s));
    await expectLinear('question marks', (n) => fill('a', n), (s) => globMatch(`*${'a?'.repeat(60)}b*`, s));
  });

  it('the HCL scanner: comments, strings, templates, heredoc markers', async () => {
    await expectLinear('heredoc openers', (n) => fill('<<A\n', n), scanHcl);
    await expectLinear('heredoc markers without end', (n) => `x = <<${'A'.repeat(100)}\n${fill('AAAA\n', n)}`, scanHcl);
    await expectLinear('block comments', (n) => fill('/*', n), scanHcl);
    await expectLinear('line comments', (n) => fill('#x\n', n), scanHcl);
    await expectLinear('block comments without end', (n) => `/*${fill('/', n)}`, scanHcl);
    await expectLinear('lines that almost end a heredoc', (n) => `x = <<-EOT\n${fill(' EOT x\n', n)}`, scanHcl);
    await expectLinear('strings and templates', (n) => fill('"${"${"%{', n), scanHcl);
  });

  it('the comment lookup of the locator: a block below a run of comments, in a scan', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-linear-'));
    try {
      const plan = path.join(dir, 'plan.json');
      writeFileSync(plan, JSON.stringify(buildPlan([{ address: 'aws_ebs_volume.v', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 1 } }])));
      const scanWith = async (tf: string) => {
        writeFileSync(path.join(dir, 'main.tf'), tf);
        await scan({ kinds: INPUT_KINDS, inputs: [plan], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
      };
      const block = '\nresource "aws_ebs_volume" "v" {\n}\n';
      // A whole scan, each of 30 000 waivers (without an expiry) reported in a note: under a second for 1 MB.
      await expectLinear('comment lines above a block', (n) => `${fill('# x\n', n)}${block}`, scanWith);
      await expectLinear('waivers above a block', (n) => `${fill('# cldscan:ignore CLD-21 reason="x"\n', n)}${block}`, scanWith);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the report redactor: each of its patterns', async () => {
    const redact = (s: string) => new Redactor(['Example-Passw0rd-DoNotUse']).text(s);
    const units = [
      // Labelled values: names ending in a secret word (after an underscore too), quoted, YAML, unterminated.
      'password="', 'NAME_PASSWORD=', 'aws_secret_access_key=', 'password: ', 'password="a b ', 'x_token:=',
      // URLs with a user and a password, an empty user, an `@` in the password, none at all.
      'a://b:', 'https://a:b@ ', 'redis://:p@', 'https://u:p@ss@', 'https://',
      // Padded base64, SAS signatures, and a value the input marked sensitive, cut short.
      `${'A'.repeat(59)}/`, `${'A'.repeat(60)}=`, 'sig=', 'Example-Passw0rd-',
      // Each credential token's start, then something shaped like its body.
      ...CREDENTIAL_TOKENS.flatMap((t) => [t.hints[0]!, `${t.hints[0]!}Ab0_Ab0_Ab0_`]),
    ];
    for (const unit of units) await expectLinear(`redactor ${JSON.stringify(unit)}`, (n) => fill(unit, n), redact);
  });

  it("the JSON readers' check for numbers beyond a double's range", async () => {
    await expectLinear('runs of 300 digits', (n) => `[${fill(`${'1'.repeat(300)},`, n)}1]`, parseJsonText);
    await expectLinear('exponent-like text in a string', (n) => `["${fill('e999 ', n)}"]`, parseJsonText);
  });

  it('Markdown and terminal escaping', async () => {
    await expectLinear('markdown text', (n) => fill('[@#`|\\<abc', n), markdownText);
    await expectLinear('markdown code', (n) => fill('`\\|', n), markdownCode);
    await expectLinear('terminal', (n) => fill('\u001b[\r', n), terminalText);
  });
});
