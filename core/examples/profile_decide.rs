//! A loop over one evaluation for profiling (`perf record`): `cargo run --release -p tsb-akutt-core
//! --example profile_decide [full|sparse]`. Not part of the documented tooling.
use std::hint::black_box;
fn main() {
    let json = match std::env::args().nth(1).as_deref() {
        Some("sparse") => r#"{"answers":{"age":33,"sex":"male","substances":["benzodiazepines"]}}"#,
        _ => include_str!("../benches/full_input.json"),
    };
    let parsed = tsb_akutt_core::input::parse_str(json).unwrap_or_default();
    let n: u32 = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    for _ in 0..n {
        let _ = black_box(tsb_akutt_core::evaluate::evaluate_input(black_box(&parsed)));
    }
}
