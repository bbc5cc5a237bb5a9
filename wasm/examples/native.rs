//! The native answers the wasm package's Node tests compare with (`wasm/tests/node/parity.test.mjs`):
//! reads a JSON array of calls on standard input and prints a JSON array of results, each
//! `{ "ok": value }` or `{ "err": [errors] }`, computed by the core natively, through the same core
//! functions that the binding calls.
//!
//! Calls: `{ "fn": "evaluate", "input": … }`, `{ "fn": "score", "id", "items", "options" }`,
//! `{ "fn": "catalog", "lang" }`, `{ "fn": "questionnaire", "lang" }`,
//! `{ "fn": "evaluateQuestionnaireResponse", "qr", "options" }`, `{ "fn": "cdsHooks", "input" }`,
//! `{ "fn": "guidanceResponse", "input" }`, `{ "fn": "version" }`, and
//! `{ "fn": "questionnaireResponse", "input" }` (to make QuestionnaireResponses to test with).

use serde::Serialize;
use serde_json::{json, Value};
use std::io::Read;
use tsb_akutt_core::{fhir, InputError, Lang};

fn result<T: Serialize>(r: Result<T, Vec<InputError>>) -> Value {
    match r {
        Ok(v) => json!({ "ok": v }),
        Err(e) => json!({ "err": e }),
    }
}

fn lang(call: &Value) -> Result<Lang, Vec<InputError>> {
    let id = call["lang"].as_str().unwrap_or("nb");
    Lang::parse(id).ok_or_else(Vec::new)
}

fn run(call: &Value) -> Value {
    let text = |key: &str| call[key].to_string();
    match call["fn"].as_str().unwrap_or("") {
        "evaluate" => result(tsb_akutt_core::evaluate_json(&text("input"))),
        "cdsHooks" => result(
            tsb_akutt_core::evaluate_json(&text("input")).map(|e| fhir::cds_hooks_response(&e)),
        ),
        "guidanceResponse" => result(
            tsb_akutt_core::evaluate_json(&text("input")).map(|e| fhir::guidance_response(&e)),
        ),
        "score" => result(tsb_akutt_core::score(
            call["id"].as_str().unwrap_or(""),
            &call["items"],
            &call["options"],
        )),
        "catalog" => result(lang(call).map(tsb_akutt_core::catalog)),
        "questionnaire" => result(lang(call).map(fhir::questionnaire)),
        "evaluateQuestionnaireResponse" => result(fhir::evaluate_questionnaire_response(
            &call["qr"],
            &call["options"],
        )),
        "questionnaireResponse" => result(fhir::questionnaire_response(&call["input"])),
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
    let calls: Vec<Value> = match serde_json::from_str(&text) {
        Ok(calls) => calls,
        Err(e) => {
            eprintln!("standard input is not a JSON array of calls: {e}");
            std::process::exit(2);
        }
    };
    let out: Vec<Value> = calls.iter().map(run).collect();
    println!("{}", Value::Array(out));
}
