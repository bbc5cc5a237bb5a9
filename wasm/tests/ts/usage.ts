// Type-checked by wasm/tests/node/types.test.mjs (`tsc --noEmit`) against the built package, resolved by
// its name through package.json `exports` ("types"). Each `@ts-expect-error` must stay an error: if the
// types grow too loose, tsc reports the directive as unused.
// The FHIR entry `tsb-akutt/fhir` has its own example: usage-fhir.ts.
import init, {
  catalog,
  evaluate,
  initSync,
  InputError,
  safeEvaluate,
  score,
  version,
} from 'tsb-akutt';
import type {
  Answers,
  CatalogExport,
  ErrorCode,
  Evaluation,
  Input,
  InputErrorDetail,
  Level,
  SafeResult,
  ScoreReport,
  Version,
} from 'tsb-akutt';

await init();
await init({ module_or_path: new URL('https://example.invalid/tsb_akutt_bg.wasm') });
initSync({ module: new Uint8Array([0, 97, 115, 109]) });

const answers: Answers = {
  age: 34,
  sex: 'female',
  substances: ['alcohol', 'benzodiazepines'],
  pregnant: 'unknown',
  consciousness: 'alert',
  resp_rate: 16,
};
const input: Input = {
  answers,
  instruments: { ciwa_ar: { nausea_vomiting: 2, tremor: 3 }, gcs: { eye: 'nt', verbal: 5, motor: 6 }, audit: { total: 12 } },
  options: {
    lang: 'en',
    audience: 'clinician',
    cutoffs: { ciwa_ar: 'asam' },
    services: [{ id: 'tsb-ost', name: 'Akutt TSB Øst', levels: ['tsb_acute_inpatient'], phone: '22 00 00 00' }],
  },
};

const e: Evaluation = evaluate(input);
const level: Level = e.routing.level;
const escalate: Level | null = e.routing.may_escalate_to;
const percent: number = e.completeness.percent;
const criteria: string[] = e.indication.criteria.map((c) => `${c.id}: ${c.status}`);
const ciwa: ScoreReport | undefined = e.scores['ciwa_ar'];
const total: number | null = ciwa ? ciwa.total : null;
const sources: string[] = e.notice.sources.map((s) => `${s.citation}${s.url === null ? '' : ` ${s.url}`}`);
const citizen: string | undefined = e.routing.citizen?.headline;
const indicated: boolean = e.indication.status === 'indicated' && !e.indication.referral_required;
// Ruleset 2026.2: the summary a screen shows first, and the warnings at the top level.
const headline: string = e.routing.summary.id === 'not_settled' ? e.routing.summary.text : e.routing.title;
const warnings: string[] = e.warnings.map((w) => w.id);
const action: string | null = e.routing.citizen ? e.routing.citizen.action : null;
console.log(headline, warnings, action);
console.log(level, escalate, percent, criteria, total, sources, citizen, indicated);

try {
  evaluate({ answers: { age: 300 } });
} catch (err) {
  if (err instanceof InputError) {
    const first: InputErrorDetail | undefined = err.errors[0];
    const code: ErrorCode | 'internal_error' | 'not_initialized' | 'language_not_loaded' | undefined = first?.code;
    const message: string = err.message;
    console.log(code, first?.path, message);
  }
}

const safe: SafeResult<Evaluation> = safeEvaluate(input);
if (safe.success) {
  console.log(safe.data.routing.title);
} else {
  console.log(safe.errors.map((x) => `${x.path}: ${x.message}`));
}

const c: CatalogExport = catalog('nn');
for (const item of c.items) {
  console.log(item.id, item.type, item.polarity ?? '-', item.min ?? '', item.choices.map((x) => x.label));
}
catalog();

const r: ScoreReport = score('ciwa_ar', { tremor: 3, orientation: 4 }, { lang: 'nb', sex: 'male' });
score('gcs', { eye: 4, verbal: 'nt', motor: 6 });
score('audit', { q9: 2, q10: 4 });
score('news2', { resp_rate: 22, spo2: 95, on_oxygen: 'no', consciousness: 'alert', age: 40 }, null);
console.log(r.band, r.band_text, r.flags.map((f) => f.id));

const v: Version = version();
console.log(v.engine, v.ruleset);

// What must not type-check:
// @ts-expect-error an unknown item (a typo must not pass as "not pregnant")
evaluate({ answers: { pregnnat: 'yes' } });
// @ts-expect-error a tri item takes yes, no or unknown
evaluate({ answers: { pregnant: true } });
// @ts-expect-error a number item takes a number
evaluate({ answers: { age: '30' } });
// @ts-expect-error not a choice of `sex`
evaluate({ answers: { sex: 'mann' } });
// @ts-expect-error not a choice of `substances`
evaluate({ answers: { substances: ['beer'] } });
// @ts-expect-error points outside the item's
evaluate({ instruments: { ciwa_ar: { orientation: 5 } } });
// @ts-expect-error an unknown instrument
evaluate({ instruments: { ciwa: {} } });
// @ts-expect-error an unknown language
evaluate({ options: { lang: 'sv' } });
// @ts-expect-error an unknown top-level field
evaluate({ answer: {} });
// @ts-expect-error an unknown instrument id
score('ciwa', {});
// @ts-expect-error an item of another instrument
score('cows', { nausea_vomiting: 1 });
// @ts-expect-error an unknown language
catalog('se');
// @ts-expect-error a level that does not exist
const noLevel: Level = 'icu';
console.log(noLevel);
