/**
 * Every parser and pattern that sees input runs in time linear in it: inline-waiver comments, glob
 * matching, the HCL scanner (comments, strings, heredoc markers), the comment lookup of the locator,
 * the report redactor and the Markdown and terminal escaping, on adversarial strings of 1 and 10 MB.
 * Time is CPU time of this process (robust on shared CI cores): the 10 MB run must cost about ten
 * times the 1 MB run, not a hundred (the ratio allows for garbage collection and noise), and stay
 * under a bound that quadratic work misses by minutes.
 */
import { describe, expect, it } from 'vitest';
import { globMatch, parseInlineWaiver } from '../src/waivers.js';
import { scanHcl } from '../providers/terraform/hcl-blocks.js';
import { Redactor } from '../src/report/redact.js';
import { markdownCode, markdownText, terminalText } from '../src/report/escape.js';

const MB = 1024 * 1024;

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/**
 * Runs `fn` on the adversarial string at 1 MB and 10 MB: the 10 MB run within `boundMs` of CPU,
 * and no more than 40 times the 1 MB run (linear: 10; quadratic: 100).
 */
function expectLinear(name: string, make: (size: number) => string, fn: (s: string) => unknown, boundMs = 10_000): void {
  const small = make(MB);
  const large = make(10 * MB);
  fn(small); // warm up the code paths
  const t1 = Math.max(cpuMs(() => fn(small)), 5);
  const t10 = cpuMs(() => fn(large));
  console.log(`TIMING ${name}: ${t1.toFixed(0)} / ${t10.toFixed(0)}`);
  expect(t10, `${name}: ${t10.toFixed(0)} ms of CPU on 10 MB`).toBeLessThan(boundMs);
  expect(t10 / t1, `${name}: ${t1.toFixed(0)} ms on 1 MB, ${t10.toFixed(0)} ms on 10 MB`).toBeLessThan(40);
}

describe('linear time on adversarial input of 1 and 10 MB', () => {
  it('inline-waiver comments', () => {
    // A block comment of many lines after the directive once made the waiver pattern backtrack quadratically.
    expectLinear('ids then newline', (n) => `/* cldscan:ignore ${fill('A', n)}\nx */`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    expectLinear('field names', (n) => `# cldscan:ignore A ${fill('a', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    expectLinear('open quotes', (n) => `# cldscan:ignore A ${fill('reason="a ', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
    expectLinear('spaces', (n) => `# cldscan:ignore${fill(' ', n)}`, (s) => parseInlineWaiver(s, 'main.tf:1'));
  });

  it('glob matching against a hostile resource id', () => {
    expectLinear('stars', (n) => fill('a', n), (s) => globMatch('*a*a*a*a*a*a*a*a*ab', s));
    expectLinear('long part', (n) => fill('a', n), (s) => globMatch(`*${'a'.repeat(2000)}b*`, s));
    expectLinear('question marks', (n) => fill('a', n), (s) => globMatch(`*${'a?'.repeat(60)}b*`, s));
  });

  it('the HCL scanner: comments, strings, templates, heredoc markers', () => {
    expectLinear('heredoc openers', (n) => fill('<<A\n', n), scanHcl);
    expectLinear('heredoc markers without end', (n) => `x = <<${'A'.repeat(100)}\n${fill('AAAA\n', n)}`, scanHcl);
    expectLinear('block comments', (n) => fill('/*', n), scanHcl);
    expectLinear('line comments', (n) => fill('#x\n', n), scanHcl);
  });

  it('the report redactor', () => {
    const redact = (s: string) => new Redactor(['Example-Passw0rd-DoNotUse']).text(s);
    for (const unit of ['password="', 'a://b:', 'https://a:b@ ', `${'A'.repeat(59)}/`, 'sig=', 'glpat-', 'eyJaaaaaaaaaa.', 'Example-Passw0rd-']) {
      expectLinear(`redactor ${unit}`, (n) => fill(unit, n), redact);
    }
  });

  it('Markdown and terminal escaping', () => {
    expectLinear('markdown text', (n) => fill('[@#`|\\<abc', n), markdownText);
    expectLinear('markdown code', (n) => fill('`\\|', n), markdownCode);
    expectLinear('terminal', (n) => fill('\u001b[\r', n), terminalText);
  });
});
