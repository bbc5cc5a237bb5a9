//! FHIR R4 and CDS Hooks interop (issue 5, `docs/FHIR.md`): the Questionnaire generated from the
//! catalog, QuestionnaireResponse in, CDS Hooks cards and GuidanceResponse out.
//!
//! - the committed artefacts (`fhir/`, the generated blocks of `docs/FHIR.md`) are what the code makes
//!   (`UPDATE_FHIR=1 cargo test -p tsb-akutt-tests --test fhir` regenerates them);
//! - every conformance and golden case gives exactly the same evaluation through a QuestionnaireResponse
//!   as natively, and so do random valid inputs;
//! - bad FHIR gives structured errors with codes and FHIR paths, and no JSON at all makes it panic;
//! - the Questionnaire mirrors the catalog; the CDS Hooks response has the fields CDS Hooks 2.0 requires;
//!   the GuidanceResponse says what the evaluation says;
//! - every resource passes the official FHIR R4 JSON schema (`node tests/fhir/validate.mjs`).

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use tsb_akutt_core::catalog::{Item, Kind, Required, CATALOG};
use tsb_akutt_core::fhir;
use tsb_akutt_core::instruments;
use tsb_akutt_core::{evaluate_serde as evaluate, Lang};
use tsb_akutt_tests::{golden_files, read_case, read_json, tests_dir};

// ---- Helpers ---------------------------------------------------------------------------------------

fn repo() -> PathBuf {
    tests_dir().join("..")
}

macro_rules! to_json {
    ($v:expr) => {
        serde_json::to_value($v).expect("serialisable")
    };
}

/// Pretty JSON with the keys in the order FHIR and CDS Hooks examples use (`resourceType` first, `url`
/// before `value…`, `summary` before `detail`, …), the others after them in alphabetical order.
fn pretty(v: &Value) -> String {
    const ORDER: &[&str] = &[
        "resourceType",
        "id",
        "meta",
        "language",
        "url",
        "identifier",
        "version",
        "name",
        "title",
        "_title",
        "status",
        "subjectType",
        "publisher",
        "description",
        "_description",
        "questionnaire",
        "moduleUri",
        "uuid",
        "summary",
        "indicator",
        "detail",
        "source",
        "label",
        "topic",
        "linkId",
        "system",
        "code",
        "display",
        "_display",
        "text",
        "_text",
        "type",
        "required",
        "repeats",
        "enableWhen",
        "enableBehavior",
        "question",
        "operator",
        "answerBoolean",
        "answerCoding",
        "answerOption",
        "extension",
    ];
    fn rank(key: &str) -> (usize, &str) {
        (
            ORDER.iter().position(|k| *k == key).unwrap_or(ORDER.len()),
            key,
        )
    }
    fn write(v: &Value, indent: usize, out: &mut String) {
        let pad = |n: usize| "  ".repeat(n);
        match v {
            Value::Object(m) if !m.is_empty() => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort_by_key(|k| rank(k));
                out.push_str("{\n");
                for (i, k) in keys.iter().enumerate() {
                    out.push_str(&pad(indent + 1));
                    out.push_str(&Value::String((*k).clone()).to_string());
                    out.push_str(": ");
                    write(&m[k.as_str()], indent + 1, out);
                    out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad(indent));
                out.push('}');
            }
            Value::Array(a) if !a.is_empty() => {
                out.push_str("[\n");
                for (i, x) in a.iter().enumerate() {
                    out.push_str(&pad(indent + 1));
                    write(x, indent + 1, out);
                    out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
                }
                out.push_str(&pad(indent));
                out.push(']');
            }
            other => out.push_str(&other.to_string()),
        }
    }
    let mut s = String::new();
    write(v, 0, &mut s);
    s.push('\n');
    assert_eq!(
        serde_json::from_str::<Value>(&s).ok().as_ref(),
        Some(v),
        "the printer keeps the value"
    );
    s
}

/// Every case with an engine input: the conformance vectors and every golden case.
fn cases() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    let fixture = read_json(&tests_dir().join("fixtures/conformance.json"));
    for case in fixture["cases"].as_array().expect("cases") {
        out.push((
            format!("conformance: {}", case["name"].as_str().unwrap_or("?")),
            case["input"].clone(),
        ));
    }
    for path in golden_files() {
        let case = read_case(&path);
        if let Some(input) = case.get("input") {
            out.push((format!("golden {}", path.display()), input.clone()));
        }
    }
    assert!(out.len() >= 12, "the cases are missing");
    out
}

fn options_of(input: &Value) -> Value {
    input.get("options").cloned().unwrap_or(Value::Null)
}

/// The evaluation of an input, through a QuestionnaireResponse.
fn through_fhir(input: &Value) -> Result<Value, Value> {
    let qr = fhir::questionnaire_response(input).map_err(|e| to_json!(&e))?;
    // Through JSON text, as a host would send it.
    let qr: Value = serde_json::from_str(&serde_json::to_string(&qr).expect("text")).expect("json");
    fhir::evaluate_questionnaire_response(&qr, &options_of(input))
        .map(|e| to_json!(&e))
        .map_err(|e| to_json!(&e))
}

fn native(input: &Value) -> Result<Value, Value> {
    evaluate(input)
        .map(|e| to_json!(&e))
        .map_err(|e| to_json!(&e))
}

fn evaluation(input: &Value) -> tsb_akutt_core::Evaluation {
    evaluate(input).unwrap_or_else(|e| panic!("{input}: {e:?}"))
}

/// `(code, path)` pairs.
type Errors = BTreeSet<(String, String)>;

/// The `(code, path)` pairs of an error list.
fn pairs(errors: &[tsb_akutt_core::InputError]) -> BTreeSet<(String, String)> {
    errors
        .iter()
        .map(|e| (e.code.id().to_string(), e.path.clone()))
        .collect()
}

fn qr(items: Value) -> Value {
    json!({ "resourceType": "QuestionnaireResponse", "status": "in-progress", "item": items })
}

fn errors_of(qr: &Value) -> BTreeSet<(String, String)> {
    match fhir::evaluate_questionnaire_response(qr, &Value::Null) {
        Ok(_) => BTreeSet::new(),
        Err(errors) => pairs(&errors),
    }
}

fn set(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(c, p)| (c.to_string(), p.to_string()))
        .collect()
}

// ---- Committed artefacts -----------------------------------------------------------------------------

/// The input of the worked example in docs/FHIR.md.
fn example_input() -> Value {
    json!({
        "answers": {
            "age": 34,
            "sex": "female",
            "substances": ["alcohol", "benzodiazepines"],
            "daily_use": "yes",
            "suspected_overdose": "no",
            "consciousness": "alert",
            "resp_rate": 18,
            "withdrawal_signs": "yes",
            "pregnant": "unknown",
            "recent_discharge": "yes"
        },
        "instruments": { "ciwa_ar": { "total": 18 } },
        "options": { "lang": "en" }
    })
}

/// Every generated file, by its path in the repository.
fn artefacts() -> Vec<(&'static str, String)> {
    let input = example_input();
    let qr = fhir::questionnaire_response(&input).expect("example input");
    let e = fhir::evaluate_questionnaire_response(&qr, &Value::Null).expect("example response");
    vec![
        (
            "fhir/Questionnaire.json",
            pretty(&fhir::questionnaire(Lang::Nb)),
        ),
        ("fhir/examples/QuestionnaireResponse.json", pretty(&qr)),
        (
            "fhir/examples/cds-hooks-response.json",
            pretty(&fhir::cds_hooks_response(&e)),
        ),
        (
            "fhir/examples/GuidanceResponse.json",
            pretty(&fhir::guidance_response(&e)),
        ),
    ]
}

/// Replaces the body of each generated block of `doc` (between `<!-- generated: NAME -->` and
/// `<!-- end: NAME -->`) by the named content.
fn splice(doc: &str, blocks: &[(&str, String)]) -> String {
    let mut out = doc.to_string();
    for (name, content) in blocks {
        let (open, close) = (
            format!("<!-- generated: {name} -->\n"),
            format!("<!-- end: {name} -->"),
        );
        let (Some(start), Some(end)) = (out.find(&open), out.find(&close)) else {
            panic!("docs/FHIR.md lacks the generated block {name}");
        };
        let body_start = start + open.len();
        assert!(body_start <= end, "block {name} is malformed");
        out.replace_range(body_start..end, content);
    }
    out
}

fn doc_blocks() -> Vec<(&'static str, String)> {
    let files = artefacts();
    let get = |path: &str| -> String {
        files
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, c)| c.clone())
            .unwrap_or_default()
    };
    vec![
        (
            "example-input",
            format!("```json\n{}```\n", pretty(&example_input())),
        ),
        (
            "example-qr",
            format!(
                "```json\n{}```\n",
                get("fhir/examples/QuestionnaireResponse.json")
            ),
        ),
        (
            "example-cds-hooks",
            format!(
                "```json\n{}```\n",
                get("fhir/examples/cds-hooks-response.json")
            ),
        ),
    ]
}

#[test]
fn committed_fhir_artefacts_are_up_to_date() {
    let update = std::env::var_os("UPDATE_FHIR").is_some();
    let mut stale = Vec::new();
    let mut files = artefacts();
    let doc_path = "docs/FHIR.md";
    let doc = std::fs::read_to_string(repo().join(doc_path)).expect("docs/FHIR.md");
    files.push((doc_path, splice(&doc, &doc_blocks())));
    for (path, content) in files {
        let full = repo().join(path);
        if std::fs::read_to_string(&full).ok().as_deref() != Some(content.as_str()) {
            if update {
                if let Some(dir) = full.parent() {
                    std::fs::create_dir_all(dir).expect("create dir");
                }
                std::fs::write(&full, content).expect("write");
            } else {
                stale.push(path);
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated FHIR files: {stale:?}\nregenerate with: UPDATE_FHIR=1 cargo test -p tsb-akutt-tests --test fhir"
    );
}

// ---- Round trip ----------------------------------------------------------------------------------

#[test]
fn every_case_gives_the_same_evaluation_through_a_questionnaire_response() {
    let mut failures = Vec::new();
    for (name, input) in cases() {
        match (native(&input), through_fhir(&input)) {
            (Ok(a), Ok(b)) if a == b => {}
            (Err(a), Err(b)) if a == b => {}
            (a, b) => failures.push(format!(
                "{name}:\n  native {}\n  fhir   {}",
                summary(&a),
                summary(&b)
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn summary(r: &Result<Value, Value>) -> String {
    match r {
        Ok(v) => format!(
            "ok {} {} provisional={}",
            v["indication"]["status"], v["routing"]["level"], v["routing"]["provisional"]
        ),
        Err(e) => format!("errors {e}"),
    }
}

#[test]
fn the_mapped_input_is_the_native_input() {
    let input = example_input();
    let qr = fhir::questionnaire_response(&input).expect("qr");
    let back = fhir::input_from_questionnaire_response(&qr, &Value::Null).expect("input");
    assert_eq!(back, input);
}

#[test]
fn the_response_language_chooses_the_output_language_unless_options_say() {
    let mut input = example_input();
    input["options"] = json!({ "lang": "nn" });
    let qr = fhir::questionnaire_response(&input).expect("qr");
    assert_eq!(qr["language"], "nn");
    let e = fhir::evaluate_questionnaire_response(&qr, &Value::Null).expect("eval");
    assert_eq!(e.lang, Lang::Nn);
    let e = fhir::evaluate_questionnaire_response(&qr, &json!({ "lang": "en" })).expect("eval");
    assert_eq!(e.lang, Lang::En);
    let mut regional = qr.clone();
    regional["language"] = json!("nb-NO");
    let e = fhir::evaluate_questionnaire_response(&regional, &json!({})).expect("eval");
    assert_eq!(e.lang, Lang::Nb);
}

#[test]
fn unknown_is_kept_as_unknown_for_every_item_type() {
    // `unknown` is a code for yes/no items and the standard data-absent-reason for the others.
    let input = json!({ "answers": {
        "age": "unknown", "sex": "unknown", "substances": "unknown", "daily_use": "unknown",
        "temperature": "unknown"
    }});
    let qr = fhir::questionnaire_response(&input).expect("qr");
    let text = qr.to_string();
    assert!(text.contains("asked-unknown"), "{text}");
    let mut with_lang = input.clone();
    with_lang["options"] = json!({ "lang": "nb" });
    assert_eq!(
        fhir::input_from_questionnaire_response(&qr, &Value::Null).expect("input"),
        with_lang
    );
    // `not-asked` reads as absent, and any other reason as unknown (never as no).
    let dar = |code: &str| json!({ "extension": [{ "url": fhir::EXT_DATA_ABSENT_REASON, "valueCode": code }] });
    let qr = qr_of(json!([
        { "linkId": "age", "answer": [dar("not-asked")] },
        { "linkId": "seizure", "answer": [dar("asked-declined")] },
    ]));
    let back = fhir::input_from_questionnaire_response(&qr, &Value::Null).expect("input");
    assert_eq!(back, json!({ "answers": { "seizure": "unknown" } }));
}

fn qr_of(items: Value) -> Value {
    qr(items)
}

// ---- Bad input ---------------------------------------------------------------------------------------

#[test]
fn bad_fhir_gives_structured_errors_with_fhir_paths() {
    let tri = |code: &str| json!({ "valueCoding": { "system": fhir::TRI_SYSTEM, "code": code } });
    let cases: Vec<(&str, Value, Errors)> = vec![
        (
            "not an object",
            json!([1, 2]),
            set(&[("wrong_type", "QuestionnaireResponse")]),
        ),
        (
            "wrong resourceType",
            json!({ "resourceType": "Questionnaire", "item": [] }),
            set(&[("invalid_choice", "QuestionnaireResponse.resourceType")]),
        ),
        (
            "no resourceType",
            json!({ "item": [] }),
            set(&[("wrong_type", "QuestionnaireResponse.resourceType")]),
        ),
        (
            "unknown field and modifier extension",
            json!({ "resourceType": "QuestionnaireResponse", "answers": {}, "modifierExtension": [] }),
            set(&[
                ("unknown_field", "QuestionnaireResponse.answers"),
                ("unknown_field", "QuestionnaireResponse.modifierExtension"),
            ]),
        ),
        (
            "entered in error, bad status, other questionnaire",
            json!({ "resourceType": "QuestionnaireResponse", "status": "entered-in-error",
                    "questionnaire": "http://example.org/Questionnaire/other" }),
            set(&[
                ("invalid_choice", "QuestionnaireResponse.status"),
                ("invalid_choice", "QuestionnaireResponse.questionnaire"),
            ]),
        ),
        (
            "elements that carry no answer still have their R4 types",
            json!({ "resourceType": "QuestionnaireResponse", "status": "completed",
                    "id": [1, 2], "meta": 5, "extension": "nope", "_status": 3, "subject": "Patient/1",
                    "item": [{ "linkId": "age", "text": 4, "id": {},
                               "answer": [{ "valueInteger": 30, "extension": [1] }] }] }),
            set(&[
                ("wrong_type", "QuestionnaireResponse.id"),
                ("wrong_type", "QuestionnaireResponse.meta"),
                ("wrong_type", "QuestionnaireResponse.extension"),
                ("wrong_type", "QuestionnaireResponse._status"),
                ("wrong_type", "QuestionnaireResponse.subject"),
                ("wrong_type", "QuestionnaireResponse.item[0].text"),
                ("wrong_type", "QuestionnaireResponse.item[0].id"),
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].answer[0].extension[0]",
                ),
            ]),
        ),
        (
            "missing linkId",
            qr(json!([{ "answer": [tri("yes")] }])),
            set(&[("wrong_type", "QuestionnaireResponse.item[0].linkId")]),
        ),
        (
            "unknown linkId (a typo)",
            qr(
                json!([{ "linkId": "somatic", "item": [{ "linkId": "pregnnat", "answer": [tri("no")] }] }]),
            ),
            set(&[(
                "unknown_item",
                "QuestionnaireResponse.item[0].item[0].linkId",
            )]),
        ),
        (
            "nested groups",
            qr(json!([{ "linkId": "somatic", "item": [{ "linkId": "social", "item": [] }] }])),
            set(&[("wrong_type", "QuestionnaireResponse.item[0].item[0]")]),
        ),
        (
            "an item below a question, and below an answer",
            qr(json!([{ "linkId": "somatic", "item": [
                { "linkId": "seizure", "answer": [tri("no")], "item": [{ "linkId": "pregnant", "answer": [tri("no")] }] },
                { "linkId": "psychosis", "answer": [{ "valueCoding": { "code": "no" }, "item": [{ "linkId": "age" }] }] },
            ] }])),
            set(&[
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].item[0].item[0]",
                ),
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].item[1].answer[0].item[0]",
                ),
            ]),
        ),
        (
            "repeated answers to a non-repeating item",
            qr(
                json!([{ "linkId": "somatic", "item": [{ "linkId": "seizure", "answer": [tri("no"), tri("yes")] }] }]),
            ),
            set(&[("wrong_type", "QuestionnaireResponse.item[0].item[0].answer")]),
        ),
        (
            "the same item twice",
            qr(json!([
                { "linkId": "seizure", "answer": [tri("no")] },
                { "linkId": "somatic", "item": [{ "linkId": "seizure", "answer": [tri("yes")] }] },
            ])),
            set(&[("wrong_type", "QuestionnaireResponse.item[1].item[0]")]),
        ),
        (
            "unknown value type",
            qr(json!([{ "linkId": "age", "answer": [{ "valueAge": { "value": 30 } }] }])),
            set(&[(
                "unknown_field",
                "QuestionnaireResponse.item[0].answer[0].valueAge",
            )]),
        ),
        (
            "wrong value types",
            qr(json!([{ "linkId": "context", "item": [
                { "linkId": "age", "answer": [{ "valueString": "30" }] },
                { "linkId": "sex", "answer": [{ "valueBoolean": true }] },
            ] }])),
            set(&[
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].item[0].answer[0].valueString",
                ),
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].item[1].answer[0].valueBoolean",
                ),
            ]),
        ),
        (
            "a decimal for an integer, and a string in valueInteger",
            qr(json!([
                { "linkId": "age", "answer": [{ "valueDecimal": 30.5 }] },
                { "linkId": "pulse", "answer": [{ "valueInteger": "80" }] },
            ])),
            set(&[
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[0].answer[0].valueDecimal",
                ),
                (
                    "wrong_type",
                    "QuestionnaireResponse.item[1].answer[0].valueInteger",
                ),
            ]),
        ),
        (
            "an answer without a value, and one with two",
            qr(json!([
                { "linkId": "seizure", "answer": [{}] },
                { "linkId": "psychosis", "answer": [{ "valueCoding": { "code": "no" }, "valueString": "no" }] },
            ])),
            set(&[
                ("wrong_type", "QuestionnaireResponse.item[0].answer[0]"),
                ("wrong_type", "QuestionnaireResponse.item[1].answer[0]"),
            ]),
        ),
        (
            "another code system, a code that is not a choice",
            qr(json!([
                { "linkId": "seizure", "answer": [{ "valueCoding": { "system": "http://snomed.info/sct", "code": "373066001" } }] },
                { "linkId": "sex", "answer": [{ "valueCoding": { "system": fhir::choice_system("sex"), "code": "m" } }] },
            ])),
            set(&[
                (
                    "invalid_choice",
                    "QuestionnaireResponse.item[0].answer[0].valueCoding.system",
                ),
                (
                    "invalid_choice",
                    "QuestionnaireResponse.item[1].answer[0].valueCoding",
                ),
            ]),
        ),
        (
            "out of range, with the engine's code and the FHIR path",
            qr(
                json!([{ "linkId": "context", "item": [{ "linkId": "age", "answer": [{ "valueInteger": 130 }] }] }]),
            ),
            set(&[(
                "out_of_range",
                "QuestionnaireResponse.item[0].item[0].answer[0].valueInteger",
            )]),
        ),
        (
            "an invalid choice in a multi-choice, by answer",
            qr(json!([{ "linkId": "substances", "answer": [
                { "valueCoding": { "code": "alcohol" } }, { "valueCoding": { "code": "tobacco" } }
            ] }])),
            set(&[(
                "invalid_choice",
                "QuestionnaireResponse.item[0].answer[1].valueCoding",
            )]),
        ),
        (
            "inconsistent answers",
            qr(json!([
                { "linkId": "pregnant", "answer": [tri("no")] },
                { "linkId": "pregnancy_test", "answer": [{ "valueCoding": { "code": "positive" } }] },
            ])),
            set(&[(
                "inconsistent",
                "QuestionnaireResponse.item[1].answer[0].valueCoding",
            )]),
        ),
        (
            "instrument points and totals",
            qr(json!([
                { "linkId": "instruments.audit", "item": [
                    { "linkId": "instruments.audit.q9", "answer": [{ "valueInteger": 3 }] },
                ] },
                { "linkId": "instruments.gcs", "item": [
                    { "linkId": "instruments.gcs.eye", "answer": [{ "valueCoding": { "code": "9" } }] },
                    { "linkId": "instruments.gcs.total", "answer": [{ "valueInteger": 15 }] },
                ] },
                { "linkId": "instruments.cows", "answer": [{ "valueInteger": 3 }] },
            ])),
            set(&[
                (
                    "out_of_range",
                    "QuestionnaireResponse.item[0].item[0].answer[0].valueInteger",
                ),
                (
                    "invalid_choice",
                    "QuestionnaireResponse.item[1].item[0].answer[0].valueCoding.code",
                ),
                ("wrong_type", "QuestionnaireResponse.item[2].answer"),
            ]),
        ),
        (
            "a bad data-absent-reason, and one with a value",
            qr(json!([
                { "linkId": "seizure", "answer": [{ "extension": [{ "url": fhir::EXT_DATA_ABSENT_REASON, "valueCode": "maybe" }] }] },
                { "linkId": "psychosis", "answer": [{ "valueCoding": { "code": "no" }, "extension": [{ "url": fhir::EXT_DATA_ABSENT_REASON, "valueCode": "unknown" }] }] },
            ])),
            set(&[
                (
                    "invalid_choice",
                    "QuestionnaireResponse.item[0].answer[0].extension[0].valueCode",
                ),
                ("inconsistent", "QuestionnaireResponse.item[1].answer[0]"),
            ]),
        ),
        (
            "options are checked by the engine",
            qr(json!([])),
            BTreeSet::new(),
        ),
    ];
    let mut failures = Vec::new();
    for (name, qr, want) in cases {
        let got = errors_of(&qr);
        if got != want {
            failures.push(format!("{name}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    let bad_options =
        fhir::evaluate_questionnaire_response(&qr(json!([])), &json!({ "lang": "de" }))
            .expect_err("lang de");
    assert_eq!(
        pairs(&bad_options),
        set(&[("invalid_choice", "options.lang")])
    );
}

#[test]
fn error_messages_name_the_link_id_in_the_requested_language() {
    let bad = qr(json!([{ "linkId": "age", "answer": [{ "valueInteger": 130 }] }]));
    let errors = fhir::evaluate_questionnaire_response(&bad, &json!({ "lang": "en" }))
        .expect_err("out of range");
    assert_eq!(errors.len(), 1);
    assert!(errors[0].message.contains("`age`"), "{}", errors[0].message);
    let typo = qr(json!([{ "linkId": "pregnnat" }]));
    let errors =
        fhir::evaluate_questionnaire_response(&typo, &json!({ "lang": "nn" })).expect_err("typo");
    assert_eq!(
        errors[0].message,
        "ukjend linkId `pregnnat`; meinte du `pregnant`?"
    );
}

#[test]
fn help_items_in_a_response_are_ignored() {
    let with_help = qr(
        json!([{ "linkId": "seizure", "answer": [{ "valueCoding": { "code": "no" } }],
        "item": [{ "linkId": "seizure.help" }] }]),
    );
    let back = fhir::input_from_questionnaire_response(&with_help, &Value::Null).expect("help");
    assert_eq!(back, json!({ "answers": { "seizure": "no" } }));
}

// ---- No panic, whatever the JSON ---------------------------------------------------------------------

fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = [
        "resourceType",
        "QuestionnaireResponse",
        "item",
        "linkId",
        "answer",
        "valueCoding",
        "valueInteger",
        "valueDecimal",
        "valueBoolean",
        "valueString",
        "code",
        "system",
        "extension",
        "url",
        "valueCode",
        "status",
        "questionnaire",
        "language",
        "modifierExtension",
        "text",
        "yes",
        "no",
        "unknown",
        "nt",
        "male",
        "alcohol",
        "none",
        "asked-unknown",
        "not-asked",
        "completed",
        "entered-in-error",
        fhir::EXT_DATA_ABSENT_REASON,
        fhir::TRI_SYSTEM,
        fhir::QUESTIONNAIRE_URL,
        "instruments.gcs",
        "instruments.gcs.eye",
        "instruments.pawss.blackouts",
        "instruments.audit.total",
        "somatic",
        "context",
        "age.help",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    words.extend(CATALOG.iter().map(|d| d.id.to_string()));
    words
}

fn any_json() -> impl Strategy<Value = Value> {
    let words = vocabulary();
    let key = prop_oneof![
        4 => proptest::sample::select(words.clone()),
        1 => ".{0,10}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-200i64..200).prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        proptest::sample::select(words).prop_map(Value::String),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 96, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..7)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A QuestionnaireResponse-shaped value: real linkIds and value types, in random combinations.
fn any_response() -> impl Strategy<Value = Value> {
    let links: Vec<String> = {
        let mut l: Vec<String> = CATALOG.iter().map(|d| d.id.to_string()).collect();
        l.extend(
            [
                "context",
                "somatic",
                "social",
                "instruments.ciwa_ar",
                "instruments.gcs",
                "instruments.gcs.motor",
                "instruments.pawss.blackouts",
                "instruments.audit.q9",
                "instruments.news2.total",
                "age.help",
                "nope",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        l
    };
    let value = prop_oneof![
        proptest::sample::select(vec![
            "yes", "no", "unknown", "male", "alcohol", "none", "nt", "3", "alert"
        ])
        .prop_map(|c| json!({ "valueCoding": { "code": c } })),
        (-5i64..400).prop_map(|n| json!({ "valueInteger": n })),
        (-5.0f64..400.0).prop_map(|n| json!({ "valueDecimal": n })),
        any::<bool>().prop_map(|b| json!({ "valueBoolean": b })),
        Just(
            json!({ "extension": [{ "url": fhir::EXT_DATA_ABSENT_REASON, "valueCode": "asked-unknown" }] })
        ),
        any_json().prop_map(|v| json!({ "valueString": v })),
    ];
    let question = (
        proptest::sample::select(links.clone()),
        proptest::collection::vec(value, 0..3),
    )
        .prop_map(|(l, answers)| json!({ "linkId": l, "answer": answers }));
    let group = (
        proptest::sample::select(links),
        proptest::collection::vec(question.clone(), 0..6),
    )
        .prop_map(|(l, items)| json!({ "linkId": l, "item": items }));
    proptest::collection::vec(prop_oneof![question, group], 0..8)
        .prop_map(|items| json!({ "resourceType": "QuestionnaireResponse", "item": items }))
}

/// A valid answer to `item`, or `unknown`.
fn valid_answer(item: Item) -> BoxedStrategy<Value> {
    let unknown = Just(json!("unknown"));
    match item.def().kind {
        Kind::Tri(_) => proptest::sample::select(vec!["yes", "no", "unknown"]).prop_map(|s| json!(s)).boxed(),
        Kind::Int { min, max, .. } => prop_oneof![4 => (min..=max).prop_map(|n| json!(n)), 1 => unknown].boxed(),
        Kind::Number { min, max, .. } => prop_oneof![
            4 => ((min * 10.0) as i64..=(max * 10.0) as i64).prop_map(|n| json!(n as f64 / 10.0)),
            1 => unknown,
        ]
        .boxed(),
        Kind::Choice(choices) => prop_oneof![
            4 => proptest::sample::select(choices.iter().map(|c| c.id).collect::<Vec<_>>()).prop_map(|c| json!(c)),
            1 => unknown,
        ]
        .boxed(),
        Kind::Multi(choices) => {
            let others: Vec<&'static str> = choices.iter().map(|c| c.id).filter(|c| *c != "none").collect();
            prop_oneof![
                1 => Just(json!(["none"])),
                1 => unknown,
                4 => proptest::sample::subsequence(others.clone(), 1..=others.len().min(4)).prop_map(|s| json!(s)),
            ]
            .boxed()
        }
    }
}

fn any_valid_input() -> impl Strategy<Value = Value> {
    let answers = proptest::sample::subsequence(Item::all().collect::<Vec<_>>(), 0..=Item::COUNT)
        .prop_flat_map(|items| {
            items
                .into_iter()
                .map(|i| valid_answer(i).prop_map(move |v| (i.id().to_string(), v)))
                .collect::<Vec<_>>()
        })
        .prop_map(|kv| Value::Object(kv.into_iter().collect()));
    let instruments = prop_oneof![
        Just(json!({})),
        (
            0i64..=7,
            0i64..=7,
            prop_oneof![Just(json!(1)), Just(json!("nt"))],
            any::<bool>()
        )
            .prop_map(|(n, t, eye, b)| json!({
                "ciwa_ar": { "nausea_vomiting": n, "tremor": t },
                "gcs": { "eye": eye, "verbal": 5, "motor": 6 },
                "pawss": { "blackouts": b },
                "news2": { "total": 3 }
            })),
        (0i64..=4).prop_map(|q| json!({ "audit": { "q1": q, "q2": 0, "q3": 1 }, "audit_c": {} })),
    ];
    let lang = proptest::sample::select(vec!["nb", "nn", "en"]);
    (answers, instruments, lang).prop_map(|(answers, instruments, lang)| {
        json!({ "answers": answers, "instruments": instruments, "options": { "lang": lang } })
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_json_makes_the_reader_panic(value in any_json(), options in any_json()) {
        let _ = fhir::evaluate_questionnaire_response(&value, &options);
        let _ = fhir::evaluate_questionnaire_response(&json!({ "resourceType": "QuestionnaireResponse", "item": value }), &Value::Null);
        let _ = fhir::questionnaire_response(&value);
    }

    #[test]
    fn response_shaped_json_gives_an_evaluation_or_errors_with_paths(qr in any_response()) {
        match fhir::evaluate_questionnaire_response(&qr, &Value::Null) {
            Ok(e) => {
                let cards = fhir::cds_hooks_response(&e);
                prop_assert!(card_problems(&cards).is_empty(), "{:?}", card_problems(&cards));
                let _ = fhir::guidance_response(&e);
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(e.path.starts_with("QuestionnaireResponse") || e.path.starts_with("options")
                        || e.code.id() == "too_many_errors", "{e:?}");
                }
            }
        }
    }

    #[test]
    fn random_valid_inputs_give_the_same_evaluation_through_fhir(input in any_valid_input()) {
        prop_assert_eq!(native(&input), through_fhir(&input));
    }
}

// ---- The Questionnaire -------------------------------------------------------------------------------

fn all_items(items: &Value, out: &mut Vec<Value>) {
    for item in items.as_array().into_iter().flatten() {
        out.push(item.clone());
        all_items(&item["item"], out);
    }
}

fn translation(element: &Value, lang: &str) -> Option<String> {
    element["extension"]
        .as_array()?
        .iter()
        .filter(|e| e["url"] == fhir::EXT_TRANSLATION)
        .find(|e| e["extension"][0]["valueCode"] == lang)
        .and_then(|e| e["extension"][1]["valueString"].as_str().map(String::from))
}

#[test]
fn the_questionnaire_mirrors_the_catalog() {
    let q = fhir::questionnaire(Lang::Nb);
    assert_eq!(q["resourceType"], "Questionnaire");
    assert_eq!(q["url"], fhir::QUESTIONNAIRE_URL);
    assert_eq!(q["version"], tsb_akutt_core::RULESET);
    let mut items = Vec::new();
    all_items(&q["item"], &mut items);
    let link_ids: Vec<&str> = items.iter().filter_map(|i| i["linkId"].as_str()).collect();
    let unique: BTreeSet<&str> = link_ids.iter().copied().collect();
    assert_eq!(unique.len(), link_ids.len(), "linkIds are unique");
    // Groups never nest: every top-level item is a group of questions.
    for group in q["item"].as_array().expect("groups") {
        assert_eq!(group["type"], "group");
        for child in group["item"].as_array().expect("children") {
            assert_ne!(child["type"], "group", "{}", child["linkId"]);
        }
    }
    let find = |id: &str| {
        items
            .iter()
            .find(|i| i["linkId"] == id)
            .cloned()
            .unwrap_or(Value::Null)
    };
    for d in CATALOG.iter() {
        let item = find(d.id);
        assert!(item.is_object(), "{} is missing", d.id);
        assert_eq!(item["text"], d.label.get(Lang::Nb), "{}", d.id);
        assert_eq!(
            translation(&item["_text"], "nn").as_deref(),
            Some(d.label.get(Lang::Nn)),
            "{}",
            d.id
        );
        assert_eq!(
            translation(&item["_text"], "en").as_deref(),
            Some(d.label.get(Lang::En)),
            "{}",
            d.id
        );
        let help = find(&format!("{}.help", d.id));
        assert_eq!(help["type"], "display");
        assert_eq!(help["text"], d.help.get(Lang::Nb));
        let codes = |item: &Value| -> Vec<String> {
            item["answerOption"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|o| o["valueCoding"]["code"].as_str().map(String::from))
                .collect()
        };
        match d.kind {
            Kind::Tri(_) => {
                assert_eq!(item["type"], "choice");
                assert_eq!(codes(&item), ["yes", "no", "unknown"]);
            }
            Kind::Int { min, max, .. } => {
                assert_eq!(item["type"], "integer");
                assert_eq!(item["extension"][0]["valueInteger"], min);
                assert_eq!(item["extension"][1]["valueInteger"], max);
            }
            Kind::Number { min, max, .. } => {
                assert_eq!(item["type"], "decimal");
                assert_eq!(item["extension"][0]["valueDecimal"].as_f64(), Some(min));
                assert_eq!(item["extension"][1]["valueDecimal"].as_f64(), Some(max));
            }
            Kind::Choice(choices) | Kind::Multi(choices) => {
                assert_eq!(item["type"], "choice");
                assert_eq!(
                    codes(&item),
                    choices.iter().map(|c| c.id).collect::<Vec<_>>(),
                    "{}",
                    d.id
                );
            }
        }
        assert_eq!(
            item["repeats"].as_bool().unwrap_or(false),
            matches!(d.kind, Kind::Multi(_)),
            "{}",
            d.id
        );
        let required = item["required"].as_bool().unwrap_or(false);
        let enable_when = item["enableWhen"].as_array().map_or(0, Vec::len);
        match d.required {
            Required::Never => assert!(!required && enable_when == 0, "{}", d.id),
            Required::Always => assert!(required && enable_when == 0, "{}", d.id),
            Required::IfMinorChildren
            | Required::IfOat
            | Required::IfPregnancyRelevant
            | Required::IfWithdrawalSubstance => {
                assert!(required && enable_when > 0, "{}", d.id)
            }
            // Kept visible: a score can meet a criterion whatever else is known (docs/FHIR.md).
            Required::IfAlcoholWithdrawal | Required::IfOpioidWithdrawal => {
                assert!(!required && enable_when == 0, "{}", d.id)
            }
        }
        for w in item["enableWhen"].as_array().into_iter().flatten() {
            let target = w["question"].as_str().expect("question");
            assert!(
                link_ids.iter().position(|l| *l == target)
                    < link_ids.iter().position(|l| *l == d.id),
                "{} depends on {target}, which comes later",
                d.id
            );
        }
    }
    for id in instruments::ids() {
        let instrument = instruments::instrument(id).expect("instrument");
        assert_eq!(find(&format!("instruments.{id}"))["type"], "group");
        for it in instrument.items {
            assert!(
                find(&format!("instruments.{id}.{}", it.id)).is_object(),
                "{id}.{}",
                it.id
            );
        }
        assert_eq!(find(&format!("instruments.{id}.total"))["type"], "integer");
    }
    assert_eq!(
        find("instruments.audit.total")["code"][0]["code"],
        "75624-7"
    );
    assert_eq!(
        find("instruments.audit_c.total")["code"][0]["code"],
        "75626-2"
    );
    assert_eq!(find("instruments.gcs.total")["code"][0]["code"], "9269-2");
}

#[test]
fn the_language_only_chooses_the_primary_text() {
    let nb = fhir::questionnaire(Lang::Nb);
    let en = fhir::questionnaire(Lang::En);
    assert_eq!(nb["language"], "nb");
    assert_eq!(en["language"], "en");
    let age = |q: &Value| q["item"][0]["item"][0].clone();
    assert_eq!(age(&nb)["text"], "Alder");
    assert_eq!(age(&en)["text"], "Age");
    assert_eq!(
        translation(&age(&en)["_text"], "nb").as_deref(),
        Some("Alder")
    );
    let strip = |q: &Value| -> String {
        let mut items = Vec::new();
        all_items(&q["item"], &mut items);
        items
            .iter()
            .map(|i| format!("{}:{}", i["linkId"], i["type"]))
            .collect::<Vec<_>>()
            .join(",")
    };
    assert_eq!(strip(&nb), strip(&en));
}

// ---- Scored items (SDC) -------------------------------------------------------------------------------

/// Every item of `q` whose linkId is an instrument item scored by points.
fn scored_items(q: &Value) -> Vec<(String, &'static str, &'static str, Value)> {
    let mut all = Vec::new();
    all_items(&q["item"], &mut all);
    let mut out = Vec::new();
    for id in instruments::ids() {
        let instrument = instruments::instrument(id).expect("instrument");
        for it in instrument.items {
            if it.points.is_boolean() {
                continue;
            }
            let link_id = format!("instruments.{id}.{}", it.id);
            let item = all
                .iter()
                .find(|i| i["linkId"] == link_id.as_str())
                .unwrap_or_else(|| panic!("{link_id} is missing"))
                .clone();
            out.push((link_id, id, it.id, item));
        }
    }
    out
}

#[test]
fn instrument_items_are_scored_choices_with_words_and_ordinal_values() {
    for lang in Lang::ALL {
        let q = fhir::questionnaire(lang);
        let catalog = tsb_akutt_core::catalog(lang);
        let items = scored_items(&q);
        assert!(items.len() >= 40, "{} scored items", items.len());
        for (link_id, instrument, item_id, item) in items {
            assert_eq!(item["type"], "choice", "{link_id}");
            let options = item["answerOption"].as_array().expect("answerOption");
            let words = &catalog
                .instruments
                .iter()
                .find(|i| i.id == instrument)
                .and_then(|i| i.items.iter().find(|it| it.id == item_id))
                .unwrap_or_else(|| panic!("{link_id} is not in the catalog"))
                .options;
            let scored: Vec<&Value> = options
                .iter()
                .filter(|o| o["valueCoding"]["code"] != "nt")
                .collect();
            assert_eq!(scored.len(), words.len(), "{link_id}: one option per point");
            for (option, word) in scored.iter().zip(words) {
                assert!(option.get("valueInteger").is_none(), "{link_id}");
                let coding = &option["valueCoding"];
                assert_eq!(coding["system"], fhir::choice_system(&link_id), "{link_id}");
                assert_eq!(coding["code"], word.points.to_string(), "{link_id}");
                // The points, then the words of the option, as the catalog has them.
                assert_eq!(
                    coding["display"],
                    format!("{} – {}", word.points, word.label),
                    "{link_id}"
                );
                assert!(!word.label.trim().is_empty(), "{link_id} {}", word.points);
                for other in Lang::ALL.iter().filter(|l| **l != lang) {
                    let t = translation(&coding["_display"], other.id())
                        .unwrap_or_else(|| panic!("{link_id}: no {} display", other.id()));
                    assert!(t.starts_with(&format!("{} – ", word.points)), "{t}");
                }
                assert_eq!(
                    option["extension"],
                    json!([{ "url": fhir::EXT_ORDINAL_VALUE, "valueDecimal": word.points }]),
                    "{link_id}"
                );
            }
            let not_testable = options.len() - scored.len();
            assert_eq!(
                not_testable,
                usize::from(instrument == "gcs"),
                "{link_id}: `nt` only for the GCS components"
            );
        }
    }
    // The words differ between options: GCS eye is no longer bare "1"-"4".
    let gcs = tsb_akutt_core::catalog(Lang::En);
    let eye = gcs
        .instruments
        .iter()
        .find(|i| i.id == "gcs")
        .and_then(|i| i.items.iter().find(|it| it.id == "eye"))
        .expect("gcs eye");
    let labels: Vec<&str> = eye.options.iter().map(|o| o.label).collect();
    assert_eq!(labels, ["None", "To pressure", "To sound", "Spontaneous"]);
}

/// A rewrite of one scored answer: its points and the option of the Questionnaire give the answer.
type Rewrite = dyn Fn(u8, &Value) -> Value;

/// Rewrites each instrument answer given as a code of ours (as [`fhir::questionnaire_response`]
/// writes them) with `rewrite(points, option of the Questionnaire)`.
fn rewrite_scored_answers(value: &mut Value, q: &Value, rewrite: &Rewrite) {
    let options: Vec<(String, Value)> = scored_items(q)
        .into_iter()
        .map(|(link_id, _, _, item)| (link_id, item["answerOption"].clone()))
        .collect();
    fn walk(v: &mut Value, options: &[(String, Value)], rewrite: &Rewrite) {
        // `get_mut`, not indexing: indexing a missing key would add it as `null`.
        let items = v.get_mut("item").and_then(Value::as_array_mut);
        for item in items.into_iter().flatten() {
            let link_id = item["linkId"].as_str().unwrap_or("").to_string();
            if let Some((_, opts)) = options.iter().find(|(l, _)| *l == link_id) {
                let answers = item.get_mut("answer").and_then(Value::as_array_mut);
                for answer in answers.into_iter().flatten() {
                    let Some(points) = answer["valueCoding"]["code"]
                        .as_str()
                        .and_then(|c| c.parse::<u8>().ok())
                    else {
                        continue;
                    };
                    let option = opts
                        .as_array()
                        .into_iter()
                        .flatten()
                        .find(|o| {
                            o["valueCoding"]["code"]
                                .as_str()
                                .and_then(|c| c.parse().ok())
                                == Some(points)
                        })
                        .cloned()
                        .unwrap_or(Value::Null);
                    *answer = rewrite(points, &option);
                }
            }
            walk(item, options, rewrite);
        }
    }
    walk(value, &options, rewrite);
}

#[test]
fn scored_answers_are_read_by_code_by_ordinal_value_or_as_integers() {
    let q = fhir::questionnaire(Lang::Nb);
    let cases: Vec<(String, Value)> = cases()
        .into_iter()
        .filter(|(_, input)| {
            input["instruments"].as_object().is_some_and(|m| {
                m.values()
                    .any(|i| i.as_object().is_some_and(|i| i.len() > 1))
            })
        })
        .collect();
    // What LHC-Forms 40 exports for an option with `ordinalValue` (lforms' _lfItemValueToFhirAnswer):
    // the option's system, code and display, and the score as an `ordinalValue` extension of the
    // Coding itself.
    let lhc_forms = |points: u8, option: &Value| {
        let c = &option["valueCoding"];
        json!({ "valueCoding": {
            "system": c["system"], "code": c["code"], "display": c["display"],
            "extension": [{ "url": fhir::EXT_ORDINAL_VALUE, "valueDecimal": points }],
        } })
    };
    let points_only = |points: u8, _: &Value| json!({ "valueCoding": { "extension": [{ "url": fhir::EXT_ORDINAL_VALUE, "valueDecimal": points }] } });
    let integer = |points: u8, _: &Value| json!({ "valueInteger": points });
    let code_only =
        |points: u8, _: &Value| json!({ "valueCoding": { "code": points.to_string() } });
    let variants: [(&str, &Rewrite); 4] = [
        ("LHC-Forms", &lhc_forms),
        ("ordinalValue only", &points_only),
        ("valueInteger", &integer),
        ("code only", &code_only),
    ];
    let mut scored = 0;
    for (name, input) in &cases {
        let expected = native(input);
        let Ok(written) = fhir::questionnaire_response(input) else {
            // An input with errors (a total that disagrees with its items) has no response.
            assert!(expected.is_err(), "{name}");
            continue;
        };
        for (variant, rewrite) in variants {
            let mut qr = written.clone();
            rewrite_scored_answers(&mut qr, &q, rewrite);
            if qr == written {
                // Only items answered yes or no (PAWSS).
                continue;
            }
            scored += 1;
            let got = fhir::evaluate_questionnaire_response(&qr, &options_of(input))
                .map(|e| to_json!(&e))
                .map_err(|e| to_json!(&e));
            assert_eq!(got, expected, "{name}: {variant}");
        }
    }
    assert!(scored >= 4 * 5, "{scored} responses with scored answers");
}

#[test]
fn scored_answers_that_disagree_or_say_nothing_are_errors() {
    let ciwa = |answer: Value| {
        qr(json!([{ "linkId": "instruments.ciwa_ar", "item": [
            { "linkId": "instruments.ciwa_ar.tremor", "answer": [answer] },
        ] }]))
    };
    let at = "QuestionnaireResponse.item[0].item[0].answer[0].valueCoding";
    let ordinal = |v: Value| json!([{ "url": fhir::EXT_ORDINAL_VALUE, "valueDecimal": v }]);
    for (name, answer, expected) in [
        (
            "code and ordinalValue disagree",
            json!({ "valueCoding": { "code": "4", "extension": ordinal(json!(3)) } }),
            set(&[("inconsistent", at)]),
        ),
        (
            "points the item does not allow, by ordinalValue",
            json!({ "valueCoding": { "extension": ordinal(json!(8)) } }),
            set(&[("invalid_choice", &format!("{at}.extension[0].valueDecimal"))]),
        ),
        (
            "a fraction of a point",
            json!({ "valueCoding": { "extension": ordinal(json!(2.5)) } }),
            set(&[("invalid_choice", &format!("{at}.extension[0].valueDecimal"))]),
        ),
        (
            "a code that is not points",
            json!({ "valueCoding": { "code": "03" } }),
            set(&[("invalid_choice", &format!("{at}.code"))]),
        ),
        (
            "`nt` where the item cannot be not testable",
            json!({ "valueCoding": { "code": "nt" } }),
            set(&[("invalid_choice", &format!("{at}.code"))]),
        ),
        (
            // What LHC-Forms exported from the Questionnaire of engine 0.2.0 (valueInteger options):
            // a display and no code. Points are not guessed from a display.
            "a display only",
            json!({ "valueCoding": { "display": "3" } }),
            set(&[("wrong_type", &format!("{at}.code"))]),
        ),
        (
            // As LHC-Forms wrote it: the display a number, which R4 types as a string.
            "a display only, as a number",
            json!({ "valueCoding": { "display": 3 } }),
            set(&[("wrong_type", &format!("{at}.display"))]),
        ),
        (
            "another code system",
            json!({ "valueCoding": { "system": "http://loinc.org", "code": "3" } }),
            set(&[("invalid_choice", &format!("{at}.system"))]),
        ),
    ] {
        assert_eq!(errors_of(&ciwa(answer)), expected, "{name}");
    }
    // The points system of engine 0.2.0's Questionnaire is still read for the GCS components.
    let gcs = qr(json!([{ "linkId": "instruments.gcs", "item": [
        { "linkId": "instruments.gcs.eye", "answer": [{ "valueCoding": { "system": fhir::POINTS_SYSTEM, "code": "nt" } }] },
        { "linkId": "instruments.gcs.verbal", "answer": [{ "valueCoding": { "system": fhir::POINTS_SYSTEM, "code": "4" } }] },
    ] }]));
    let input = fhir::input_from_questionnaire_response(&gcs, &Value::Null).expect("valid");
    assert_eq!(
        input["instruments"]["gcs"],
        json!({ "eye": "nt", "verbal": 4 })
    );
}

// ---- Helsenorge flavour ------------------------------------------------------------------------------

fn has_underscore_key(v: &Value) -> bool {
    match v {
        Value::Object(m) => m
            .iter()
            .any(|(k, v)| k.starts_with('_') || has_underscore_key(v)),
        Value::Array(list) => list.iter().any(has_underscore_key),
        _ => false,
    }
}

#[test]
fn the_helsenorge_flavour_is_one_sdf_questionnaire_per_language() {
    for lang in Lang::ALL {
        let bundle = fhir::questionnaire_helsenorge(lang);
        assert_eq!(bundle["resourceType"], "Bundle");
        assert_eq!(bundle["type"], "collection");
        let entries = bundle["entry"].as_array().expect("entries");
        assert_eq!(entries.len(), 3);
        let tags: Vec<&str> = entries
            .iter()
            .map(|e| {
                e["resource"]["meta"]["tag"][0]["code"]
                    .as_str()
                    .unwrap_or("")
            })
            .collect();
        let mut sorted = tags.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, ["en-GB", "nb-NO", "nn-NO"]);
        for (entry, tag) in entries.iter().zip(&tags) {
            let q = &entry["resource"];
            let l = match *tag {
                "nb-NO" => Lang::Nb,
                "nn-NO" => Lang::Nn,
                _ => Lang::En,
            };
            let plain = fhir::questionnaire(l);
            assert_eq!(q["resourceType"], "Questionnaire");
            assert_eq!(q["meta"]["profile"], json!([fhir::SDF_QUESTIONNAIRE]));
            assert_eq!(q["meta"]["tag"][0]["system"], fhir::BCP_47);
            assert_eq!(q["language"], *tag);
            assert_eq!(q["url"], plain["url"]);
            assert_eq!(q["version"], plain["version"]);
            assert!(
                entry["fullUrl"]
                    .as_str()
                    .is_some_and(|u| u.ends_with(q["id"].as_str().unwrap_or("?"))),
                "{entry}"
            );
            // In its own language only: no translation extensions, the same texts and codes as the
            // plain Questionnaire in that language.
            assert!(!has_underscore_key(q), "{tag} has a translation extension");
            let (mut a, mut b) = (Vec::new(), Vec::new());
            all_items(&q["item"], &mut a);
            all_items(&plain["item"], &mut b);
            assert_eq!(a.len(), b.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!(x["linkId"], y["linkId"]);
                assert_eq!(x["text"], y["text"], "{}", x["linkId"]);
                let codes = |i: &Value| -> Vec<Value> {
                    i["answerOption"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .map(|o| o["valueCoding"]["code"].clone())
                        .collect()
                };
                assert_eq!(codes(x), codes(y), "{}", x["linkId"]);
            }
        }
        assert_eq!(
            tags[0],
            ["nb-NO", "nn-NO", "en-GB"][Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)],
            "the requested language first"
        );
    }
    // A response to any of them (language `nn-NO`) is read as a response to the plain Questionnaire,
    // in the language of its tag.
    let bundle = fhir::questionnaire_helsenorge(Lang::Nn);
    let q = &bundle["entry"][0]["resource"];
    let mut qr = fhir::questionnaire_response(&example_input()).expect("example");
    qr["language"] = q["language"].clone();
    qr["questionnaire"] = json!(format!(
        "{}|{}",
        q["url"].as_str().unwrap_or(""),
        q["version"].as_str().unwrap_or("")
    ));
    let e = fhir::evaluate_questionnaire_response(&qr, &Value::Null).expect("valid");
    assert_eq!(e.lang, Lang::Nn);
}

// ---- CDS Hooks -----------------------------------------------------------------------------------------

const CARD_FIELDS: [&str; 9] = [
    "uuid",
    "summary",
    "detail",
    "indicator",
    "source",
    "suggestions",
    "selectionBehavior",
    "overrideReasons",
    "links",
];

fn is_uuid(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.iter().map(|p| p.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12]
        && parts.iter().all(|p| {
            p.chars()
                .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        })
}

/// What a CDS Hooks 2.0 response breaks of the specification (empty: nothing).
fn card_problems(response: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let Some(obj) = response.as_object() else {
        return vec!["the response is not an object".into()];
    };
    for key in obj.keys() {
        if key != "cards" && key != "systemActions" {
            problems.push(format!("unknown response field {key}"));
        }
    }
    let Some(cards) = obj.get("cards").and_then(Value::as_array) else {
        return vec!["cards is required and an array".into()];
    };
    let mut uuids = BTreeSet::new();
    for (i, card) in cards.iter().enumerate() {
        let Some(c) = card.as_object() else {
            problems.push(format!("card {i} is not an object"));
            continue;
        };
        for key in c.keys() {
            if !CARD_FIELDS.contains(&key.as_str()) {
                problems.push(format!("card {i}: unknown field {key}"));
            }
        }
        match c.get("summary").and_then(Value::as_str) {
            Some(s) if !s.trim().is_empty() && s.chars().count() < 140 => {}
            other => problems.push(format!(
                "card {i}: summary must be a string under 140 characters: {other:?}"
            )),
        }
        if !matches!(
            c.get("indicator").and_then(Value::as_str),
            Some("info" | "warning" | "critical")
        ) {
            problems.push(format!(
                "card {i}: indicator must be info, warning or critical"
            ));
        }
        match c.get("source") {
            Some(Value::Object(source)) => {
                if source
                    .get("label")
                    .and_then(Value::as_str)
                    .is_none_or(str::is_empty)
                {
                    problems.push(format!("card {i}: source.label is required"));
                }
                if let Some(topic) = source.get("topic") {
                    if !topic["code"].is_string() || !topic["system"].is_string() {
                        problems.push(format!("card {i}: source.topic must be a Coding"));
                    }
                }
                for key in source.keys() {
                    if !["label", "url", "icon", "topic"].contains(&key.as_str()) {
                        problems.push(format!("card {i}: unknown source field {key}"));
                    }
                }
            }
            _ => problems.push(format!("card {i}: source is required")),
        }
        if let Some(detail) = c.get("detail") {
            if detail.as_str().is_none_or(str::is_empty) {
                problems.push(format!("card {i}: detail must be a non-empty string"));
            }
        }
        match c.get("uuid").and_then(Value::as_str) {
            Some(u) if is_uuid(u) => {
                if !uuids.insert(u.to_string()) {
                    problems.push(format!("card {i}: uuid {u} is not unique"));
                }
            }
            other => problems.push(format!("card {i}: uuid must be a uuid: {other:?}")),
        }
        if c.contains_key("suggestions") && !c.contains_key("selectionBehavior") {
            problems.push(format!("card {i}: suggestions need selectionBehavior"));
        }
    }
    problems
}

#[test]
fn cds_hooks_responses_follow_the_specification() {
    let mut failures = Vec::new();
    for (i, (name, mut input)) in cases().into_iter().enumerate() {
        // Every language and both audiences, spread over the cases.
        let editable = input.is_object() && input.get("options").is_none_or(Value::is_object);
        if editable && input["options"].get("lang").is_none() {
            input["options"]["lang"] = json!(["nb", "nn", "en"][i % 3]);
        }
        if editable && i % 4 == 0 {
            input["options"]["audience"] = json!("citizen");
        }
        let Ok(e) = evaluate(&input) else { continue };
        let response = fhir::cds_hooks_response(&e);
        for p in card_problems(&response) {
            failures.push(format!("{name}: {p}"));
        }
        let cards = response["cards"].as_array().cloned().unwrap_or_default();
        // SPEC 1.7: a routing that may still become acute is never shown as `info`.
        let level = e.routing.may_escalate_to.unwrap_or(e.routing.level);
        let want = match level.id() {
            "emergency_113" | "somatic_emergency" | "psychiatric_emergency" => "critical",
            "tsb_acute_inpatient" | "tsb_acute_outpatient" => "warning",
            _ => "info",
        };
        if cards.first().map(|c| c["indicator"].clone()) != Some(json!(want)) {
            failures.push(format!(
                "{name}: the routing card of {} is not {want}",
                level.id()
            ));
        }
        let topics: Vec<&str> = cards
            .iter()
            .filter_map(|c| c["source"]["topic"]["code"].as_str())
            .collect();
        let count = |t: &str| topics.iter().filter(|x| **x == t).count();
        if count("missing-data") != usize::from(e.routing.provisional) {
            failures.push(format!("{name}: a missing-data card iff provisional"));
        }
        if count("concurrent-need") != e.routing.concurrent.len()
            || count("warning") != e.warnings.len()
        {
            failures.push(format!(
                "{name}: one card per concurrent need and per warning"
            ));
        }
        if fhir::cds_hooks_response(&e) != response {
            failures.push(format!("{name}: not deterministic"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn host_texts_cannot_break_the_markdown() {
    let mut input = example_input();
    input["options"]["services"] = json!([{
        "id": "x", "name": "Rus*akutt* | [klikk](http://x) <b>", "levels": ["tsb_acute_inpatient"],
        "phone": "22 00 00 00"
    }]);
    let e = evaluation(&input);
    let response = fhir::cds_hooks_response(&e);
    let detail = response["cards"][0]["detail"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        detail.contains(r"- **Rus\*akutt\* \| \[klikk\](http://x) \<b\>** · 22 00 00 00"),
        "{detail}"
    );
}

#[test]
fn the_missing_data_card_lists_the_decisive_questions() {
    let e = evaluation(&example_input());
    assert!(e.routing.provisional);
    let response = fhir::cds_hooks_response(&e);
    let card = response["cards"]
        .as_array()
        .and_then(|c| {
            c.iter()
                .find(|c| c["source"]["topic"]["code"] == "missing-data")
        })
        .cloned()
        .expect("missing-data card");
    let detail = card["detail"].as_str().unwrap_or_default();
    for q in &e.completeness.decisive {
        assert!(
            detail.contains(&format!("`{}`", q.id)),
            "{} not in {detail}",
            q.id
        );
    }
}

// ---- GuidanceResponse --------------------------------------------------------------------------------

fn local_references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("reference", Value::String(r)) if r.starts_with('#') => {
                        out.push(r[1..].to_string())
                    }
                    _ => local_references(x, out),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|x| local_references(x, out)),
        _ => {}
    }
}

#[test]
fn guidance_responses_say_what_the_evaluation_says() {
    let mut failures = Vec::new();
    for (name, input) in cases() {
        let Ok(e) = evaluate(&input) else { continue };
        let g = fhir::guidance_response(&e);
        let want = if e.routing.provisional {
            "data-required"
        } else {
            "success"
        };
        if g["status"] != want {
            failures.push(format!(
                "{name}: status {} but provisional is {}",
                g["status"], e.routing.provisional
            ));
        }
        let required: Vec<&str> = g["dataRequirement"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| d["codeFilter"][0]["code"][0]["code"].as_str())
            .collect();
        let decisive: Vec<&str> = e.completeness.decisive.iter().map(|q| q.id).collect();
        if e.routing.provisional && !decisive.is_empty() && required != decisive {
            failures.push(format!(
                "{name}: dataRequirement {required:?}, decisive {decisive:?}"
            ));
        }
        if !e.routing.provisional && !required.is_empty() {
            failures.push(format!("{name}: dataRequirement on success"));
        }
        let contained = g["contained"].as_array().cloned().unwrap_or_default();
        let ids: BTreeSet<String> = contained
            .iter()
            .filter_map(|c| c["id"].as_str().map(String::from))
            .collect();
        let mut refs = Vec::new();
        local_references(&g, &mut refs);
        let refs: BTreeSet<String> = refs.into_iter().collect();
        if ids != refs {
            failures.push(format!("{name}: contained {ids:?} but referenced {refs:?}"));
        }
        let output = contained
            .iter()
            .find(|c| c["id"] == "output")
            .cloned()
            .unwrap_or(Value::Null);
        let param = |n: &str| {
            output["parameter"]
                .as_array()
                .into_iter()
                .flatten()
                .find(|p| p["name"] == n)
                .cloned()
        };
        if param("level").map(|p| p["valueCoding"]["code"].clone())
            != Some(json!(e.routing.level.id()))
        {
            failures.push(format!("{name}: level parameter"));
        }
        let criteria = output["parameter"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["name"] == "criterion")
            .count();
        if criteria != 5 {
            failures.push(format!("{name}: {criteria} criteria"));
        }
        let observations = contained
            .iter()
            .filter(|c| c["resourceType"] == "Observation")
            .count();
        if observations != e.scores.len() {
            failures.push(format!(
                "{name}: {observations} observations for {} scores",
                e.scores.len()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn score_observations_carry_loinc_codes_where_they_exist() {
    let e = evaluation(&json!({
        "answers": { "sex": "male" },
        "instruments": {
            "audit": { "q1": 2, "q2": 1, "q3": 1, "q4": 0, "q5": 0, "q6": 0, "q7": 0, "q8": 0, "q9": 0, "q10": 0 },
            "gcs": { "eye": 4, "verbal": "nt", "motor": 6 },
            "cows": { "total": 30 }
        }
    }));
    let g = fhir::guidance_response(&e);
    let obs = |id: &str| -> Value {
        g["contained"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["id"] == format!("score-{id}"))
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(obs("audit")["code"]["coding"][0]["system"], fhir::LOINC);
    assert_eq!(obs("audit")["code"]["coding"][0]["code"], "75624-7");
    assert_eq!(obs("audit")["valueInteger"], 4);
    assert_eq!(obs("audit")["status"], "final");
    assert_eq!(obs("audit-c")["code"]["coding"][0]["code"], "75626-2");
    assert_eq!(
        obs("audit-c")["interpretation"][0]["coding"][0]["code"],
        "audit_c.positive"
    );
    // GCS with a component not testable: no total, and the observation says why.
    assert_eq!(obs("gcs")["code"]["coding"][0]["code"], "9269-2");
    assert_eq!(obs("gcs")["status"], "preliminary");
    assert_eq!(
        obs("gcs")["dataAbsentReason"]["coding"][0]["code"],
        "temp-unknown"
    );
    // No LOINC code is guessed: COWS has the local code only.
    assert_eq!(obs("cows")["code"]["coding"][0]["code"], "cows");
    assert_eq!(
        obs("cows")["code"]["coding"].as_array().map(Vec::len),
        Some(1)
    );
}

// ---- The official FHIR R4 JSON schema ------------------------------------------------------------------

#[test]
fn fhir_resources_pass_the_official_r4_json_schema() {
    let dir = std::env::temp_dir().join(format!("tsb-akutt-fhir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut responses = Vec::new();
    let mut guidance = Vec::new();
    for (_, input) in cases() {
        if let (Ok(qr), Ok(e)) = (fhir::questionnaire_response(&input), evaluate(&input)) {
            responses.push(qr);
            guidance.push(fhir::guidance_response(&e));
        }
    }
    let files: Vec<(PathBuf, Value)> = vec![
        (
            dir.join("Questionnaire.json"),
            json!(Lang::ALL
                .iter()
                .map(|l| fhir::questionnaire(*l))
                .collect::<Vec<_>>()),
        ),
        (
            dir.join("Bundle-helsenorge.json"),
            json!(Lang::ALL
                .iter()
                .map(|l| fhir::questionnaire_helsenorge(*l))
                .collect::<Vec<_>>()),
        ),
        (dir.join("QuestionnaireResponse.json"), json!(responses)),
        (dir.join("GuidanceResponse.json"), json!(guidance)),
    ];
    for (path, value) in &files {
        std::fs::write(path, pretty(value)).expect("write");
    }
    let output = Command::new("node")
        .arg(Path::new("tests").join("fhir").join("validate.mjs"))
        .args(files.iter().map(|(p, _)| p))
        .current_dir(repo())
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run node ({e}): install Node 20 and run `npm ci` (scripts/setup.sh)")
        });
    let _ = std::fs::remove_dir_all(&dir);
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "node tests/fhir/validate.mjs:\n{text}"
    );
    assert!(text.contains("resources valid"), "{text}");
}

#[test]
fn the_validator_rejects_an_invalid_resource() {
    // The schema check must be able to fail: a Questionnaire item without a type, a bad status.
    let dir = std::env::temp_dir().join(format!("tsb-akutt-fhir-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("bad.json");
    let mut q = fhir::questionnaire(Lang::Nb);
    q["status"] = json!("finished");
    q["item"][0]["type"] = json!("section");
    std::fs::write(&path, pretty(&q)).expect("write");
    let output = Command::new("node")
        .arg(Path::new("tests").join("fhir").join("validate.mjs"))
        .arg(&path)
        .current_dir(repo())
        .output()
        .expect("node");
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.contains("/status") && text.contains("/item/0/type"),
        "{text}"
    );
}

#[test]
fn errors_of_a_questionnaire_response_come_in_document_order() {
    // The structure's errors in the order of the text, as `evaluate` gives its own: the reader's object
    // keeps its keys in document order (serde_json's preserve_order), not sorted.
    let text = r#"{"resourceType": "QuestionnaireResponse", "status": "completed", "meta": 5, "id": [1],
        "item": [{"linkId": "sex", "text": 1}, {"linkId": "age", "id": 2}], "extension": "x"}"#;
    let value: Value = serde_json::from_str(text).unwrap();
    let paths: Vec<String> = match fhir::evaluate_questionnaire_response(&value, &Value::Null) {
        Ok(_) => Vec::new(),
        Err(errors) => errors.into_iter().map(|e| e.path).collect(),
    };
    assert_eq!(
        paths,
        [
            "QuestionnaireResponse.meta",
            "QuestionnaireResponse.id",
            "QuestionnaireResponse.extension",
            "QuestionnaireResponse.item[0].text",
            "QuestionnaireResponse.item[1].id",
        ]
    );
}

#[test]
fn the_validator_evaluates_the_fhirpath_invariants() {
    // Resources the JSON schema accepts, each breaking one invariant of the specification.
    let dir = std::env::temp_dir().join(format!("tsb-akutt-fhir-inv-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("invariants.json");
    let mut q = fhir::questionnaire(Lang::Nb);
    let age = &mut q["item"][0]["item"][0];
    assert_eq!(age["linkId"], "age");
    // que-4: answerOption and answerValueSet together.
    age["answerValueSet"] = json!("http://example.org/ValueSet/ages");
    age["answerOption"] = json!([{ "valueInteger": 1 }]);
    // que-3: a display item with a code.
    age["item"][0]["code"] = json!([{ "system": fhir::LOINC, "code": "30525-0" }]);
    // que-7: `exists` with a Coding.
    age["enableWhen"] =
        json!([{ "question": "sex", "operator": "exists", "answerCoding": { "code": "x" } }]);
    let qr = json!({
        "resourceType": "QuestionnaireResponse",
        "status": "completed",
        "item": [
            // qrs-1: an item with both answers and items.
            { "linkId": "context", "answer": [{ "valueBoolean": true }], "item": [{ "linkId": "age" }] },
            // qrs-2: the same linkId twice among siblings.
            { "linkId": "samples", "item": [{ "linkId": "blood_tests" }, { "linkId": "blood_tests" }] },
        ]
    });
    std::fs::write(&path, pretty(&json!([q, qr]))).expect("write");
    let output = Command::new("node")
        .arg(Path::new("tests").join("fhir").join("validate.mjs"))
        .arg(&path)
        .current_dir(repo())
        .output()
        .expect("node");
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(output.status.code(), Some(1), "{text}");
    for key in [
        "que-3: item age.help",
        "que-4: item age",
        "que-7: item age enableWhen[0]",
        "qrs-1: item context",
        "qrs-2",
    ] {
        assert!(text.contains(key), "{key} not reported:\n{text}");
    }
}
