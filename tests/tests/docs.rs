//! `docs/CATALOG.md` and `docs/RULES.md` are generated from the catalog and the rule tables, so that a
//! clinician reads exactly what the engine uses. This test fails when they are stale;
//! `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs` rewrites them.

use std::fmt::Write;
use tsb_akutt_core::catalog::{Kind, Polarity, CATALOG};
use tsb_akutt_core::catalog_export::required_text;
use tsb_akutt_core::citizen::ACTIONS;
use tsb_akutt_core::concurrent::NEEDS;
use tsb_akutt_core::criteria::CRITERIA;
use tsb_akutt_core::instruments::INSTRUMENTS;
use tsb_akutt_core::routing::{Level, TRIGGERS};
use tsb_akutt_core::rules::{Atom, Rule};
use tsb_akutt_core::{Lang, RULESET};
use tsb_akutt_tests::tests_dir;

fn catalog_md() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Item catalog (ruleset {RULESET})\n");
    let _ = writeln!(s, "Generated from `core/src/catalog.rs` by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs`; do not edit by hand.");
    let _ = writeln!(s, "Every item also accepts `\"unknown\"` (asked, not known); leaving it out means not asked. Labels are nb / nn / en.\n");
    let mut section = "";
    for d in CATALOG.iter() {
        if d.section.id() != section {
            section = d.section.id();
            let _ = writeln!(s, "\n## `{section}`\n");
            let _ = writeln!(
                s,
                "| id | type and values | required | polarity | label (nb / nn / en) | help (nb) |"
            );
            let _ = writeln!(s, "| --- | --- | --- | --- | --- | --- |");
        }
        let kind = match d.kind {
            Kind::Tri(_) => "`yes` / `no` / `unknown`".to_string(),
            Kind::Int { min, max, unit } => format!("whole number {min}–{max} {unit}"),
            Kind::Number { min, max, unit } => format!("number {min}–{max} {unit}"),
            Kind::Choice(c) => format!(
                "one of {}",
                c.iter()
                    .map(|c| format!("`{}`", c.id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Kind::Multi(c) => format!(
                "list of {}",
                c.iter()
                    .map(|c| format!("`{}`", c.id))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        let polarity = match d.kind {
            Kind::Tri(Polarity::Risk) => "risk",
            Kind::Tri(Polarity::Protective) => "protective",
            Kind::Tri(Polarity::Judgement) => "judgement",
            _ => "",
        };
        let (required, when) = required_text(d.required);
        let required = when.map_or(required.to_string(), |w| w.get(Lang::En).to_string());
        let _ = writeln!(
            s,
            "| `{}` | {kind} | {required} | {polarity} | {} / {} / {} | {} |",
            d.id,
            d.label.get(Lang::Nb),
            d.label.get(Lang::Nn),
            d.label.get(Lang::En),
            d.help.get(Lang::Nb)
        );
    }
    let _ = writeln!(s, "\n## Instruments\n");
    for i in INSTRUMENTS {
        let _ = writeln!(
            s,
            "- **{}** (`{}`), total {}–{}: {}",
            i.name,
            i.id,
            i.min_total,
            i.max_total,
            i.items
                .iter()
                .map(|it| {
                    let points = it.points.describe();
                    format!("`{}` {points}", it.id)
                })
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    s
}

/// One atom of the rule language in words (English, with the public ids), for clinical review.
fn atom(a: &Atom) -> String {
    let list = |xs: &[&str], word: &str| {
        let ids: Vec<String> = xs.iter().map(|x| format!("`{x}`")).collect();
        match ids.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {word} {last}", rest.join(", ")),
            None => String::new(),
        }
    };
    match *a {
        Atom::Yes(i) => format!("`{}` yes", i.id()),
        Atom::NotYes(i) => format!("`{}` not yes", i.id()),
        Atom::NotNo(i) => format!("`{}` not no", i.id()),
        Atom::OneOf(i, xs) => format!("`{}` {}", i.id(), list(xs, "or")),
        Atom::AnsweredNot(i, x) => format!("`{}` answered, not `{x}`", i.id()),
        Atom::Uses(xs) => format!("`substances` include {}", list(xs, "or")),
        Atom::AnyBut(i) => format!("`{}` holds anything but `none`", i.id()),
        Atom::AtMost(i, x) => format!("`{}` ≤ {x}", i.id()),
        Atom::AtLeast(i, x) => format!("`{}` ≥ {x}", i.id()),
        Atom::Above(i, x) => format!("`{}` > {x}", i.id()),
        Atom::CiwaArSevere => {
            "CIWA-Ar total in the severe band (≥ 15; ≥ 19 with the ASAM cut-off option)".into()
        }
        Atom::PawssAtLeast(x) => format!("PAWSS total ≥ {x}"),
        Atom::PawssThreshold => "PAWSS threshold item `true`".into(),
        Atom::AgeUnder(x) => format!("`age` < {x}"),
        Atom::AgeFrom(x) => format!("`age` ≥ {x} or not answered"),
        Atom::News2AtLeast(x) => format!("NEWS2 points ≥ {x} (the host's total, from age 12)"),
        Atom::News2Single3 => "a NEWS2 parameter scores 3".into(),
        Atom::Points3(i) => format!("`{}` scores 3 NEWS2 points", i.id()),
        Atom::VitalSignGiven => "a vital sign is given".into(),
    }
}

/// A rule in words: its alternatives joined by "or", each a conjunction joined by "and".
fn rule(r: Rule) -> String {
    r.iter()
        .map(|alt| alt.iter().map(atom).collect::<Vec<_>>().join(" and "))
        .collect::<Vec<_>>()
        .join("; **or** ")
}

fn rules_md() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Rules (ruleset {RULESET})\n");
    let _ = writeln!(s, "Generated from the rule tables in `core/src/criteria.rs`, `core/src/routing.rs`, `core/src/concurrent.rs` and `core/src/citizen.rs` by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs`; do not edit by hand. Each row names the id a reason carries in the output, the condition as the engine reads it (the rule language of `core/src/rules.rs`), the wording (nb) and the source.\n");
    let _ = writeln!(s, "Reading the conditions: an absent or `unknown` answer makes no condition hold (unknown is not no), except that an open age is read by the adult rules; \"not yes\" holds for absent and `unknown` too.\n");
    let _ = writeln!(
        s,
        "## Acute indication: the five criteria (SPEC section 5)\n"
    );
    let _ = writeln!(s, "A criterion is met when any of its conditions holds; `not_met` only when no answers to the open required items could make one hold; otherwise `undetermined`, naming those items (`core/src/analysis.rs`).\n");
    for (n, c) in CRITERIA.iter().enumerate() {
        let _ = writeln!(s, "### {}. `{}`: {}\n", n + 1, c.id, c.title.get(Lang::Nb));
        let _ = writeln!(
            s,
            "Sources: {}\n",
            c.sources
                .iter()
                .map(|x| x.citation)
                .collect::<Vec<_>>()
                .join("; ")
        );
        let _ = writeln!(s, "| id | condition | text (nb) |\n| --- | --- | --- |");
        for cond in c.met_by {
            let _ = writeln!(
                s,
                "| `{}` | {} | {} |",
                cond.id,
                rule(cond.when),
                cond.text.get(Lang::Nb)
            );
        }
        let _ = writeln!(s, "\nNot met: {}\n", c.not_met.get(Lang::Nb));
    }
    let _ = writeln!(s, "## Care-level routing (SPEC section 6)\n");
    let _ = writeln!(s, "Levels, most urgent first; the highest triggered level wins. Acute TSB follows the indication (24-hour when criterion 1–4 is met, outpatient or ambulant when only criterion 5 is); otherwise the non-acute level follows severity and duration. `provisional` and `may_escalate_to` come from the worst-case completion of the open required items together; under 12 with a vital sign given the routing is never settled below `somatic_emergency`.\n");
    let _ = writeln!(
        s,
        "| level | trigger id | condition | text (nb) | source |\n| --- | --- | --- | --- | --- |"
    );
    for t in TRIGGERS {
        let _ = writeln!(
            s,
            "| `{}` | `{}` | {} | {} | {} |",
            t.level.id(),
            t.id,
            rule(t.when),
            t.text.get(Lang::Nb),
            t.source.citation
        );
    }
    for l in Level::ALL {
        let _ = writeln!(
            s,
            "\n- `{}`: {} — {}",
            l.id(),
            l.title().get(Lang::Nb),
            l.advice().get(Lang::Nb)
        );
    }
    let _ = writeln!(s, "\n### Summary (`routing.summary.id`, SPEC 1.7 and 6)\n");
    let _ = writeln!(
        s,
        "- `settled`: not provisional; the text is the level's own action."
    );
    let _ = writeln!(s, "- `not_settled`: the level is non-acute and may become acute; the text says so, names what it may become and the first decisive questions, never the non-acute level as the answer.");
    let _ = writeln!(s, "- `may_escalate`: the level is acute and may become more urgent; the current action first, unsoftened, then what to check now.");
    let _ = writeln!(
        s,
        "- `provisional_minor`: provisional between non-acute levels only."
    );
    let _ = writeln!(s, "\n## Concurrent needs (SPEC section 7)\n");
    let _ = writeln!(s, "| id | text (nb) | source |\n| --- | --- | --- |");
    for n in NEEDS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            n.id,
            n.text.get(Lang::Nb),
            n.source.citation
        );
    }
    let _ = writeln!(
        s,
        "\n## Citizen actions (`routing.citizen.action`, SPEC section 9)\n"
    );
    let _ = writeln!(
        s,
        "The first action whose condition holds, in this order.\n"
    );
    let _ = writeln!(
        s,
        "| id | headline (nb) | first aid | source |\n| --- | --- | --- | --- |"
    );
    for a in ACTIONS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            a.id,
            a.headline.get(Lang::Nb),
            if a.first_aid { "yes" } else { "" },
            a.source.citation
        );
    }
    s
}

fn check(name: &str, generated: String) {
    let path = tests_dir().join("../docs").join(name);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &generated).expect("write docs");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/{name} is stale: run UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs"
    );
}

#[test]
fn catalog_doc_is_current() {
    check("CATALOG.md", catalog_md());
}

#[test]
fn rules_doc_is_current() {
    check("RULES.md", rules_md());
}
