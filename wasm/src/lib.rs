//! # tsb-akutt-wasm
//!
//! The WebAssembly binding of [`tsb_akutt_core`]: conversion between JS values and the core, and
//! nothing else (no clinical logic lives here).
//!
//! Inputs arrive as JSON text. The package's JS layer (`wasm/js/api.js`) turns any JS value into JSON
//! text first, and reports itself what JSON cannot carry (`NaN`, `BigInt`, functions, `Map`s, cycles,
//! …) as structured errors with their path; so every input reaches the core as a string, and text that
//! is not JSON (or nests deeper than 128 levels) is the core's `invalid_json`. Outputs too are JSON
//! text (ASCII only, written by the core's [`json::to_string`]), which the JS layer turns into plain objects and arrays with
//! `JSON.parse`: one string across the boundary takes 6 KB less code (gzip) than building the
//! objects from wasm property by property (serde-wasm-bindgen), at the same speed (wasm/BENCHMARKS.md).
//!
//! Every function returns `Ok(output)` or `Err(errors)`, both JSON text; `errors` is the array of
//! `{ code, path, message }` of the public contract. wasm-bindgen throws the `Err` string as is, and
//! the JS wrapper parses it into an `InputError`. Nothing here panics: a panic would abort the module
//! (`panic = "abort"`), which the wrapper would report as an `internal_error` and recover from by
//! re-instantiating.
//!
//! The FHIR and CDS Hooks exports (`questionnaireJson`, `questionnaireForJson`,
//! `evaluateQuestionnaireResponseJson`, `inputFromQuestionnaireResponseJson`, `cdsHooksJson`,
//! `guidanceResponseJson`; the last two take an engine input or a QuestionnaireResponse) exist only with the cargo feature `fhir`. `scripts/pkg.sh`
//! builds this crate twice: without the feature for the package's main entry (`tsb-akutt`, which the
//! widget uses: wasm-opt removes every part of the core that no export reaches, so the FHIR mapping is
//! not in that module), and with it for the opt-in entry `tsb-akutt/fhir` (everything).

use serde::Serialize;
use tsb_akutt_core::errors::{code, ErrorCode, Errors, InputError};
use tsb_akutt_core::evaluate::Evaluation;
use tsb_akutt_core::json::{self, Value};
use tsb_akutt_core::text;
use tsb_akutt_core::text::{Lang, Text};
use wasm_bindgen::prelude::*;

// Talc rather than dlmalloc: see Cargo.toml. Single-threaded wasm (no atomics), as Talc requires here.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// A Rust value as JSON text, ASCII only (`None` as `null`): see [`json::to_string`].
fn to_json<T: Serialize + ?Sized>(value: &T) -> String {
    // Serialising the core's output types cannot fail (no map keys that are not strings): the fallback
    // exists only so that no path can panic.
    json::to_string(value).unwrap_or_else(|_| String::from("null"))
}

/// The outcome of a core call as wasm-bindgen's `Result`, both sides JSON text: the `Err` string (the
/// array of errors) is thrown to the JS wrapper.
fn outcome<T: Serialize>(result: Result<T, Vec<InputError>>) -> Result<String, String> {
    result.map(|v| to_json(&v)).map_err(|e| to_json(&e))
}

/// [`outcome`] for an evaluation, written by the core (ids only with `options.texts: false`).
fn evaluation(result: Result<Evaluation, Vec<InputError>>) -> Result<String, String> {
    result
        .map(|v| v.to_json().unwrap_or_else(|_| String::from("null")))
        .map_err(|e| to_json(&e))
}

const MSG_INVALID_JSON: Text = text!(
    "ugyldig JSON i {0}: {1}",
    "ugyldig JSON i {0}: {1}",
    "invalid JSON in {0}: {1}",
);

/// Parses one argument given as JSON text; an error is `input_too_large` or `invalid_json` at `path`.
fn parse_arg<'t>(text: &'t str, path: &str, lang: Lang) -> Result<Value<'t>, Vec<InputError>> {
    tsb_akutt_core::input::check_size(text, path, lang)?;
    json::parse(text).map_err(|e| {
        let mut errors = Errors::default();
        errors.push(
            ErrorCode::InvalidJson,
            path.to_string(),
            MSG_INVALID_JSON,
            &[&code(path), &e.describe(lang)],
        );
        errors.render(lang)
    })
}

/// Parses a main argument (at `path`) and the options (JSON text, `null` for none), each reported at
/// its own path, in the options' language.
fn parse_with_options<'t>(
    json: &'t str,
    path: &str,
    options: &'t str,
) -> Result<(Value<'t>, Value<'t>), Vec<InputError>> {
    let opts = parse_arg(options, "options", Lang::default());
    let lang = opts
        .as_ref()
        .ok()
        .and_then(|o| o.get("lang").and_then(Value::as_str).and_then(Lang::parse))
        .unwrap_or_default();
    match (parse_arg(json, path, lang), opts) {
        (Ok(value), Ok(options)) => Ok((value, options)),
        (value, options) => Err(value
            .err()
            .into_iter()
            .chain(options.err())
            .flatten()
            .collect()),
    }
}

/// `evaluate`: the evaluation of one input (SPEC section 2) given as JSON text.
#[wasm_bindgen(js_name = evaluateJson)]
pub fn evaluate_json(input: &str) -> Result<String, String> {
    evaluation(tsb_akutt_core::evaluate_json(input))
}

/// `catalog`: the item catalog in one language (`nb`, `nn` or `en`).
#[wasm_bindgen(js_name = catalogJson)]
pub fn catalog(lang_id: &str) -> Result<String, String> {
    outcome(lang_or_error(lang_id).map(tsb_akutt_core::catalog))
}

/// `score`: one instrument on its own. `items` and `options` are JSON text (`options` may be `null`).
#[wasm_bindgen(js_name = scoreJson)]
pub fn score(instrument_id: &str, items: &str, options: &str) -> Result<String, String> {
    outcome(
        parse_with_options(items, "items", options)
            .and_then(|(items, options)| tsb_akutt_core::score(instrument_id, &items, &options)),
    )
}

/// `questionnaire`: the FHIR R4 `Questionnaire` of the catalog, `lang` first (all three languages).
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = questionnaireJson)]
pub fn questionnaire(lang_id: &str) -> Result<String, String> {
    outcome(lang_or_error(lang_id).map(tsb_akutt_core::fhir::questionnaire))
}

/// `evaluateQuestionnaireResponse`: the evaluation of a FHIR R4 `QuestionnaireResponse` (JSON text)
/// with the engine options (JSON text, may be `null`).
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = evaluateQuestionnaireResponseJson)]
pub fn evaluate_questionnaire_response(qr: &str, options: &str) -> Result<String, String> {
    evaluation(
        parse_with_options(qr, "QuestionnaireResponse", options).and_then(|(qr, options)| {
            // The FHIR mapping reads serde_json values; the text was read by the engine's reader.
            tsb_akutt_core::fhir::evaluate_questionnaire_response(&(&qr).into(), &(&options).into())
        }),
    )
}

/// `questionnaire(options)`: the Questionnaire for `{ lang?, flavour? }` (JSON text, may be `null`):
/// plain R4, or Helsenorge's Bundle of one `sdf-Questionnaire` per language.
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = questionnaireForJson)]
pub fn questionnaire_for(options: &str) -> Result<String, String> {
    outcome(
        parse_arg(options, "options", Lang::default())
            .and_then(|options| tsb_akutt_core::fhir::questionnaire_for(&(&options).into())),
    )
}

/// `inputFromQuestionnaireResponse`: the engine input a QuestionnaireResponse (JSON text) maps to, with
/// the engine options (JSON text, may be `null`).
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = inputFromQuestionnaireResponseJson)]
pub fn input_from_questionnaire_response(qr: &str, options: &str) -> Result<String, String> {
    outcome(
        parse_with_options(qr, "QuestionnaireResponse", options).and_then(|(qr, options)| {
            tsb_akutt_core::fhir::input_from_questionnaire_response(
                &(&qr).into(),
                &(&options).into(),
            )
        }),
    )
}

/// The evaluation of an engine input or a QuestionnaireResponse (JSON text, told apart by
/// `resourceType`), with the options of a QuestionnaireResponse (JSON text, may be `null`). Text that
/// is not JSON is `invalid_json` at `""`, the whole argument, whichever it was meant to be.
#[cfg(feature = "fhir")]
fn evaluate_any(input: &str, options: &str) -> Result<tsb_akutt_core::Evaluation, Vec<InputError>> {
    parse_with_options(input, "", options).and_then(|(input, options)| {
        tsb_akutt_core::fhir::evaluate_input_or_response(&input, &options)
    })
}

/// `cdsHooks`: the CDS Hooks 2.0 response (`{ cards }`) for an engine input or a
/// QuestionnaireResponse (JSON text), with the options of a QuestionnaireResponse (may be `null`).
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = cdsHooksJson)]
pub fn cds_hooks(input: &str, options: &str) -> Result<String, String> {
    outcome(evaluate_any(input, options).map(|e| tsb_akutt_core::fhir::cds_hooks_response(&e)))
}

/// `guidanceResponse`: the FHIR R4 `GuidanceResponse` for an engine input or a QuestionnaireResponse
/// (JSON text), with the options of a QuestionnaireResponse (may be `null`).
#[cfg(feature = "fhir")]
#[wasm_bindgen(js_name = guidanceResponseJson)]
pub fn guidance_response(input: &str, options: &str) -> Result<String, String> {
    outcome(evaluate_any(input, options).map(|e| tsb_akutt_core::fhir::guidance_response(&e)))
}

/// `memoryBytes`: the size of this module's memory, which WebAssembly never shrinks; the JS layer
/// replaces an instance that grew past a threshold on a large input (wasm/js/api.js).
#[wasm_bindgen(js_name = memoryBytes)]
pub fn memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    let pages = core::arch::wasm32::memory_size(0);
    #[cfg(not(target_arch = "wasm32"))]
    let pages = 0;
    (pages * 65536) as f64
}

/// `version`: engine and ruleset versions.
#[wasm_bindgen]
pub fn version() -> String {
    to_json(&tsb_akutt_core::version())
}

const MSG_LANG: Text = text!(
    "ukjent språk {0}; kjente språk er `nb`, `nn`, `en`",
    "ukjent språk {0}; kjende språk er `nb`, `nn`, `en`",
    "unknown language {0}; known languages are `nb`, `nn`, `en`",
);

fn lang_or_error(lang_id: &str) -> Result<Lang, Vec<InputError>> {
    Lang::parse(lang_id).ok_or_else(|| {
        let mut errors = Errors::default();
        errors.push(
            ErrorCode::InvalidChoice,
            "lang".into(),
            MSG_LANG,
            &[&tsb_akutt_core::errors::quote(lang_id)],
        );
        errors.render(Lang::default())
    })
}
