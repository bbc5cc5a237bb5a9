//! The worst cases of hostile input (issue 13): the work of one call stays bounded. Goal: any input of
//! about 1 MB under 50 ms natively. `cargo bench -p tsb-akutt-core --bench hostile`; the figures are in
//! BENCHMARKS.md (time is measured here, never asserted in a test; tests/tests/hostile.rs checks what
//! these inputs give).

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::time::Duration;
use tsb_akutt_core::input::MAX_INPUT_BYTES;

/// `{"answers":{<n keys of `len` digits>: 1}}`: none is an item, each is looked up and counted.
fn unknown_keys(n: usize, len: usize) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("\"{i:0len$}\":1")).collect();
    format!("{{\"answers\":{{{}}}}}", keys.join(","))
}

/// Keys that look like item ids (`pregnant_12`): near enough to some for the suggestions to work hard.
fn near_keys(n: usize) -> String {
    let keys: Vec<String> = (0..n).map(|i| format!("\"pregnant_{i}\":1")).collect();
    format!("{{\"answers\":{{{}}}}}", keys.join(","))
}

/// `{"answers":{"substances":[<item>, …]}}` of about `bytes` bytes.
fn long_array(bytes: usize, item: &str) -> String {
    let n = bytes / (item.len() + 1);
    format!(
        "{{\"answers\":{{\"substances\":[{}]}}}}",
        vec![item; n].join(",")
    )
}

/// A FHIR QuestionnaireResponse of `n` items with unknown linkIds of 64 characters.
#[cfg(feature = "fhir")]
fn unknown_link_ids(n: usize) -> String {
    let items: Vec<String> = (0..n)
        .map(|i| format!("{{\"linkId\":\"{i:064}\",\"answer\":[{{\"valueInteger\":1}}]}}"))
        .collect();
    format!(
        "{{\"resourceType\":\"QuestionnaireResponse\",\"status\":\"completed\",\"item\":[{}]}}",
        items.join(",")
    )
}

fn benches(c: &mut Criterion) {
    const MB: usize = 1_000_000;
    let cases = [
        (
            "1 MB: 15,000 unknown 64-character keys",
            unknown_keys(15_000, 64),
        ),
        (
            "1 MB: 80,000 unknown 8-character keys",
            unknown_keys(80_000, 8),
        ),
        ("1 MB: 70,000 keys near an item id", near_keys(70_000)),
        (
            "1 MB: 500,000 numbers in a multi-choice array",
            long_array(MB, "1"),
        ),
        (
            "1 MB: 250,000 invalid choices in a multi-choice array",
            long_array(MB, "\"x\""),
        ),
        (
            "1 MB: 125,000 valid choices in a multi-choice array",
            long_array(MB, "\"ghb\""),
        ),
        (
            "4 MiB (the limit): 2,000,000 numbers in a multi-choice array",
            long_array(MAX_INPUT_BYTES - 30, "1"),
        ),
        (
            "10 MB: 5,000,000 numbers (refused by the size limit)",
            long_array(10 * MB, "1"),
        ),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    for (name, input) in &cases {
        group.bench_function(*name, |b| {
            b.iter(|| tsb_akutt_core::evaluate_json(black_box(input)))
        });
    }
    #[cfg(feature = "fhir")]
    {
        let qr = unknown_link_ids(11_000);
        group.bench_function(
            "1 MB FHIR QuestionnaireResponse: 11,000 unknown 64-character linkIds",
            |b| {
                b.iter(|| {
                    let value = tsb_akutt_core::json::parse(black_box(&qr)).map(|v| {
                        tsb_akutt_core::fhir::evaluate_questionnaire_response(
                            &(&v).into(),
                            &serde_json::Value::Null,
                        )
                    });
                    black_box(value.is_ok())
                })
            },
        );
    }
    group.finish();
}

criterion_group!(hostile, benches);
criterion_main!(hostile);
