import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  ADMINISTRATOR_RULES,
  ROW_FINDINGS,
  RULE_STATUSES,
  partLabel,
  scopeFacts,
  statusLabel,
  words
} from "./chunk-BS2CD2CP.mjs";
import "./chunk-LUEYLY3S.mjs";
import "./chunk-IG5EK6MD.mjs";
import "./chunk-WXXIW77C.mjs";
import "./chunk-DTOYBFIB.mjs";
import "./chunk-47DC2YPC.mjs";
import "./chunk-TCZWE7DV.mjs";
import "./chunk-TK5VIN6L.mjs";
import "./chunk-47XBYZVL.mjs";
import "./chunk-22Q2F65I.mjs";
import "./chunk-XT3YH4MX.mjs";
import "./chunk-ZCN7ZIRF.mjs";
import "./chunk-QCAX4BPW.mjs";
import "./chunk-Z2G6SRDN.mjs";
import "./chunk-VD5S6TE7.mjs";
import "./chunk-QTFYQM6Z.mjs";
import "./chunk-7EALKIMT.mjs";
import "./chunk-DUMRXBCU.mjs";

// src/compliance/html.ts
import { createHash } from "node:crypto";
var EXTRA_EN = {
  langName: "English",
  language: "Language",
  organisation: "Organisation",
  totals: "Rules by status",
  filters: "Filters",
  all: "all",
  search: "Search (id or title)",
  rulebook: "Rulebook",
  shown: "rules shown",
  of: "of",
  expandAll: "Expand all",
  collapseAll: "Collapse all",
  print: "Print",
  findings: "Findings",
  resource: "Resource",
  location: "Location",
  message: "Message",
  settle: "To settle",
  fix: "Fix",
  waiver: "Waiver",
  approver: "approved by",
  until: "until",
  attestation: "Attestation",
  stateValid: "valid",
  stateExpired: "expired",
  stateMissing: "missing",
  expired: "EXPIRED",
  none: "none",
  more: "more findings not shown (see the JSON or SARIF report)",
  noFinding: "No failure and no unknown from the covering checks.",
  notApplicable: "no check covers this rule",
  source: "Source",
  details: "Details",
  where: "Declared in",
  terraform: "Terraform",
  live: "deployed resources",
  colon: ": ",
  noSource: "No scan source.",
  check: "Check",
  page: "Page",
  checksBySource: "Each covering check, per source"
};
var EXTRA = {
  en: EXTRA_EN,
  fr: {
    langName: "fran\xE7ais",
    language: "Langue",
    organisation: "Organisation",
    totals: "R\xE8gles par statut",
    filters: "Filtres",
    all: "tous",
    search: "Recherche (identifiant ou intitul\xE9)",
    rulebook: "R\xE9f\xE9rentiel",
    shown: "r\xE8gles affich\xE9es",
    of: "sur",
    expandAll: "Tout d\xE9plier",
    collapseAll: "Tout replier",
    print: "Imprimer",
    findings: "Constats",
    resource: "Ressource",
    location: "Emplacement",
    message: "Message",
    settle: "Pour conclure",
    fix: "Correction",
    waiver: "D\xE9rogation",
    approver: "approuv\xE9e par",
    until: "jusqu\u2019au",
    attestation: "Attestation",
    stateValid: "valide",
    stateExpired: "expir\xE9e",
    stateMissing: "manquante",
    expired: "EXPIR\xC9E",
    none: "aucun",
    more: "autres constats non affich\xE9s (voir le rapport JSON ou SARIF)",
    noFinding: "Aucune non-conformit\xE9 ni inconnue parmi les contr\xF4les qui la couvrent.",
    notApplicable: "aucun contr\xF4le ne couvre cette r\xE8gle",
    source: "Source",
    details: "D\xE9tail",
    where: "D\xE9clar\xE9e dans",
    terraform: "Terraform",
    live: "ressources d\xE9ploy\xE9es",
    colon: "\u202F: ",
    noSource: "Aucune source analys\xE9e.",
    check: "Contr\xF4le",
    page: "Page",
    checksBySource: "Chaque contr\xF4le qui la couvre, par source"
  }
};
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function el(tag, attrs, ...kids) {
  let open = `<${tag}`;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === void 0 || v === false) continue;
    open += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  return { html: `${open}>${kids.map(child).join("")}</${tag}>` };
}
function child(c) {
  if (c === void 0 || c === null || c === false) return "";
  if (typeof c === "object") return c.html;
  return escapeHtml(String(c));
}
var WBR = { html: "<wbr>" };
function breakable(text, cls, at) {
  return el("code", { class: cls }, ...text.split(at).flatMap((part) => [part, WBR]));
}
var MAX_FINDINGS = 200;
var CSS = `
:root{color-scheme:light;--fg:#1d2329;--muted:#5a6570;--line:#d5dbe1;--head:#f1f4f7}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem 2rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:1.5em;margin:0 0 .3rem}h2{font-size:1.1em;margin:1.2rem 0 .5rem}h3{font-size:1em;margin:.9rem 0 .3rem}
.meta{color:var(--muted);margin:0 0 .8rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}.meta b{color:var(--fg);font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.scope{border:1px solid var(--line);border-left:6px solid #2a7ac0;background:#f6fafe;padding:.5rem 1rem;margin:1rem 0}.scope h2{margin:.2rem 0 .4rem}
.statement{font-weight:600;margin:.2rem 0 .6rem}.scope dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 .6rem}.scope dt{color:var(--muted)}.scope dd{margin:0}
.scope table{width:auto;min-width:60%;background:#fff;border:1px solid var(--line);font-size:.85em}
.totals{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}
.badge{display:inline-block;border:1px solid;border-left-width:4px;border-radius:4px;padding:.1rem .45rem;font:inherit;font-size:.85em;white-space:nowrap}
button.badge{cursor:pointer}.badge.zero{opacity:.55}.badge b{margin-left:.35rem}
.s-non-compliant,.s-failed{background:#fde2e1;color:#8a1c14;border-color:#d93025}.s-not-verified{background:#fff0d9;color:#6e3b00;border-color:#e8710a}
.s-attestation-expired{background:#fbe0cc;color:#742b00;border-color:#b9470f}.s-attestation-missing,.s-needs-attestation{background:#f3e8fd;color:#562582;border-color:#8e44c9}
.s-partially-verified{background:#fff8c5;color:#574600;border-color:#c99a06}.s-compliant,.s-verified{background:#dff3e4;color:#1b5a2c;border-color:#2e8b47}
.s-attested{background:#dcefff;color:#0b4a82;border-color:#2a7ac0}.s-inherited{background:#eceff1;color:#37474f;border-color:#78909c}
.s-waived{background:#eef0f3;color:#3b4652;border-color:#6b7785;border-style:dashed}
.warn{border:1px solid #e8710a;border-left-width:6px;background:#fff6ea;padding:.5rem 1rem;margin:1rem 0}.warn h2{margin:.2rem 0}
.filters{display:flex;flex-wrap:wrap;align-items:end;gap:.6rem 1rem;margin:1rem 0 .5rem;padding:.6rem .8rem;background:var(--head);border:1px solid var(--line);border-radius:6px}
.filters[hidden]{display:none}
.filters label{display:flex;flex-direction:column;font-size:.8em;color:var(--muted);gap:.15rem}
.filters select,.filters input,.filters button{font:inherit;padding:.25rem .4rem;border:1px solid #aab4be;border-radius:4px;background:#fff;color:var(--fg)}
.filters input{min-width:16rem}.actions{display:flex;gap:.4rem}.filters button{cursor:pointer}#counter{margin:0 0 0 auto;font-weight:600}
.wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--head);font-size:.8em;text-transform:uppercase;letter-spacing:.02em;color:var(--muted)}
#matrix>thead th{position:sticky;top:0;z-index:1}
thead th.src{text-transform:none;letter-spacing:0;min-width:7rem}thead th.src code{font:inherit}
tr.section th{background:#e4e9ee;font-size:.85em;padding:.3rem .5rem}
tr.rule th button{font:inherit;font-weight:600;border:0;background:none;padding:0;color:#0b4a82;cursor:pointer;white-space:nowrap}
tr.rule th button::before{content:"\u25BE ";color:var(--muted)}tr.rule th button[aria-expanded=false]::before{content:"\u25B8 "}
.js tr.rule{cursor:pointer}.js tr.rule:hover>*{box-shadow:inset 0 0 0 9999px rgba(0,40,90,.04)}
td.cell{font-size:.8em;white-space:nowrap;border-left:1px solid var(--line)}td.cell .lbl{display:block;font-weight:600}
td.cell.na{color:var(--muted);text-align:center}.cnt{margin-right:.45rem}.cnt.z{opacity:.45}
.out{display:none}
tr.detail>td{background:#fafbfc;padding:.6rem 1rem 1rem 2rem;border-bottom:2px solid var(--line)}
.detail dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}.detail dt{color:var(--muted)}.detail dd{margin:0}
.detail table{width:auto;min-width:50%;background:#fff;border:1px solid var(--line);font-size:.85em}.detail th{background:var(--head)}
.detail td.msg,.detail td.text{max-width:48rem;white-space:normal}code{font-size:.85em;overflow-wrap:break-word}
.sub{color:var(--muted);font-size:.85em}.flag{font-weight:700;color:#8a1c14}
.detail ul{margin:.2rem 0;padding-left:1.2rem}
@page{size:A4;margin:14mm 11mm 16mm;@bottom-right{content:"%PAGE% " counter(page) " / " counter(pages);font:9px system-ui,sans-serif;color:#5a6570}@bottom-left{content:"%TITLE%";font:9px system-ui,sans-serif;color:#5a6570}}
@media print{
  body{padding:0;font-size:10px}h1{font-size:1.4em}tr.detail>td{padding:.3rem .5rem .6rem 1.5rem}.detail h3{margin:.4rem 0 .2rem}.filters,.no-print{display:none!important}
  .out{display:revert}tr.detail[hidden]{display:table-row}
  .wrap{overflow:visible;border:0}thead{display:table-header-group}#matrix>thead th{position:static}
  tr.rule,tr.section,.detail tr,.scope tr{break-inside:avoid;page-break-inside:avoid}tr.section{break-after:avoid}tr.rule{break-after:avoid}
  tr.rule th button::before,tr.rule th button[aria-expanded=false]::before{content:none}a{color:inherit}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;
var SCRIPT = `
'use strict';
(() => {
  const root = document.documentElement;
  root.classList.add('js');
  const form = document.querySelector('form.filters');
  const fStatus = form.elements.status, fBook = form.elements.rulebook, fAuto = form.elements.automation, fText = form.elements.q;
  const fold = (s) => s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  const rows = [...document.querySelectorAll('tr.rule')].map((tr) => {
    const detail = document.getElementById('d-' + tr.id);
    const open = tr.querySelector('th button');
    return { tr, detail, open, section: tr.closest('tbody').querySelector('tr.section'), text: fold(tr.dataset.text) };
  });
  const toggle = (row, force) => {
    const show = force === undefined ? row.detail.hidden : force;
    row.detail.hidden = !show;
    row.open.setAttribute('aria-expanded', String(show));
  };
  for (const row of rows) {
    toggle(row, false);
    row.tr.addEventListener('click', (e) => { if (!e.target.closest('a')) toggle(row); });
  }
  const totals = [...document.querySelectorAll('[data-total]')];
  for (const b of totals) b.addEventListener('click', () => { fStatus.value = fStatus.value === b.dataset.total ? '' : b.dataset.total; apply(); });
  form.querySelector('[data-action=expand]').addEventListener('click', () => { for (const row of rows) if (!row.tr.classList.contains('out')) toggle(row, true); });
  form.querySelector('[data-action=collapse]').addEventListener('click', () => { for (const row of rows) toggle(row, false); });
  form.querySelector('[data-action=print]').addEventListener('click', () => window.print());
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', () => apply());
  const shown = document.getElementById('shown');
  function apply() {
    const q = fold(fText.value.trim());
    let n = 0;
    for (const row of rows) {
      const d = row.tr.dataset;
      const show = (!fStatus.value || d.status === fStatus.value) && (!fBook.value || d.rulebook === fBook.value) && (!fAuto.value || d.automation === fAuto.value) && (!q || row.text.includes(q));
      row.tr.classList.toggle('out', !show);
      row.detail.classList.toggle('out', !show);
      if (show) n++;
    }
    for (const s of new Set(rows.map((row) => row.section))) s.classList.toggle('out', rows.every((row) => row.section !== s || row.tr.classList.contains('out')));
    for (const b of totals) b.setAttribute('aria-pressed', String(b.dataset.total === fStatus.value));
    shown.textContent = String(n);
  }
  form.hidden = false;
  apply();
  const target = rows.find((row) => '#' + row.tr.id === location.hash);
  if (target) { toggle(target, true); target.tr.scrollIntoView(); }
  root.dataset.ready = 'true';
})();
`;
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
function cssString(s) {
  return s.replace(/[\\"\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}
function complianceHtml(report, found = ROW_FINDINGS) {
  const lang = report.lang;
  const w = { ...words(lang), ...EXTRA[lang], lang, found };
  const css = CSS.replace("%PAGE%", cssString(w.page)).replace("%TITLE%", cssString(`${w.title} \u2014 ${report.tool.name} ${report.tool.version}`));
  const csp = `default-src 'none'; style-src ${sha256(css)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `${w.title} \u2014 ${report.tool.name} ${report.tool.version}${report.organisation ? ` \u2014 ${report.organisation}` : ""}`;
  const body = [header(report, w), scopeSection(report, w), incompleteSection(report, w), totalsSection(report, w), filters(report, w), matrix(report, w)];
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
<main id="app">
${body.map(child).join("\n")}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
function header(report, w) {
  const fact = (k, v) => el("span", {}, k + w.colon, el("b", {}, v));
  return el(
    "header",
    {},
    el("h1", {}, `${w.title} \u2014 ${report.tool.name} ${report.tool.version}`),
    el("p", { class: "meta" }, fact(w.generated, `${report.generated.slice(0, 16).replace("T", " ")} UTC`), report.organisation ? fact(w.organisation, report.organisation) : "", fact(w.language, w.langName), fact(w.sources, report.sources.length ? report.sources.join(", ") : w.none))
  );
}
function scopeSection(report, w) {
  const s = report.scope;
  const facts = el("dl", {}, ...scopeFacts(s, report.lang).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]));
  const head = el("thead", {}, el("tr", {}, ...[w.category, w.kind, w.clouds, w.regions, w.resources, w.inputs, w.reading].map((t) => el("th", { scope: "col" }, t))));
  const rows = s.categories.map(
    (c) => el(
      "tr",
      { "data-category": c.id },
      el("th", { scope: "row" }, breakable(c.id, "src", /(?<=[/])/)),
      el("td", {}, c.kind === "plan" ? w.kindPlan : w.kindLive),
      el("td", {}, c.clouds.map((x) => x.toUpperCase()).join(", ") || "\u2014"),
      el("td", { class: "regions" }, c.regions.join(", ") || "\u2014", c.regionsTruncated ? ` (${w.regionsCut})` : ""),
      el("td", {}, c.resources),
      el("td", { class: "text" }, ...c.inputs.slice(0, 20).flatMap((i, n) => [n ? ", " : "", breakable(i, "loc", /(?<=[/])/)]), c.inputs.length > 20 || c.inputsTruncated ? " \u2026" : ""),
      el("td", {}, c.complete ? w.complete : el("b", { class: "flag" }, w.partlyRead))
    )
  );
  const scans = s.scans.length > 1 ? el("p", { class: "sub" }, `${w.scans}${w.colon}`, s.scans.map((x) => `${x.source === "scan" ? w.thisRun : x.source} (${w.scanned} ${x.scanned.slice(0, 16).replace("T", " ")} UTC)`).join(" \xB7 ")) : "";
  const notes = s.notes.length ? el("div", {}, el("h3", {}, w.mergeNotes), el("ul", {}, ...s.notes.map((n) => el("li", { "data-note": n.id }, n.text)))) : "";
  return el("section", { class: "scope", id: "scope" }, el("h2", {}, w.scopeTitle), el("p", { class: "statement" }, s.statement.text), facts, s.categories.length ? el("table", {}, el("caption", { class: "sr" }, w.categories), head, el("tbody", {}, ...rows)) : "", scans, notes);
}
function incompleteSection(report, w) {
  if (!report.incomplete.length) return "";
  return el("section", { class: "warn", id: "incomplete" }, el("h2", {}, w.incomplete), el("ul", {}, ...report.incomplete.map((n) => el("li", {}, (n.scope ? n.scope + w.colon : "") + n.message))));
}
function totalsSection(report, w) {
  const items = RULE_STATUSES.map((s) => el("li", {}, el("button", { type: "button", class: `badge s-${s}${report.totals[s] ? "" : " zero"}`, "data-total": s }, statusLabel(s, report.lang), el("b", {}, report.totals[s]))));
  return el("section", { "aria-label": w.totals }, el("h2", { class: "sr" }, w.totals), el("ul", { class: "totals", "aria-label": w.totals }, ...items));
}
function filters(report, w) {
  const select = (label, name, options) => el("label", {}, label, el("select", { name }, ...options.map(([v, t]) => el("option", { value: v }, t))));
  return el(
    "form",
    { class: "filters no-print", role: "search", "aria-label": w.filters, hidden: true },
    select(w.status, "status", [["", w.all], ...RULE_STATUSES.map((s) => [s, statusLabel(s, report.lang)])]),
    select(w.rulebook, "rulebook", [["", w.all], ["CLD", w.rulebookCLD], ["CL", w.rulebookCL]]),
    select(w.automation, "automation", [["", w.all], ...["automated", "partial", "manual", "inherited"].map((a) => [a, w[a]])]),
    el("label", {}, w.search, el("input", { type: "search", name: "q", autocomplete: "off" })),
    el(
      "div",
      { class: "actions" },
      el("button", { type: "button", "data-action": "expand" }, w.expandAll),
      el("button", { type: "button", "data-action": "collapse" }, w.collapseAll),
      el("button", { type: "button", "data-action": "print" }, w.print)
    ),
    el("p", { id: "counter", role: "status", "aria-live": "polite" }, el("span", { id: "shown" }, report.rules.length), ` ${w.of} ${report.rules.length} ${w.shown}`)
  );
}
function matrix(report, w) {
  const cols = 4 + report.sources.length;
  const head = el(
    "thead",
    {},
    el("tr", {}, ...[w.rule, w.ruleTitle, w.automation, w.status].map((t) => el("th", { scope: "col" }, t)), ...report.sources.map((s) => el("th", { scope: "col", class: "src" }, breakable(s, "src", /(?<=[/])/))))
  );
  const groups = [];
  let key = "";
  let rows = [];
  const flush = () => {
    if (rows.length) groups.push(el("tbody", {}, ...rows));
    rows = [];
  };
  for (const r of report.rules) {
    if (`${r.rulebook} ${r.section}` !== key) {
      flush();
      key = `${r.rulebook} ${r.section}`;
      rows.push(el("tr", { class: "section" }, el("th", { colspan: cols, scope: "colgroup" }, `${r.rulebook === "CLD" ? w.rulebookCLD : w.rulebookCL} \u2014 ${r.section}`)));
    }
    rows.push(
      el(
        "tr",
        { class: "rule", id: r.id, "data-status": r.status, "data-rulebook": r.rulebook, "data-automation": r.automation, "data-text": `${r.id} ${r.title}` },
        el("th", { scope: "row" }, el("button", { type: "button", "aria-expanded": "true", "aria-controls": `d-${r.id}` }, r.id)),
        el("td", {}, r.title),
        el("td", {}, w[r.automation]),
        el("td", {}, el("span", { class: `badge s-${r.status}` }, statusLabel(r.status, report.lang))),
        ...report.sources.map((s) => sourceCell(r, s, w))
      ),
      el("tr", { class: "detail", id: `d-${r.id}` }, el("td", { colspan: cols }, details(report, r, w)))
    );
  }
  flush();
  return el("div", { class: "wrap" }, el("table", { id: "matrix" }, el("caption", { class: "sr" }, w.title), head, ...groups), report.sources.length ? "" : el("p", { class: "sub" }, w.noSource));
}
var COUNTS = [
  ["fail", "\u2717"],
  ["unknown", "?"],
  ["pass", "\u2713"],
  ["waived", "\u2298"]
];
function counts(c, w) {
  return COUNTS.filter(([k]) => k !== "waived" || c.waived).map(
    ([k, sym]) => el("span", { class: `cnt ${k}${c[k] ? "" : " z"}`, title: w[k] }, el("span", { "aria-hidden": "true" }, `${sym} `), el("span", { class: "sr" }, `${w[k]} `), el("b", {}, c[k]))
  );
}
function sourceCell(r, s, w) {
  const c = r.bySource[s];
  if (!c) return el("td", { class: "cell na", "data-source": s, title: w.notApplicable }, "\u2014", el("span", { class: "sr" }, w.notApplicable));
  return el("td", { class: `cell s-${c.status}`, "data-source": s, title: c.reason.text }, el("span", { class: "lbl" }, partLabel(c.status, w.lang)), ...counts(c, w));
}
function details(report, r, w) {
  const lang = report.lang;
  const today = report.generated.slice(0, 10);
  const dl = el(
    "dl",
    {},
    el("dt", {}, w.summary),
    el("dd", {}, r.summary),
    el("dt", {}, w.status),
    el("dd", {}, el("span", { class: `badge s-${r.status}` }, statusLabel(r.status, lang)), " ", el("span", { class: "reason", "data-reason": r.reason.id }, r.reason.text)),
    el("dt", {}, w.automation),
    el("dd", {}, `${w[r.automation]} \u2014 `, el("span", { class: "sub" }, r.automationReason)),
    r.inheritedFrom ? el("dt", {}, w.inheritedFrom) : "",
    r.inheritedFrom ? el("dd", {}, r.inheritedFrom) : "",
    el("dt", {}, w.checks),
    el("dd", {}, r.checks.length ? r.checks.join(", ") : w.none),
    r.related.length ? el("dt", {}, w.related) : "",
    r.related.length ? el("dd", {}, r.related.join(", ")) : "",
    el("dt", {}, w.attestation),
    el("dd", {}, attestations(r, w, today))
  );
  const box = [el("h3", {}, `${w.details} ${r.id} \u2014 ${r.title}`), dl, parts(r, w, lang)];
  const checks = r.parts.flatMap((p) => p.checks).filter((c, i, all) => all.findIndex((x) => x.check === c.check) === i);
  if (checks.length && report.sources.length) box.push(el("h3", {}, w.checksBySource), checksTable(checks, report.sources, w));
  if (checks.length) box.push(findings(r, w));
  if (ADMINISTRATOR_RULES.includes(r.id) && report.administrators.length) box.push(administrators(report, w));
  if (r.remediation.length) {
    box.push(
      el("h3", {}, w.remediation),
      el("ul", {}, ...r.remediation.map((m) => el("li", {}, el("b", {}, `${m.cloud.toUpperCase()} \u2014 ${m.input === "live" ? w.live : w.terraform}`), ` (${m.policy})${w.colon}${m.text}`)))
    );
  }
  return el("div", {}, ...box);
}
function parts(r, w, lang) {
  const scopeWords = (c) => c.scope === "resource" ? w.perResource : `${w.perAccount}${c.regional?.length ? `, ${w.perRegion} (${c.regional.map((x) => x.toUpperCase()).join(", ")})` : ""}`;
  const rows = r.parts.map(
    (p) => el(
      "tr",
      { "data-part": p.number, "data-status": p.status },
      el("th", { scope: "row" }, p.number),
      el("td", { class: "text" }, p.text),
      el("td", {}, p.kind === "attestation" ? w.organisational : el("ul", {}, ...p.checks.map((c) => el("li", {}, el("code", {}, c.check), el("span", { class: "sub" }, ` \u2014 ${scopeWords(c)}`))))),
      el("td", {}, el("span", { class: `badge s-${p.status}` }, partLabel(p.status, lang)), el("div", { class: "sub" }, p.reason.text))
    )
  );
  return el(
    "div",
    {},
    el("h3", {}, w.parts),
    el("table", { class: "parts" }, el("thead", {}, el("tr", {}, ...["#", w.part, w.verifiedBy, w.status].map((t) => el("th", { scope: "col" }, t)))), el("tbody", {}, ...rows))
  );
}
function checksTable(checks, sources, w) {
  const rows = checks.flatMap(
    (c) => sources.flatMap((s) => {
      const cell = c.bySource[s];
      if (!cell) return [];
      return el(
        "tr",
        { "data-check": c.check, "data-source": s, "data-status": cell.status },
        el("td", {}, el("code", {}, c.check)),
        el("td", {}, breakable(s, "src", /(?<=[/])/)),
        el("td", {}, el("span", { class: `badge s-${cell.status}` }, partLabel(cell.status, w.lang))),
        el("td", {}, cell.fail),
        el("td", {}, cell.unknown),
        el("td", {}, cell.pass),
        el("td", {}, cell.waived),
        el("td", { class: "text", "data-reason": cell.reason.id }, cell.reason.text)
      );
    })
  );
  return el("table", { class: "checks" }, el("thead", {}, el("tr", {}, ...[w.check, w.source, w.status, w.fail, w.unknown, w.pass, w.waived, w.reason].map((t) => el("th", { scope: "col" }, t)))), el("tbody", {}, ...rows));
}
function findings(r, w) {
  const count = w.found.count(r);
  const title = el("h3", {}, `${w.findings} (${count})`);
  if (!count) return el("div", {}, title, el("p", { class: "sub" }, w.noFinding));
  const shown = [];
  for (const f of w.found.list(r)) if (shown.push(f) >= MAX_FINDINGS) break;
  const rows = shown.map((f) => {
    const msg = [f.message, " ", el("span", { class: "sub" }, `(${f.policy}, ${f.category})`)];
    if (f.settle && f.status === "unknown") msg.push(el("div", { class: "sub" }, el("b", {}, w.settle + w.colon), f.settle));
    else if (f.fix) msg.push(el("div", { class: "sub fix" }, el("b", {}, w.fix + w.colon), f.fix));
    if (f.suppression) {
      const x = f.suppression;
      msg.push(el("div", { class: "waiver" }, el("b", {}, w.waiver + w.colon), `${x.justification}${x.approver ? ` \u2014 ${w.approver} ${x.approver}` : ""} \u2014 ${w.until} ${x.expires} (${x.where})`));
    }
    const [cls, label] = f.suppression ? ["waived", w.waived] : f.status === "fail" ? ["non-compliant", w.fail] : ["not-verified", w.unknown];
    return el(
      "tr",
      { "data-resource": f.resource.id },
      el("td", {}, el("span", { class: `badge s-${cls}` }, label)),
      el("td", {}, w[f.severity] ?? f.severity),
      el("td", {}, breakable(f.resource.id, "res", /(?<=[/.:])/), el("div", { class: "sub" }, f.resource.nativeType + (f.resource.region ? ` \xB7 ${f.resource.region}` : ""))),
      el("td", { class: "loc" }, f.location ? breakable(`${f.location.uri}:${f.location.line}`, "loc", /(?<=[/])/) : "\u2014"),
      el("td", { class: "msg" }, ...msg)
    );
  });
  const more = count > MAX_FINDINGS ? el("p", { class: "sub" }, `${count - MAX_FINDINGS} ${w.more}`) : "";
  return el(
    "div",
    {},
    title,
    el("table", { class: "findings" }, el("thead", {}, el("tr", {}, ...[w.status, w.severity, w.resource, w.location, w.message].map((t) => el("th", { scope: "col" }, t)))), el("tbody", {}, ...rows)),
    more
  );
}
function administrators(report, w) {
  const list = report.administrators;
  const rows = list.slice(0, MAX_FINDINGS).map(
    (a) => el(
      "tr",
      { "data-principal": a.principal },
      el("td", {}, breakable(a.principal, "principal", /(?<=[/.:@])/), a.admin === "unknown" ? el("div", { class: "sub" }, w.adminUndecided) : ""),
      el("td", {}, a.kind),
      el("td", {}, a.mfa),
      el("td", {}, a.category),
      el("td", {}, breakable(a.resource.id, "principal", /(?<=[/.:])/)),
      el("td", { class: "loc" }, a.location ? breakable(`${a.location.uri}:${a.location.line}`, "loc", /(?<=[/])/) : "\u2014")
    )
  );
  return el(
    "div",
    {},
    el("h3", {}, `${w.administrators} (${list.length})`),
    el("table", { class: "findings admins" }, el("thead", {}, el("tr", {}, ...[w.principal, w.kind, w.mfa, w.source, w.resource, w.location].map((t) => el("th", { scope: "col" }, t)))), el("tbody", {}, ...rows)),
    list.length > MAX_FINDINGS ? el("p", { class: "sub" }, `${list.length - MAX_FINDINGS} ${w.more}`) : ""
  );
}
function attestations(r, w, today) {
  const a = r.attestation;
  const state = { valid: w.stateValid, expired: w.stateExpired, missing: w.stateMissing }[a.state];
  const cls = a.state === "valid" ? "attested" : a.state === "expired" ? "attestation-expired" : "attestation-missing";
  const items = a.all.map((x) => {
    const evidence = x.url && /^https?:\/\//i.test(x.url) ? el("a", { href: x.url, rel: "noopener noreferrer", target: "_blank" }, x.url) : x.document ?? x.url ?? "";
    return el(
      "li",
      {},
      el("b", {}, evidence),
      ` \u2014 ${w.owner}${w.colon}${x.owner} \u2014 ${w.date}${w.colon}${x.date} \u2014 ${w.nextReview}${w.colon}${x.nextReview}`,
      x.url && x.document ? ` \u2014 ${x.document}` : "",
      x.nextReview < today ? el("span", {}, " ", el("span", { class: "flag expired-flag" }, w.expired)) : "",
      x.scope ? el("div", { class: "sub" }, w.scope + w.colon + x.scope) : "",
      x.summary ? el("div", {}, x.summary) : "",
      el("div", { class: "sub" }, `${w.where} ${x.where}`)
    );
  });
  return el("div", { class: "attestation", "data-state": a.state }, el("span", { class: `badge s-${cls}` }, state), a.all.length ? el("ul", {}, ...items) : "");
}
export {
  complianceHtml
};
