//! The native answers the wasm package's Node tests compare with (`wasm/tests/node/parity.test.mjs`):
//! reads a JSON array of calls on standard input and prints a JSON array of results, each
//! `{ "ok": value }` or `{ "err": [errors] }`, computed by the core natively, through the same core
//! functions that the binding calls. The calls are read with the engine's own JSON reader, as the
//! binding reads its arguments, so that objects keep their order (errors are reported in input order).
//!
//! Calls: `{ "fn": "evaluate", "input": … }`, `{ "fn": "score", "id", "items", "options" }`,
//! `{ "fn": "catalog", "lang" }`, `{ "fn": "questionnaire", "lang" }`,
//! `{ "fn": "questionnaireFor", "options" }`, `{ "fn": "evaluateQuestionnaireResponse", "qr", "options" }`,
//! `{ "fn": "inputFromQuestionnaireResponse", "qr", "options" }`, `{ "fn": "cdsHooks", "input", "options" }`
//! and `{ "fn": "guidanceResponse", "input", "options" }` (an engine input or a QuestionnaireResponse),
//! `{ "fn": "version" }`, and
//! `{ "fn": "questionnaireResponse", "input" }` (to make QuestionnaireResponses to test with).

use serde::Serialize;
use serde_json::json;
use std::io::Read;
use tsb_akutt_core::json::{self as engine_json, Value};
use tsb_akutt_core::{fhir, InputError, Lang};

fn result<T: Serialize>(r: Result<T, Vec<InputError>>) -> serde_json::Value {
    match r {
        Ok(v) => json!({ "ok": v }),
        Err(e) => json!({ "err": e }),
    }
}

/// An evaluation as the binding writes it (ids only with `options.texts: false`).
fn evaluation(r: Result<tsb_akutt_core::Evaluation, Vec<InputError>>) -> serde_json::Value {
    result(r.map(|e| {
        let text = e.to_json().unwrap_or_default();
        serde_json::from_str::<serde_json::Value>(&text).unwrap_or_default()
    }))
}

fn lang(call: &Value) -> Result<Lang, Vec<InputError>> {
    let id = call.get("lang").and_then(Value::as_str).unwrap_or("nb");
    Lang::parse(id).ok_or_else(Vec::new)
}

fn run(call: &Value) -> serde_json::Value {
    let null = Value::Null;
    let arg = |key: &str| call.get(key).unwrap_or(&null);
    let text = |key: &str| engine_json::to_string(arg(key)).unwrap_or_default();
    // The FHIR mapping reads serde_json values (converted as the binding converts them).
    let serde = |key: &str| serde_json::Value::from(arg(key));
    match call.get("fn").and_then(Value::as_str).unwrap_or("") {
        "evaluate" => evaluation(tsb_akutt_core::evaluate_json(&text("input"))),
        // An engine input or a QuestionnaireResponse, with the options of a QuestionnaireResponse.
        "cdsHooks" => result(
            fhir::evaluate_input_or_response(arg("input"), arg("options"))
                .map(|e| fhir::cds_hooks_response(&e)),
        ),
        "guidanceResponse" => result(
            fhir::evaluate_input_or_response(arg("input"), arg("options"))
                .map(|e| fhir::guidance_response(&e)),
        ),
        "inputFromQuestionnaireResponse" => result(fhir::input_from_questionnaire_response(
            &serde("qr"),
            &serde("options"),
        )),
        "questionnaireFor" => result(fhir::questionnaire_for(&serde("options"))),
        "score" => result(tsb_akutt_core::score(
            arg("id").as_str().unwrap_or(""),
            arg("items"),
            arg("options"),
        )),
        "catalog" => result(lang(call).map(tsb_akutt_core::catalog)),
        "questionnaire" => result(lang(call).map(fhir::questionnaire)),
        "evaluateQuestionnaireResponse" => evaluation(fhir::evaluate_questionnaire_response(
            &serde("qr"),
            &serde("options"),
        )),
        "questionnaireResponse" => result(fhir::questionnaire_response(&serde("input"))),
        "version" => json!({ "ok": tsb_akutt_core::version() }),
        other => json!({ "err": [{ "code": "unknown_call", "path": "fn", "message": other }] }),
    }
}

fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        eprintln!("could not read standard input");
        std::process::exit(2);
    }
    let calls: Vec<Value> = match engine_json::parse(&text) {
        Ok(Value::Array(calls)) => calls,
        _ => {
            eprintln!("standard input is not a JSON array of calls");
            std::process::exit(2);
        }
    };
    let out: Vec<serde_json::Value> = calls.iter().map(run).collect();
    println!("{}", serde_json::Value::Array(out));
}
