// tsb-akutt for Node (ES module): the same instance as the CommonJS entry.
import cjs from './index.cjs';

export const { evaluate, safeEvaluate, catalog, score, version, InputError, init, initSync } = cjs;
export default cjs.init;
