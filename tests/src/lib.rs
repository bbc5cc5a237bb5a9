//! Shared helpers for the test suites in `tests/tests/`: evaluating a JSON input and comparing the
//! result with an expectation written as JSON (the format of `tests/golden/README.md`).

use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

mod golden;
pub use golden::{
    baselines_dir, canonical_json, case_input, expand_case, expand_input, golden_dir, golden_files,
    pinned_text, read_case, sha256_hex,
};

/// The evaluation of `input` as a JSON value, or the errors as a JSON value. The input goes in as JSON
/// text, so that every case also goes through the engine's own JSON reader.
pub fn run(input: &Value) -> Result<Value, Value> {
    match tsb_akutt_core::evaluate_json(&input.to_string()) {
        Ok(out) => Ok(serde_json::to_value(&out).unwrap_or(Value::Null)),
        Err(errors) => Err(serde_json::to_value(&errors).unwrap_or(Value::Null)),
    }
}

fn ids(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m["id"].as_str().map(String::from))
        .collect()
}

fn strings(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .into_iter()
        .flatten()
        .filter_map(|m| m.as_str().map(String::from))
        .collect()
}

/// Compares an evaluation with `expect`; returns one line per difference.
pub fn compare(out: &Value, expect: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    fn check_into(diffs: &mut Vec<String>, what: &str, got: &Value, want: &Value) {
        if got != want {
            diffs.push(format!("{what}: got {got}, want {want}"));
        }
    }
    let criteria = &out["indication"]["criteria"];
    let criterion = |id: &str| -> Value {
        criteria
            .as_array()
            .into_iter()
            .flatten()
            .find(|c| c["id"] == id)
            .cloned()
            .unwrap_or(Value::Null)
    };
    if let Some(want) = expect.get("indication") {
        check_into(&mut diffs, "indication", &out["indication"]["status"], want);
    }
    if let Some(want) = expect.get("criteria").and_then(Value::as_object) {
        for (id, status) in want {
            check_into(
                &mut diffs,
                &format!("criterion {id}"),
                &criterion(id)["status"],
                status,
            );
        }
    }
    if let Some(want) = expect.get("missing").and_then(Value::as_object) {
        for (id, list) in want {
            let got = strings(&criterion(id)["missing"]);
            if got != strings(list) {
                diffs.push(format!("missing of {id}: got {got:?}, want {list}"));
            }
        }
    }
    if let Some(want) = expect.get("because").and_then(Value::as_object) {
        for (id, list) in want {
            let got = ids(&criterion(id)["because"]);
            for reason in strings(list) {
                if !got.contains(&reason) {
                    diffs.push(format!("because of {id}: {reason} missing from {got:?}"));
                }
            }
        }
    }
    for field in ["level", "provisional", "may_escalate_to"] {
        if let Some(want) = expect.get(field) {
            check_into(&mut diffs, field, &out["routing"][field], want);
        }
    }
    if let Some(want) = expect.get("summary") {
        check_into(
            &mut diffs,
            "summary",
            &out["routing"]["summary"]["id"],
            want,
        );
    }
    if let Some(want) = expect.get("citizen_action") {
        check_into(
            &mut diffs,
            "citizen_action",
            &out["routing"]["citizen"]["action"],
            want,
        );
    }
    if let Some(want) = expect.get("concurrent") {
        let got = ids(&out["routing"]["concurrent"]);
        if got != strings(want) {
            diffs.push(format!("concurrent: got {got:?}, want {want}"));
        }
    }
    if let Some(want) = expect.get("warnings") {
        let got = ids(&out["warnings"]);
        if got != strings(want) {
            diffs.push(format!("warnings: got {got:?}, want {want}"));
        }
    }
    if let Some(want) = expect.get("routing_reasons") {
        let got = ids(&out["routing"]["reasons"]);
        for id in strings(want) {
            if !got.contains(&id) {
                diffs.push(format!("routing reason {id} missing from {got:?}"));
            }
        }
    }
    let next = &out["completeness"]["next_questions"];
    if let Some(want) = expect.get("next_questions") {
        check_into(&mut diffs, "next_questions", next, want);
    }
    if let Some(want) = expect.get("next_questions_start").and_then(Value::as_array) {
        let got: Vec<Value> = next
            .as_array()
            .map(|n| n.iter().take(want.len()).cloned().collect())
            .unwrap_or_default();
        check_into(
            &mut diffs,
            "next_questions_start",
            &json!(got),
            &json!(want),
        );
    }
    if let Some(want) = expect.get("completeness") {
        if let Some(p) = want.get("percent") {
            check_into(
                &mut diffs,
                "completeness percent",
                &out["completeness"]["percent"],
                p,
            );
        }
        if let Some(domains) = want.get("domains").and_then(Value::as_object) {
            for (id, status) in domains {
                let got = out["completeness"]["domains"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find(|d| d["id"] == *id)
                    .map(|d| d["status"].clone())
                    .unwrap_or(Value::Null);
                check_into(&mut diffs, &format!("domain {id}"), &got, status);
            }
        }
    }
    if let Some(want) = expect.get("scores").and_then(Value::as_object) {
        for (id, fields) in want {
            for (field, value) in fields.as_object().into_iter().flatten() {
                check_into(
                    &mut diffs,
                    &format!("scores.{id}.{field}"),
                    &out["scores"][id][field],
                    value,
                );
            }
        }
    }
    diffs
}

/// Compares rejected input's errors with the expected set of `{code, path}`.
pub fn compare_errors(errors: &Value, expect: &Value) -> Vec<String> {
    let pairs = |v: &Value| -> BTreeSet<(String, String)> {
        v.as_array()
            .into_iter()
            .flatten()
            .map(|e| {
                (
                    e["code"].as_str().unwrap_or("").to_string(),
                    e["path"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect()
    };
    let (got, want) = (pairs(errors), pairs(expect));
    if got == want {
        Vec::new()
    } else {
        vec![format!("errors: got {got:?}, want {want:?}")]
    }
}

/// The repository's `tests/` folder.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Every `*.json` file below `dir`, sorted.
pub fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// One atom of the rule language in words (English, with the public ids), for clinical review (docs/RULES.md and the decision tables).
pub fn atom_words(a: &tsb_akutt_core::rules::Atom) -> String {
    use tsb_akutt_core::rules::Atom;
    let list = |xs: &[&str], word: &str| {
        let ids: Vec<String> = xs.iter().map(|x| format!("`{x}`")).collect();
        match ids.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
            None => String::new(),
        }
    };
    match *a {
        Atom::Yes(i) => format!("`{}` yes", i.id()),
        Atom::NotYes(i) => format!("`{}` not yes", i.id()),
        Atom::NotNo(i) => format!("`{}` not no", i.id()),
        Atom::OneOf(i, xs) => format!("`{}` {}", i.id(), list(xs, "or")),
        Atom::AnsweredNot(i, x) => format!("`{}` answered, not `{x}`", i.id()),
        Atom::Uses(xs) => format!("`substances` include {}", list(xs, "or")),
        Atom::AnyBut(i) => format!("`{}` holds anything but `none`", i.id()),
        Atom::AtMost(i, x) => format!("`{}` ≤ {x}", i.id()),
        Atom::AtLeast(i, x) => format!("`{}` ≥ {x}", i.id()),
        Atom::Above(i, x) => format!("`{}` > {x}", i.id()),
        Atom::CiwaArSevere => {
            "CIWA-Ar total in the severe band (≥ 15; ≥ 19 with the ASAM cut-off option)".into()
        }
        Atom::PawssAtLeast(x) => format!("PAWSS total ≥ {x}"),
        Atom::PawssThreshold => "PAWSS threshold item `true`".into(),
        Atom::AgeUnder(x) => format!("`age` < {x}"),
        Atom::AgeFrom(x) => format!("`age` ≥ {x} or not answered"),
        Atom::News2AtLeast(x) => format!("NEWS2 points ≥ {x} (the host's total, from age 12)"),
        Atom::News2Single3 => "a NEWS2 parameter scores 3".into(),
        Atom::Points3(i) => format!("`{}` scores 3 NEWS2 points", i.id()),
        Atom::VitalSignGiven => "a vital sign is given".into(),
    }
}
