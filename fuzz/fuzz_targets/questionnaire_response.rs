//! The FHIR QuestionnaireResponse reader as the wasm binding calls it: `<QuestionnaireResponse JSON>
//! NUL <options JSON>` (options `null` without a NUL), read by the core's reader and converted to the
//! `serde_json` values the FHIR mapping reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tsb_akutt_core::json;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (qr, options) = text.split_once('\0').unwrap_or((text, "null"));
    let (Ok(qr), Ok(options)) = (json::parse(qr), json::parse(options)) else {
        return;
    };
    let outcome = tsb_akutt_core::fhir::evaluate_questionnaire_response(
        &serde_json::Value::from(&qr),
        &serde_json::Value::from(&options),
    );
    let written = match outcome {
        Ok(evaluation) => json::to_string(&evaluation),
        Err(errors) => json::to_string(&errors),
    };
    assert!(written.is_ok(), "the output could not be written");
});
