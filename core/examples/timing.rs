//! Rough split of one evaluation's time by stage (the criterion benchmark of BENCHMARKS.md is the
//! reference): `cargo run --release -p tsb-akutt-core --example timing`.
use std::hint::black_box;
use std::time::Instant;

fn time(label: &str, n: u32, mut f: impl FnMut()) {
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    println!(
        "{label}: {:.2} µs",
        start.elapsed().as_secs_f64() * 1e6 / f64::from(n)
    );
}

fn main() {
    let json = include_str!("../benches/full_input.json");
    let value = tsb_akutt_core::json::parse(json).unwrap_or_default();
    let parsed = tsb_akutt_core::input::parse(&value).unwrap_or_default();
    let out = tsb_akutt_core::evaluate::evaluate_input(&parsed);
    let n = 20_000;
    time("json::parse (the engine's reader)", n, || {
        drop(black_box(tsb_akutt_core::json::parse(black_box(json))))
    });
    time("serde_json::from_str::<Value> (for comparison)", n, || {
        drop(black_box(serde_json::from_str::<serde_json::Value>(
            black_box(json),
        )))
    });
    time("input::parse", n, || {
        drop(black_box(tsb_akutt_core::input::parse(black_box(&value))))
    });
    time("evaluate_input", n, || {
        drop(black_box(tsb_akutt_core::evaluate::evaluate_input(
            black_box(&parsed),
        )))
    });
    {
        use tsb_akutt_core::{analysis::Analyser, decision, facts::Facts, input::Audience};
        let facts = Facts::new(
            parsed.answers.clone(),
            tsb_akutt_core::facts::InstrumentFacts::from_inputs(&parsed.instruments),
            &parsed.options.cutoffs,
        );
        let open = decision::Open::of(&facts, Audience::Clinician);
        time("  Analyser::new", n, || {
            let _ = black_box(Analyser::new(black_box(&facts), open.items));
        });
        let analyser = Analyser::new(&facts, open.items);
        time("  influences (what each open item can decide)", n, || {
            let _ = black_box(decision::influences(
                black_box(&analyser),
                &open,
                Audience::Clinician,
            ));
        });
        let influences = decision::influences(&analyser, &open, Audience::Clinician);
        time(
            "  decide (criteria, level, worst-case completion)",
            n,
            || {
                let _ = black_box(decision::decide_with(
                    black_box(&analyser),
                    &open,
                    &influences,
                ));
            },
        );
        println!("  open items: {}", open.items.items().count());
    }
    time("json::to_string(output)", n, || {
        drop(black_box(tsb_akutt_core::json::to_string(black_box(&out))))
    });
    let keys: Vec<String> = value
        .get("answers")
        .and_then(|a| a.as_object())
        .map(|m| m.iter().map(|(k, _)| k.to_string()).collect())
        .unwrap_or_default();
    time("Item::from_id x all answer keys", n, || {
        for k in &keys {
            black_box(tsb_akutt_core::catalog::Item::from_id(black_box(k)));
        }
    });
    let part = |key: &'static str| {
        let mut o = tsb_akutt_core::json::Object::new();
        o.push(key, value.get(key).cloned().unwrap_or_default());
        tsb_akutt_core::json::Value::Object(o)
    };
    let answers = part("answers");
    time("parse answers only", n, || {
        drop(black_box(tsb_akutt_core::input::parse(black_box(&answers))))
    });
    let inst = part("instruments");
    time("parse instruments only", n, || {
        drop(black_box(tsb_akutt_core::input::parse(black_box(&inst))))
    });
    time("evaluate_json", n, || {
        drop(black_box(tsb_akutt_core::evaluate_json(black_box(json))))
    });
}
