/**
 * The text report and standard error show what comes from inputs without letting it act on the
 * terminal: escape sequences, carriage returns that rewrite a line, line feeds that forge one,
 * bidirectional overrides and other controls are shown as visible escapes.
 */
import { INPUT_KINDS } from '../src/cli/composition-root.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalText } from '../src/report/escape.js';
import { toText } from '../src/report/text.js';
import { scan } from '../src/scan.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { BUILTIN_POLICIES } from '../policies/index.js';
import { cli } from './helpers/cli.js';
import { buildPlan } from './helpers/plan-builder.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cldscan-terminal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Any C0 or C1 control, DEL, or a character that reorders text. */
const ACTING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('terminalText', () => {
  it('shows every control character as a visible escape, and leaves the rest as it is', () => {
    expect(terminalText('red \u001b[31mALERT\u001b[0m')).toBe('red \\x1b[31mALERT\\x1b[0m');
    expect(terminalText('PASS\rFAIL\nline\ttab\u0007\u009b\u202eevil')).toBe('PASS\\rFAIL\\nline\\ttab\\x07\\x9b\\u202eevil');
    expect(terminalText('module.a.aws_s3_bucket.b["é"] — ok')).toBe('module.a.aws_s3_bucket.b["é"] — ok');
  });
});

describe('the text report and standard error', () => {
  it('the text report shows hostile ids, messages, waiver reasons and notes without control characters, one finding per line', async () => {
    const plan = buildPlan([{ address: 'aws_ebs_volume.v["x"]', values: { availability_zone: 'eu-west-3a', encrypted: false, size: 1 }, unknown: { id: true } }]);
    writeFileSync(path.join(dir, 'plan.json'), JSON.stringify(plan));
    const report = await scan({ kinds: INPUT_KINDS, inputs: [path.join(dir, 'plan.json')], sourceRoot: dir, settings: DEFAULT_SETTINGS, policies: BUILTIN_POLICIES });
    for (const f of report.findings) {
      f.resource.id = 'aws_ebs_volume.v["\u001b[2J\u001b[32mPASS\u001b[0m"]';
      f.message = 'Not encrypted.\r\u001b[2KPASS everything is fine\nFAIL   HIGH     forged-line';
      f.location = { uri: 'main\u202e.tf', line: 1 };
    }
    report.notifications.push({ level: 'warning', message: 'note \u001b]0;title\u0007 \u009b31m', scope: 'plan\r.json' });
    const text = toText(report, { color: false });
    expect(text).not.toMatch(ACTING);
    expect(text).toContain('\\x1b[2J');
    // The forged line stays inside the message's line.
    expect(text.split('\n').filter((l) => l.startsWith('FAIL'))).toHaveLength(report.findings.filter((f) => f.status === 'fail').length);
    // With colours on, the only escape sequences are the report's own colours.
    const coloured = toText(report, { color: true }).replace(/\u001b\[(?:31|33|32|2|1|0)m/g, '');
    expect(coloured).not.toMatch(ACTING);
  });

  it('an error about a file whose name and content are hostile is one line with no control character and no secret', () => {
    const name = path.join(dir, 'plan\u001b[2K\u001b[1Gcldscan: ok\rx.json');
    writeFileSync(name, '{"format_version": "1.2", "variables": {"v": {"value": password=Qv7Lm2Wp9Zr4Kt8X}}}');
    const r = cli(['scan', name]);
    expect(r.status).toBe(2);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(ACTING);
    expect(r.stderr).toContain('\\x1b[2K');
    expect(r.stderr).not.toContain('Qv7L');
  });
});
