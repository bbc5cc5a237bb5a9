//! The public conformance vectors of SPEC section 10 (`tests/fixtures/conformance.json`, a copy of
//! `shared/domain/conformance.json`): every case must pass, field for field.

use tsb_akutt_tests::{compare, read_json, run, tests_dir};

#[test]
fn every_conformance_case_passes() {
    let fixture = read_json(&tests_dir().join("fixtures/conformance.json"));
    let cases = fixture["cases"].as_array().expect("cases");
    assert!(cases.len() >= 12, "the fixture lost cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap_or("?");
        match run(&case["input"]) {
            Ok(out) => {
                for diff in compare(&out, &case["expect"]) {
                    failures.push(format!("{name}: {diff}"));
                }
            }
            Err(errors) => failures.push(format!("{name}: rejected: {errors}")),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_fixture_is_the_shared_copy() {
    // When the team's shared copy is beside the repository, the fixture must not have drifted from it.
    let shared = tests_dir().join("../../shared/domain/conformance.json");
    if shared.exists() {
        assert_eq!(
            read_json(&shared),
            read_json(&tests_dir().join("fixtures/conformance.json")),
            "copy shared/domain/conformance.json to tests/fixtures/"
        );
    }
}
