//! `docs/CATALOG.md` and `docs/RULES.md` are generated from the catalog and the rule tables, so that a
//! clinician reads exactly what the engine uses. This test fails when they are stale;
//! `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs` rewrites them.

use std::fmt::Write;
use tsb_akutt_core::catalog::{Kind, Polarity, CATALOG};
use tsb_akutt_core::catalog_export::required_text;
use tsb_akutt_core::concurrent::NEEDS;
use tsb_akutt_core::criteria::CRITERIA;
use tsb_akutt_core::instruments::INSTRUMENTS;
use tsb_akutt_core::routing::{Level, TRIGGERS};
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

fn rules_md() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Rules (ruleset {RULESET})\n");
    let _ = writeln!(s, "Generated from the rule tables in `core/src/criteria.rs`, `core/src/routing.rs` and `core/src/concurrent.rs` by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs`; do not edit by hand. Each line names the id a reason carries in the output, the wording (nb), and the source. The conditions themselves are one line of code each, next to the id, in those files.\n");
    let _ = writeln!(
        s,
        "## Acute indication: the five criteria (SPEC section 5)\n"
    );
    let _ = writeln!(s, "A criterion is met when any of its conditions holds; `not_met` only when the facts that decide it are known and none holds; otherwise `undetermined`, naming the missing facts.\n");
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
        for cond in c.met_by {
            let _ = writeln!(s, "- `{}`: {}", cond.id, cond.text.get(Lang::Nb));
        }
        let _ = writeln!(s, "- not met: {}\n", c.not_met.get(Lang::Nb));
    }
    let _ = writeln!(s, "## Care-level routing (SPEC section 6)\n");
    let _ = writeln!(s, "Levels, most urgent first; the highest triggered level wins. Acute TSB follows the indication (24-hour when criterion 1–4 is met, outpatient or ambulant when only criterion 5 is); otherwise the non-acute level follows severity and duration (seed 004).\n");
    let _ = writeln!(
        s,
        "| level | trigger id | trigger (nb) | source |\n| --- | --- | --- | --- |"
    );
    for t in TRIGGERS {
        let _ = writeln!(
            s,
            "| `{}` | `{}` | {} | {} |",
            t.level.id(),
            t.id,
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
