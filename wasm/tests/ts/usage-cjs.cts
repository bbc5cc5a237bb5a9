// The same package from CommonJS TypeScript (`require`, package.json `exports` "require" → "types"),
// both entries, also checked without lib "dom" (tsconfig.node.json): the declarations must not need it.
import tsb = require('tsb-akutt');
import fhir = require('tsb-akutt/fhir');

const out: tsb.Evaluation = tsb.evaluate({ answers: { age: 30 }, options: { lang: 'nn' } });
const r: tsb.SafeResult<tsb.Evaluation> = tsb.safeEvaluate({});
const e: tsb.InputError = new tsb.InputError([{ code: 'wrong_type', path: 'answers.age', message: 'm' }]);
void tsb.init();
void fhir.init();
const cards: fhir.CdsHooksResponse = fhir.cdsHooks({ answers: { age: 30 } });
const g: fhir.GuidanceResponse = fhir.guidanceResponse({});
const same: tsb.InputError = new fhir.InputError([]);
export const seen = [out.routing.level, r.success, e.errors.length, tsb.version().engine, tsb.score('cows', { tremor: 4 }).total,
  cards.cards.length, g.resourceType, fhir.questionnaire('en').resourceType, fhir.evaluate({}).lang, same.errors.length];
// @ts-expect-error an unknown item
tsb.evaluate({ answers: { agee: 30 } });
// @ts-expect-error the main entry has no FHIR functions
tsb.questionnaire();
