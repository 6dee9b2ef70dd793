import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  attestationFor
} from "./chunk-OUIK653W.mjs";
import {
  CATALOG
} from "./chunk-FI3NHOEA.mjs";

// src/compliance/i18n.ts
var RULE_STATUSES = [
  "non-compliant",
  "not-verified",
  "attestation-expired",
  "attestation-missing",
  "partially-verified",
  "compliant",
  "attested",
  "inherited"
];
var STATUS_LABELS = {
  en: {
    compliant: "compliant",
    "non-compliant": "non-compliant",
    "partially-verified": "partially verified",
    "not-verified": "not verified",
    attested: "attested",
    "attestation-missing": "attestation missing",
    "attestation-expired": "attestation expired",
    inherited: "inherited from the cloud provider"
  },
  fr: {
    compliant: "conforme",
    "non-compliant": "non conforme",
    "partially-verified": "partiellement v\xE9rifi\xE9",
    "not-verified": "non v\xE9rifi\xE9",
    attested: "attest\xE9",
    "attestation-missing": "attestation manquante",
    "attestation-expired": "attestation expir\xE9e",
    inherited: "h\xE9rit\xE9 du fournisseur cloud"
  }
};
function statusLabel(status, lang) {
  return STATUS_LABELS[lang][status];
}
var EN = {
  title: "Compliance matrix",
  rule: "Rule",
  section: "Section",
  ruleTitle: "Title",
  automation: "Checked",
  status: "Status",
  policies: "Policies",
  pass: "pass",
  fail: "fail",
  unknown: "unknown",
  waived: "waived",
  evidence: "Evidence",
  owner: "Owner",
  date: "Date",
  nextReview: "Next review",
  scope: "Scope",
  summary: "Summary",
  sources: "Sources",
  overall: "Overall",
  automated: "automated",
  partial: "partial",
  manual: "manual",
  inherited: "inherited",
  generated: "Generated",
  incomplete: "Scan incomplete: nothing from these parts is counted compliant",
  noResource: "no resource of the scanned estate falls under this rule",
  failures: "failures",
  unknowns: "could not be verified",
  waivers: "Waivers",
  resources: "Resources",
  remediation: "Remediation",
  rulebookCLD: "Cloud hosting rules (CLD)",
  rulebookCL: "Partner rules (CL)",
  topFailing: "Top failing rules",
  bySeverity: "Failures by severity",
  severity: "Severity",
  count: "Count",
  administrators: "Administrators seen (CLD-16, CLD-17)",
  principal: "Principal",
  kind: "Kind",
  adminUndecided: "rights not decided from the input",
  mfa: "MFA"
};
var FR = {
  title: "Matrice de conformit\xE9",
  rule: "R\xE8gle",
  section: "Section",
  ruleTitle: "Intitul\xE9",
  automation: "V\xE9rification",
  status: "Statut",
  policies: "Contr\xF4les",
  pass: "conforme",
  fail: "non conforme",
  unknown: "non v\xE9rifiable",
  waived: "d\xE9rogation",
  evidence: "Preuve",
  owner: "Responsable",
  date: "Date",
  nextReview: "Prochaine revue",
  scope: "P\xE9rim\xE8tre",
  summary: "R\xE9sum\xE9",
  sources: "Sources",
  overall: "Global",
  automated: "automatique",
  partial: "partielle",
  manual: "manuelle",
  inherited: "h\xE9rit\xE9e",
  generated: "G\xE9n\xE9r\xE9 le",
  incomplete: "Analyse incompl\xE8te : rien de ces parties n\u2019est compt\xE9 conforme",
  noResource: "aucune ressource analys\xE9e ne rel\xE8ve de cette r\xE8gle",
  failures: "non-conformit\xE9s",
  unknowns: "non v\xE9rifiables",
  waivers: "D\xE9rogations",
  resources: "Ressources",
  remediation: "Rem\xE9diation",
  rulebookCLD: "R\xE8gles d\u2019h\xE9bergement cloud (CLD)",
  rulebookCL: "R\xE8gles partenaires (CL)",
  topFailing: "R\xE8gles les plus en \xE9chec",
  bySeverity: "Non-conformit\xE9s par gravit\xE9",
  severity: "Gravit\xE9",
  count: "Nombre",
  administrators: "Administrateurs relev\xE9s (CLD-16, CLD-17)",
  principal: "Compte",
  kind: "Type",
  adminUndecided: "droits non \xE9tablis \xE0 partir des donn\xE9es",
  mfa: "MFA"
};
var WORDS = { en: EN, fr: FR };
function words(lang) {
  return WORDS[lang];
}
function reason(key, lang, detail = "") {
  const text = REASONS[lang][key];
  return detail ? `${text}: ${detail}` : text;
}
var REASONS = {
  en: {
    failures: "policies found failures",
    unknowns: "some resources could not be verified",
    noEvidence: "no resource of the scanned estate falls under this rule",
    incomplete: "the scan was incomplete",
    allPass: "every checked resource complies",
    attested: "attested",
    attestationExpired: "the attestation is past its review date",
    attestationMissing: "organisational rule: an attestation is needed",
    partialNeedsAttestation: "the technical part complies; the organisational part needs an attestation",
    notCovered: "no policy checks it yet: an attestation is needed",
    inherited: "met by the cloud provider (its certification is the evidence)"
  },
  fr: {
    failures: "des contr\xF4les ont relev\xE9 des non-conformit\xE9s",
    unknowns: "certaines ressources n\u2019ont pas pu \xEAtre v\xE9rifi\xE9es",
    noEvidence: "aucune ressource analys\xE9e ne rel\xE8ve de cette r\xE8gle",
    incomplete: "l\u2019analyse est incompl\xE8te",
    allPass: "toutes les ressources v\xE9rifi\xE9es sont conformes",
    attested: "attest\xE9",
    attestationExpired: "l\u2019attestation a d\xE9pass\xE9 sa date de revue",
    attestationMissing: "r\xE8gle organisationnelle : une attestation est n\xE9cessaire",
    partialNeedsAttestation: "la partie technique est conforme ; la partie organisationnelle n\xE9cessite une attestation",
    notCovered: "aucun contr\xF4le automatique pour l\u2019instant : une attestation est n\xE9cessaire",
    inherited: "assur\xE9e par le fournisseur cloud (sa certification en est la preuve)"
  }
};

// src/compliance/matrix.ts
var ADMINISTRATOR_RULES = ["CLD-16", "CLD-17"];
var EMPTY = { pass: 0, fail: 0, unknown: 0, waived: 0 };
function buildMatrix(report, attestations, lang, on) {
  const incompleteScopes = new Set(report.incomplete.map((n) => n.category ?? "*"));
  const sources = [.../* @__PURE__ */ new Set([...report.categories, ...[...incompleteScopes].filter((c) => c !== "*")])].sort();
  const rows = CATALOG.map((rule) => {
    const policies = report.policies.filter((p) => p.rules.includes(rule.id));
    const perSource = report.ruleCounts.get(rule.id) ?? /* @__PURE__ */ new Map();
    const counts = sum([...perSource.values()]);
    const bySource = {};
    for (const source of sources) {
      const c = perSource.get(source) ?? EMPTY;
      bySource[source] = { ...c, status: technicalStatus(c, incompleteScopes.has(source) || incompleteScopes.has("*")) ?? "not-verified" };
    }
    const attestation = attestationFor(attestations, rule.id, on);
    const { status, why } = ruleStatus(rule.automation, policies.length > 0, counts, incompleteScopes.size > 0, attestation.state, lang);
    return {
      id: rule.id,
      rulebook: rule.rulebook,
      section: rule.section,
      title: rule.title,
      summary: rule.summary[lang],
      automation: rule.automation,
      automationReason: rule.automationReason[lang],
      policies: policies.map((p) => p.id),
      status,
      reason: why,
      counts,
      bySource,
      attestation: { state: attestation.state, ...attestation.attestation ? { current: attestation.attestation } : {}, all: attestation.all },
      findings: report.findings.filter((f) => f.status !== "pass" && f.rules.includes(rule.id)).map(({ policy, status: s, severity, message, resource, location, category, settle, suppression }) => ({
        policy,
        status: s,
        severity,
        message,
        resource,
        location,
        category,
        ...settle ? { settle } : {},
        ...suppression ? { suppression } : {}
      })),
      remediation: policies.flatMap((p) => Object.entries(p.remediation).map(([cloud, text]) => ({ policy: p.id, cloud, text: lang === "fr" && p.fr?.remediation?.[cloud] || text })))
    };
  });
  const totals = Object.fromEntries(["compliant", "non-compliant", "partially-verified", "not-verified", "attested", "attestation-missing", "attestation-expired", "inherited"].map((s) => [s, 0]));
  for (const r of rows) totals[r.status]++;
  return {
    tool: report.tool,
    generated: (/* @__PURE__ */ new Date()).toISOString(),
    lang,
    sources,
    rules: rows,
    totals,
    summary: report.summary,
    incomplete: report.incomplete,
    administrators: report.administrators,
    ...attestations?.organisation ? { organisation: attestations.organisation } : {}
  };
}
function sum(list) {
  const out = { ...EMPTY };
  for (const c of list) {
    out.pass += c.pass;
    out.fail += c.fail;
    out.unknown += c.unknown;
    out.waived += c.waived;
  }
  return out;
}
function technicalStatus(c, incomplete) {
  if (c.fail > 0) return "non-compliant";
  if (c.unknown > 0 || incomplete) return "not-verified";
  if (c.pass > 0 || c.waived > 0) return "compliant";
  return void 0;
}
function ruleStatus(automation, hasPolicies, counts, incomplete, attestation, lang) {
  const r = (key, detail) => reason(key, lang, detail);
  if (automation === "inherited") return { status: "inherited", why: r("inherited") };
  const fromAttestation = (missingKey) => attestation === "valid" ? { status: "attested", why: r("attested") } : attestation === "expired" ? { status: "attestation-expired", why: r("attestationExpired") } : { status: "attestation-missing", why: r(missingKey) };
  if (!hasPolicies) return fromAttestation(automation === "manual" ? "attestationMissing" : "notCovered");
  const technical = technicalStatus(counts, incomplete);
  if (technical === "non-compliant") return { status: "non-compliant", why: r("failures", `${counts.fail}`) };
  if (technical === "not-verified") return { status: "not-verified", why: counts.unknown > 0 ? r("unknowns", `${counts.unknown}`) : r("incomplete") };
  if (technical === void 0) {
    if (automation === "partial") return fromAttestation("attestationMissing");
    return { status: "not-verified", why: r("noEvidence") };
  }
  if (automation === "automated") return { status: "compliant", why: r("allPass") };
  if (attestation === "valid") return { status: "compliant", why: `${r("allPass")}; ${r("attested")}` };
  if (attestation === "expired") return { status: "attestation-expired", why: r("attestationExpired") };
  return { status: "partially-verified", why: r("partialNeedsAttestation") };
}

export {
  RULE_STATUSES,
  statusLabel,
  words,
  ADMINISTRATOR_RULES,
  buildMatrix
};
