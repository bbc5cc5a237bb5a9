//! One full evaluation: every item answered, every instrument given item by item, next questions
//! computed. Budget (issue 2): at most 5 µs natively on one core. `cargo bench -p tsb-akutt-core`.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

/// The fully answered input of BENCHMARKS.md.
pub const FULL_INPUT: &str = include_str!("full_input.json");

fn benches(c: &mut Criterion) {
    let parsed = tsb_akutt_core::input::parse_str(FULL_INPUT).expect("valid bench input");
    c.bench_function("evaluate_json (parse + decide + output)", |b| {
        b.iter(|| tsb_akutt_core::evaluate_json(black_box(FULL_INPUT)))
    });
    c.bench_function("evaluate_input (decide + output, parsed)", |b| {
        b.iter(|| tsb_akutt_core::evaluate::evaluate_input(black_box(&parsed)))
    });
    let partial = r#"{"answers":{"age":33,"sex":"male","substances":["benzodiazepines"]}}"#;
    c.bench_function(
        "evaluate_json, 3 answers (analyses the open questions)",
        |b| b.iter(|| tsb_akutt_core::evaluate_json(black_box(partial))),
    );
}

criterion_group!(evaluate, benches);
criterion_main!(evaluate);
