// tsb-akutt for Node (ES module): the same instance as the CommonJS entry.
import cjs from './index.cjs';

export const { evaluate, safeEvaluate, catalog, score, version, InputError, init, initSync, loadLanguage, languageLoaded } =
  cjs;
export default cjs.init;
