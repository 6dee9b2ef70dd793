import type { Finding } from '../model/finding.js';
import type { Lang, PolicyMeta } from '../policy/api.js';
import { renderMessage, renderResult } from '../policy/messages.js';

/**
 * A finding with its message in the report's language: rendered again from each policy's
 * message ids and data. English is what the scan wrote; a finding whose policy is not at hand (a
 * merged report from a policy this run does not load) keeps its English text. An adapter's hint of
 * what would settle an unknown names attributes, and stays as written.
 */
export function localizer(policies: readonly PolicyMeta[], lang: Lang): (f: Finding) => Finding {
  const byId = new Map(policies.map((p) => [p.id, p]));
  return (f) => {
    const meta = byId.get(f.policy);
    if (!meta || !meta.messages[f.messageId]) return f;
    try {
      return {
        ...f,
        message: renderResult(meta, f, lang),
        ...(f.settleRef ? { settle: renderMessage(meta, f.settleRef, lang) } : {}),
      };
    } catch {
      // Data from an older report that no longer fits the message: the English text it carries is still right.
      return f;
    }
  };
}
