// tsb-akutt/fhir for Node (ES module): the same instance as the CommonJS entry.
import cjs from './fhir.cjs';

export const {
  evaluate,
  safeEvaluate,
  catalog,
  score,
  version,
  questionnaire,
  evaluateQuestionnaireResponse,
  cdsHooks,
  guidanceResponse,
  InputError,
  init,
  initSync,
  loadLanguage,
  languageLoaded,
} = cjs;
export default cjs.init;
