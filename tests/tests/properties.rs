//! Property tests for the safety principles of SPEC section 1 and the completeness rules of section 8.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use tsb_akutt_core::analysis;
use tsb_akutt_core::answers::Slot;
use tsb_akutt_core::catalog::{Item, Kind, Polarity, CATALOG};
use tsb_akutt_core::routing::Level;
use tsb_akutt_core::{evaluate_json, Evaluation, InputError};

/// Evaluates a generated input as JSON text (the engine's own reader, as the wasm package uses it).
fn evaluate(input: &Value) -> Result<Evaluation, Vec<InputError>> {
    evaluate_json(&input.to_string())
}

// ---- Generators --------------------------------------------------------------------------------

/// Any JSON value, nested a few levels, with keys drawn partly from the real vocabulary so that the
/// parser's deeper paths are reached.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        3 => proptest::sample::select(CATALOG.iter().map(|d| d.id.to_string()).collect::<Vec<_>>()),
        1 => proptest::sample::select(vec!["answers", "instruments", "options", "lang", "services", "ciwa_ar", "total", "gcs", "eye", "cutoffs", "levels"]).prop_map(String::from),
        1 => ".{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        proptest::sample::select(vec![
            "yes", "no", "unknown", "none", "alert", "nt", "nb", "en", "female", "alcohol", ""
        ])
        .prop_map(|s| json!(s)),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A valid answer to `item`.
fn valid_answer(item: Item) -> BoxedStrategy<Value> {
    match item.def().kind {
        Kind::Tri(_) => prop_oneof![Just(json!("yes")), Just(json!("no"))].boxed(),
        Kind::Int { min, max, .. } => (min..=max).prop_map(|n| json!(n)).boxed(),
        Kind::Number { min, max, .. } => ((min * 10.0) as i64..=(max * 10.0) as i64)
            .prop_map(|n| json!(n as f64 / 10.0))
            .boxed(),
        Kind::Choice(choices) => {
            proptest::sample::select(choices.iter().map(|c| c.id).collect::<Vec<_>>())
                .prop_map(|c| json!(c))
                .boxed()
        }
        Kind::Multi(choices) => {
            let others: Vec<&'static str> = choices
                .iter()
                .map(|c| c.id)
                .filter(|c| *c != "none")
                .collect();
            prop_oneof![
                1 => Just(json!(["none"])),
                3 => proptest::sample::subsequence(others.clone(), 1..=others.len().min(4)).prop_map(|s| json!(s)),
            ]
            .boxed()
        }
    }
}

/// Absent, `unknown`, or a valid answer.
fn maybe_answer(item: Item) -> BoxedStrategy<Option<Value>> {
    prop_oneof![3 => Just(None), 1 => Just(Some(json!("unknown"))), 4 => valid_answer(item).prop_map(Some)].boxed()
}

/// A valid, consistent set of answers (contradictions are removed, as a form would prevent them).
fn answers() -> impl Strategy<Value = Map<String, Value>> {
    let per_item: Vec<BoxedStrategy<Option<Value>>> = Item::all().map(maybe_answer).collect();
    per_item.prop_map(|values| {
        let mut map = Map::new();
        for (item, value) in Item::all().zip(values) {
            if let Some(v) = value {
                map.insert(item.id().to_string(), v);
            }
        }
        make_consistent(&mut map);
        map
    })
}

fn make_consistent(map: &mut Map<String, Value>) {
    if map.get("sex") == Some(&json!("male")) {
        if map.get("pregnant") == Some(&json!("yes")) {
            map.remove("pregnant");
        }
        if map.get("pregnancy_test") == Some(&json!("positive")) {
            map.remove("pregnancy_test");
        }
    }
    if map.get("pregnant") == Some(&json!("no"))
        && map.get("pregnancy_test") == Some(&json!("positive"))
    {
        map.remove("pregnancy_test");
    }
    if map.get("minor_children") == Some(&json!("no")) {
        map.remove("children_at_risk");
    }
    if matches!(
        map.get("alcohol_test").and_then(Value::as_str),
        Some("not_done" | "declined")
    ) {
        map.remove("alcohol_permille");
    }
}

fn eval(answers: &Map<String, Value>) -> Option<Evaluation> {
    evaluate(&json!({ "answers": answers })).ok()
}

fn level(answers: &Map<String, Value>) -> Option<Level> {
    eval(answers).map(|e| e.routing.level)
}

/// What an answer can change (SPEC section 8): the level, the criteria and the indication.
fn outcome(e: &Evaluation) -> String {
    let statuses: Vec<&str> = e
        .indication
        .criteria
        .iter()
        .map(|c| c.status.id())
        .collect();
    format!(
        "{} {:?} {}",
        e.routing.level.id(),
        statuses,
        serde_json::to_string(&e.indication.status).unwrap_or_default()
    )
}

fn tri_items(polarity: Polarity) -> Vec<Item> {
    Item::all()
        .filter(|i| matches!(i.def().kind, Kind::Tri(p) if p == polarity))
        .collect()
}

// ---- Properties ----------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    /// SPEC 1.4: any JSON at all gives an evaluation or structured errors, never a panic.
    #[test]
    fn never_panics_on_any_json(value in any_json()) {
        match evaluate(&value) {
            Ok(e) => prop_assert!(e.completeness.percent <= 100),
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(!e.message.is_empty());
                }
            }
        }
    }

    /// SPEC 1.4: any text at all, as JSON input.
    #[test]
    fn never_panics_on_any_text(text in ".{0,200}") {
        let _ = evaluate_json(&text);
    }

    /// Any shape under the real top-level keys.
    #[test]
    fn never_panics_on_wrong_shapes(answers in any_json(), instruments in any_json(), options in any_json()) {
        let _ = evaluate(&json!({ "answers": answers, "instruments": instruments, "options": options }));
    }

    /// SPEC 1.5: the same input gives the same output.
    #[test]
    fn deterministic(a in answers()) {
        let first = eval(&a).map(|e| serde_json::to_string(&e).unwrap_or_default());
        let second = eval(&a).map(|e| serde_json::to_string(&e).unwrap_or_default());
        prop_assert_eq!(first, second);
    }

    /// SPEC 1.3: turning a risk item to yes never lowers the level.
    #[test]
    fn risk_yes_never_lowers_the_level(a in answers(), pick in any::<proptest::sample::Index>()) {
        let items = tri_items(Polarity::Risk);
        let item = items[pick.index(items.len())];
        prop_assume!(a.get(item.id()) != Some(&json!("yes")));
        let mut b = a.clone();
        b.insert(item.id().into(), json!("yes"));
        make_consistent(&mut b);
        if let (Some(before), Some(after)) = (level(&a), level(&b)) {
            prop_assert!(after <= before, "{}: yes lowered {:?} to {:?}", item.id(), before, after);
        }
    }

    /// SPEC 1.3: turning a protective item from yes to no never lowers the level.
    #[test]
    fn protective_no_never_lowers_the_level(a in answers(), pick in any::<proptest::sample::Index>()) {
        let items = tri_items(Polarity::Protective);
        let item = items[pick.index(items.len())];
        let mut yes = a.clone();
        yes.insert(item.id().into(), json!("yes"));
        let mut no = a.clone();
        no.insert(item.id().into(), json!("no"));
        if let (Some(before), Some(after)) = (level(&yes), level(&no)) {
            prop_assert!(after <= before, "{}: no lowered {:?} to {:?}", item.id(), before, after);
        }
    }

    /// SPEC 1.3: moving a vital sign or score towards the abnormal never lowers the level.
    #[test]
    fn abnormal_vital_signs_never_lower_the_level(a in answers(), pick in any::<proptest::sample::Index>(), step in 1.0f64..60.0) {
        // (item, normal value, lowest, highest): away from normal on the same side is worse.
        let vitals: [(&str, f64, f64, f64); 8] = [
            ("resp_rate", 16.0, 0.0, 80.0),
            ("spo2", 100.0, 0.0, 100.0),
            ("systolic_bp", 150.0, 0.0, 300.0),
            ("pulse", 70.0, 0.0, 300.0),
            ("temperature", 37.0, 20.0, 45.0),
            ("gcs", 15.0, 3.0, 15.0),
            ("ciwa_ar_score", 0.0, 0.0, 67.0),
            ("cows_score", 0.0, 0.0, 48.0),
        ];
        let (id, normal, lo, hi) = vitals[pick.index(vitals.len())];
        let Some(v) = a.get(id).and_then(Value::as_f64) else { return Ok(()) };
        let worse = if v >= normal && normal < hi { (v + step).min(hi) } else { (v - step).max(lo) };
        let worse = if id == "temperature" { (worse * 10.0).round() / 10.0 } else { worse.round() };
        let mut b = a.clone();
        b.insert(id.into(), json!(worse));
        if let (Some(before), Some(after)) = (level(&a), level(&b)) {
            prop_assert!(after <= before, "{id} {v} -> {worse} lowered {:?} to {:?}", before, after);
        }
    }

    /// SPEC 1.3: worse consciousness or a higher suicide risk never lowers the level.
    #[test]
    fn worse_ordinal_answers_never_lower_the_level(a in answers(), i in 0usize..5, j in 0usize..5, which in any::<bool>()) {
        let (id, scale): (&str, &[&str]) = if which {
            ("consciousness", &["alert", "new_confusion", "voice", "pain", "unresponsive"])
        } else {
            ("suicide_risk", &["none", "low", "moderate", "high"])
        };
        let (i, j) = (i % scale.len(), j % scale.len());
        let (better, worse) = (scale[i.min(j)], scale[i.max(j)]);
        let mut b = a.clone();
        b.insert(id.into(), json!(better));
        let mut w = a.clone();
        w.insert(id.into(), json!(worse));
        if let (Some(before), Some(after)) = (level(&b), level(&w)) {
            prop_assert!(after <= before, "{id} {better} -> {worse} lowered {:?} to {:?}", before, after);
        }
    }

    /// SPEC 1.2: turning an absent item into `unknown` never changes the level (nor anything decided).
    #[test]
    fn absent_to_unknown_changes_nothing_decided(a in answers(), pick in any::<proptest::sample::Index>()) {
        let absent: Vec<&'static str> = CATALOG.iter().map(|d| d.id).filter(|id| !a.contains_key(*id)).collect();
        prop_assume!(!absent.is_empty());
        let id = absent[pick.index(absent.len())];
        let mut b = a.clone();
        b.insert(id.into(), json!("unknown"));
        if let (Some(x), Some(y)) = (eval(&a), eval(&b)) {
            prop_assert_eq!(outcome(&x), outcome(&y), "{}", id);
            prop_assert_eq!(x.routing.provisional, y.routing.provisional, "{}", id);
            prop_assert_eq!(x.routing.may_escalate_to, y.routing.may_escalate_to, "{}", id);
        }
    }

    /// SPEC 1.2 and 5: every met criterion has its evidence, every undetermined one its missing facts.
    #[test]
    fn criteria_explain_themselves(a in answers()) {
        if let Some(e) = eval(&a) {
            for c in &e.indication.criteria {
                prop_assert!(!c.because.is_empty(), "{} has no reason", c.id);
                match c.status.id() {
                    "met" => prop_assert!(c.because.iter().all(|b| !b.sources.is_empty()), "{}", c.id),
                    "undetermined" => prop_assert!(!c.missing.is_empty(), "{} lists no missing fact", c.id),
                    _ => prop_assert!(c.missing.is_empty(), "{}", c.id),
                }
            }
            prop_assert_eq!(e.indication.criteria.len(), 5);
        }
    }

    /// SPEC 8: percent in 0..=100; a complete domain misses nothing; 100 only when nothing is missing.
    #[test]
    fn completeness_is_consistent(a in answers()) {
        if let Some(e) = eval(&a) {
            let c = &e.completeness;
            prop_assert!(c.percent <= 100);
            let mut missing = c.context.missing.len();
            for d in &c.domains {
                missing += d.missing.len();
                let status = serde_json::to_value(d.status).unwrap_or_default();
                if status == json!("complete") {
                    prop_assert!(d.missing.is_empty(), "{}", d.id);
                }
                if status == json!("not_started") {
                    prop_assert_eq!(d.answered, 0, "{}", d.id);
                }
            }
            prop_assert_eq!(c.percent == 100, missing == 0 && c.domains.iter().all(|d| d.unresolved.is_empty()) || c.required == c.answered);
            // Every missing or unresolved required item is a next question, once.
            let open = c.domains.iter().chain(std::iter::once(&c.context)).map(|d| d.missing.len() + d.unresolved.len()).sum::<usize>();
            prop_assert_eq!(c.next_questions.len(), open);
        }
    }

    /// SPEC 5 and 6: a met criterion, with substance use and necessity presumed (not overruled),
    /// never routes to planned TSB, municipal services or the GP.
    #[test]
    fn met_criterion_never_routes_to_non_acute_care(a in answers()) {
        let uses_substances = a.get("substances").and_then(Value::as_array).is_some_and(|s| !s.contains(&json!("none")));
        let overruled = a.get("urgent_necessity") == Some(&json!("no"));
        if let (Some(e), true, false) = (eval(&a), uses_substances, overruled) {
            if e.indication.criteria.iter().any(|c| c.status.id() == "met") {
                prop_assert!(e.routing.level < Level::TsbPlanned, "{:?}", e.routing.level);
            }
        }
    }

    /// SPEC 6: provisional exactly when something open could raise the level or the indication is
    /// open; may_escalate_to is more urgent than the level.
    #[test]
    fn provisional_routing_names_its_escalation(a in answers()) {
        if let Some(e) = eval(&a) {
            let r = &e.routing;
            if let Some(up) = r.may_escalate_to {
                prop_assert!(up < r.level);
                prop_assert!(r.provisional);
                // The questions that could raise the level lead next_questions.
                let first = e.completeness.next_questions.first().copied();
                let raising: Vec<&str> = e.completeness.decisive.iter().filter(|d| d.escalates_to == Some(up)).map(|d| d.id).collect();
                prop_assert!(first.is_some_and(|f| raising.contains(&f)), "{:?} does not start with {:?}", e.completeness.next_questions, raising);
            }
            if r.provisional && r.may_escalate_to.is_none() {
                prop_assert_eq!(serde_json::to_value(e.indication.status).unwrap_or_default(), json!("undetermined"));
            }
        }
    }

    /// SPEC 8: answering a non-decisive question never changes the outcome, whatever the answer (random
    /// values check the probe values); an answer that changes it is listed as decisive.
    #[test]
    fn non_decisive_answers_never_change_the_outcome(a in answers(), pick in any::<proptest::sample::Index>(), seed in any::<u64>()) {
        let Some(e) = eval(&a) else { return Ok(()) };
        let next = &e.completeness.next_questions;
        prop_assume!(!next.is_empty());
        let id = next[pick.index(next.len())];
        let item = Item::from_id(id).unwrap_or(Item::Age);
        let decisive = e.completeness.decisive.iter().any(|d| d.id == id);
        let base = outcome(&e);
        // Every answer the catalog allows, sampled for numbers.
        let candidates: Vec<Value> = match item.def().kind {
            Kind::Tri(_) => vec![json!("yes"), json!("no")],
            Kind::Choice(c) => c.iter().map(|c| json!(c.id)).collect(),
            Kind::Multi(c) => c.iter().map(|c| json!([c.id])).chain(std::iter::once(json!(c.iter().filter(|c| c.id != "none").map(|c| c.id).collect::<Vec<_>>()))).collect(),
            Kind::Int { min, max, .. } => (0..24).map(|k| json!(min + ((seed.rotate_left(k * 7) % 1000) as i64 * (max - min)) / 999)).chain([json!(min), json!(max)]).collect(),
            Kind::Number { min, max, .. } => (0..24).map(|k| json!(((min + (seed.rotate_left(k * 7) % 1000) as f64 * (max - min) / 999.0) * 10.0).round() / 10.0)).chain([json!(min), json!(max)]).collect(),
        };
        for v in candidates {
            let mut b = a.clone();
            b.insert(id.into(), v.clone());
            if let Some(after) = eval(&b) {
                if outcome(&after) != base {
                    prop_assert!(decisive, "{id} = {v} changed the outcome, but {id} is not listed as decisive");
                }
            }
        }
    }

    /// SPEC 6: the summary is `not_settled` exactly when the level is non-acute and it may escalate to
    /// an acute level; `may_escalate` when an acute level may rise; `settled` when not provisional.
    #[test]
    fn the_summary_follows_section_6(a in answers(), citizen in any::<bool>()) {
        let audience = if citizen { "citizen" } else { "clinician" };
        let Ok(e) = evaluate(&json!({ "answers": a, "options": { "audience": audience } })) else { return Ok(()) };
        let r = &e.routing;
        let acute = |l: Level| l < Level::TsbPlanned;
        let want = match r.may_escalate_to {
            None => "settled",
            Some(up) if !acute(r.level) && acute(up) => "not_settled",
            Some(_) if acute(r.level) => "may_escalate",
            Some(_) => "provisional_minor",
        };
        prop_assert_eq!(serde_json::to_value(r.summary.id).unwrap_or_default(), json!(want));
        prop_assert_eq!(r.provisional, r.may_escalate_to.is_some());
        // Principle 1.7: never the non-acute headline while an acute escalation is possible.
        if want == "not_settled" {
            prop_assert!(!r.summary.text.contains(r.advice), "{}", r.summary.text);
        }
        if citizen {
            let action = r.citizen.as_ref().map(|c| c.action);
            prop_assert!(action.is_some());
            if want == "not_settled" {
                prop_assert_ne!(action, Some("contact_gp"));
            }
        }
    }
}

// ---- SPEC 6 and 8 by exhaustive search, on inputs with few open items -------------------------------

/// An answer of the engine's probe set as JSON.
fn slot_json(item: Item, slot: Slot) -> Option<Value> {
    Some(match (slot, item.def().kind) {
        (Slot::Yes, _) => json!("yes"),
        (Slot::No, _) => json!("no"),
        (Slot::Choice(i), Kind::Choice(c)) => json!(c.get(i as usize)?.id),
        (Slot::Multi(bits), Kind::Multi(c)) => json!(c
            .iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .map(|(_, c)| c.id)
            .collect::<Vec<_>>()),
        (Slot::Number(n), _) => json!(n),
        _ => return None,
    })
}

/// The answers tried for an item: the engine's probe answers (a test below checks them against random
/// values).
fn tried(item: Item) -> Vec<Value> {
    analysis::reps(item)
        .iter()
        .filter_map(|s| slot_json(item, *s))
        .collect()
}

fn evaluate_with(answers: &Map<String, Value>, options: &Value) -> Option<Evaluation> {
    evaluate(&json!({ "answers": answers, "options": options })).ok()
}

/// Every partial completion of `items` (each absent or one of its probe answers), applied to `base`.
fn completions(base: &Map<String, Value>, items: &[Item], total: bool) -> Vec<Map<String, Value>> {
    let mut out = vec![base.clone()];
    for item in items {
        let mut next = Vec::new();
        for m in &out {
            if !total {
                next.push(m.clone());
            }
            for v in tried(*item) {
                let mut n = m.clone();
                n.insert(item.id().into(), v);
                next.push(n);
            }
        }
        out = next;
    }
    out
}

/// Fills open items with answers until at most `keep` remain open (answers can open others).
fn few_open(
    mut a: Map<String, Value>,
    options: &Value,
    keep: usize,
    seed: u64,
) -> Option<(Map<String, Value>, Evaluation)> {
    for round in 0..6 {
        let e = evaluate_with(&a, options)?;
        let open = e.completeness.next_questions.clone();
        if open.len() <= keep {
            return Some((a, e));
        }
        for (k, id) in open.iter().enumerate().skip(keep) {
            let item = Item::from_id(id)?;
            let options = tried(item);
            let pick = (seed.rotate_left((k as u32 + round) * 5) as usize) % options.len().max(1);
            if let Some(v) = options.get(pick) {
                a.insert(id.to_string(), v.clone());
            }
        }
        make_consistent(&mut a);
    }
    None
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    /// SPEC 8: an item is decisive exactly when some answers to the other open items exist under which
    /// some answer to it changes the outcome (level, indication, a criterion's status); SPEC 6:
    /// `may_escalate_to` is the most urgent level of any completion; SPEC 5: a `not_met` criterion is
    /// met by no completion. Checked by trying every completion, on inputs with at most three open items.
    #[test]
    fn the_analysis_agrees_with_an_exhaustive_search(a in answers(), citizen in any::<bool>(), seed in any::<u64>()) {
        let options = json!({ "audience": if citizen { "citizen" } else { "clinician" } });
        let Some((a, e)) = few_open(a, &options, 3, seed) else { return Ok(()) };
        let open: Vec<Item> = e.completeness.next_questions.iter().filter_map(|id| Item::from_id(id)).collect();
        let base = outcome(&e);
        for x in &open {
            let others: Vec<Item> = open.iter().copied().filter(|o| o != x).collect();
            let mut truth = false;
            'search: for s in completions(&a, &others, false) {
                let Some(before) = evaluate_with(&s, &options) else { continue };
                let before = outcome(&before);
                for v in tried(*x) {
                    let mut with = s.clone();
                    with.insert(x.id().into(), v);
                    if evaluate_with(&with, &options).is_some_and(|after| outcome(&after) != before) {
                        truth = true;
                        break 'search;
                    }
                }
            }
            let listed = e.completeness.decisive.iter().any(|d| d.id == x.id());
            prop_assert_eq!(listed, truth, "{} decisive: engine {}, search {} ({}) in {}", x.id(), listed, truth, base, serde_json::to_string(&a).unwrap_or_default());
        }
        // The worst-case completion, and criteria no completion meets.
        let mut worst = e.routing.level;
        let mut met = [false; 5];
        for s in completions(&a, &open, true) {
            let Some(c) = evaluate_with(&s, &options) else { continue };
            worst = worst.min(c.routing.level).min(c.routing.may_escalate_to.unwrap_or(Level::Gp));
            for (k, crit) in c.indication.criteria.iter().enumerate() {
                met[k] |= crit.status.id() == "met";
            }
        }
        let want = (worst < e.routing.level).then_some(worst);
        prop_assert_eq!(e.routing.may_escalate_to, want, "{}", base);
        for (k, crit) in e.indication.criteria.iter().enumerate() {
            if crit.status.id() == "not_met" {
                prop_assert!(!met[k], "{} is not_met, but a completion meets it", crit.id);
            }
        }
    }
}

// ---- The engine's JSON reader against serde_json ------------------------------------------------------

/// JSON values whose numbers every reader must read exactly: integers, and decimals of up to 15
/// significant digits with a power of ten within ±22 (see `core/src/json/read.rs`).
fn exact_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (0u64..1_000_000_000_000_000, -22i32..8).prop_map(|(m, e)| {
            let f: f64 = format!("{m}e{e}").parse().unwrap_or(0.0);
            serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)
        }),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The same values, numbers equal to 15 significant digits.
fn same(a: &tsb_akutt_core::json::Value, b: &tsb_akutt_core::json::Value) -> bool {
    use tsb_akutt_core::json::Value as V;
    match (a, b) {
        (V::Number(x), V::Number(y)) => x == y || (x - y).abs() <= 1e-15 * x.abs().max(y.abs()),
        (V::Array(x), V::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y))
        }
        (V::Object(x), V::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|((kx, vx), (ky, vy))| kx == ky && same(vx, vy))
        }
        _ => a == b,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    /// What serde_json writes (compact or pretty), the engine's reader reads as the same value.
    #[test]
    fn json_reader_reads_what_serde_json_writes(value in exact_json()) {
        let expected = tsb_akutt_core::json::Value::from(&value);
        for text in [value.to_string(), serde_json::to_string_pretty(&value).unwrap_or_default()] {
            let read = tsb_akutt_core::json::parse(&text);
            prop_assert_eq!(read.as_ref(), Ok(&expected), "{}", text);
        }
    }

    /// Text one edit away from JSON: the engine's reader accepts exactly what serde_json accepts (with
    /// the same value), but for a key given twice, which only the engine's reader refuses.
    #[test]
    fn json_reader_accepts_what_serde_json_accepts(
        value in exact_json(),
        at in any::<prop::sample::Index>(),
        edit in prop_oneof![
            Just(None),
            proptest::sample::select(vec!['"', '\\', ',', ':', '[', ']', '{', '}', '0', '-', '.', 'e', 'u', 'n', ' ', '\n', '\u{1}', 'ø']).prop_map(Some),
        ],
    ) {
        let mut text = value.to_string();
        let positions: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let i = positions[at.index(positions.len())];
        match edit {
            // Delete the character at `i`.
            None => { if i < text.len() { text.remove(i); } }
            Some(c) => text.insert(i, c),
        }
        let theirs = serde_json::from_str::<Value>(&text);
        let ours = tsb_akutt_core::json::parse(&text);
        match (&theirs, &ours) {
            // Both keep objects in document order (serde_json with preserve_order).
            // serde_json's default number reading may be an ulp off where the engine's is exact.
            (Ok(v), Ok(o)) => prop_assert!(same(o, &tsb_akutt_core::json::Value::from(v)), "{}: {:?}", text, o),
            (Err(_), Err(_)) => {}
            (Ok(_), Err(e)) => prop_assert!(
                e.describe(tsb_akutt_core::Lang::En).starts_with("the key is given twice"),
                "refused what serde_json reads: {} ({})", text, e.describe(tsb_akutt_core::Lang::En)
            ),
            (Err(e), Ok(_)) => prop_assert!(false, "read what serde_json refuses ({}): {}", e, text),
        }
    }
}
