//! Hostile input (issue 13): the work of one call is bounded (an input size limit, a limit on the errors
//! collected, suggestions only for the errors listed), and numbers are read exactly. The time these
//! inputs take is measured by `cargo bench -p tsb-akutt-core --bench hostile`, not asserted here.

use proptest::prelude::*;
use tsb_akutt_core::errors::MAX_ERRORS;
use tsb_akutt_core::input::MAX_INPUT_BYTES;
use tsb_akutt_core::json::{self, Value};
use tsb_akutt_core::{evaluate_json, ErrorCode, InputError};

fn errors(input: &str) -> Vec<InputError> {
    match evaluate_json(input) {
        Ok(_) => Vec::new(),
        Err(errors) => errors,
    }
}

fn codes_and_paths(input: &str) -> Vec<(&'static str, String)> {
    errors(input)
        .into_iter()
        .map(|e| (e.code.id(), e.path))
        .collect()
}

/// `{"answers":{<n keys of `len` characters>: 1}}`, none of them an item.
fn unknown_keys(n: usize, len: usize) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("\"{i:0len$}\":1")).collect();
    format!("{{\"answers\":{{{}}}}}", keys.join(","))
}

/// `{"answers":{"substances":[<n times item>]}}`.
fn long_array(n: usize, item: &str) -> String {
    format!(
        "{{\"answers\":{{\"substances\":[{}]}}}}",
        vec![item; n].join(",")
    )
}

/// The last error says how many more there were: `N more errors left out`.
fn left_out(errors: &[InputError]) -> usize {
    let last = errors.last().expect("errors");
    assert_eq!(last.code, ErrorCode::TooManyErrors);
    last.message
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count")
}

#[test]
fn a_megabyte_of_unknown_keys_lists_100_errors_and_counts_the_rest() {
    let input = unknown_keys(15_000, 64);
    assert!(input.len() > 1_000_000);
    let errors = errors(&input);
    assert_eq!(errors.len(), MAX_ERRORS + 1);
    assert!(errors[..MAX_ERRORS]
        .iter()
        .all(|e| e.code == ErrorCode::UnknownItem));
    assert_eq!(left_out(&errors), 15_000 - MAX_ERRORS);
}

#[test]
fn suggestions_are_given_for_the_listed_errors() {
    // Typos first, then many unknown keys: the listed typos get their suggestion.
    let mut keys = vec![
        "\"pregnnat\":\"yes\"".to_string(),
        "\"sp02\":97".to_string(),
    ];
    keys.extend((0..5_000).map(|i| format!("\"zz{i:05}\":1")));
    let input = format!(
        "{{\"answers\":{{{}}},\"options\":{{\"lang\":\"en\"}}}}",
        keys.join(",")
    );
    let errors = errors(&input);
    assert_eq!(
        errors[0].message,
        "unknown item `pregnnat`; did you mean `pregnant`?"
    );
    assert_eq!(
        errors[1].message,
        "unknown item `sp02`; did you mean `spo2`?"
    );
    assert_eq!(errors[2].message, "unknown item `zz00000`");
    assert_eq!(left_out(&errors), 5_002 - MAX_ERRORS);
}

#[test]
fn a_long_array_of_bad_values_lists_100_errors_and_counts_the_rest() {
    for item in ["1", "\"x\"", "null", "{}"] {
        let errors = errors(&long_array(400_000, item));
        assert_eq!(errors.len(), MAX_ERRORS + 1, "{item}");
        assert_eq!(errors[0].path, "answers.substances[0]", "{item}");
        assert_eq!(errors[99].path, "answers.substances[99]", "{item}");
        assert_eq!(left_out(&errors), 400_000 - MAX_ERRORS, "{item}");
    }
    // Valid values among the bad are not counted.
    let mixed = long_array(1_000, "\"alcohol\",1");
    assert_eq!(left_out(&errors(&mixed)), 1_000 - MAX_ERRORS);
}

#[test]
fn every_list_of_the_input_is_cut_the_same_way() {
    let many = |f: &dyn Fn(usize) -> String| (0..500).map(f).collect::<Vec<_>>().join(",");
    let inputs = [
        format!("{{{}}}", many(&|i| format!("\"field{i}\":1"))),
        format!(
            "{{\"instruments\":{{{}}}}}",
            many(&|i| format!("\"i{i}\":{{}}"))
        ),
        format!(
            "{{\"instruments\":{{\"ciwa_ar\":{{{}}}}}}}",
            many(&|i| format!("\"item{i}\":1"))
        ),
        format!("{{\"options\":{{{}}}}}", many(&|i| format!("\"o{i}\":1"))),
        format!(
            "{{\"options\":{{\"services\":[{}]}}}}",
            many(&|_| "1".into())
        ),
        format!(
            "{{\"options\":{{\"services\":[{}]}}}}",
            many(&|_| "{}".into())
        ),
        format!(
            "{{\"options\":{{\"services\":[{{\"id\":\"a\",\"name\":\"b\",\"levels\":[{}]}}]}}}}",
            many(&|_| "\"x\"".into())
        ),
        format!(
            "{{\"options\":{{\"cutoffs\":{{{}}}}}}}",
            many(&|i| format!("\"c{i}\":1"))
        ),
    ];
    for input in &inputs {
        let errors = errors(input);
        assert_eq!(errors.len(), MAX_ERRORS + 1, "{input:.80}");
        // 500 bad values, and three missing fields for each empty service.
        let total = if input.contains("[{},") { 1_500 } else { 500 };
        assert_eq!(left_out(&errors), total - MAX_ERRORS, "{input:.80}");
    }
}

#[test]
fn input_longer_than_the_limit_is_one_error_and_not_read() {
    // Not JSON at all, and far too long: only the size is reported.
    let too_long = format!("{{\"answers\": {}", "[".repeat(MAX_INPUT_BYTES));
    assert_eq!(
        codes_and_paths(&too_long),
        [("input_too_large", String::new())]
    );
    let ten_mb = long_array(5_000_000, "1");
    let errors = errors(&ten_mb);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].message,
        format!(
            "inndata er for store: {} byte JSON, grensen er {MAX_INPUT_BYTES} byte",
            ten_mb.len()
        )
    );
}

#[test]
fn input_up_to_the_limit_is_read() {
    const { assert!(MAX_INPUT_BYTES >= 1_000_000, "at least 1 MB is always read") };
    let input = r#"{"answers":{"age":30}}"#;
    let padded = |len: usize| format!("{input}{}", " ".repeat(len - input.len()));
    assert!(evaluate_json(&padded(MAX_INPUT_BYTES)).is_ok());
    assert_eq!(
        codes_and_paths(&padded(MAX_INPUT_BYTES + 1)),
        [("input_too_large", String::new())]
    );
    // Bytes, not characters: `ø` is two.
    let wide = format!(
        "{{\"answers\":{{\"x\":\"{}\"}}}}",
        "ø".repeat(MAX_INPUT_BYTES / 2)
    );
    assert_eq!(codes_and_paths(&wide)[0].0, "input_too_large");
}

fn answer(item: &str, number: &str) -> Vec<(&'static str, String)> {
    codes_and_paths(&format!("{{\"answers\":{{\"{item}\":{number}}}}}"))
}

#[test]
fn numbers_just_past_a_boundary_are_not_taken_for_it() {
    let error = |code: &'static str, item: &str| vec![(code, format!("answers.{item}"))];
    // Whole-number items: the double just above 120 (or 100) is a fraction, not the maximum.
    assert_eq!(
        answer("age", "120.00000000000001"),
        error("wrong_type", "age")
    );
    assert_eq!(
        answer("spo2", "100.00000000000001"),
        error("wrong_type", "spo2")
    );
    assert_eq!(answer("age", "120"), []);
    assert_eq!(answer("spo2", "100"), []);
    // …and the double just below 1 is not 1.
    assert_eq!(
        answer("resp_rate", "0.9999999999999999"),
        error("wrong_type", "resp_rate")
    );
    assert_eq!(answer("resp_rate", "1"), []);
    // A number item (20–45 °C): just past either end is out of range.
    assert_eq!(
        answer("temperature", "45.00000000000001"),
        error("out_of_range", "temperature")
    );
    assert_eq!(
        answer("temperature", "19.999999999999996"),
        error("out_of_range", "temperature")
    );
    assert_eq!(answer("temperature", "45"), []);
}

#[test]
fn thirty_is_thirty_however_it_is_written() {
    let zeros = "0".repeat(2_000_000);
    for thirty in [
        "30".to_string(),
        "3000e-2".into(),
        "0.3e2".into(),
        "30.000".into(),
        "3E+1".into(),
        format!("0.{zeros}3e2000002"),
        format!("3{zeros}0e-2000000"),
    ] {
        let input = format!("{{\"answers\":{{\"age\":{thirty}}}}}");
        let out = evaluate_json(&input).unwrap_or_else(|e| panic!("{thirty:.20}: {e:?}"));
        // Age 30: no under-18 warning (as `0.000…3e2000002` read as 0 gave).
        assert!(
            out.warnings.iter().all(|w| w.id != "under_18"),
            "{thirty:.20}"
        );
        let age = serde_json::to_value(&out).expect("json")["completeness"]["answered"].clone();
        assert_eq!(age, 1, "{thirty:.20}");
    }
}

/// A decimal number as JSON writes it, from its parts.
fn decimal() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop_oneof!["0", "[1-9][0-9]{0,25}"],
        proptest::option::of("[0-9]{1,25}"),
        proptest::option::of(("[eE]", "[+-]?", 0u32..400)),
    )
        .prop_map(|(negative, integer, fraction, exponent)| {
            let mut s = String::new();
            if negative {
                s.push('-');
            }
            s.push_str(&integer);
            if let Some(f) = fraction {
                s.push('.');
                s.push_str(&f);
            }
            if let Some((e, sign, n)) = exponent {
                s.push_str(&format!("{e}{sign}{n}"));
            }
            s
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4_000, ..ProptestConfig::default() })]

    /// The reader gives exactly what Rust's own correctly rounded `f64::from_str` gives.
    #[test]
    fn numbers_read_as_rust_reads_them(text in decimal()) {
        let want = text.parse::<f64>().expect("a decimal number");
        match json::parse(&text) {
            Ok(Value::Number(n)) => prop_assert_eq!(n.to_bits(), want.to_bits(), "{}", text),
            Ok(other) => prop_assert!(false, "{} read as {:?}", text, other),
            Err(e) => {
                prop_assert!(want.is_infinite(), "{}: {}", text, e.describe(tsb_akutt_core::Lang::En))
            }
        }
    }

    /// Leading zeros and a huge exponent that makes up for them read like the short spelling.
    #[test]
    fn huge_exponents_read_like_the_short_spelling(
        digits in "[1-9][0-9]{0,20}",
        zeros in 10_000usize..30_000,
        small in -330i64..310,
    ) {
        let short = format!("0.{digits}e{small}");
        let long = format!("0.{}{digits}e{}", "0".repeat(zeros), small + zeros as i64);
        let want = short.parse::<f64>().expect("a number");
        match json::parse(&long) {
            Ok(Value::Number(n)) => prop_assert_eq!(n.to_bits(), want.to_bits(), "{}", short),
            _ => prop_assert!(want.is_infinite(), "{}", short),
        }
    }
}
