// The interactive demo page for educators: language and audience switches, teaching cases as presets,
// the explanation panel with the sources, and the journal note. All clinical content comes from the
// engine (through the widget) and from the case files; this file holds only the page's own chrome.
import { uiStrings } from './pkg/web/widget.js';

const STRINGS = {
  nb: {
    title: 'TSB akutt – interaktiv demo',
    intro: 'Beslutningsstøtte for akutt tverrfaglig spesialisert rusbehandling (TSB). Til undervisning: velg et kasus, svar på spørsmålene og se hvordan forslaget endrer seg.',
    skip: 'Hopp til vurderingen', settings: 'Innstillinger', language: 'Språk', mode: 'Visning',
    clinician: 'Kliniker', citizen: 'Innbygger', cases: 'Undervisningskasus', casePick: 'Velg kasus',
    caseNone: '— Tomt skjema —', caseLoad: 'Last inn kasus', reset: 'Tøm skjemaet',
    teaching: 'Undervisningskasus', synthetic: 'Syntetiske kasus', noCases: 'Ingen kasus er bygget inn ennå.',
    loaded: 'Kasuset «{0}» er lastet inn.', cleared: 'Skjemaet er tømt.', caseFailed: 'Kasuset kunne ikke lastes.',
    story: 'Historien', moment: 'Det avgjørende øyeblikket', reflection: 'Refleksjonsspørsmål',
    explanation: 'Vis forklaringen', expected: 'Nivået kasuset forventer: {0}', assessment: 'Vurdering',
    explain: 'Forklaring og kilder',
    explainIntro: 'Hver regel har sin egen kilde. Kildene for det som vises nå, med det de begrunner:',
    noSources: 'Ingen vurdering ennå.', journal: 'Journalnotat',
    journalIntro: 'Et strukturert sammendrag i ren tekst, til å lime inn i journalen.',
    copy: 'Kopier journalnotat', print: 'Skriv ut', copied: 'Journalnotatet er kopiert.',
    copyFallback: 'Kunne ikke kopiere automatisk: notatet er markert i feltet under. Trykk Ctrl+C (Cmd+C på Mac).',
    noteField: 'Journalnotat (tekst)',
    privacy: 'Alt regnes ut i nettleseren din. Ingen svar sendes noe sted, og ingenting lagres.',
    noteTitle: 'Akutt TSB – strukturert vurdering', noteTime: 'Tidspunkt', noteSuggestion: 'Forslag til nivå',
    noteEscalate: 'kan heves til', noteReasons: 'Begrunnelse', noteConcurrent: 'Samtidige behov',
    noteWarnings: 'Advarsler', noteIndication: 'Indikasjon', noteCriteria: 'Kriterier', noteMissing: 'mangler',
    noteCompleteness: 'Fullstendighet', noteGaps: 'Mangler i kartleggingen', noteUnresolved: 'Ukjente svar',
    noteNext: 'Neste avgjørende spørsmål', noteScores: 'Skårer', noteAnswers: 'Svar', noteInstruments: 'Instrumenter',
    noteInvalid: 'Svarene inneholder feil, så det er ingen vurdering', noteNone: 'ingen', noteOf: 'av', source: 'Kilde: {0}',
  },
  nn: {
    title: 'TSB akutt – interaktiv demo',
    intro: 'Avgjerdsstøtte for akutt tverrfagleg spesialisert rusbehandling (TSB). Til undervisning: vel eit kasus, svar på spørsmåla og sjå korleis forslaget endrar seg.',
    skip: 'Hopp til vurderinga', settings: 'Innstillingar', language: 'Språk', mode: 'Visning',
    clinician: 'Klinikar', citizen: 'Innbyggjar', cases: 'Undervisningskasus', casePick: 'Vel kasus',
    caseNone: '— Tomt skjema —', caseLoad: 'Last inn kasus', reset: 'Tøm skjemaet',
    teaching: 'Undervisningskasus', synthetic: 'Syntetiske kasus', noCases: 'Ingen kasus er bygde inn enno.',
    loaded: 'Kasuset «{0}» er lasta inn.', cleared: 'Skjemaet er tømt.', caseFailed: 'Kasuset kunne ikkje lastast.',
    story: 'Historia', moment: 'Det avgjerande augneblinken', reflection: 'Refleksjonsspørsmål',
    explanation: 'Vis forklaringa', expected: 'Nivået kasuset ventar: {0}', assessment: 'Vurdering',
    explain: 'Forklaring og kjelder',
    explainIntro: 'Kvar regel har si eiga kjelde. Kjeldene for det som blir vist no, med det dei grunngir:',
    noSources: 'Inga vurdering enno.', journal: 'Journalnotat',
    journalIntro: 'Eit strukturert samandrag i rein tekst, til å lime inn i journalen.',
    copy: 'Kopier journalnotat', print: 'Skriv ut', copied: 'Journalnotatet er kopiert.',
    copyFallback: 'Kunne ikkje kopiere automatisk: notatet er markert i feltet under. Trykk Ctrl+C (Cmd+C på Mac).',
    noteField: 'Journalnotat (tekst)',
    privacy: 'Alt blir rekna ut i nettlesaren din. Ingen svar blir sende nokon stad, og ingenting blir lagra.',
    noteTitle: 'Akutt TSB – strukturert vurdering', noteTime: 'Tidspunkt', noteSuggestion: 'Forslag til nivå',
    noteEscalate: 'kan hevast til', noteReasons: 'Grunngiving', noteConcurrent: 'Samtidige behov',
    noteWarnings: 'Åtvaringar', noteIndication: 'Indikasjon', noteCriteria: 'Kriterium', noteMissing: 'manglar',
    noteCompleteness: 'Fullstendigheit', noteGaps: 'Manglar i kartlegginga', noteUnresolved: 'Ukjende svar',
    noteNext: 'Neste avgjerande spørsmål', noteScores: 'Skårar', noteAnswers: 'Svar', noteInstruments: 'Instrument',
    noteInvalid: 'Svara inneheld feil, så det er inga vurdering', noteNone: 'ingen', noteOf: 'av', source: 'Kjelde: {0}',
  },
  en: {
    title: 'Acute TSB – interactive demo',
    intro: 'Decision support for acute specialised substance-use treatment (TSB) in Norway. For teaching: pick a case, answer the questions and watch how the suggestion changes.',
    skip: 'Skip to the assessment', settings: 'Settings', language: 'Language', mode: 'Audience',
    clinician: 'Clinician', citizen: 'Citizen', cases: 'Teaching cases', casePick: 'Choose a case',
    caseNone: '— Empty form —', caseLoad: 'Load case', reset: 'Clear the form',
    teaching: 'Teaching cases', synthetic: 'Synthetic cases', noCases: 'No cases are built in yet.',
    loaded: 'The case “{0}” is loaded.', cleared: 'The form is cleared.', caseFailed: 'The case could not be loaded.',
    story: 'The story', moment: 'The decisive moment', reflection: 'Reflection questions',
    explanation: 'Show the explanation', expected: 'The level the case expects: {0}', assessment: 'Assessment',
    explain: 'Explanation and sources',
    explainIntro: 'Every rule has its own source. The sources of what is shown now, with what they support:',
    noSources: 'No evaluation yet.', journal: 'Journal note',
    journalIntro: 'A structured plain-text summary, for pasting into the patient record.',
    copy: 'Copy journal note', print: 'Print', copied: 'The journal note has been copied.',
    copyFallback: 'Could not copy automatically: the note is selected in the field below. Press Ctrl+C (Cmd+C on a Mac).',
    noteField: 'Journal note (text)',
    privacy: 'Everything is computed in your browser. No answer is sent anywhere, and nothing is stored.',
    noteTitle: 'Acute TSB – structured assessment', noteTime: 'Time', noteSuggestion: 'Suggested level',
    noteEscalate: 'could be raised to', noteReasons: 'Reasons', noteConcurrent: 'Concurrent needs',
    noteWarnings: 'Warnings', noteIndication: 'Indication', noteCriteria: 'Criteria', noteMissing: 'missing',
    noteCompleteness: 'Completeness', noteGaps: 'Gaps in the assessment', noteUnresolved: 'Unknown answers',
    noteNext: 'Next decisive questions', noteScores: 'Scores', noteAnswers: 'Answers', noteInstruments: 'Instruments',
    noteInvalid: 'The answers contain errors, so there is no evaluation', noteNone: 'none', noteOf: 'of', source: 'Source: {0}',
  },
};
const fill = (s, ...a) => s.replace(/\{(\d)\}/g, (_, i) => a[i]);
const $ = (id) => document.getElementById(id);
const widget = $('widget');
let lang = 'nb';
let cases = [];
let current = null; // the loaded case file
const S = () => STRINGS[lang];

function h(tag, text, attrs) {
  const el = document.createElement(tag);
  if (text != null) el.textContent = text;
  for (const k in attrs || {}) el.setAttribute(k, attrs[k]);
  return el;
}

// A teaching text in the chosen language: either { nb, nn, en } per field (lists of such for the
// reflection questions) or { nb: {...}, nn: {...}, en: {...} } per language.
const pick = (v) => (v == null ? null : typeof v === 'string' ? v : Array.isArray(v) ? v.map(pick)
  : typeof v === 'object' ? v[lang] ?? v.nb ?? v.en ?? null : String(v));
function teach(field) {
  const tb = current?.teaching;
  if (!tb) return null;
  const loc = tb[lang] && typeof tb[lang] === 'object' && !Array.isArray(tb[lang]) ? tb[lang] : null;
  return pick(loc ? loc[field] : tb[field]);
}
const caseTitle = (c) => {
  const t = c.title;
  return (t && typeof t === 'object' ? t[lang] ?? t.nb ?? t.en : t) || c.name || c.id;
};

function paragraphs(box, text) {
  box.replaceChildren(...String(text || '').split(/\n\s*\n/).filter(Boolean).map((p) => h('p', p.trim())));
}

// ---- language and mode ---------------------------------------------------------------------------

function applyLang() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = S()[el.dataset.i18n];
  document.title = S().title;
  widget.setAttribute('lang', lang);
  renderCaseOptions();
  renderCase();
}

$('lang').addEventListener('change', (e) => {
  lang = e.target.value;
  applyLang();
});
for (const r of document.querySelectorAll('input[name=mode]')) {
  r.addEventListener('change', () => widget.setAttribute('mode', r.value));
}

// ---- teaching cases ------------------------------------------------------------------------------

function renderCaseOptions() {
  const sel = $('case-select');
  const value = sel.value;
  const groups = {};
  for (const c of cases) (groups[c.group] ||= []).push(c);
  sel.replaceChildren(h('option', S().caseNone, { value: '' }), ...Object.keys(groups).map((g) => {
    const og = h('optgroup', null, { label: S()[g] || g });
    og.append(...groups[g].map((c) => h('option', caseTitle(c), { value: c.id })));
    return og;
  }));
  sel.value = value;
  if (!cases.length) $('case-status').textContent = S().noCases;
}

function renderCase() {
  const box = $('case');
  if (!current) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  $('case-title').textContent = teach('title') || caseTitle(current.meta);
  const level = current.expect?.level;
  const label = level && widget.catalog?.levels.find((l) => l.id === level)?.label;
  $('case-expected').firstElementChild.textContent = level ? fill(S().expected, label || level) : '';
  const src = teach('source');
  $('case-source').textContent = src ? fill(S().source, src) : '';
  paragraphs($('case-story'), teach('story') || current.about || '');
  paragraphs($('case-moment'), teach('moment') || '');
  const qs = teach('reflection_questions') || [];
  $('case-reflection').replaceChildren(...(Array.isArray(qs) ? qs : [qs]).map((q) => h('li', q)));
  paragraphs($('case-explanation'), teach('explanation') || '');
  for (const id of ['case-story', 'case-moment', 'case-reflection', 'case-explanation-box']) {
    const el = $(id);
    const empty = !el.textContent.trim();
    el.hidden = empty;
    if (el.previousElementSibling?.tagName === 'H4') el.previousElementSibling.hidden = empty;
  }
}

async function loadCase(id) {
  const meta = cases.find((c) => c.id === id);
  if (!meta) {
    current = null;
    widget.reset();
    renderCase();
    $('case-status').textContent = S().cleared;
    document.body.dataset.case = '';
    return;
  }
  try {
    const res = await fetch(`cases/${meta.file}`);
    const data = await res.json();
    current = { ...data, meta };
    $('case-explanation-box').open = false;
    const input = data.input || {};
    const opts = input.options || {};
    widget.services = opts.services || [];
    widget.cutoffs = opts.cutoffs || null;
    widget.instruments = input.instruments || {};
    widget.answers = input.answers || {};
    renderCase();
    $('case-status').textContent = fill(S().loaded, teach('title') || caseTitle(meta));
    document.body.dataset.case = id;
  } catch {
    $('case-status').textContent = S().caseFailed;
  }
}

$('case-form').addEventListener('submit', (e) => {
  e.preventDefault();
  loadCase($('case-select').value);
});
$('reset').addEventListener('click', () => {
  current = null;
  $('case-select').value = '';
  widget.reset();
  renderCase();
  $('case-status').textContent = S().cleared;
});

// ---- explanation panel ---------------------------------------------------------------------------

function renderSources(ev) {
  const list = $('sources');
  if (!ev) {
    list.replaceChildren(h('li', S().noSources));
    $('versions').textContent = '';
    return;
  }
  // Every source the evaluation cites, once, with what it supports.
  const by = new Map();
  const add = (sources, text) => {
    for (const src of sources || []) {
      if (!by.has(src.id)) by.set(src.id, { src, texts: new Set() });
      if (text) by.get(src.id).texts.add(text);
    }
  };
  const r = ev.routing;
  for (const m of [...r.reasons, ...r.concurrent, ...ev.warnings, ...(r.entry_path ? [r.entry_path] : [])]) add(m.sources, m.text);
  for (const m of ev.indication.reasons) add(m.sources, m.text);
  for (const c of ev.indication.criteria) add(c.sources, c.title);
  for (const s of Object.values(ev.scores || {})) add(s.sources, s.name);
  list.replaceChildren(...[...by.values()].map(({ src, texts }) => {
    const li = h('li');
    const cite = h('cite');
    if (src.url && /^https?:\/\//i.test(src.url)) {
      const a = h('a', src.citation);
      a.href = src.url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      cite.append(a);
    } else {
      cite.textContent = src.citation;
    }
    li.dataset.source = src.id;
    li.append(cite);
    if (texts.size) {
      const ul = h('ul');
      ul.append(...[...texts].map((t) => h('li', t)));
      li.append(ul);
    }
    return li;
  }));
  $('versions').textContent = fill(uiStrings[lang].version, ev.ruleset, ev.engine);
}
widget.addEventListener('evaluation', (e) => renderSources(e.detail));

// ---- journal note --------------------------------------------------------------------------------

function answerText(item, v) {
  const ui = uiStrings[lang];
  const choice = (id) => item.choices.find((c) => c.id === id)?.label ?? id;
  if (v === 'unknown') return ui.unknown;
  if (item.type === 'tri') return ui[v] ?? String(v);
  if (item.type === 'multi') return Array.isArray(v) ? v.map(choice).join(', ') : String(v);
  if (item.type === 'choice') return choice(v);
  const n = typeof v === 'number' ? v.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 3 }) : String(v);
  return item.unit ? `${n} ${item.unit}` : n;
}

export function journalNote() {
  const s = S();
  const ui = uiStrings[lang];
  const ev = widget.evaluation;
  const cat = widget.catalog;
  const answers = widget.answers;
  const instruments = widget.instruments;
  const label = (id) => cat.items.find((i) => i.id === id)?.label ?? id;
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const lines = [s.noteTitle, `${s.noteTime}: ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`];
  const list = (title, items) => {
    lines.push('', `${title}:`);
    lines.push(...(items.length ? items.map((x) => `- ${x}`) : [`- ${s.noteNone}`]));
  };
  if (!ev) {
    lines.push('', `${s.noteInvalid}:`, ...widget.errors.map((e) => `- ${e.path}: ${e.message}`));
  } else {
    const r = ev.routing;
    const levelLabel = (id) => cat.levels.find((l) => l.id === id)?.label ?? id;
    lines.push(ev.notice.text, '');
    // The engine's summary first (SPEC 1.7): a routing that is not settled is never noted as its floor.
    let sug = `${s.noteSuggestion}: ${r.title}`;
    if (r.provisional) sug += ` (${ui.provisional.toLowerCase()}${r.may_escalate_to ? `; ${s.noteEscalate}: ${levelLabel(r.may_escalate_to)}` : ''})`;
    lines.push(r.summary.text, sug);
    if (r.contacts.length) lines.push(r.contacts.map((c) => `${c.name}: ${c.number}`).join('; '));
    list(s.noteReasons, r.reasons.map((m) => m.text));
    if (r.entry_path) lines.push(`- ${r.entry_path.text}`);
    if (ev.warnings.length) list(s.noteWarnings, ev.warnings.map((m) => m.text));
    list(s.noteConcurrent, r.concurrent.map((m) => m.text));
    lines.push('', `${s.noteIndication}: ${ev.indication.text}`);
    list(s.noteCriteria, ev.indication.criteria.map((c) => `${c.title}: ${ui[c.status] ?? c.status}${c.missing.length ? ` (${s.noteMissing}: ${c.missing.map(label).join(', ')})` : ''}`));
    const comp = ev.completeness;
    lines.push('', `${s.noteCompleteness}: ${comp.percent} % (${comp.answered} ${s.noteOf} ${comp.required})`);
    const gaps = [comp.context, ...comp.domains].filter((x) => x && (x.missing.length || x.unresolved.length));
    list(s.noteGaps, gaps.map((x) => {
      const parts = [];
      if (x.missing.length) parts.push(`${s.noteMissing}: ${x.missing.map(label).join(', ')}`);
      if (x.unresolved.length) parts.push(`${s.noteUnresolved.toLowerCase()}: ${x.unresolved.map(label).join(', ')}`);
      return `${x.title}: ${parts.join('; ')}`;
    }));
    list(s.noteNext, comp.decisive.map((q) => q.label));
    const scores = Object.values(ev.scores || {});
    if (scores.length) list(s.noteScores, scores.map((x) => `${x.name}: ${x.total ?? x.not_valid ?? '–'}${x.band_text ? ` (${x.band_text})` : ''}`));
  }
  lines.push('', `${s.noteAnswers}:`);
  for (const sec of cat.sections) {
    const items = cat.items.filter((i) => i.section === sec.id && i.id in answers);
    if (!items.length) continue;
    lines.push(`${sec.title}:`, ...items.map((i) => `- ${i.label}: ${answerText(i, answers[i.id])}`));
  }
  const instr = Object.entries(instruments);
  if (instr.length) {
    lines.push(`${s.noteInstruments}:`);
    for (const [id, items] of instr) {
      const x = cat.instruments.find((i) => i.id === id);
      lines.push(`- ${x?.name ?? id}: ${Object.entries(items).map(([k, v]) => `${x?.items.find((i) => i.id === k)?.label ?? k} ${v}`).join('; ')}`);
    }
  }
  if (ev) lines.push('', fill(ui.version, ev.ruleset, ev.engine));
  return lines.join('\n');
}

$('copy').addEventListener('click', async () => {
  const note = journalNote();
  const status = $('copy-status');
  const area = $('note');
  area.value = note;
  try {
    await navigator.clipboard.writeText(note);
    $('note-box').hidden = true;
    status.textContent = S().copied;
  } catch {
    $('note-box').hidden = false;
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    status.textContent = ok ? S().copied : S().copyFallback;
  }
});
$('print').addEventListener('click', () => window.print());

// ---- start ---------------------------------------------------------------------------------------

async function start() {
  try {
    const res = await fetch('cases/index.json');
    cases = res.ok ? await res.json() : [];
  } catch {
    cases = [];
  }
  await widget.ready;
  applyLang();
  renderSources(widget.evaluation);
  document.body.dataset.ready = 'true';
}
start();
