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
  inputFromQuestionnaireResponse,
  cdsHooks,
  guidanceResponse,
  safeQuestionnaire,
  safeEvaluateQuestionnaireResponse,
  safeInputFromQuestionnaireResponse,
  safeCdsHooks,
  safeGuidanceResponse,
  InputError,
  init,
  initSync,
  loadLanguage,
  languageLoaded,
} = cjs;
export default cjs.init;
