//! The binding's exports in a real browser (headless Chromium through wasm-bindgen-test-runner and
//! ChromeDriver; `scripts/test-wasm.sh` runs them). Each export is checked against the core called
//! directly in the same module: the output must be the core's output as JSON text, ASCII only (what the
//! JS layer hands to `JSON.parse`), and invalid input must come back as the array of
//! `{ code, path, message }`, as JSON text too.
//!
//! The FHIR exports exist only with the crate's feature `fhir` (the module of `tsb-akutt/fhir`), so
//! their tests too: `scripts/test-wasm.sh` runs this file with `--features fhir`, which covers every
//! export of both modules (the main module's are the same functions, without the FHIR ones).
#![cfg(target_arch = "wasm32")]

use serde_json::{json, Value};
#[cfg(feature = "fhir")]
use tsb_akutt_core::fhir;
use tsb_akutt_core::Lang;
use tsb_akutt_wasm as binding;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// JSON text as a value, after checking that it is ASCII only (the glue decodes ASCII fastest).
fn parse(text: &str) -> Value {
    assert!(text.is_ascii(), "not ASCII: {text}");
    numbers(serde_json::from_str(text).expect("JSON text"))
}

/// Every number as an `f64`: JS has one number type, so `365.0` and `365` are the same value.
fn numbers(value: Value) -> Value {
    match value {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, numbers(v))).collect())
        }
        other => other,
    }
}

fn ok(result: Result<String, String>) -> Value {
    match result {
        Ok(v) => parse(&v),
        Err(e) => panic!("unexpected errors: {e}"),
    }
}

/// The errors as `(code, path)` pairs, after checking that each has a message.
fn errors(result: Result<String, String>) -> Vec<(String, String)> {
    let e = match result {
        Ok(v) => panic!("expected errors, got {v}"),
        Err(e) => e,
    };
    let list = parse(&e);
    assert!(list.is_array(), "errors must be an array");
    list.as_array()
        .expect("array")
        .iter()
        .map(|err| {
            assert!(
                !err["message"].as_str().unwrap_or("").is_empty(),
                "no message: {err}"
            );
            (
                err["code"].as_str().unwrap_or("").to_string(),
                err["path"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn pair(code: &str, path: &str) -> (String, String) {
    (code.to_string(), path.to_string())
}

fn input() -> Value {
    json!({
        "answers": { "age": 34, "sex": "female", "substances": ["alcohol", "benzodiazepines"],
                     "pregnant": "unknown", "consciousness": "alert", "resp_rate": 16 },
        "instruments": { "ciwa_ar": { "nausea_vomiting": 2, "tremor": 3 } },
        "options": { "lang": "en" }
    })
}

fn native<T: serde::Serialize>(value: T) -> Value {
    numbers(serde_json::to_value(value).expect("serialisable"))
}

#[wasm_bindgen_test]
fn evaluate_gives_the_cores_evaluation_as_json_text() {
    let text = input().to_string();
    let got = ok(binding::evaluate_json(&text));
    let want = native(tsb_akutt_core::evaluate_json(&text).expect("valid"));
    assert_eq!(got, want);
    assert_eq!(got["lang"], "en");
    assert!(got["scores"]["ciwa_ar"].is_object());
}

#[wasm_bindgen_test]
fn evaluate_reports_invalid_input_as_structured_errors() {
    let got = errors(binding::evaluate_json(
        r#"{"answers": {"pregnnat": "yes", "age": "30", "substances": ["ghb", 7]}, "extra": 1}"#,
    ));
    // In the order of the input.
    assert_eq!(
        got,
        vec![
            pair("unknown_item", "answers.pregnnat"),
            pair("wrong_type", "answers.age"),
            pair("wrong_type", "answers.substances[1]"),
            pair("unknown_field", "extra"),
        ]
    );
}

#[wasm_bindgen_test]
fn evaluate_rejects_text_that_is_not_json_or_nests_too_deep() {
    for text in ["", "{", "null x", "\u{0}", &"[".repeat(100_000)] {
        assert_eq!(
            errors(binding::evaluate_json(text)),
            vec![pair("invalid_json", "")]
        );
    }
    assert_eq!(
        errors(binding::evaluate_json("[]")),
        vec![pair("wrong_type", "")]
    );
}

#[wasm_bindgen_test]
fn huge_strings_and_keys_are_errors_and_the_module_still_works() {
    // Past the core's limit (4 MiB of JSON), the text is refused before it is read.
    let over = "x".repeat(tsb_akutt_core::input::MAX_INPUT_BYTES);
    let text = json!({ "answers": { "sex": over } }).to_string();
    assert_eq!(
        errors(binding::evaluate_json(&text)),
        vec![pair("input_too_large", "")]
    );
    // Under it, a string of 3 MiB is read and reported like any other.
    let huge = "x".repeat(3 * 1024 * 1024);
    let text = json!({ "answers": { "sex": huge } }).to_string();
    assert_eq!(
        errors(binding::evaluate_json(&text)),
        vec![pair("invalid_choice", "answers.sex")]
    );
    let text = json!({ "answers": { huge.clone(): 1 } }).to_string();
    let got = errors(binding::evaluate_json(&text));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "unknown_item");
    assert_eq!(got[0].1.len(), "answers.".len() + huge.len());
    let text = input().to_string();
    assert_eq!(
        ok(binding::evaluate_json(&text)),
        native(tsb_akutt_core::evaluate_json(&text).expect("valid"))
    );
}

#[wasm_bindgen_test]
fn catalog_in_every_language() {
    for lang in Lang::ALL {
        assert_eq!(
            ok(binding::catalog(lang.id())),
            native(tsb_akutt_core::catalog(lang))
        );
    }
    for bad in ["", "NB", "de", "nb "] {
        assert_eq!(
            errors(binding::catalog(bad)),
            vec![pair("invalid_choice", "lang")]
        );
    }
}

#[wasm_bindgen_test]
fn score_one_instrument() {
    let items = json!({ "nausea_vomiting": 2, "tremor": 3 });
    let options = json!({ "lang": "nn", "sex": "male" });
    assert_eq!(
        ok(binding::score(
            "ciwa_ar",
            &items.to_string(),
            &options.to_string()
        )),
        native(tsb_akutt_core::score_serde("ciwa_ar", &items, &options).expect("valid"))
    );
    let news2 = json!({ "resp_rate": 26, "spo2": 95, "on_oxygen": "no", "systolic_bp": 120,
                        "pulse": 80, "consciousness": "alert", "temperature": 37.0 });
    let got = ok(binding::score("news2", &news2.to_string(), "null"));
    assert_eq!(
        got,
        native(tsb_akutt_core::score_serde("news2", &news2, &Value::Null).expect("valid"))
    );
    assert_eq!(
        errors(binding::score("nope", "{}", "null")),
        vec![pair("unknown_instrument", "instrument")]
    );
    assert_eq!(
        errors(binding::score("ciwa_ar", "{\"tremor\": 9}", "null")),
        vec![pair("out_of_range", "items.tremor")]
    );
    assert_eq!(
        errors(binding::score("ciwa_ar", "{", "{")),
        vec![
            pair("invalid_json", "items"),
            pair("invalid_json", "options")
        ]
    );
}

#[wasm_bindgen_test]
fn version_names_engine_and_ruleset() {
    let got = parse(&binding::version());
    assert_eq!(got, native(tsb_akutt_core::version()));
    assert_eq!(got["ruleset"], tsb_akutt_core::RULESET);
}

#[cfg(feature = "fhir")]
#[wasm_bindgen_test]
fn questionnaire_in_every_language() {
    for lang in Lang::ALL {
        let got = ok(binding::questionnaire(lang.id()));
        assert_eq!(got, native(fhir::questionnaire(lang)));
        assert_eq!(got["resourceType"], "Questionnaire");
    }
    assert_eq!(
        errors(binding::questionnaire("sv")),
        vec![pair("invalid_choice", "lang")]
    );
}

#[cfg(feature = "fhir")]
#[wasm_bindgen_test]
fn questionnaire_response_is_evaluated_like_the_input() {
    let qr = fhir::questionnaire_response(&input()).expect("a QuestionnaireResponse");
    let options = json!({ "lang": "en" });
    let got = ok(binding::evaluate_questionnaire_response(
        &qr.to_string(),
        &options.to_string(),
    ));
    assert_eq!(
        got,
        native(fhir::evaluate_questionnaire_response(&qr, &options).expect("valid"))
    );
    assert_eq!(
        got["routing"]["level"],
        native(tsb_akutt_core::evaluate_serde(&input()).expect("valid"))["routing"]["level"]
    );
    let got = errors(binding::evaluate_questionnaire_response("{}", "null"));
    assert!(!got.is_empty());
    assert_eq!(
        errors(binding::evaluate_questionnaire_response("[", "null")),
        vec![pair("invalid_json", "QuestionnaireResponse")]
    );
}

#[cfg(feature = "fhir")]
#[wasm_bindgen_test]
fn cds_hooks_and_guidance_response_of_an_input() {
    let text = input().to_string();
    let evaluation = tsb_akutt_core::evaluate_json(&text).expect("valid");
    let cards = ok(binding::cds_hooks(&text, "null"));
    assert_eq!(cards, native(fhir::cds_hooks_response(&evaluation)));
    assert!(!cards["cards"].as_array().expect("cards").is_empty());
    let guidance = ok(binding::guidance_response(&text, "null"));
    assert_eq!(guidance, native(fhir::guidance_response(&evaluation)));
    assert_eq!(guidance["resourceType"], "GuidanceResponse");
    for f in [binding::cds_hooks, binding::guidance_response] {
        assert_eq!(
            errors(f(r#"{"answers": {"age": -1}}"#, "null")),
            vec![pair("out_of_range", "answers.age")]
        );
        // An engine input carries its own options.
        assert_eq!(
            errors(f(&text, r#"{"lang": "en"}"#)),
            vec![pair("inconsistent", "options")]
        );
    }
}

#[cfg(feature = "fhir")]
#[wasm_bindgen_test]
fn cds_hooks_and_guidance_response_of_a_questionnaire_response() {
    let qr = fhir::questionnaire_response(&input()).expect("a QuestionnaireResponse");
    let evaluation =
        fhir::evaluate_questionnaire_response(&qr, &serde_json::Value::Null).expect("valid");
    let cards = ok(binding::cds_hooks(&qr.to_string(), "null"));
    assert_eq!(cards, native(fhir::cds_hooks_response(&evaluation)));
    let guidance = ok(binding::guidance_response(&qr.to_string(), "null"));
    assert_eq!(guidance, native(fhir::guidance_response(&evaluation)));
    let mapped = ok(binding::input_from_questionnaire_response(
        &qr.to_string(),
        "null",
    ));
    let expected =
        fhir::input_from_questionnaire_response(&qr, &serde_json::Value::Null).expect("valid");
    // The same input: evaluated alike (numbers may come back as `34.0`: the same number in JSON).
    assert_eq!(
        ok(binding::evaluate_json(&mapped.to_string())),
        ok(binding::evaluate_json(&expected.to_string()))
    );
    let ciwa = &mapped["instruments"]["ciwa_ar"];
    assert_eq!(ciwa["nausea_vomiting"].as_f64(), Some(2.0));
    assert_eq!(ciwa["tremor"].as_f64(), Some(3.0));
    let bad = serde_json::json!({ "resourceType": "Patient" }).to_string();
    assert_eq!(
        errors(binding::cds_hooks(&bad, "null")),
        vec![pair("invalid_choice", "QuestionnaireResponse.resourceType")]
    );
}

#[cfg(feature = "fhir")]
#[wasm_bindgen_test]
fn questionnaire_flavours() {
    assert_eq!(
        ok(binding::questionnaire_for("null")),
        native(fhir::questionnaire(Lang::Nb))
    );
    assert_eq!(
        ok(binding::questionnaire_for(
            r#"{"flavour": "helsenorge", "lang": "nn"}"#
        )),
        native(fhir::questionnaire_helsenorge(Lang::Nn))
    );
    assert_eq!(
        errors(binding::questionnaire_for(
            r#"{"flavour": "sdc", "fonts": 1}"#
        )),
        vec![
            pair("invalid_choice", "options.flavour"),
            pair("unknown_option", "options.fonts")
        ]
    );
}

#[wasm_bindgen_test]
fn texts_outside_ascii_come_back_the_same() {
    // The Norwegian texts (æ, ø, å), and an input's own strings with any character, in errors.
    let got = ok(binding::catalog("nb"));
    assert!(
        got.to_string().contains('å'),
        "no Norwegian letter in the catalog"
    );
    let key = "å\u{0}\"\\\n\u{7f}\u{2028}😀";
    let text = json!({ "answers": { key: 1 }, "options": { "lang": "nb" } }).to_string();
    let got = binding::evaluate_json(&text).expect_err("an unknown item");
    assert!(got.is_ascii());
    let list: Value = serde_json::from_str(&got).expect("JSON text");
    let native = tsb_akutt_core::evaluate_json(&text).expect_err("an unknown item");
    assert_eq!(list, serde_json::to_value(native).expect("serialisable"));
    assert!(list[0]["path"]
        .as_str()
        .unwrap_or("")
        .starts_with("answers["));
}
