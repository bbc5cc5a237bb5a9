// Assembles the static demo site in demo-web/dist/ from the npm package (wasm/pkg), the widget and the
// page in demo-web/, and the teaching cases of tests/golden/{teaching,synthetic}/*.json.
//
//   node demo-web/build.mjs [--pkg DIR] [--out DIR]
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? resolve(process.argv[i + 1]) : dflt;
};
const pkg = arg('--pkg', join(repo, 'wasm', 'pkg'));
const out = arg('--out', join(here, 'dist'));

// The package's browser entry, which the widget imports as './index.js' (the widget ships beside it).
const ENTRY = join('web', 'index.js');
if (!existsSync(join(pkg, ENTRY))) {
  console.error(`build: ${join(pkg, ENTRY)} is missing: build the package first (bash scripts/pkg.sh)`);
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'cases'), { recursive: true });
// The browser part of the package as it is published (pkg/web: entry, JS layer, glue, wasm), with this
// widget beside the entry, where the package ships it. Not the opt-in FHIR entry (fhir.js and its own
// tsb_akutt_fhir* glue and module): the widget never loads it, and every file here is preloaded below.
const isFhir = (file) => /^(fhir\.js|tsb_akutt_fhir)/.test(basename(file));
cpSync(join(pkg, 'web'), join(out, 'pkg', 'web'), { recursive: true, filter: (src) => !isFhir(src) });
copyFileSync(join(here, 'widget.js'), join(out, 'pkg', 'web', 'widget.js'));
for (const f of ['demo.js', 'demo.css', 'favicon.svg']) copyFileSync(join(here, f), join(out, f));
// index.html with preloads of every module and the wasm of the package: they load in parallel instead
// of one after the other (widget -> entry -> glue -> wasm), which halves the time to the first render.
// Not the nn and en language modules (tsb_akutt_nn*, tsb_akutt_en*): the page starts in nb, and the
// widget loads one only when the language is switched to it.
const isLanguageModule = (f) => /^tsb_akutt_(nn|en)[._]/.test(f);
const files = readdirSync(join(out, 'pkg', 'web')).filter((f) => !isLanguageModule(f));
const preload = [
  ...files.filter((f) => f.endsWith('.js')).sort((a, b) => (a === 'widget.js' ? -1 : b === 'widget.js' ? 1 : a.localeCompare(b)))
    .map((f) => `<link rel="modulepreload" href="pkg/web/${f}">`),
  ...files.filter((f) => f.endsWith('.wasm')).map((f) => `<link rel="preload" href="pkg/web/${f}" as="fetch" type="application/wasm" crossorigin>`),
].join('\n');
const html = readFileSync(join(here, 'index.html'), 'utf8');
const WIDGET_PRELOAD = '<link rel="modulepreload" href="pkg/web/widget.js">';
if (!html.includes(WIDGET_PRELOAD)) throw new Error('index.html: the widget preload is missing');
writeFileSync(join(out, 'index.html'), html.replace(WIDGET_PRELOAD, preload));

// Teaching cases: every tests/golden/teaching/*.json and tests/golden/synthetic/*.json.
const index = [];
for (const group of ['teaching', 'synthetic']) {
  const dir = join(repo, 'tests', 'golden', group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let data;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      console.error(`build: skipping ${group}/${name}: ${e.message}`);
      continue;
    }
    if (!data || typeof data.input !== 'object') {
      console.error(`build: skipping ${group}/${name}: no "input"`);
      continue;
    }
    const id = `${group}-${basename(name, '.json')}`;
    const file = `${id}.json`;
    writeFileSync(join(out, 'cases', file), JSON.stringify(data));
    const t = data.teaching || {};
    // The title in each language, whichever of the two shapes the teaching block uses.
    const title = {};
    for (const l of ['nb', 'nn', 'en']) {
      const v = t[l] && typeof t[l] === 'object' && !Array.isArray(t[l]) ? t[l].title : t.title?.[l] ?? t.title;
      if (typeof v === 'string') title[l] = v;
    }
    index.push({
      id, file, group, name: data.name || id,
      title: Object.keys(title).length ? title : null,
      level: data.expect?.level ?? null,
      errors: Array.isArray(data.expect?.errors),
    });
  }
}
writeFileSync(join(out, 'cases', 'index.json'), JSON.stringify(index, null, 1));
console.log(`build: ${out} (${index.length} cases)`);
