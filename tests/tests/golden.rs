//! Golden cases: every `tests/golden/**/*.json` file (format in `tests/golden/README.md`) is evaluated
//! and compared with its expectation.

use tsb_akutt_tests::{compare, compare_errors, json_files, read_json, run, tests_dir};

#[test]
fn every_golden_case_passes() {
    let files = json_files(&tests_dir().join("golden"));
    assert!(
        files.len() >= 40,
        "expected the golden cases, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let case = read_json(path);
        let name = path
            .strip_prefix(tests_dir())
            .unwrap_or(path)
            .display()
            .to_string();
        let expect = &case["expect"];
        assert!(expect.is_object(), "{name}: no expect");
        match (run(&case["input"]), expect.get("errors")) {
            (Ok(out), None) => failures.extend(
                compare(&out, expect)
                    .into_iter()
                    .map(|d| format!("{name}: {d}")),
            ),
            (Err(errors), Some(want)) => failures.extend(
                compare_errors(&errors, want)
                    .into_iter()
                    .map(|d| format!("{name}: {d}")),
            ),
            (Ok(_), Some(_)) => {
                failures.push(format!("{name}: accepted, but errors were expected"))
            }
            (Err(errors), None) => failures.push(format!("{name}: rejected: {errors}")),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn teaching_cases_are_complete_in_three_languages() {
    let mut dirs = vec![
        tests_dir().join("golden/teaching"),
        tests_dir().join("golden/synthetic"),
    ];
    dirs.retain(|d| d.exists());
    for path in dirs.iter().flat_map(|d| json_files(d)) {
        let case = read_json(&path);
        let t = &case["teaching"];
        for field in ["title", "story", "moment", "explanation"] {
            for lang in ["nb", "nn", "en"] {
                assert!(
                    t[field][lang].as_str().is_some_and(|s| !s.is_empty()),
                    "{}: teaching.{field}.{lang}",
                    path.display()
                );
            }
        }
        let questions = t["reflection_questions"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(0);
        assert!(questions >= 2, "{}: reflection questions", path.display());
    }
}
