//! `docs/CATALOG.md` and `docs/RULES.md` are generated from the catalog and the rule tables, so that a
//! clinician reads exactly what the engine uses. This test fails when they are stale;
//! `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs` rewrites them.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use tsb_akutt_core::catalog::{Kind, Polarity, CATALOG};
use tsb_akutt_core::catalog_export::required_text;
use tsb_akutt_core::citizen::ACTIONS;
use tsb_akutt_core::concurrent::NEEDS;
use tsb_akutt_core::criteria::CRITERIA;
use tsb_akutt_core::instruments::INSTRUMENTS;
use tsb_akutt_core::routing::{Level, TRIGGERS};
use tsb_akutt_core::rules::{Atom, Rule};
use tsb_akutt_core::{Lang, RULESET};
use tsb_akutt_tests::{atom_words, json_files, read_json, tests_dir};

/// The items an atom reads: its one item, or the NEWS2 parameters for a NEWS2 atom (PAWSS atoms read
/// the instrument, not a catalog item).
fn atom_items(a: &Atom) -> Vec<tsb_akutt_core::catalog::Item> {
    use tsb_akutt_core::instruments::news2::PARAMETERS;
    match (a.item(), a) {
        (Some(i), _) => vec![i],
        (None, Atom::News2AtLeast(_) | Atom::News2Single3 | Atom::VitalSignGiven) => {
            PARAMETERS.to_vec()
        }
        _ => Vec::new(),
    }
}

/// What reads an item outside the rule language (the concurrent needs' and citizen actions' conditions
/// are functions, and a few answers are read by the output builder): kept by hand from the code
/// (`concurrent.rs`, `routing.rs`, `criteria.rs`, `evaluate.rs`), checked to name catalog items.
const OTHER_READERS: &[(&str, &str)] = &[
    ("sex", "the AUDIT, AUDIT-C and DUDIT cut-offs; whether `pregnant` is required; warning `check_sex_pregnancy`"),
    ("referrer", "the entry path (`routing.entry_path`)"),
    ("hours_since_last_intake", "concurrent need `withdrawal_timing`"),
    ("substance_use_dominant", "reason `other_service_may_lead`"),
    ("oat", "concurrent need `oat_continuity`"),
    ("minor_children", "concurrent needs `children_next_of_kin`, `clarify_children`"),
    ("children_at_risk", "concurrent need `child_welfare_concern`"),
    ("recent_discharge", "concurrent need `overdose_risk_after_discharge`"),
    ("acute_admissions_12m", "concurrent need `joint_responsibility`"),
    ("reachable_by_phone", "concurrent need `alternative_contact`"),
    ("fixed_address", "concurrent need `alternative_contact`"),
    ("has_bankid", "concurrent need `alternative_contact`"),
    ("missed_appointments", "concurrent need `missed_appointment_followup`"),
    ("collateral_information", "concurrent need `collateral_information`"),
    ("urgent_necessity", "the indication (`indication.necessity`, reason `necessity_overruled`)"),
    ("problem_severity", "the non-acute level (`tsb_planned`, `municipal`, `gp`)"),
    ("problem_duration", "the non-acute level (`tsb_planned`, `municipal`, `gp`)"),
    ("alcohol_test", "a given `alcohol_permille` counts as `alcohol_test` done"),
];

/// The criteria conditions and routing triggers whose rule reads `item` (SPEC 3: an item no rule reads
/// is recorded, not decided on), then what else reads it ([`OTHER_READERS`]).
fn rule_readers(item: tsb_akutt_core::catalog::Item) -> Vec<String> {
    let reads = |rule: Rule| {
        rule.iter()
            .flat_map(|alt| alt.iter())
            .any(|a| atom_items(a).contains(&item))
    };
    let mut out: Vec<String> = Vec::new();
    for c in CRITERIA.iter() {
        for cond in c.met_by {
            if reads(cond.when) {
                out.push(format!("{}: {}", c.id, cond.id));
            }
        }
    }
    for t in TRIGGERS {
        if reads(t.when) {
            out.push(format!("`{}`", t.id));
        }
    }
    let mut out: Vec<String> = out
        .into_iter()
        .map(|r| {
            if r.starts_with('`') {
                r
            } else {
                format!("`{r}`")
            }
        })
        .collect();
    for (id, what) in OTHER_READERS {
        if *id == item.id() {
            out.push(what.to_string());
        }
    }
    out
}

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
                "| id | type and values | required | polarity | decided on by | label (nb / nn / en) | help (nb) |"
            );
            let _ = writeln!(s, "| --- | --- | --- | --- | --- | --- | --- |");
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
        let readers = rule_readers(d.item);
        let decided = if readers.is_empty() {
            "— (recorded, not decided on)".to_string()
        } else {
            readers.join("; ")
        };
        let _ = writeln!(
            s,
            "| `{}` | {kind} | {required} | {polarity} | {decided} | {} / {} / {} | {} |",
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
    let _ = writeln!(s, "\n## Citizen wording (SPEC 9)\n");
    let _ = writeln!(s, "From `core/src/citizen_wording.rs`: the only items a citizen is asked, in the order a citizen form asks them (the life-threatening first), with the plain question, the help line and every answer (nb; nn and en in the source). Every item also has the answer «{}».\n", tsb_akutt_core::citizen_wording::UNKNOWN.get(Lang::Nb));
    let _ = writeln!(
        s,
        "| id | question (nb) | help (nb) | answers (nb) |\n| --- | --- | --- | --- |"
    );
    for item in tsb_akutt_core::citizen_wording::ORDER {
        let Some(w) = tsb_akutt_core::citizen_wording::wording(item) else {
            continue;
        };
        let ids: Vec<&str> = match item.def().kind {
            Kind::Tri(_) => vec!["yes", "no", "unknown"],
            k => k.choices().iter().map(|c| c.id).collect(),
        };
        let answers = ids
            .iter()
            .zip(w.choices)
            .map(|(id, t)| format!("`{id}`: {}", t.get(Lang::Nb)))
            .collect::<Vec<_>>()
            .join("; ");
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {answers} |",
            item.id(),
            w.question.get(Lang::Nb),
            w.help.get(Lang::Nb)
        );
    }
    s
}

/// The condition in words of `id` in a table of conditions (`concurrent::CONDITIONS`,
/// `citizen::CONDITIONS`); every id must have one.
fn condition_of(table: &[(&str, &'static str)], id: &str) -> &'static str {
    let found = table.iter().find(|(i, _)| *i == id).map(|(_, c)| *c);
    found.unwrap_or_else(|| panic!("no condition in words for `{id}`"))
}

/// A rule's sources as their bibliography ids, each linked to its entry in `docs/SOURCES.md`.
fn source_ids(source: tsb_akutt_core::sources::Source) -> String {
    source
        .iter()
        .map(|r| format!("[`{0}`](SOURCES.md#{0})", r.id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A rule in words: its alternatives joined by "or", each a conjunction joined by "and".
fn rule(r: Rule) -> String {
    r.iter()
        .map(|alt| alt.iter().map(atom_words).collect::<Vec<_>>().join(" and "))
        .collect::<Vec<_>>()
        .join("; **or** ")
}

fn rules_md() -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Rules (ruleset {RULESET})\n");
    let _ = writeln!(s, "Generated from the rule tables in `core/src/criteria.rs`, `core/src/routing.rs`, `core/src/concurrent.rs`, `core/src/citizen.rs` and `core/src/messages.rs` by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs`; do not edit by hand. Each row names the id a reason carries in the output, the condition as the engine reads it (the rule language of `core/src/rules.rs`), the wording (nb) and the source.\n");
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
                .map(|x| source_ids(x))
                .collect::<Vec<_>>()
                .join(", ")
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
            source_ids(t.source)
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
    let _ = writeln!(
        s,
        "| id | condition | text (nb) | source |\n| --- | --- | --- | --- |"
    );
    for n in NEEDS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            n.id,
            condition_of(tsb_akutt_core::concurrent::CONDITIONS, n.id),
            n.text.get(Lang::Nb),
            source_ids(n.source)
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
        "| id | condition | headline (nb) | first aid | source |\n| --- | --- | --- | --- | --- |"
    );
    for a in &ACTIONS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} |",
            a.id,
            condition_of(tsb_akutt_core::citizen::CONDITIONS, a.id),
            a.headline.get(Lang::Nb),
            if a.first_aid { "yes" } else { "" },
            source_ids(a.source)
        );
    }
    let _ = writeln!(s, "\n## Other messages (`core/src/messages.rs`)\n");
    let _ = writeln!(s, "The basis of the indication, the reasons of the acute and non-acute levels and the warnings: each decided in `core/src/evaluate.rs` on the condition given here.\n");
    let _ = writeln!(
        s,
        "| id | where | condition | text (nb) | source |\n| --- | --- | --- | --- | --- |"
    );
    for (row, place, condition) in tsb_akutt_core::messages::ALL {
        let _ = writeln!(
            s,
            "| `{}` | `{place}` | {condition} | {} | {} |",
            row.id,
            row.text.get(Lang::Nb),
            source_ids(row.source)
        );
    }
    let _ = writeln!(s, "\n## Entry paths (`routing.entry_path`, SPEC 6)\n");
    let _ = writeln!(
        s,
        "Given when the level is acute TSB or acute TSB is indicated, by `referrer`.\n"
    );
    let _ = writeln!(
        s,
        "| id | referrer | text (nb) | source |\n| --- | --- | --- | --- |"
    );
    for (referrers, row) in tsb_akutt_core::routing::ENTRY_PATHS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            row.id,
            referrers
                .iter()
                .map(|r| format!("`{r}`"))
                .collect::<Vec<_>>()
                .join(", "),
            row.text.get(Lang::Nb),
            source_ids(row.source)
        );
    }
    scores_and_numbers(&mut s);
    let recorded: Vec<String> = CATALOG
        .iter()
        .filter(|d| rule_readers(d.item).is_empty())
        .map(|d| format!("`{}`", d.id))
        .collect();
    let _ = writeln!(s, "\n## Recorded, not decided on (SPEC 3)\n");
    let _ = writeln!(
        s,
        "No rule, concurrent need, citizen action or message reads these items; they are part of the assessment the sources require (completeness counts them where they are required). What reads every other item: the column \"decided on by\" of [CATALOG.md](CATALOG.md).\n\n{}",
        recorded.join(", ")
    );
    s
}

/// The score ids with their bands and flags, and the national numbers: the ids a host receives in
/// `scores` and `routing.contacts` (the bands' thresholds are in DECISION_TABLES.md).
fn scores_and_numbers(s: &mut String) {
    use tsb_akutt_core::instruments::{
        news2, AuditCCutoff, BandContext, CiwaCutoff, CutoffSex, Cutoffs, INSTRUMENTS, REPORT_FLAGS,
    };
    let _ = writeln!(s, "\n## Scores (`scores.<id>`, SPEC 4)\n");
    let _ = writeln!(
        s,
        "Each band id an instrument can give (under any sex and cut-off option), and its flags; the thresholds of each band are in [DECISION_TABLES.md](DECISION_TABLES.md).\n"
    );
    let _ = writeln!(
        s,
        "| id | name | bands | flags |\n| --- | --- | --- | --- |"
    );
    let contexts: Vec<BandContext> = [CutoffSex::Male, CutoffSex::Cautious]
        .into_iter()
        .flat_map(|sex| {
            [
                Cutoffs::default(),
                Cutoffs {
                    ciwa_ar: CiwaCutoff::Asam,
                    ..Cutoffs::default()
                },
                Cutoffs {
                    audit_c: AuditCCutoff::Swedish,
                    ..Cutoffs::default()
                },
            ]
            .map(|cutoffs| BandContext { sex, cutoffs })
        })
        .collect();
    for instrument in INSTRUMENTS.iter().copied().chain([&news2::NEWS2]) {
        let mut bands: Vec<&str> = Vec::new();
        let mut flags: Vec<&str> = Vec::new();
        for context in &contexts {
            let mut total = instrument.min_total;
            while total <= instrument.max_total {
                let mut given = vec![(instrument.band)(total, context)];
                if instrument.id == "news2" {
                    given.push(news2::news2_band_with(total, true));
                }
                for band in given {
                    if !bands.contains(&band.id) {
                        bands.push(band.id);
                    }
                    for f in &band.flags {
                        if !flags.contains(&f.id) {
                            flags.push(f.id);
                        }
                    }
                }
                total += 1.0;
            }
        }
        for (id, flag) in REPORT_FLAGS {
            if id == instrument.id && !flags.contains(&flag.id) {
                flags.push(flag.id);
            }
        }
        let list = |ids: &[&str]| {
            ids.iter()
                .map(|i| format!("`{i}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} |",
            instrument.id,
            instrument.name,
            list(&bands),
            list(&flags)
        );
    }
    let _ = writeln!(
        s,
        "\n## National numbers (`routing.contacts[].id`, SPEC 6 and 9)\n"
    );
    let _ = writeln!(s, "| id | number | name (nb) |\n| --- | --- | --- |");
    for c in tsb_akutt_core::routing::CONTACTS {
        let _ = writeln!(
            s,
            "| `{}` | {} | {} |",
            c.id,
            c.number,
            c.name.get(Lang::Nb)
        );
    }
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
fn the_other_readers_name_catalog_items() {
    for (id, _) in OTHER_READERS {
        assert!(
            CATALOG.iter().any(|d| d.id == *id),
            "{id} is not a catalog item"
        );
    }
}

#[test]
fn catalog_doc_is_current() {
    check("CATALOG.md", catalog_md());
}

#[test]
fn rules_doc_is_current() {
    check("RULES.md", rules_md());
}

/// The teaching cases (`tests/golden/teaching/`, `tests/golden/synthetic/`), so that the overview an
/// educator reads is the cases themselves.
fn teaching_md() -> String {
    let mut s = String::new();
    s.push_str(TEACHING_INTRO);
    let teaching: Vec<PathBuf> = ["aud", "kristian", "lars"]
        .iter()
        .map(|n| tests_dir().join(format!("golden/teaching/{n}.json")))
        .collect();
    let mut synthetic = json_files(&tests_dir().join("golden/synthetic"));
    let level_of = |p: &PathBuf| {
        Level::from_id(read_json(p)["expect"]["level"].as_str().unwrap_or("gp"))
            .unwrap_or(Level::Gp)
    };
    synthetic.sort_by_key(|p| (level_of(p), p.clone()));
    let name = |p: &PathBuf| {
        let dir = p
            .parent()
            .and_then(|d| d.file_name())
            .and_then(|d| d.to_str())
            .unwrap_or("");
        let stem = p.file_stem().and_then(|d| d.to_str()).unwrap_or("");
        (format!("{dir}/{stem}"), stem.replace('_', "-"))
    };
    let _ = writeln!(s, "## Summary\n");
    let _ = writeln!(
        s,
        "| case | title (nb) | level | summary | indication |\n| --- | --- | --- | --- | --- |"
    );
    for p in teaching.iter().chain(&synthetic) {
        let c = read_json(p);
        let (file, anchor) = name(p);
        let e = &c["expect"];
        let summary = match (e["summary"].as_str(), e["may_escalate_to"].as_str()) {
            (Some(id), Some(up)) => format!("{id}, may escalate to `{up}`"),
            (Some(id), None) => id.to_string(),
            (None, _) => String::new(),
        };
        let _ = writeln!(
            s,
            "| [`{file}`](#{anchor}) | {} | `{}` | {summary} | {} |",
            c["teaching"]["title"]["nb"].as_str().unwrap_or(""),
            e["level"].as_str().unwrap_or(""),
            e["indication"].as_str().unwrap_or("")
        );
    }
    let _ = writeln!(s, "\nBetween them, the synthetic cases reach every routing level, from `emergency_113` down to `gp`.");
    let _ = writeln!(s, "\n## Ukom cases\n");
    for p in &teaching {
        case_md(&mut s, p, &name(p));
    }
    let _ = writeln!(s, "## Synthetic cases\n");
    for p in &synthetic {
        case_md(&mut s, p, &name(p));
    }
    s.truncate(s.trim_end().len());
    s.push('\n');
    s
}

fn case_md(s: &mut String, p: &Path, (file, anchor): &(String, String)) {
    let c = read_json(p);
    let t = &c["teaching"];
    let e = &c["expect"];
    let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
    let ids = |v: &serde_json::Value| {
        let mut list: Vec<String> = v
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(|x| format!("`{x}`")))
            .collect();
        list.sort();
        list.join(", ")
    };
    let _ = writeln!(s, "<a id=\"{anchor}\"></a>\n");
    let _ = writeln!(s, "### {}\n", text(&t["title"]["nb"]));
    let _ = writeln!(
        s,
        "*{}* · file `tests/golden/{file}.json` · source: {}\n",
        text(&t["title"]["en"]),
        text(&t["source"])
    );
    let _ = writeln!(s, "**Story.** {}\n", text(&t["story"]["en"]));
    let _ = writeln!(s, "**Moment.** {}\n", text(&t["moment"]["en"]));
    let _ = writeln!(s, "**Expected outcome.**\n");
    let level = Level::from_id(e["level"].as_str().unwrap_or("")).unwrap_or(Level::Gp);
    let mut line = format!(
        "- Level: `{}` ({}).",
        level.id(),
        level.title().get(Lang::En)
    );
    match (e["provisional"].as_bool(), e["may_escalate_to"].as_str()) {
        (Some(true), Some(up)) => {
            line.push_str(&format!(" Provisional: yes, may escalate to `{up}`."))
        }
        (Some(true), None) => line.push_str(" Provisional: yes."),
        (Some(false), _) => line.push_str(" Provisional: no."),
        _ => {}
    }
    if let Some(summary) = e["summary"].as_str() {
        line.push_str(&format!(" Summary: `{summary}`."));
    }
    let _ = writeln!(s, "{line}");
    let criteria: Vec<String> = e["criteria"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(k, v)| format!("`{k}` {}", v.as_str().unwrap_or("")))
        .collect();
    let _ = writeln!(
        s,
        "- Indication: `{}`. Criteria: {}.",
        text(&e["indication"]),
        criteria.join(", ")
    );
    if let Some(missing) = e["missing"].as_object() {
        let list: Vec<String> = missing
            .iter()
            .map(|(k, v)| format!("`{k}`: {}", ids(v)))
            .collect();
        let _ = writeln!(s, "- Missing facts: {}.", list.join("; "));
    }
    let concurrent = ids(&e["concurrent"]);
    let _ = writeln!(
        s,
        "- Concurrent needs: {}.",
        if concurrent.is_empty() {
            "none".into()
        } else {
            concurrent
        }
    );
    if let Some(scores) = e["scores"].as_object() {
        let list: Vec<String> = scores
            .iter()
            .map(|(k, v)| {
                let total = v["total"]
                    .as_i64()
                    .map_or("no total".into(), |t| t.to_string());
                format!(
                    "{k} {total}{}",
                    v["band"]
                        .as_str()
                        .map_or(String::new(), |b| format!(" {b}"))
                )
            })
            .collect();
        let _ = writeln!(s, "- Scores: {}.", list.join("; "));
    }
    let _ = writeln!(s, "\n**Why.** {}\n", text(&t["explanation"]["en"]));
    let _ = writeln!(s, "**Reflection questions.**\n");
    for (k, q) in t["reflection_questions"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let _ = writeln!(
            s,
            "{}. {}  \n   *{}*",
            k + 1,
            text(&q["nb"]),
            text(&q["en"])
        );
    }
    let _ = writeln!(s);
}

const TEACHING_INTRO: &str = "# Teaching cases

Generated from the case files by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs`; do not edit by hand.

This is an overview of the teaching cases in `tests/golden/teaching/` (the stories of Aud, Kristian and Lars from the Norwegian Healthcare Investigation Board's (Ukom) 2026 learning material *Når rusen definerer helsehjelpen*) and the synthetic vignettes in `tests/golden/synthetic/`. Each case file is an engine input, the outcome the clinical contract (`SPEC.md`, ruleset 2026.2) requires, and a `teaching` block with the title, story, moment, explanation and reflection questions in nb, nn and en. `cargo test -p tsb-akutt-tests` checks every case, and the demo page offers them as presets.

Some things to keep in mind when teaching with them:

- **Decision support, not a decision.** The engine suggests a level, gives its reasons and names what is still unknown. The clinician decides.
- **The moments in the Ukom cases are imagined.** Ukom's material tells the life stories of Aud, Kristian and Lars only in outline. Each case puts the story into one plausible acute contact, and the ages, substances, vital signs and scores are illustrative. Where the material says nothing about an item, the item is left out, and the engine treats it as unknown, not as no. All persons in the synthetic cases are fictional.
- **Reflection questions** are taken from, or closely adapted from, the reflection questions in the Ukom material.

## Using the cases in a session

1. Load a case, read the story and the moment, and let the group agree on a level and the concurrent needs before the outcome is shown.
2. Compare their answer with the engine's reasons. Where they differ, use the five criteria (SPEC section 5) and the precedence of levels (section 6) to explain the engine's result.
3. Change one answer and see how the outcome changes. Some examples, all of which follow from the contract:
   - GHB case: `daily_use: yes`. Daily GHB use meets `severe_withdrawal`, and `withdrawal_and_pain_relief` is added. The level stays `emergency_113`.
   - NAV call: `consciousness: pain`. The level rises to `emergency_113`, which is the escalation the provisional routing warned about.
   - Benzodiazepines: `prior_withdrawal_seizure: yes` gives `tsb_acute_inpatient`. With `no`, the indication becomes `not_indicated` and the level stays `municipal`, no longer provisional.
   - Social crisis: `urgent_necessity: no`. The clinician overrules the indication, which becomes `not_indicated`. The level falls to `municipal` (severe and short), and `direct_transfer` disappears.
4. End with the reflection questions.

";

#[test]
fn teaching_doc_is_current() {
    check("TEACHING_CASES.md", teaching_md());
}

/// The probe answers of the analysis (`core/src/probes.rs`), derived from the thresholds of the rules.
fn probes_rs() -> String {
    use tsb_akutt_core::answers::Slot;
    use tsb_akutt_core::catalog::Item;
    let mut s = String::new();
    let _ = writeln!(s, "//! Generated by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs` from `analysis::derive_reps`;\n//! do not edit by hand.\n\nuse crate::answers::Slot;\n");
    let _ = writeln!(
        s,
        "/// The probe answers of each item, in catalog order (see `analysis::reps`)."
    );
    let _ = writeln!(s, "pub static PROBES: [&[Slot]; {}] = [", Item::COUNT);
    for item in Item::all() {
        let slots: Vec<String> = tsb_akutt_core::analysis::derive_reps(item)
            .iter()
            .map(|slot| match slot {
                Slot::Yes => "Slot::Yes".into(),
                Slot::No => "Slot::No".into(),
                Slot::Choice(i) => format!("Slot::Choice({i})"),
                Slot::Multi(bits) => format!("Slot::Multi({bits})"),
                Slot::Number(n) => format!("Slot::Number({n:?})"),
                Slot::Absent | Slot::Unknown => "Slot::Absent".into(),
            })
            .collect();
        let _ = writeln!(s, "    // {}\n    &[{}],", item.id(), slots.join(", "));
    }
    let _ = writeln!(s, "];");
    s
}

#[test]
fn probes_are_current() {
    let path = tests_dir().join("../core/src/probes.rs");
    let generated = probes_rs();
    // rustfmt may lay the arrays out differently; compare the tokens, not the layout.
    let tokens = |s: &str| s.split_whitespace().collect::<String>().replace(",]", "]");
    let mut committed = std::fs::read_to_string(&path).unwrap_or_default();
    if std::env::var_os("UPDATE_DOCS").is_some() && tokens(&committed) != tokens(&generated) {
        // Run `cargo fmt` afterwards; the check ignores layout.
        std::fs::write(&path, &generated).expect("write probes.rs");
        committed = generated.clone();
    }
    assert!(
        tokens(&committed) == tokens(&generated),
        "core/src/probes.rs is stale: run UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs"
    );
}
