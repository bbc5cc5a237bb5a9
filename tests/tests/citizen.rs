//! Citizen mode (SPEC 9, issue 12): a relative meets plain words only, is asked the life-threatening
//! questions first, gets the 113 or legevakt advice from the first answers that call for it, is never
//! reassured while the advice is not settled, and is told what the advice may become and what to check.

use serde_json::{json, Value};
use tsb_akutt_core::{catalog, Lang};
use tsb_akutt_tests::{json_files, read_json, run, tests_dir};

const LANGS: [&str; 3] = ["nb", "nn", "en"];

fn citizen(answers: Value, lang: &str) -> Value {
    run(&json!({ "answers": answers, "options": { "audience": "citizen", "lang": lang } }))
        .unwrap_or_else(|e| panic!("rejected: {e}"))
}

fn action(out: &Value) -> &str {
    out["routing"]["citizen"]["action"].as_str().unwrap()
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap())
        .collect()
}

/// The citizen items of SPEC 9.
const CITIZEN_ITEMS: [&str; 20] = [
    "age",
    "sex",
    "substances",
    "daily_use",
    "withdrawal_signs",
    "suspected_overdose",
    "naloxone_given",
    "consciousness",
    "abnormal_breathing",
    "seizure",
    "delirium_now",
    "pregnant",
    "red_flag_symptoms",
    "self_harm_signs",
    "suicide_attempt",
    "danger_to_others",
    "dangerous_behaviour_self",
    "psychosis",
    "minor_children",
    "acute_social_risks",
];

/// Terms a citizen must never meet (SPEC 9): scale names and their letters, vital-sign names, service
/// acronyms, diagnoses, clinical words. Matched case-sensitively as written, and as words in lower case.
const EXACT: &[&str] = &[
    "ACVPU", "(A)", "(C)", "(V)", "(P)", "(U)", "SpO₂", "SpO2", "NEWS", "GCS", "CIWA", "COWS",
    "PAWSS", "AUDIT", "DUDIT", "TSB", "PHV", "LAR", "AMK", "PEWS", "NEWS2",
];
const WORDS: &[&str] = &[
    "respirasjonsfrekvens",
    "respiratory rate",
    "oksygenmetning",
    "oksygenmetting",
    "oxygen saturation",
    "systolisk",
    "systolic",
    "somatisk",
    "somatic",
    "psykisk helsevern",
    "indikasjon",
    "indication",
    "delirium",
    "psykose",
    "psychosis",
    "suicidal",
    "tiltale",
    "ikke ut til å haste",
    "ikkje ut til å haste",
    "not seem urgent",
    "not urgent",
    "haster ikke",
    "hastar ikkje",
];

fn assert_plain(text: &str, what: &str) {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
    for term in EXACT {
        let found = if term.chars().all(|c| c.is_ascii_alphanumeric()) {
            words.contains(term)
        } else {
            text.contains(term)
        };
        assert!(!found, "{term:?} in {what}: {text:?}");
    }
    let lower = text.to_lowercase();
    for term in WORDS {
        assert!(!lower.contains(term), "{term:?} in {what}: {text:?}");
    }
}

/// Every text of a citizen evaluation that a host shows a citizen: the advice, the summary, the
/// questions by their labels.
fn assert_plain_output(out: &Value, what: &str) {
    let c = &out["routing"]["citizen"];
    assert_plain(c["headline"].as_str().unwrap(), what);
    assert_plain(c["text"].as_str().unwrap(), what);
    for step in c["first_aid"].as_array().unwrap() {
        assert_plain(step["text"].as_str().unwrap(), what);
    }
    assert_plain(out["routing"]["summary"]["text"].as_str().unwrap(), what);
    for d in out["completeness"]["decisive"].as_array().unwrap() {
        assert_plain(d["label"].as_str().unwrap(), what);
    }
}

/// Inputs that reach every citizen action.
fn citizen_inputs() -> Vec<Value> {
    let mut inputs = vec![
        json!({}),
        json!({ "age": 45, "sex": "male", "substances": ["alcohol"], "consciousness": "alert" }),
        json!({ "consciousness": "voice", "substances": ["alcohol"] }),
        json!({ "suspected_overdose": "yes", "consciousness": "unresponsive" }),
        json!({ "danger_to_others": "yes" }),
        json!({ "age": 4, "substances": ["other"], "consciousness": "alert", "abnormal_breathing": "no" }),
        json!({ "psychosis": "yes", "consciousness": "alert", "abnormal_breathing": "no" }),
        json!({ "age": 30, "substances": ["ghb"], "daily_use": "yes" }),
    ];
    inputs.push(json!(CITIZEN_ITEMS
        .iter()
        .map(|id| (id.to_string(), json!("no")))
        .filter(|(id, _)| !matches!(
            id.as_str(),
            "age" | "sex" | "substances" | "consciousness" | "acute_social_risks"
        ))
        .chain([
            ("age".to_string(), json!(40)),
            ("sex".to_string(), json!("male")),
            ("substances".to_string(), json!(["cannabis"])),
            ("consciousness".to_string(), json!("alert")),
            ("acute_social_risks".to_string(), json!(["none"])),
        ])
        .collect::<serde_json::Map<_, _>>()));
    for path in json_files(&tests_dir().join("golden")) {
        let case = read_json(&path);
        if case["input"]["options"]["audience"] == "citizen" {
            inputs.push(case["input"]["answers"].clone());
        }
    }
    inputs
}

#[test]
fn the_first_three_questions_already_give_the_113_or_legevakt_advice() {
    // The first three citizen questions are consciousness, breathing and a suspected overdose; with
    // nothing else answered, every combination gets the advice SPEC 9 gives for those answers.
    let consciousness = [
        None,
        Some("unknown"),
        Some("alert"),
        Some("new_confusion"),
        Some("voice"),
        Some("pain"),
        Some("unresponsive"),
    ];
    let tri = [None, Some("unknown"), Some("yes"), Some("no")];
    let order = &catalog(Lang::Nb).citizen_order;
    assert_eq!(
        order[..3],
        ["consciousness", "abnormal_breathing", "suspected_overdose"]
    );
    for c in consciousness {
        for b in tri {
            for o in tri {
                let mut answers = serde_json::Map::new();
                for (id, v) in [
                    ("consciousness", c),
                    ("abnormal_breathing", b),
                    ("suspected_overdose", o),
                ] {
                    if let Some(v) = v {
                        answers.insert(id.into(), json!(v));
                    }
                }
                let out = citizen(Value::Object(answers.clone()), "nb");
                let hard_to_wake = matches!(c, Some("voice" | "pain" | "unresponsive"));
                let want = if hard_to_wake || b == Some("yes") {
                    "call_113"
                } else if c == Some("new_confusion") || o == Some("yes") {
                    "call_legevakt"
                } else {
                    "not_settled"
                };
                assert_eq!(action(&out), want, "{answers:?}");
            }
        }
    }
}

#[test]
fn no_citizen_text_uses_a_clinical_term() {
    for lang in LANGS {
        for answers in citizen_inputs() {
            let out = citizen(answers.clone(), lang);
            assert_plain_output(&out, &format!("{lang} {answers}"));
        }
    }
    for lang in Lang::ALL {
        let c = serde_json::to_value(catalog(lang)).unwrap();
        for item in c["items"].as_array().unwrap() {
            for key in ["citizen", "citizen_help"] {
                if let Some(text) = item[key].as_str() {
                    assert_plain(text, &format!("{} {key}", item["id"]));
                }
            }
            for choice in item["citizen_choices"].as_array().unwrap() {
                assert_plain(
                    choice["label"].as_str().unwrap(),
                    &format!("{} choice", item["id"]),
                );
            }
        }
    }
}

#[test]
fn items_without_citizen_wording_never_reach_a_citizen() {
    for lang in LANGS {
        for answers in citizen_inputs() {
            let out = citizen(answers.clone(), lang);
            let asked = strs(&out["completeness"]["next_questions"])
                .into_iter()
                .chain(strs(&out["routing"]["citizen"]["questions"]))
                .chain(
                    out["completeness"]["decisive"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|d| d["id"].as_str().unwrap()),
                );
            for id in asked {
                assert!(
                    CITIZEN_ITEMS.contains(&id),
                    "{id} asked of a citizen: {answers}"
                );
            }
            // ... and the advice says that a health professional must assess the rest.
            let text = out["routing"]["citizen"]["text"].as_str().unwrap();
            let must = ["helsepersonell", "helsepersonell", "health personnel"];
            assert!(text.contains(must[LANGS.iter().position(|l| *l == lang).unwrap()]));
        }
    }
    for lang in Lang::ALL {
        let c = catalog(lang);
        for item in &c.items {
            let asked = CITIZEN_ITEMS.contains(&item.id);
            assert_eq!(item.citizen.is_some(), asked, "{}", item.id);
            assert_eq!(item.citizen_help.is_some(), asked, "{}", item.id);
            assert_eq!(!item.citizen_choices.is_empty(), asked, "{}", item.id);
        }
    }
}

#[test]
fn the_catalog_gives_every_citizen_question_and_answer_in_plain_words_in_order() {
    for lang in Lang::ALL {
        let c = catalog(lang);
        assert_eq!(
            c.citizen_order[..7],
            [
                "consciousness",
                "abnormal_breathing",
                "suspected_overdose",
                "seizure",
                "suicide_attempt",
                "red_flag_symptoms",
                "danger_to_others"
            ]
        );
        let mut order = c.citizen_order.clone();
        order.sort_unstable();
        let mut items = CITIZEN_ITEMS.to_vec();
        items.sort_unstable();
        assert_eq!(order, items, "every citizen item once");
        for item in c.items.iter().filter(|i| i.citizen.is_some()) {
            let ids: Vec<&str> = item.citizen_choices.iter().map(|n| n.id).collect();
            let want: Vec<&str> = match item.kind {
                "tri" => vec!["yes", "no", "unknown"],
                "int" | "number" => vec!["unknown"],
                _ => item
                    .choices
                    .iter()
                    .map(|n| n.id)
                    .chain(["unknown"])
                    .collect(),
            };
            assert_eq!(ids, want, "{}", item.id);
            assert!(
                item.citizen_choices.iter().all(|n| !n.label.is_empty()),
                "{}",
                item.id
            );
        }
        // The consciousness answers are the plain ones, never the clinician's ACVPU labels.
        let consciousness = c.items.iter().find(|i| i.id == "consciousness").unwrap();
        for (plain, clinical) in consciousness
            .citizen_choices
            .iter()
            .zip(&consciousness.choices)
        {
            assert_ne!(plain.label, clinical.label);
        }
    }
    let en = catalog(Lang::En);
    let consciousness = en.items.iter().find(|i| i.id == "consciousness").unwrap();
    let labels: Vec<String> = consciousness
        .citizen_choices
        .iter()
        .map(|n| n.label.to_lowercase())
        .collect();
    for (label, want) in labels.iter().zip([
        "awake and talks as usual",
        "confused or not like themselves",
        "reacts only when you speak loudly",
        "reacts only to pain or shaking",
        "does not react",
        "don't know",
    ]) {
        assert!(label.starts_with(want), "{label}");
    }
}

#[test]
fn a_sparse_citizen_answer_is_not_settled_and_names_what_it_may_become() {
    let answers =
        json!({ "age": 45, "sex": "male", "substances": ["alcohol"], "consciousness": "alert" });
    for (lang, call_113) in [
        ("nb", "Ring 113 nå"),
        ("nn", "Ring 113 no"),
        ("en", "Call 113 now"),
    ] {
        let out = citizen(answers.clone(), lang);
        let c = &out["routing"]["citizen"];
        assert_eq!(c["action"], "not_settled");
        assert_eq!(c["may_become"], "call_113");
        assert!(
            c["text"]
                .as_str()
                .unwrap()
                .contains(&format!("«{call_113}»")),
            "{}",
            c["text"]
        );
        assert!(out["routing"]["summary"]["text"]
            .as_str()
            .unwrap()
            .contains(&format!("«{call_113}»")));
        // The questions that could make it 113 first: breathing, seizure, suicide attempt, red flags,
        // delirium; then the police; then a suspected overdose (legevakt).
        assert_eq!(
            strs(&c["questions"])[..7],
            [
                "abnormal_breathing",
                "seizure",
                "suicide_attempt",
                "red_flag_symptoms",
                "delirium_now",
                "danger_to_others",
                "suspected_overdose"
            ]
        );
        assert_eq!(c["first_aid"], json!([]));
    }
}

#[test]
fn an_acute_advice_comes_first_then_what_to_check_now() {
    // An overdose in someone awake who breathes normally: legevakt now; a seizure, a suicide attempt,
    // red flags or delirium would make it 113, so those are the questions to check first.
    let answers = json!({ "consciousness": "alert", "abnormal_breathing": "no", "suspected_overdose": "yes" });
    let out = citizen(answers, "en");
    let c = &out["routing"]["citizen"];
    assert_eq!(c["action"], "call_legevakt");
    assert_eq!(c["may_become"], "call_113");
    let text = c["text"].as_str().unwrap();
    assert!(
        text.starts_with("The person needs to be seen by a doctor now"),
        "{text}"
    );
    assert!(text.contains("«Call 113 now»"), "{text}");
    assert_eq!(
        strs(&c["questions"])[..4],
        [
            "seizure",
            "suicide_attempt",
            "red_flag_symptoms",
            "delirium_now"
        ]
    );
    assert_eq!(
        out["routing"]["summary"]["text"],
        "Call legevakt now: 116 117."
    );
    // Nothing is more urgent than 113: no "may become", and its summary is the advice itself.
    let out = citizen(json!({ "consciousness": "voice" }), "nb");
    assert_eq!(action(&out), "call_113");
    assert_eq!(out["routing"]["citizen"]["may_become"], Value::Null);
    assert_eq!(out["routing"]["summary"]["text"], "Ring 113 nå.");
    // Every answered: settled, nothing to check.
    let all_no = citizen_inputs()[8].clone();
    let out = citizen(all_no, "nb");
    assert_eq!(action(&out), "contact_gp");
    assert_eq!(out["routing"]["citizen"]["may_become"], Value::Null);
    assert_eq!(out["routing"]["citizen"]["questions"], json!([]));
}

#[test]
fn a_citizen_asked_of_danger_to_others_is_told_112_and_113() {
    for (lang, police) in [("nb", "112"), ("nn", "112"), ("en", "112")] {
        let out = citizen(json!({ "danger_to_others": "yes" }), lang);
        let c = &out["routing"]["citizen"];
        assert!(
            c["action"] == "call_113" || c["action"] == "call_112_and_113",
            "{c}"
        );
        assert!(c["headline"].as_str().unwrap().contains("11"), "{c}");
        assert!(c["text"].as_str().unwrap().contains(police));
        assert!(c["text"].as_str().unwrap().contains("113"));
    }
}

#[test]
fn a_refused_answer_has_a_plain_message_and_the_api_stays_strict() {
    let nb = catalog(Lang::Nb);
    let age = nb.items.iter().find(|i| i.id == "age").unwrap();
    assert_eq!(age.invalid, "Skriv et helt tall, 0–120 år.");
    let en = catalog(Lang::En);
    let temperature = en.items.iter().find(|i| i.id == "temperature").unwrap();
    assert_eq!(temperature.invalid, "Write a number, 20–45 °C.");
    for lang in Lang::ALL {
        let c = catalog(lang);
        assert!(c.items.iter().all(|i| !i.invalid.is_empty()));
        assert!(!c.form.left_out.is_empty() && !c.form.inconsistent.is_empty());
        assert!(c.instruments.iter().all(|i| !i.invalid_total.is_empty()));
    }
    // The API refuses "30 år" and 300 (a form leaves the field out and shows the message above).
    for age in [json!("30 år"), json!(300)] {
        let errors = run(
            &json!({ "answers": { "age": age, "consciousness": "unresponsive" },
                                  "options": { "audience": "citizen" } }),
        )
        .unwrap_err();
        assert_eq!(errors[0]["path"], "answers.age");
    }
    // Left out, the advice stays 113.
    assert_eq!(
        action(&citizen(json!({ "consciousness": "unresponsive" }), "nb")),
        "call_113"
    );
}

#[test]
fn a_life_threatening_answer_is_call_113_and_danger_to_others_adds_112() {
    // SPEC 9 (Norsk indeks A.31.06 and the first aid of Norsk Resuscitasjonsråd): each of these alone,
    // with nothing else answered, is "call 113" with first aid, in every language.
    let cases = [
        json!({ "suspected_overdose": "yes", "consciousness": "unresponsive" }),
        json!({ "suspected_overdose": "yes", "consciousness": "pain" }),
        json!({ "substances": ["alcohol"], "consciousness": "voice" }),
        json!({ "seizure": "yes" }),
        json!({ "abnormal_breathing": "yes" }),
        json!({ "suicide_attempt": "yes" }),
        json!({ "age": 45, "sex": "male", "substances": ["alcohol"], "consciousness": "alert", "seizure": "yes" }),
    ];
    for lang in LANGS {
        for answers in &cases {
            let out = citizen(answers.clone(), lang);
            let c = &out["routing"]["citizen"];
            assert_eq!(action(&out), "call_113", "{lang} {answers}");
            assert!(!c["first_aid"].as_array().unwrap().is_empty());
            // The summary a citizen reads starts with the advice, never with "not settled".
            let summary = out["routing"]["summary"]["text"].as_str().unwrap();
            assert!(
                summary.starts_with(c["headline"].as_str().unwrap()),
                "{lang} {answers}: {summary}"
            );
        }
        // Danger to others alone: the police and 113.
        let out = citizen(json!({ "danger_to_others": "yes" }), lang);
        let c = &out["routing"]["citizen"];
        assert_eq!(action(&out), "call_112_and_113", "{lang}: {c}");
        let summary = out["routing"]["summary"]["text"].as_str().unwrap();
        assert!(
            summary.starts_with(c["headline"].as_str().unwrap()),
            "{lang}: {summary}"
        );
        let said = format!("{} {}", c["headline"], c["text"]);
        assert!(said.contains("112") && said.contains("113"), "{said}");
    }
}

#[test]
fn a_citizen_told_to_call_113_finds_113_first_among_the_numbers() {
    // Whatever the clinical level, the numbers a citizen sees start with the ones the advice names.
    for answers in [
        json!({ "seizure": "yes" }),
        json!({ "suicide_attempt": "yes" }),
        json!({ "substances": ["alcohol"], "consciousness": "voice" }),
    ] {
        let out = citizen(answers.clone(), "nb");
        assert_eq!(action(&out), "call_113");
        assert_eq!(out["routing"]["contacts"][0]["number"], "113", "{answers}");
    }
    let out = citizen(json!({ "danger_to_others": "yes" }), "en");
    let numbers: Vec<&str> = out["routing"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_str().unwrap())
        .collect();
    assert_eq!(numbers[..2], ["112", "113"]);
    assert_eq!(numbers.iter().filter(|n| **n == "113").count(), 1);
    // A clinician sees the level's numbers only.
    let out = run(&json!({ "answers": { "danger_to_others": "yes" } })).unwrap();
    assert!(out["routing"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["number"] != "112"));
}
