import { createRequire as __cldscanCreateRequire } from 'node:module';
import { fileURLToPath as __cldscanFileURLToPath } from 'node:url';
const require = __cldscanCreateRequire(import.meta.url);
const __cldscanFilename = __cldscanFileURLToPath(import.meta.url);
const __cldscanDirname = __cldscanFileURLToPath(new URL('.', import.meta.url));
import {
  ADMINISTRATOR_RULES,
  RULE_STATUSES,
  statusLabel,
  words
} from "./chunk-ZB7ZTOQE.mjs";
import "./chunk-OUIK653W.mjs";
import "./chunk-K7HDWNMT.mjs";
import "./chunk-KMRIUB6G.mjs";
import "./chunk-FI3NHOEA.mjs";
import "./chunk-QTFYQM6Z.mjs";
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
  noFinding: "No failure and no unknown.",
  notApplicable: "no policy checks this rule",
  source: "Source",
  critical: "critical",
  high: "high",
  medium: "medium",
  low: "low",
  details: "Details",
  where: "Declared in",
  colon: ": ",
  noScript: "This report needs JavaScript to show the matrix.",
  noSource: "No scan source."
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
    noFinding: "Aucune non-conformit\xE9 ni inconnue.",
    notApplicable: "aucun contr\xF4le ne v\xE9rifie cette r\xE8gle",
    source: "Source",
    critical: "critique",
    high: "\xE9lev\xE9e",
    medium: "moyenne",
    low: "faible",
    details: "D\xE9tail",
    where: "D\xE9clar\xE9e dans",
    colon: "\u202F: ",
    noScript: "Ce rapport a besoin de JavaScript pour afficher la matrice.",
    noSource: "Aucune source analys\xE9e."
  }
};
var CSS = `
:root{color-scheme:light;--fg:#1d2329;--muted:#5a6570;--line:#d5dbe1;--head:#f1f4f7}
*{box-sizing:border-box}
body{margin:0;padding:1.5rem 2rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:#fff}
h1{font-size:1.5em;margin:0 0 .3rem}h2{font-size:1.1em;margin:1.2rem 0 .5rem}h3{font-size:1em;margin:.9rem 0 .3rem}
.meta{color:var(--muted);margin:0 0 .8rem;display:flex;flex-wrap:wrap;gap:.2rem 1.2rem}.meta b{color:var(--fg);font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.totals{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:0}
.badge{display:inline-block;border:1px solid;border-left-width:4px;border-radius:4px;padding:.1rem .45rem;font:inherit;font-size:.85em;white-space:nowrap}
button.badge{cursor:pointer}.badge.zero{opacity:.55}.badge b{margin-left:.35rem}
.s-non-compliant{background:#fde2e1;color:#8a1c14;border-color:#d93025}.s-not-verified{background:#fff0d9;color:#6e3b00;border-color:#e8710a}
.s-attestation-expired{background:#fbe0cc;color:#742b00;border-color:#b9470f}.s-attestation-missing{background:#f3e8fd;color:#562582;border-color:#8e44c9}
.s-partially-verified{background:#fff8c5;color:#574600;border-color:#c99a06}.s-compliant{background:#dff3e4;color:#1b5a2c;border-color:#2e8b47}
.s-attested{background:#dcefff;color:#0b4a82;border-color:#2a7ac0}.s-inherited{background:#eceff1;color:#37474f;border-color:#78909c}
.s-waived{background:#eef0f3;color:#3b4652;border-color:#6b7785;border-style:dashed}
.warn{border:1px solid #e8710a;border-left-width:6px;background:#fff6ea;padding:.5rem 1rem;margin:1rem 0}.warn h2{margin:.2rem 0}
.filters{display:flex;flex-wrap:wrap;align-items:end;gap:.6rem 1rem;margin:1rem 0 .5rem;padding:.6rem .8rem;background:var(--head);border:1px solid var(--line);border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:.8em;color:var(--muted);gap:.15rem}
.filters select,.filters input,.filters button{font:inherit;padding:.25rem .4rem;border:1px solid #aab4be;border-radius:4px;background:#fff;color:var(--fg)}
.filters input{min-width:16rem}.actions{display:flex;gap:.4rem}.filters button{cursor:pointer}#counter{margin:0 0 0 auto;font-weight:600}
.wrap{overflow-x:auto;border:1px solid var(--line);border-radius:6px}
table{border-collapse:collapse;width:100%}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{background:var(--head);position:sticky;top:0;z-index:1;font-size:.8em;text-transform:uppercase;letter-spacing:.02em;color:var(--muted)}
thead th.src{text-transform:none;letter-spacing:0;min-width:7rem}thead th.src code{font:inherit}
tr.section th{background:#e4e9ee;font-size:.85em;padding:.3rem .5rem}
tr.rule{cursor:pointer}tr.rule:hover>*{box-shadow:inset 0 0 0 9999px rgba(0,40,90,.04)}
tr.rule th button{font:inherit;font-weight:600;border:0;background:none;padding:0;color:#0b4a82;cursor:pointer;white-space:nowrap}
tr.rule th button::before{content:"\u25B8 ";color:var(--muted)}tr.rule th button[aria-expanded=true]::before{content:"\u25BE "}
td.cell{font-size:.8em;white-space:nowrap;border-left:1px solid var(--line)}td.cell .lbl{display:block;font-weight:600}
td.cell{border-color:var(--line)}td.cell.na{color:var(--muted);text-align:center}.cnt{margin-right:.45rem}.cnt.z{opacity:.45}
.out{display:none}
tr.detail>td{background:#fafbfc;padding:.6rem 1rem 1rem 2rem;border-bottom:2px solid var(--line)}
.detail dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}.detail dt{color:var(--muted)}.detail dd{margin:0}
.detail table{width:auto;min-width:50%;background:#fff;border:1px solid var(--line);font-size:.85em}.detail th{background:var(--head)}
.detail td.msg{max-width:48rem;white-space:normal}code{font-size:.85em;overflow-wrap:break-word}
.sub{color:var(--muted);font-size:.85em}.flag{font-weight:700;color:#8a1c14}
.detail ul{margin:.2rem 0;padding-left:1.2rem}
@media print{
  body{padding:0;font-size:10.5px}h1{font-size:1.4em}tr.detail>td{padding:.3rem .5rem .6rem 1.5rem}.detail h3{margin:.4rem 0 .2rem}.filters,.no-print{display:none!important}
  .out{display:revert}tr.detail[hidden]{display:table-row}
  .wrap{overflow:visible;border:0}thead{display:table-header-group}thead th{position:static}
  tr.rule,tr.section,.detail tr{break-inside:avoid;page-break-inside:avoid}tr.section{break-after:avoid}
  tr.rule th button::before{content:""}a{color:inherit}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`;
var SCRIPT = `
'use strict';
(() => {
  const data = JSON.parse(document.getElementById('cldscan-data').textContent);
  const R = data.report, W = data.words, L = data.labels;
  const today = R.generated.slice(0, 10);
  const MAX_FINDINGS = 200;
  const el = (tag, attrs, kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'text') e.textContent = String(v); else if (k === 'class') e.className = v; else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of kids || []) if (c !== undefined && c !== null) e.append(c);
    return e;
  };
  const badge = (status, tag) => el(tag || 'span', { class: 'badge s-' + status, text: L[status] });
  const total = (c) => c.pass + c.fail + c.unknown + c.waived;
  const fold = (s) => s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
  const incomplete = new Set(R.incomplete.map((n) => n.category || '*'));
  const root = document.getElementById('app');

  // Header
  const meta = el('p', { class: 'meta' });
  const fact = (k, v) => meta.append(el('span', {}, [k + W.colon, el('b', { text: v })]));
  fact(W.generated, R.generated.slice(0, 16).replace('T', ' ') + ' UTC');
  if (R.organisation) fact(W.organisation, R.organisation);
  fact(W.language, W.langName);
  fact(W.sources, R.sources.length ? R.sources.join(', ') : W.none);
  root.append(el('header', {}, [el('h1', { text: W.title + ' \u2014 ' + R.tool.name + ' ' + R.tool.version }), meta]));

  // Totals (buttons: each sets the status filter)
  const totals = el('ul', { class: 'totals', 'aria-label': W.totals });
  for (const s of data.statuses) {
    const b = el('button', { type: 'button', class: 'badge s-' + s + (R.totals[s] ? '' : ' zero'), 'data-total': s }, [L[s], el('b', { text: R.totals[s] })]);
    b.addEventListener('click', () => { fStatus.value = fStatus.value === s ? '' : s; apply(); });
    totals.append(el('li', {}, [b]));
  }
  root.append(el('section', { 'aria-label': W.totals }, [el('h2', { class: 'sr', text: W.totals }), totals]));

  if (R.incomplete.length) {
    root.append(el('section', { class: 'warn', id: 'incomplete' }, [el('h2', { text: W.incomplete }),
      el('ul', {}, R.incomplete.map((n) => el('li', { text: (n.scope ? n.scope + W.colon : '') + n.message })))]));
  }

  // Filters
  const select = (label, name, options) => {
    const s = el('select', { name }, options.map(([v, t]) => el('option', { value: v, text: t })));
    return [s, el('label', {}, [label, s])];
  };
  const [fStatus, lStatus] = select(W.status, 'status', [['', W.all]].concat(data.statuses.map((s) => [s, L[s]])));
  const [fBook, lBook] = select(W.rulebook, 'rulebook', [['', W.all], ['CLD', W.rulebookCLD], ['CL', W.rulebookCL]]);
  const [fAuto, lAuto] = select(W.automation, 'automation', [['', W.all]].concat(['automated', 'partial', 'manual', 'inherited'].map((a) => [a, W[a]])));
  const fText = el('input', { type: 'search', name: 'q', autocomplete: 'off' });
  const counter = el('p', { id: 'counter', role: 'status', 'aria-live': 'polite' });
  const btn = (text, fn) => { const b = el('button', { type: 'button', text }); b.addEventListener('click', fn); return b; };
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': W.filters }, [lStatus, lBook, lAuto, el('label', {}, [W.search, fText]),
    el('div', { class: 'actions' }, [btn(W.expandAll, () => toggleAll(true)), btn(W.collapseAll, () => toggleAll(false)), btn(W.print, () => window.print())]), counter]);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('input', () => apply());
  root.append(form);

  // Matrix
  const cols = 4 + R.sources.length;
  const head = el('tr', {}, [W.rule, W.ruleTitle, W.automation, W.status].map((t) => el('th', { scope: 'col', text: t })));
  for (const s of R.sources) head.append(el('th', { scope: 'col', class: 'src' }, [breakable(s, 'src', /(?<=[/])/)]));
  const table = el('table', { id: 'matrix' }, [el('caption', { class: 'sr', text: W.title }), el('thead', {}, [head])]);
  const rows = [];
  let group = null, key = '';
  for (const r of R.rules) {
    if (r.rulebook + ' ' + r.section !== key) {
      key = r.rulebook + ' ' + r.section;
      const h = el('tr', { class: 'section' }, [el('th', { colspan: cols, scope: 'colgroup', text: (r.rulebook === 'CLD' ? W.rulebookCLD : W.rulebookCL) + ' \u2014 ' + r.section })]);
      group = { head: h, body: el('tbody', {}, [h]), rows: [] };
      table.append(group.body);
    }
    const open = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'd-' + r.id, text: r.id });
    const tr = el('tr', { class: 'rule', id: r.id, 'data-status': r.status }, [el('th', { scope: 'row' }, [open]), el('td', { text: r.title }),
      el('td', { text: W[r.automation] }), el('td', {}, [badge(r.status)])]);
    for (const s of R.sources) tr.append(cell(r, s));
    const detail = el('tr', { class: 'detail', id: 'd-' + r.id, hidden: true }, [el('td', { colspan: cols }, [details(r)])]);
    const row = { r, tr, detail, open, group, text: fold(r.id + ' ' + r.title) };
    tr.addEventListener('click', (e) => { if (!e.target.closest('a')) toggle(row); });
    group.body.append(tr, detail);
    group.rows.push(row);
    rows.push(row);
  }
  root.append(el('div', { class: 'wrap' }, [table]));
  if (!R.sources.length) root.append(el('p', { class: 'sub', text: W.noSource }));

  function cell(r, s) {
    const c = r.bySource[s];
    const judged = c && r.policies.length && (total(c) > 0 || incomplete.has(s) || incomplete.has('*'));
    if (!judged) return el('td', { class: 'cell na', 'data-source': s, title: r.policies.length ? W.noResource : W.notApplicable }, ['\u2014', el('span', { class: 'sr', text: r.policies.length ? W.noResource : W.notApplicable })]);
    const td = el('td', { class: 'cell s-' + c.status, 'data-source': s }, [el('span', { class: 'lbl', text: L[c.status] })]);
    for (const [k, sym] of [['fail', '\u2717'], ['unknown', '?'], ['pass', '\u2713'], ['waived', '\u2298']]) {
      if (k === 'waived' && !c[k]) continue;
      td.append(el('span', { class: 'cnt ' + k + (c[k] ? '' : ' z'), title: W[k] }, [el('span', { 'aria-hidden': 'true', text: sym + ' ' }), el('span', { class: 'sr', text: W[k] + ' ' }), el('b', { text: c[k] })]));
    }
    return td;
  }

  function details(r) {
    const box = el('div', {}, [el('h3', { text: W.details + ' ' + r.id + ' \u2014 ' + r.title })]);
    box.append(el('dl', {}, [
      el('dt', { text: W.summary }), el('dd', { text: r.summary }),
      el('dt', { text: W.status }), el('dd', {}, [badge(r.status), r.reason === L[r.status] ? '' : ' ' + r.reason]),
      el('dt', { text: W.automation }), el('dd', {}, [W[r.automation] + ' \u2014 ', el('span', { class: 'sub', text: r.automationReason })]),
      el('dt', { text: W.policies }), el('dd', { text: r.policies.length ? r.policies.join(', ') : W.none }),
      el('dt', { text: W.attestation }), el('dd', {}, [attestations(r)]),
    ]));
    if (r.policies.length && R.sources.length) {
      const t = el('table', {}, [el('thead', {}, [el('tr', {}, [W.source, W.status, W.fail, W.unknown, W.pass, W.waived].map((h) => el('th', { scope: 'col', text: h })))])]);
      const b = el('tbody');
      for (const s of R.sources) { const c = r.bySource[s]; if (c) b.append(el('tr', {}, [el('th', { scope: 'row', text: s }), el('td', {}, [total(c) || incomplete.has(s) ? badge(c.status) : '\u2014']), el('td', { text: c.fail }), el('td', { text: c.unknown }), el('td', { text: c.pass }), el('td', { text: c.waived })])); }
      t.append(b);
      box.append(el('h3', { text: W.sources }), t);
    }
    if (r.policies.length) {
      box.append(el('h3', { text: W.findings + ' (' + r.findings.length + ')' }));
      if (!r.findings.length) box.append(el('p', { class: 'sub', text: W.noFinding }));
      else {
        const t = el('table', { class: 'findings' }, [el('thead', {}, [el('tr', {}, [W.status, W.severity, W.resource, W.location, W.message].map((h) => el('th', { scope: 'col', text: h })))])]);
        const b = el('tbody');
        for (const f of r.findings.slice(0, MAX_FINDINGS)) {
          const msg = el('td', { class: 'msg' }, [f.message, ' ', el('span', { class: 'sub', text: '(' + f.policy + ', ' + f.category + ')' })]);
          if (f.settle) msg.append(el('div', { class: 'sub' }, [el('b', { text: W.settle + W.colon }), f.settle]));
          if (f.suppression) { const x = f.suppression; msg.append(el('div', { class: 'waiver' }, [el('b', { text: W.waiver + W.colon }), x.justification + (x.approver ? ' \u2014 ' + W.approver + ' ' + x.approver : '') + ' \u2014 ' + W.until + ' ' + x.expires + ' (' + x.where + ')'])); }
          const kind = f.suppression ? ['waived', W.waived] : f.status === 'fail' ? ['non-compliant', W.fail] : ['not-verified', W.unknown];
          b.append(el('tr', { 'data-resource': f.resource.id }, [el('td', {}, [el('span', { class: 'badge s-' + kind[0], text: kind[1] })]),
            el('td', { text: W[f.severity] || f.severity }), el('td', {}, [breakable(f.resource.id, 'res', /(?<=[/.:])/), el('div', { class: 'sub', text: f.resource.nativeType + (f.resource.region ? ' \xB7 ' + f.resource.region : '') })]),
            el('td', { class: 'loc' }, [f.location ? breakable(f.location.uri + ':' + f.location.line, 'loc', /(?<=[/])/) : '\u2014']), msg]));
        }
        t.append(b);
        box.append(t);
        if (r.findings.length > MAX_FINDINGS) box.append(el('p', { class: 'sub', text: (r.findings.length - MAX_FINDINGS) + ' ' + W.more }));
      }
    }
    if (data.adminRules.includes(r.id) && R.administrators.length) box.append(administrators());
    if (r.remediation.length) box.append(el('h3', { text: W.remediation }), el('ul', {}, r.remediation.map((m) => el('li', {}, [el('b', { text: m.cloud.toUpperCase() }), ' (' + m.policy + ')' + W.colon + m.text]))));
    return box;
  }

  function administrators() {
    const list = R.administrators;
    const box = el('div', {}, [el('h3', { text: W.administrators + ' (' + list.length + ')' })]);
    const t = el('table', { class: 'findings admins' }, [el('thead', {}, [el('tr', {}, [W.principal, W.kind, W.mfa, W.source, W.resource, W.location].map((h) => el('th', { scope: 'col', text: h })))])]);
    const b = el('tbody');
    for (const a of list.slice(0, MAX_FINDINGS)) {
      const who = el('td', {}, [breakable(a.principal, 'res', /(?<=[/.:@])/)]);
      if (a.admin === 'unknown') who.append(el('div', { class: 'sub', text: W.adminUndecided }));
      b.append(el('tr', { 'data-principal': a.principal }, [who, el('td', { text: a.kind }), el('td', { text: a.mfa }), el('td', { text: a.category }),
        el('td', {}, [breakable(a.resource.id, 'res', /(?<=[/.:])/)]), el('td', { class: 'loc' }, [a.location ? breakable(a.location.uri + ':' + a.location.line, 'loc', /(?<=[/])/) : '\u2014'])]));
    }
    t.append(b);
    box.append(t);
    if (list.length > MAX_FINDINGS) box.append(el('p', { class: 'sub', text: (list.length - MAX_FINDINGS) + ' ' + W.more }));
    return box;
  }

  /** Long ids and paths: a line may break where the pattern says (text nodes and <wbr>, no markup from data). */
  function breakable(text, cls, at) {
    const code = el('code', { class: cls });
    for (const part of String(text).split(at)) code.append(part, el('wbr'));
    return code;
  }

  function attestations(r) {
    const a = r.attestation;
    if (r.automation === 'inherited' && !a.all.length) return document.createTextNode(W.none);
    const state = { valid: W.stateValid, expired: W.stateExpired, missing: W.stateMissing }[a.state];
    const box = el('div', { class: 'attestation', 'data-state': a.state }, [el('span', { class: 'badge s-' + (a.state === 'valid' ? 'attested' : a.state === 'expired' ? 'attestation-expired' : 'attestation-missing'), text: state })]);
    const list = el('ul');
    for (const x of a.all) {
      const evidence = x.url && /^https?:\\/\\//i.test(x.url) ? el('a', { href: x.url, rel: 'noopener noreferrer', target: '_blank', text: x.url }) : (x.document || x.url || '');
      const li = el('li', {}, [el('b', {}, [evidence]), ' \u2014 ' + W.owner + W.colon + x.owner + ' \u2014 ' + W.date + W.colon + x.date + ' \u2014 ' + W.nextReview + W.colon + x.nextReview]);
      if (x.url && x.document) li.append(' \u2014 ' + x.document);
      if (x.nextReview < today) li.append(' ', el('span', { class: 'flag expired-flag', text: W.expired }));
      if (x.scope) li.append(el('div', { class: 'sub', text: W.scope + W.colon + x.scope }));
      if (x.summary) li.append(el('div', { text: x.summary }));
      li.append(el('div', { class: 'sub', text: W.where + ' ' + x.where }));
      list.append(li);
    }
    if (a.all.length) box.append(list);
    return box;
  }

  function toggle(row, force) {
    const open = force === undefined ? row.detail.hidden : force;
    row.detail.hidden = !open;
    row.open.setAttribute('aria-expanded', String(open));
  }
  function toggleAll(open) { for (const row of rows) if (!row.tr.classList.contains('out')) toggle(row, open); }

  function apply() {
    const q = fold(fText.value.trim());
    let n = 0;
    for (const row of rows) {
      const r = row.r;
      const show = (!fStatus.value || r.status === fStatus.value) && (!fBook.value || r.rulebook === fBook.value) && (!fAuto.value || r.automation === fAuto.value) && (!q || row.text.includes(q));
      row.tr.classList.toggle('out', !show);
      row.detail.classList.toggle('out', !show);
      if (show) n++;
    }
    const groups = new Set(rows.map((row) => row.group));
    for (const g of groups) g.head.classList.toggle('out', g.rows.every((row) => row.tr.classList.contains('out')));
    for (const b of totals.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.total === fStatus.value));
    counter.replaceChildren(el('span', { id: 'shown', text: n }), ' ' + W.of + ' ' + rows.length + ' ' + W.shown);
  }
  apply();
  const target = rows.find((row) => '#' + row.r.id === location.hash);
  if (target) { toggle(target, true); target.tr.scrollIntoView(); }
  document.documentElement.dataset.ready = 'true';
})();
`;
function embedJson(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
var sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
function complianceHtml(report) {
  const lang = report.lang;
  const w = { ...words(lang), ...EXTRA[lang] };
  const labels = Object.fromEntries(RULE_STATUSES.map((s) => [s, statusLabel(s, lang)]));
  const data = embedJson({ report, words: w, labels, statuses: RULE_STATUSES, adminRules: ADMINISTRATOR_RULES });
  const csp = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = escapeHtml(`${w.title} \u2014 ${report.tool.name} ${report.tool.version}${report.organisation ? ` \u2014 ${report.organisation}` : ""}`);
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main id="app"><noscript><p>${escapeHtml(w.noScript)}</p></noscript></main>
<script type="application/json" id="cldscan-data">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
export {
  complianceHtml,
  embedJson
};
