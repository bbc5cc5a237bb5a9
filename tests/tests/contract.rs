//! The public contract (SPEC section 2, docs/CONTRACT.md): field names, languages, audiences, services,
//! the catalog, stand-alone scoring, and hostile input.

use serde_json::{json, Value};
use tsb_akutt_core::{
    catalog, evaluate_json, evaluate_serde as evaluate, score_serde as score, Lang,
};
use tsb_akutt_tests::{read_json, run, tests_dir};

fn complete_record() -> Value {
    read_json(&tests_dir().join("fixtures/conformance.json"))["cases"][0]["input"].clone()
}

fn with(mut input: Value, path: &[&str], value: Value) -> Value {
    let mut target = &mut input;
    for key in &path[..path.len() - 1] {
        target = &mut target[*key];
    }
    target[path[path.len() - 1]] = value;
    input
}

#[test]
fn output_carries_the_public_fields_of_spec_section_2() {
    let out = run(&complete_record()).expect("valid");
    assert_eq!(out["ruleset"], json!(tsb_akutt_core::RULESET));
    assert!(out["engine"].is_string());
    let criteria: Vec<&str> = out["indication"]["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        criteria,
        [
            "pregnancy",
            "danger_to_life",
            "severe_withdrawal",
            "dangerous_behaviour",
            "social_crisis"
        ]
    );
    for c in out["indication"]["criteria"].as_array().unwrap() {
        for field in ["status", "because", "missing", "sources"] {
            assert!(
                c.get(field).is_some(),
                "criterion {} lacks {field}",
                c["id"]
            );
        }
    }
    assert!(out["indication"]["referral_required"].is_boolean());
    let domains: Vec<&str> = out["completeness"]["domains"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        domains,
        [
            "substance_use",
            "somatic",
            "mental_health",
            "social",
            "samples"
        ]
    );
    assert!(out["completeness"]["percent"].is_u64());
    assert!(out["completeness"]["next_questions"].is_array());
    for field in [
        "level",
        "provisional",
        "may_escalate_to",
        "reasons",
        "concurrent",
    ] {
        assert!(out["routing"].get(field).is_some(), "routing lacks {field}");
    }
    assert!(out["scores"]["news2"]["total"].is_number());
    // Every reason and message has a stable id and a text.
    for list in [
        &out["indication"]["reasons"],
        &out["routing"]["reasons"],
        &out["routing"]["concurrent"],
    ] {
        for m in list.as_array().unwrap() {
            assert!(
                m["id"].is_string() && m["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{m}"
            );
        }
    }
}

#[test]
fn referral_is_not_required_when_indicated() {
    let out = run(&with(
        complete_record(),
        &["answers", "danger_to_others"],
        json!("yes"),
    ))
    .unwrap();
    assert_eq!(out["indication"]["status"], "indicated");
    assert_eq!(out["indication"]["referral_required"], false);
    assert!(out["indication"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "referral_not_required"));
}

#[test]
fn every_text_follows_the_language_and_nb_is_the_default() {
    let default = run(&complete_record()).unwrap();
    let nb = run(&with(
        complete_record(),
        &["options"],
        json!({"lang": "nb"}),
    ))
    .unwrap();
    let nn = run(&with(
        complete_record(),
        &["options"],
        json!({"lang": "nn"}),
    ))
    .unwrap();
    let en = run(&with(
        complete_record(),
        &["options"],
        json!({"lang": "en"}),
    ))
    .unwrap();
    assert_eq!(default, nb);
    assert_ne!(nb["notice"]["text"], en["notice"]["text"]);
    assert_ne!(nb["notice"]["text"], nn["notice"]["text"]);
    assert_ne!(nb["routing"]["title"], en["routing"]["title"]);
    // The decision itself does not depend on the language.
    for out in [&nn, &en] {
        assert_eq!(out["routing"]["level"], nb["routing"]["level"]);
        assert_eq!(
            out["completeness"]["next_questions"],
            nb["completeness"]["next_questions"]
        );
        assert_eq!(
            out["completeness"]["percent"],
            nb["completeness"]["percent"]
        );
    }
}

#[test]
fn errors_are_localised() {
    let bad = |lang: &str| {
        evaluate(&json!({"answers": {"pregnnat": "no"}, "options": {"lang": lang}})).unwrap_err()
    };
    let (nb, nn, en) = (bad("nb"), bad("nn"), bad("en"));
    assert_eq!(
        (nb[0].code, nb[0].path.as_str()),
        (tsb_akutt_core::ErrorCode::UnknownItem, "answers.pregnnat")
    );
    assert!(
        nb[0].message.contains("ukjent spørsmål"),
        "{}",
        nb[0].message
    );
    assert!(
        en[0].message.contains("did you mean `pregnant`"),
        "{}",
        en[0].message
    );
    assert_ne!(nb[0].message, nn[0].message);
}

#[test]
fn citizen_mode_gives_help_now_and_no_scores() {
    let input = json!({"answers": {"age": 19, "sex": "female", "substances": ["ghb"], "consciousness": "unresponsive", "resp_rate": 6},
                       "options": {"audience": "citizen", "lang": "nb"}});
    let out = run(&input).unwrap();
    assert_eq!(out["routing"]["level"], "emergency_113");
    assert_eq!(out["scores"], json!({}));
    assert!(out["routing"]["citizen"]["headline"]
        .as_str()
        .unwrap()
        .contains("113"));
    let clinician = run(&with(input, &["options", "audience"], json!("clinician"))).unwrap();
    assert!(clinician["routing"]["citizen"].is_null());
    assert!(clinician["scores"]["news2"].is_object());
}

#[test]
fn services_serving_the_level_are_named_and_national_numbers_apply() {
    let services = json!([
        {"id": "rusakutt", "name": "Rusakutten", "levels": ["tsb_acute_inpatient", "tsb_acute_outpatient"], "phone": "23 00 00 00"},
        {"id": "dps", "name": "DPS", "levels": ["psychiatric_emergency"]}
    ]);
    let input = with(
        with(
            complete_record(),
            &["answers", "danger_to_others"],
            json!("yes"),
        ),
        &["options"],
        json!({"services": services}),
    );
    let out = run(&input).unwrap();
    let named: Vec<&str> = out["routing"]["services"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(named, ["rusakutt"]);
    let unresponsive = with(
        complete_record(),
        &["answers", "consciousness"],
        json!("unresponsive"),
    );
    let overdose = run(&with(
        unresponsive,
        &["answers", "suspected_overdose"],
        json!("yes"),
    ))
    .unwrap();
    let numbers: Vec<&str> = overdose["routing"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers, ["113", "22 59 13 00"]);
    let bad = evaluate(&with(
        complete_record(),
        &["options"],
        json!({"services": [{"id": "x", "levels": ["icu"]}]}),
    ))
    .unwrap_err();
    let paths: Vec<&str> = bad.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        ["options.services[0].levels[0]", "options.services[0].name"]
    );
}

#[test]
fn the_catalog_is_complete_in_every_language() {
    for lang in Lang::ALL {
        let c = serde_json::to_value(catalog(lang)).unwrap();
        let items = c["items"].as_array().unwrap();
        assert_eq!(items.len(), tsb_akutt_core::catalog::Item::COUNT);
        for item in items {
            assert!(
                item["label"].as_str().is_some_and(|l| !l.is_empty()),
                "{item}"
            );
            assert!(
                item["help"].as_str().is_some_and(|l| !l.is_empty()),
                "{item}"
            );
        }
        assert!(
            items.iter().filter(|i| i["citizen"].is_string()).count() >= 10,
            "citizen subset"
        );
        assert_eq!(c["instruments"].as_array().unwrap().len(), 7);
        assert_eq!(c["levels"].as_array().unwrap().len(), 8);
    }
}

#[test]
fn instruments_score_on_their_own() {
    let ciwa = score("ciwa_ar", &json!({"total": 15}), &Value::Null).unwrap();
    assert_eq!((ciwa.total, ciwa.band), (Some(15), Some("severe")));
    let asam = score(
        "ciwa_ar",
        &json!({"total": 15}),
        &json!({"cutoffs": {"ciwa_ar": "asam"}}),
    )
    .unwrap();
    assert_eq!(asam.band, Some("moderate"));
    let audit_c = score(
        "audit_c",
        &json!({"q1": 2, "q2": 1, "q3": 0}),
        &json!({"sex": "male"}),
    )
    .unwrap();
    assert_eq!((audit_c.total, audit_c.band), (Some(3), Some("negative")));
    let audit_c = score(
        "audit_c",
        &json!({"q1": 2, "q2": 1, "q3": 0}),
        &json!({"sex": "female"}),
    )
    .unwrap();
    assert_eq!(audit_c.band, Some("positive"));
    let gcs = score(
        "gcs",
        &json!({"eye": 4, "verbal": "nt", "motor": 6}),
        &Value::Null,
    )
    .unwrap();
    assert_eq!((gcs.total, gcs.min, gcs.max), (None, 11, 15));
    let news2 = score("news2", &json!({"resp_rate": 24, "spo2": 95, "on_oxygen": "no", "systolic_bp": 120, "pulse": 95, "consciousness": "alert", "temperature": 37.0}), &Value::Null).unwrap();
    assert_eq!((news2.total, news2.band), (Some(4), Some("low")));
    let pregnant = score(
        "news2",
        &json!({"resp_rate": 24, "pregnant": "yes"}),
        &json!({"lang": "en"}),
    )
    .unwrap();
    assert_eq!(pregnant.total, None);
    assert!(pregnant.not_valid.is_some_and(|t| t.contains("pregnancy")));
    let errors = score("ciwa", &json!({}), &Value::Null).unwrap_err();
    assert_eq!(errors[0].code, tsb_akutt_core::ErrorCode::UnknownInstrument);
    let errors = score("audit", &json!({"q9": 3, "q11": 1}), &Value::Null).unwrap_err();
    let codes: Vec<_> = errors
        .iter()
        .map(|e| (e.code.id(), e.path.as_str()))
        .collect();
    // In document order (serde_json keeps it: preserve_order), as the JSON text entry gives them.
    assert_eq!(
        codes,
        [
            ("out_of_range", "items.q9"),
            ("unknown_instrument_item", "items.q11")
        ]
    );
}

#[test]
fn hostile_json_is_an_error_not_a_crash() {
    let deep = "[".repeat(100_000);
    let errors = evaluate_json(&deep).unwrap_err();
    assert_eq!(errors[0].code.id(), "invalid_json");
    let deep_object = format!("{{\"answers\":{}", "{\"a\":".repeat(50_000));
    assert_eq!(
        evaluate_json(&deep_object).unwrap_err()[0].code.id(),
        "invalid_json"
    );
    let huge_key = format!("{{\"answers\":{{\"{}\":\"yes\"}}}}", "x".repeat(1_000_000));
    let errors = evaluate_json(&huge_key).unwrap_err();
    assert_eq!(errors[0].code.id(), "unknown_item");
    assert!(
        errors[0].message.len() < 300,
        "the message quotes a bounded part of the key"
    );
    let many: serde_json::Map<String, Value> =
        (0..5000).map(|i| (format!("x{i}"), json!(1))).collect();
    let errors = evaluate(&json!({ "answers": many })).unwrap_err();
    assert_eq!(errors.len(), 101);
    assert_eq!(errors[100].code.id(), "too_many_errors");
    for text in [
        "",
        "null",
        "1e400",
        "\"answers\"",
        "{\"answers\": NaN}",
        "{\"answers\":{\"age\":1e999}}",
    ] {
        assert!(evaluate_json(text).is_err(), "{text}");
    }
}

#[test]
fn text_that_is_not_json_says_what_and_where_and_a_key_given_twice_is_refused() {
    let one = |text: &str| {
        let errors = evaluate_json(text).unwrap_err();
        assert_eq!(errors.len(), 1, "{text}: {errors:?}");
        (
            errors[0].code.id(),
            errors[0].path.clone(),
            errors[0].message.clone(),
        )
    };
    // No language can be read from text that is not JSON: nb, the default.
    assert_eq!(
        one("{\"answers\": {\n  \"age\": 30,\n  \"sex\": mann\n}}"),
        (
            "invalid_json",
            String::new(),
            "ugyldig JSON: forventet en verdi på linje 3, kolonne 10".to_string()
        )
    );
    // One answer given twice with two values is not guessed between.
    let (code, path, message) =
        one(r#"{"answers": {"age": 30, "age": 40}, "options": {"lang": "en"}}"#);
    assert_eq!((code, path.as_str()), ("invalid_json", ""));
    assert_eq!(
        message,
        "ugyldig JSON: feltnavnet er gitt to ganger på linje 1, kolonne 25"
    );
    // The same keys in different objects are fine, and errors come in the order of the input.
    let errors =
        evaluate_json(r#"{"answers": {"sex": "x", "age": -1, "pregnnat": "no"}}"#).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(paths, ["answers.sex", "answers.age", "answers.pregnnat"]);
}

/// serde_json's text as the engine's writer writes it: every character outside ASCII as `\uXXXX`,
/// and a whole float as an integer (`120`, not serde_json's `120.0`: JSON has one kind of number).
fn ascii_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else if c == '.' && out.ends_with(|d: char| d.is_ascii_digit()) {
            let rest: String = chars.clone().take(2).collect();
            if rest.starts_with('0') && !rest[1..].starts_with(|d: char| d.is_ascii_digit()) {
                chars.next();
                continue;
            }
        }
        if c.is_ascii() {
            out.push(c);
        } else {
            for unit in c.encode_utf16(&mut [0; 2]) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}

/// The engine's own JSON writer (what the WebAssembly module returns) gives, byte for byte, the text
/// serde_json gives (with non-ASCII escaped), for every golden and conformance case in every language,
/// for every error list and for the catalog: the writer can be made faster without changing a byte.
#[test]
fn the_output_text_is_byte_identical_to_serde_json() {
    let mut inputs: Vec<Value> = tsb_akutt_tests::golden_files()
        .iter()
        .map(|file| tsb_akutt_tests::read_case(file)["input"].clone())
        .collect();
    let conformance = read_json(&tests_dir().join("fixtures/conformance.json"));
    inputs.extend(
        conformance["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["input"].clone()),
    );
    let mut checked = 0;
    for input in &inputs {
        for lang in ["nb", "nn", "en"] {
            let mut input = input.clone();
            if let Some(options) = input.get_mut("options").and_then(Value::as_object_mut) {
                options.insert("lang".into(), json!(lang));
            }
            let text = serde_json::to_string(&input).unwrap();
            let ours = match evaluate_json(&text) {
                Ok(evaluation) => (
                    tsb_akutt_core::json::to_string(&evaluation).unwrap(),
                    serde_json::to_string(&evaluation).unwrap(),
                ),
                Err(errors) => (
                    tsb_akutt_core::json::to_string(&errors).unwrap(),
                    serde_json::to_string(&errors).unwrap(),
                ),
            };
            assert_eq!(ours.0, ascii_escaped(&ours.1), "{text}");
            checked += 1;
        }
    }
    for lang in Lang::ALL {
        let export = catalog(lang);
        assert_eq!(
            tsb_akutt_core::json::to_string(&export).unwrap(),
            ascii_escaped(&serde_json::to_string(&export).unwrap())
        );
    }
    assert!(checked > 500, "only {checked} outputs checked");
}

/// Removes the text fields of `TEXT_FIELDS` from `value`, found by the shape of the output: what
/// `options.texts: false` must give, computed from the full output independently of the writer.
fn without_texts(value: &mut Value, at: &str) {
    // (where in the output, field): the same fields as core's TEXT_FIELDS, by position, not by name.
    let text_field = |at: &str, key: &str| -> bool {
        let last = at.rsplit('.').next().unwrap_or("");
        match key {
            "text" => !at.contains("services"),
            "title" => [
                "indication.criteria[]",
                "completeness.domains[]",
                "completeness.context",
                "routing",
            ]
            .iter()
            .any(|p| at.ends_with(p)),
            "label" => at.ends_with("completeness.decisive[]"),
            "advice" => at == "routing",
            "name" => at.ends_with("contacts[]") || at.starts_with("scores."),
            "headline" => last == "citizen",
            "band_text" | "not_valid" | "thresholds" => at.starts_with("scores."),
            "citation" => at.ends_with("sources[]"),
            _ => false,
        }
    };
    match value {
        Value::Object(map) => {
            map.retain(|k, _| !text_field(at, k));
            for (k, v) in map.iter_mut() {
                let path = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                without_texts(v, &path);
            }
        }
        Value::Array(items) => {
            for v in items {
                without_texts(v, &format!("{at}[]"));
            }
        }
        _ => {}
    }
}

#[test]
fn texts_false_gives_ids_only_and_keeps_what_tells_a_host_to_call_113() {
    let mut inputs: Vec<Value> = vec![complete_record()];
    let citizen = json!({"answers": {"age": 19, "sex": "female", "substances": ["ghb"], "consciousness": "unresponsive", "resp_rate": 6},
                         "options": {"audience": "citizen", "lang": "nn",
                                     "services": [{"id": "lv", "name": "Legevakta", "levels": ["emergency_113", "somatic_emergency"], "phone": "116 117"}]}});
    inputs.push(citizen.clone());
    inputs.push(json!({"answers": {"age": 45, "sex": "male", "substances": ["alcohol"], "consciousness": "alert"}}));
    for input in inputs {
        let full = evaluate_json(&input.to_string())
            .expect("valid")
            .to_json()
            .unwrap();
        let ids =
            evaluate_json(&with(input.clone(), &["options", "texts"], json!(false)).to_string())
                .expect("valid")
                .to_json()
                .unwrap();
        // The default output is unchanged by the option's existence, and `texts: true` is the default.
        let explicit =
            evaluate_json(&with(input.clone(), &["options", "texts"], json!(true)).to_string())
                .expect("valid")
                .to_json()
                .unwrap();
        assert_eq!(full, explicit);
        let mut expected: Value = serde_json::from_str(&full).unwrap();
        without_texts(&mut expected, "");
        let got: Value = serde_json::from_str(&ids).unwrap();
        assert_eq!(got, expected, "{input}");
        assert!(
            ids.len() * 2 < full.len(),
            "{} of {} bytes",
            ids.len(),
            full.len()
        );
    }
    let out: Value = serde_json::from_str(
        &evaluate_json(&with(citizen, &["options", "texts"], json!(false)).to_string())
            .unwrap()
            .to_json()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(out["routing"]["level"], "emergency_113");
    assert_eq!(out["routing"]["citizen"]["action"], "call_113");
    assert_eq!(out["routing"]["summary"]["id"], "settled");
    assert!(out["routing"]["citizen"].get("headline").is_none());
    assert!(out["routing"]["summary"].get("text").is_none());
    // A host's own service data is not a text of the engine: it comes back as given.
    assert_eq!(out["routing"]["services"][0]["name"], "Legevakta");
    assert_eq!(out["routing"]["contacts"][0]["number"], "113");
}

#[test]
fn the_text_fields_of_one_struct_are_listed_together() {
    // The writer finds a struct's entries once, as one run (json/write.rs).
    let fields = tsb_akutt_core::evaluate::TEXT_FIELDS;
    for (i, (name, _)) in fields.iter().enumerate() {
        let later = fields[i + 1..].iter().position(|(n, _)| n == name);
        let next_is_same = fields.get(i + 1).is_some_and(|(n, _)| n == name);
        assert!(later.is_none() || next_is_same, "{name} is split");
    }
}

#[test]
fn texts_must_be_a_boolean() {
    let input = json!({"answers": {"age": 45}, "options": {"texts": "no"}});
    let errors = run(&input).unwrap_err();
    assert_eq!(errors[0]["code"], "wrong_type");
    assert_eq!(errors[0]["path"], "options.texts");
}
