import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES } from '../src/cli/composition-root.js';
import { definePolicy, type Policy } from '../src/policy/api.js';
import { placeholders, renderMessage, renderResult } from '../src/policy/messages.js';
import { RuleTester, testResource } from '../src/policy/tester.js';

/** A small policy written the way a user would, to test the API itself. */
const bucketsNamed = definePolicy({
  meta: {
    id: 'storage-named',
    title: { en: 'Stores say what they hold', fr: 'Les stockages disent ce qu’ils contiennent' },
    rules: ['CL-8'],
    severity: 'low',
    description: { en: 'A test policy.' },
    messages: {
      plain: { en: 'The {{service}} is plain.', fr: 'Le stockage {{service}} est en clair.' },
      problems: { en: '{{problems}}.', fr: '{{problems}}.' },
      keyMissing: { en: 'no key on the {{service}}', fr: 'pas de clé sur {{service}}' },
      sealed: { en: 'sealed', fr: 'scellé' },
    },
    remediation: { aws: { terraform: { en: 'Set a key.' }, live: { en: 'Set a key in the console.' } } },
    facets: ['storage'],
  },
  check(resource) {
    const s = resource.facets.storage;
    if (!s) return undefined;
    if (s.encrypted === 'no') return { status: 'fail', messageId: 'plain', data: { service: s.service } };
    if (s.key === 'unknown') return { status: 'unknown', messageId: 'problems', data: { problems: [{ messageId: 'keyMissing', data: { service: s.service } }, { messageId: 'sealed' }] } };
    return { status: 'pass', messageId: 'sealed' };
  },
});

const store = (encrypted: 'yes' | 'no' | 'unknown', key: 'provider' | 'customer' | 'unknown' | 'none' = 'provider') =>
  testResource({ facets: { storage: { service: 'S3 bucket', encrypted, key, evidence: [] } } });

describe('policy messages', () => {
  it('fills placeholders, nested messages and lists, and capitalises each sentence', () => {
    const result = bucketsNamed.check(store('yes', 'unknown'), { settings: {} as never })!;
    expect(renderResult(bucketsNamed.meta, result, 'en')).toBe('No key on the S3 bucket; sealed.');
    expect(renderResult(bucketsNamed.meta, result, 'fr')).toBe('Pas de clé sur S3 bucket; scellé.');
    expect(renderMessage(bucketsNamed.meta, { messageId: 'plain', data: { service: 'EBS volume' } }, 'fr')).toBe('Le stockage EBS volume est en clair.');
  });

  it('prints a sentence that starts with a value (a name) as it is, and capitalises one that starts with a message', () => {
    const meta = {
      id: 'scopes',
      messages: {
        mixed: { en: '{{scope}} mixes environments.', fr: '{{scope}} mêle les environnements.' },
        listed: { en: '{{problems}}.', fr: '{{problems}}.' },
        scopeMixes: { en: 'the {{scope}} mixes environments', fr: 'le périmètre {{scope}} mêle les environnements' },
      },
    };
    expect(renderResult(meta, { messageId: 'mixed', data: { scope: 'aws/111122223333' } }, 'en')).toBe('aws/111122223333 mixes environments.');
    expect(renderResult(meta, { messageId: 'mixed', data: { scope: 'aws/111122223333' } }, 'fr')).toBe('aws/111122223333 mêle les environnements.');
    const nested = { messageId: 'listed', data: { problems: [{ messageId: 'scopeMixes', data: { scope: 'gcp/hosting-prod' } }] } };
    expect(renderResult(meta, nested, 'en')).toBe('The gcp/hosting-prod mixes environments.');
    expect(renderResult(meta, nested, 'fr')).toBe('Le périmètre gcp/hosting-prod mêle les environnements.');
  });

  it('names the policy and the message when an id or a placeholder is missing', () => {
    expect(() => renderMessage(bucketsNamed.meta, { messageId: 'nope' }, 'en')).toThrow(/storage-named: no message "nope"/);
    expect(() => renderMessage(bucketsNamed.meta, { messageId: 'plain' }, 'en')).toThrow(/message "plain" needs data.service/);
  });

  it('lists placeholders once each, sorted', () => {
    expect(placeholders('{{b}} {{a}} {{b}} {{ not one }} {{c1}}')).toEqual(['a', 'b', 'c1']);
  });
});

describe('definePolicy', () => {
  const valid = bucketsNamed;
  const broken = (meta: Record<string, unknown>): Policy => ({ meta: { ...valid.meta, ...meta } as Policy['meta'], check: valid.check });

  it('refuses messages whose French text names other placeholders', () => {
    expect(() => definePolicy(broken({ messages: { plain: { en: 'The {{service}}.', fr: 'Le {{servce}}.' } } }))).toThrow(/messages.plain: the French text must use the same placeholders/);
  });

  it('refuses a policy without messages, with plain-string texts, or with remediation not split by input kind', () => {
    expect(() => definePolicy(broken({ messages: {} }))).toThrow(/meta.messages must give at least one message/);
    expect(() => definePolicy(broken({ title: 'Plain string' }))).toThrow(/meta.title must be/);
    expect(() => definePolicy(broken({ remediation: { aws: 'Set a key.' } }))).toThrow(/meta.remediation.aws must be \{ terraform/);
    expect(() => definePolicy(broken({ remediation: { oracle: { terraform: { en: 'x' }, live: { en: 'y' } } } }))).toThrow(/expected aws, azure or gcp/);
  });
});

describe('RuleTester', () => {
  RuleTester.describe = describe;
  RuleTester.it = it;
  new RuleTester().run(bucketsNamed, {
    pass: [{ resource: { facets: store('yes').facets }, messageId: 'sealed' }],
    fail: [{ resource: { facets: store('no').facets }, messageId: 'plain', data: { service: 'S3 bucket' } }],
    unknown: [{ resource: { facets: store('yes', 'unknown').facets }, messageId: 'problems' }],
    notApplicable: [{ resource: { facets: {} } }],
  });

  it('fails a case whose outcome, message id or data differ, naming what was expected', () => {
    const saved = { describe: RuleTester.describe, it: RuleTester.it };
    try {
      RuleTester.describe = (_name, body) => body();
      RuleTester.it = (_name, body) => body();
      const run = (cases: Parameters<RuleTester['run']>[1]) => () => new RuleTester().run(bucketsNamed, cases);
      expect(run({ pass: [{ resource: { facets: store('no').facets } }] })).toThrow(/expected pass, got fail \(plain\)/);
      expect(run({ fail: [{ resource: { facets: store('no').facets }, messageId: 'sealed' }] })).toThrow(/expected message "sealed", got "plain"/);
      expect(run({ fail: [{ resource: { facets: store('no').facets }, messageId: 'plain', data: { service: 'EBS volume' } }] })).toThrow(/data.service is "S3 bucket"/);
      expect(run({ notApplicable: [{ resource: { facets: store('no').facets } }] })).toThrow(/expected no result, got fail/);
      expect(run({ fail: [{ resource: { facets: store('no').facets } } as never] })).toThrow(/must name the messageId/);
    } finally {
      RuleTester.describe = saved.describe;
      RuleTester.it = saved.it;
    }
  });
});

describe('built-in policies', () => {
  it.each(BUILTIN_POLICIES.map((p) => [p.meta.id, p] as const))('%s speaks English and French everywhere', (_id, policy) => {
    const m = policy.meta;
    expect(m.title.fr, 'title').toBeTruthy();
    expect(m.description.fr, 'description').toBeTruthy();
    for (const [id, text] of Object.entries(m.messages)) expect(text.fr, `messages.${id}`).toBeTruthy();
    const clouds = Object.keys(m.remediation);
    expect(clouds.sort()).toEqual(['aws', 'azure', 'gcp']);
    for (const fix of Object.values(m.remediation)) {
      expect(fix.terraform.fr).toBeTruthy();
      expect(fix.live.fr).toBeTruthy();
      // The live step is not the Terraform step again.
      expect(fix.live.en).not.toBe(fix.terraform.en);
    }
  });
});
