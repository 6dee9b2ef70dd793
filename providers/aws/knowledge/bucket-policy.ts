import { parsePolicy, type Statement } from './iam-policy.js';

/** What an S3 bucket policy says about transport: plain HTTP denied, and the lowest TLS version accepted. */

/** `Condition: { Bool: { "aws:SecureTransport": "false" } }` (any case, BoolIfExists too). */
function deniesPlainHttp(s: Statement): boolean {
  if (s.effect !== 'Deny') return false;
  const actions = s.actions;
  if (!actions.some((a) => a === '*' || a === 's3:*')) return false;
  return ['Bool', 'BoolIfExists'].some((op) =>
    Object.entries(s.condition[op] ?? {}).some(([k, v]) => k.toLowerCase() === 'aws:securetransport' && (Array.isArray(v) ? v : [v]).some((x) => String(x).toLowerCase() === 'false')),
  );
}

/** `NumericLessThan: { "s3:TlsVersion": "1.2" }` in a Deny: the lowest TLS version accepted. */
function tlsFloor(s: Statement): string | undefined {
  if (s.effect !== 'Deny') return undefined;
  const block = s.condition.NumericLessThan ?? {};
  for (const [k, v] of Object.entries(block)) {
    if (k.toLowerCase() !== 's3:tlsversion') continue;
    const n = Number(Array.isArray(v) ? v[0] : v);
    if (Number.isFinite(n)) return n.toFixed(1);
  }
  return undefined;
}

/** One bucket policy document: whether it denies requests without TLS, and the TLS floor it sets. */
export function bucketPolicyTransit(doc: unknown): { denies: boolean; minTls?: string } | undefined {
  const statements = parsePolicy(doc);
  if (!statements) return undefined;
  const floor = statements.map(tlsFloor).find((x) => x !== undefined);
  return { denies: statements.some(deniesPlainHttp), ...(floor ? { minTls: floor } : {}) };
}
