//! One stage of an evaluation in a loop, for profilers and instruction counts:
//!
//!     cargo build --profile size --example profile -p tsb-akutt-core
//!     valgrind --tool=callgrind target/size/examples/profile write full 1000
//!
//! Stages: `decide` (the evaluation of parsed input, no JSON), `write` (the output as JSON text),
//! `write_ids` (the same with `options.texts: false`), `sizes` (prints the texts' lengths once),
//! `read` (the input from JSON text), `json` (all three: what `evaluateJson` does), `score` (one
//! AUDIT-C score from JSON text to JSON text, what `scoreJson` does; no input argument). Inputs: `full`
//! (core/benches/full_input.json, every item answered) or `sparse` (three answers: the open-question
//! analysis at its largest). The profile `size` is the release profile (`opt-level = "z"`, as the wasm
//! module), so the counts follow the module's costs; `--release` gives the native ones.
use std::hint::black_box;
use tsb_akutt_core::{evaluate, input, json};

/// `scoreJson("audit_c", items, null)` of the wasm crate: both arguments read, scored, written.
fn score_json(items: &str) -> Option<String> {
    let items = json::parse(items).ok()?;
    let options = json::parse("null").ok()?;
    let report = tsb_akutt_core::score("audit_c", &items, &options).ok()?;
    json::to_string(&report).ok()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let stage = args.get(1).map_or("decide", String::as_str);
    let text = match args.get(2).map(String::as_str) {
        Some("sparse") => r#"{"answers":{"age":33,"sex":"male","substances":["benzodiazepines"]}}"#,
        _ => include_str!("../benches/full_input.json"),
    };
    let n: u32 = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let parsed = input::parse_str(text).unwrap_or_default();
    let evaluation = evaluate::evaluate_input(&parsed);
    let ids_only = || json::to_string_without(&evaluation, evaluate::TEXT_FIELDS);
    if stage == "sizes" {
        let full = json::to_string(&evaluation).unwrap_or_default().len();
        let ids = ids_only().unwrap_or_default().len();
        let score = score_json(r#"{"q1":3,"q2":2,"q3":1}"#)
            .unwrap_or_default()
            .len();
        println!("output {full} bytes, with texts: false {ids} bytes, AUDIT-C score {score} bytes");
        return;
    }
    for _ in 0..n {
        match stage {
            "write" => drop(black_box(json::to_string(black_box(&evaluation)))),
            "write_ids" => drop(black_box(ids_only())),
            "read" => drop(black_box(input::parse_str(black_box(text)))),
            "score" => drop(black_box(score_json(black_box(
                r#"{"q1":3,"q2":2,"q3":1}"#,
            )))),
            "json" => drop(black_box(
                tsb_akutt_core::evaluate_json(black_box(text)).map(|e| json::to_string(&e)),
            )),
            _ => drop(black_box(evaluate::evaluate_input(black_box(&parsed)))),
        }
    }
}
