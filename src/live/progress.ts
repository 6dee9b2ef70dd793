import { terminalText } from '../report/escape.js';

/**
 * Progress of a live scan on standard error: one line rewritten in place on a terminal, nothing in
 * CI logs unless asked (`--progress`), where a line per scope finished is printed instead.
 */
export interface Progress {
  /** `count` more resources read in `scope`. */
  advance(scope: string, count: number): void;
  /** A scope is done (or failed). */
  finish(scope: string, outcome: string): void;
  close(): void;
}

export const SILENT: Progress = { advance() {}, finish() {}, close() {} };

export function createProgress(mode: 'tty' | 'lines' | 'off', stream: NodeJS.WriteStream = process.stderr): Progress {
  if (mode === 'off') return SILENT;
  let total = 0;
  let last = 0;
  const active = new Set<string>();
  const render = () => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    // Scope names come from the cloud's answers: shown, never acted on by the terminal.
    stream.write(`\r\u001b[2Kcldscan: ${total} resources read; reading ${terminalText([...active].slice(0, 3).join(', '))}${active.size > 3 ? ` and ${active.size - 3} more` : ''}`);
  };
  return {
    advance(scope, count) {
      total += count;
      active.add(scope);
      if (mode === 'tty') render();
    },
    finish(scope, outcome) {
      active.delete(scope);
      if (mode === 'tty') {
        last = 0;
        render();
      } else stream.write(`cldscan: ${terminalText(scope)}: ${terminalText(outcome)}\n`);
    },
    close() {
      if (mode === 'tty') stream.write(`\r\u001b[2Kcldscan: ${total} resources read\n`);
    },
  };
}
