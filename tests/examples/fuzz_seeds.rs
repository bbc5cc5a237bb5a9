//! Writes the seed corpora of the fuzz targets (fuzz/, scripts/fuzz.sh) from the golden cases and the
//! conformance vectors: `cargo run -q -p tsb-akutt-tests --example fuzz_seeds -- <dir>` writes
//! `<dir>/evaluate_json/`, `<dir>/score/` and `<dir>/questionnaire_response/`, one file per input, in
//! each target's format (see fuzz/fuzz_targets/).

use serde_json::Value;
use std::path::{Path, PathBuf};
use tsb_akutt_core::fhir;
use tsb_akutt_tests::{golden_files, read_case, read_json, tests_dir};

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::create_dir_all(dir).expect("create the seed folder");
    std::fs::write(dir.join(name), bytes).expect("write a seed");
}

fn main() {
    let out = PathBuf::from(std::env::args().nth(1).expect("usage: fuzz_seeds <dir>"));
    let mut inputs: Vec<(String, Value)> = Vec::new();
    for path in golden_files() {
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
        inputs.push((
            format!("golden-{}", stem.unwrap_or_default()),
            read_case(&path)["input"].clone(),
        ));
    }
    let conformance = read_json(&tests_dir().join("fixtures/conformance.json"));
    for (i, case) in conformance["cases"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        inputs.push((format!("conformance-{i:02}"), case["input"].clone()));
    }
    let mut counts = [0usize; 3];
    for (name, input) in &inputs {
        write(
            &out.join("evaluate_json"),
            name,
            input.to_string().as_bytes(),
        );
        counts[0] += 1;
        let options = input.get("options").cloned().unwrap_or(Value::Null);
        for (id, items) in input["instruments"].as_object().into_iter().flatten() {
            let seed = format!("{id}\0{items}\0{options}");
            write(&out.join("score"), &format!("{name}-{id}"), seed.as_bytes());
            counts[1] += 1;
        }
        // The engine's own mapping into a QuestionnaireResponse (valid inputs only).
        if let Ok(qr) = fhir::questionnaire_response(input) {
            let seed = format!("{qr}\0{options}");
            write(&out.join("questionnaire_response"), name, seed.as_bytes());
            counts[2] += 1;
        }
    }
    println!(
        "fuzz seeds: {} evaluate_json, {} score, {} questionnaire_response in {}",
        counts[0],
        counts[1],
        counts[2],
        out.display()
    );
}
