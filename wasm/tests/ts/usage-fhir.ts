// The FHIR entry `tsb-akutt/fhir` (package.json `exports` "./fhir" → "types"), type-checked like
// usage.ts: its own init, the FHIR functions, the main entry's API re-exported, one InputError class.
import fhirInit, {
  cdsHooks,
  evaluate,
  evaluateQuestionnaireResponse,
  guidanceResponse,
  initSync,
  inputFromQuestionnaireResponse,
  InputError,
  questionnaire,
  safeCdsHooks,
  safeGuidanceResponse,
  safeInputFromQuestionnaireResponse,
  safeQuestionnaire,
  score,
} from 'tsb-akutt/fhir';
import type {
  Bundle,
  CdsHooksResponse,
  Evaluation,
  GuidanceResponse,
  Input,
  Level,
  Questionnaire,
  QuestionnaireResponse,
} from 'tsb-akutt/fhir';
import * as main from 'tsb-akutt';

await fhirInit();
await fhirInit({ module_or_path: new URL('https://example.invalid/tsb_akutt_fhir_bg.wasm') });
initSync({ module: new Uint8Array([0, 97, 115, 109]) });

const input: Input = { answers: { age: 34, sex: 'female', substances: ['alcohol'] }, options: { lang: 'en' } };

const q: Questionnaire = questionnaire('en');
questionnaire();
const qr: QuestionnaireResponse = { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: String(q['url']) };
const fromQr: Evaluation = evaluateQuestionnaireResponse(qr, { lang: 'en' });
evaluateQuestionnaireResponse(qr);
evaluateQuestionnaireResponse(qr, null);
const cards: CdsHooksResponse = cdsHooks(input);
console.log(fromQr.lang, cards.cards.map((card) => `${card.indicator}: ${card.summary}`));
const guidance: GuidanceResponse = guidanceResponse(input);
console.log(guidance.resourceType);

// A QuestionnaireResponse where an engine input goes, with options of its own; the mapped input.
const qrCards: CdsHooksResponse = cdsHooks(qr, { lang: 'nn' });
const qrGuidance: GuidanceResponse = guidanceResponse(qr);
const mapped: Input = inputFromQuestionnaireResponse(qr, { lang: 'en' });
console.log(qrCards.cards.length, qrGuidance.status, mapped.answers?.age);

// The flavours of the Questionnaire.
const helsenorge: Bundle = questionnaire({ flavour: 'helsenorge', lang: 'nn' });
console.log(helsenorge.entry.map((e) => e.resource.language));
const plain: Questionnaire = questionnaire({ lang: 'en' });
console.log(plain.url);

// Never throwing: a result to test.
const safe = safeCdsHooks(qr);
if (safe.success) console.log(safe.data.cards.length);
else console.log(safe.errors.map((e) => `${e.code} ${e.path}`));
const safeBundle = safeQuestionnaire({ flavour: 'helsenorge' });
if (safeBundle.success) console.log(safeBundle.data.entry.length);
console.log(safeGuidanceResponse(input).success, safeInputFromQuestionnaireResponse(qr).success);

// The main entry's API is there too, with the same types.
const level: Level = evaluate(input).routing.level;
console.log(level, score('audit_c', { q1: 2 }).total);

// One InputError class for both entries.
const Same: typeof main.InputError = InputError;
try {
  cdsHooks({ answers: { age: 300 } });
} catch (err) {
  if (err instanceof Same) console.log(err.errors.map((e) => e.code));
}

// What must not type-check:
// @ts-expect-error the main entry has no FHIR functions: they are in tsb-akutt/fhir
main.cdsHooks(input);
// @ts-expect-error not a QuestionnaireResponse
evaluateQuestionnaireResponse({ resourceType: 'Patient' });
// @ts-expect-error an unknown item
cdsHooks({ answers: { pregnnat: 'yes' } });
// @ts-expect-error an unknown language
questionnaire('sv');
// @ts-expect-error an unknown flavour
questionnaire({ flavour: 'sdc' });
// @ts-expect-error the Helsenorge flavour is a Bundle, not a Questionnaire
const notQ: Questionnaire = questionnaire({ flavour: 'helsenorge' });
