// The same package from CommonJS TypeScript (`require`, package.json `exports` "require" → "types"),
// also checked without lib "dom" (tsconfig.node.json): the declarations must not need it.
import tsb = require('tsb-akutt');

const out: tsb.Evaluation = tsb.evaluate({ answers: { age: 30 }, options: { lang: 'nn' } });
const r: tsb.SafeResult<tsb.Evaluation> = tsb.safeEvaluate({});
const e: tsb.InputError = new tsb.InputError([{ code: 'wrong_type', path: 'answers.age', message: 'm' }]);
void tsb.init();
export const seen = [out.routing.level, r.success, e.errors.length, tsb.version().engine, tsb.score('cows', { tremor: 4 }).total];
// @ts-expect-error an unknown item
tsb.evaluate({ answers: { agee: 30 } });
