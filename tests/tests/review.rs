//! What a clinical reviewer signs off, generated from the core's tables and checked here:
//!
//! - `docs/SOURCES.md`: the bibliography (`core/src/sources.rs`), each entry with what the rules take
//!   from it and which rules cite it;
//! - `docs/DECISION_TABLES.md` and `docs/decision-tables.csv`: every routing trigger, criterion
//!   condition, concurrent need, message, entry path, citizen action and instrument band as one row with
//!   its id, condition, outcome, sources and the tests that cover it, and a column for the reviewer;
//! - `docs/HAZARDS.md` (written by hand): every test it names as a mitigation must exist.
//!
//! The generated files are stale when this fails: `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test
//! review` rewrites them. A row that no golden case or conformance vector exercises fails the test.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use tsb_akutt_core::citizen::{ACTIONS, CONDITIONS as ACTION_CONDITIONS};
use tsb_akutt_core::concurrent::{CONDITIONS as NEED_CONDITIONS, NEEDS};
use tsb_akutt_core::criteria::CRITERIA;
use tsb_akutt_core::instruments::{
    news2, AuditCCutoff, BandContext, CiwaCutoff, CutoffSex, Cutoffs, Instrument, INSTRUMENTS,
};
use tsb_akutt_core::routing::{ENTRY_PATHS, TRIGGERS};
use tsb_akutt_core::rules::Rule;
use tsb_akutt_core::sources::{Source, BIBLIOGRAPHY, NOTES};
use tsb_akutt_core::{Lang, RULESET};
use tsb_akutt_tests::{atom_words, golden_files, read_json, run, tests_dir};

// ---------------------------------------------------------------------------------------------------
// What the tests exercise: every id each golden case and conformance vector makes the engine emit.

/// The cases: (name, input), every golden case and every conformance vector.
fn cases() -> Vec<(String, Value)> {
    let root = tests_dir();
    let mut out: Vec<(String, Value)> = golden_files()
        .iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            (name, tsb_akutt_tests::case_input(&read_json(path)))
        })
        .collect();
    let conformance = read_json(&root.join("fixtures/conformance.json"));
    for c in conformance["cases"].as_array().into_iter().flatten() {
        let name = format!("conformance: {}", c["name"].as_str().unwrap_or("?"));
        out.push((name, c["input"].clone()));
    }
    out
}

/// For each key (`kind:id`), the cases whose output carries it.
fn exercised() -> BTreeMap<String, BTreeSet<String>> {
    let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, input) in cases() {
        let Ok(out) = run(&input) else { continue };
        let mut keys = Vec::new();
        let ids = |v: &Value| -> Vec<String> {
            v.as_array()
                .into_iter()
                .flatten()
                .filter_map(|m| m["id"].as_str().map(str::to_string))
                .collect()
        };
        for id in ids(&out["routing"]["reasons"])
            .into_iter()
            .chain(ids(&out["indication"]["reasons"]))
            .chain(ids(&out["warnings"]))
        {
            keys.push(format!("message:{id}"));
        }
        for c in out["indication"]["criteria"]
            .as_array()
            .into_iter()
            .flatten()
        {
            for id in ids(&c["because"]) {
                keys.push(format!("message:{id}"));
                keys.push(format!("condition:{}:{id}", c["id"].as_str().unwrap_or("")));
            }
        }
        for id in ids(&out["routing"]["concurrent"]) {
            keys.push(format!("need:{id}"));
        }
        for id in [&out["routing"]["entry_path"]["id"], &out["notice"]["id"]]
            .into_iter()
            .filter_map(Value::as_str)
        {
            keys.push(format!("message:{id}"));
        }
        if let Some(action) = out["routing"]["citizen"]["action"].as_str() {
            keys.push(format!("action:{action}"));
        }
        for (id, score) in out["scores"].as_object().into_iter().flatten() {
            if let Some(band) = score["band"].as_str() {
                keys.push(format!("band:{id}:{band}"));
            }
        }
        for key in keys {
            map.entry(key).or_default().insert(name.clone());
        }
    }
    map
}

// ---------------------------------------------------------------------------------------------------
// Rows

struct Row {
    table: &'static str,
    id: String,
    condition: String,
    outcome: String,
    sources: Vec<&'static str>,
    /// The key in `exercised()`.
    key: String,
}

fn ids_of(source: Source) -> Vec<&'static str> {
    source.iter().map(|r| r.id).collect()
}

fn rule(r: Rule) -> String {
    r.iter()
        .map(|alt| alt.iter().map(atom_words).collect::<Vec<_>>().join(" and "))
        .collect::<Vec<_>>()
        .join("; or ")
}

fn condition_of(table: &[(&str, &'static str)], id: &str) -> String {
    table
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, c)| c.to_string())
        .unwrap_or_else(|| panic!("no condition in words for `{id}`"))
}

/// The bands of an instrument: each band id with the totals it covers, for each sex and cut-off
/// option that changes them.
fn bands(instrument: &Instrument) -> Vec<(String, String, Vec<&'static str>)> {
    let contexts: Vec<(&str, BandContext)> = {
        let mut v = Vec::new();
        for (sex_name, sex) in [
            ("men", CutoffSex::Male),
            ("women and others", CutoffSex::Cautious),
        ] {
            for (option, cutoffs) in [
                ("", Cutoffs::default()),
                (
                    ", ASAM-style cut-offs",
                    Cutoffs {
                        ciwa_ar: CiwaCutoff::Asam,
                        ..Cutoffs::default()
                    },
                ),
                (
                    ", Swedish cut-offs",
                    Cutoffs {
                        audit_c: AuditCCutoff::Swedish,
                        ..Cutoffs::default()
                    },
                ),
            ] {
                let name: &'static str = Box::leak(format!("{sex_name}{option}").into_boxed_str());
                v.push((name, BandContext { sex, cutoffs }));
            }
        }
        v
    };
    // Each distinct banding (the list of (band, from, to)) once, with the contexts that give it.
    type Banding = Vec<(String, f64, f64)>;
    let mut bandings: Vec<(Banding, Vec<&str>, Vec<&'static str>)> = Vec::new();
    for (name, context) in contexts {
        let mut banding: Vec<(String, f64, f64)> = Vec::new();
        let mut sources = Vec::new();
        let mut total = instrument.min_total;
        while total <= instrument.max_total {
            let band = (instrument.band)(total, &context);
            sources = ids_of(band.source);
            match banding.last_mut() {
                Some((id, _, to)) if *id == band.id => *to = total,
                _ => banding.push((band.id.to_string(), total, total)),
            }
            total += 1.0;
        }
        match bandings.iter_mut().find(|(b, _, _)| *b == banding) {
            Some((_, names, _)) => names.push(name),
            None => bandings.push((banding, vec![name], sources)),
        }
    }
    let mut rows = Vec::new();
    for (banding, names, sources) in &bandings {
        let who = if bandings.len() == 1 {
            String::new()
        } else {
            format!(" ({})", names.join("; "))
        };
        for (id, from, to) in banding {
            rows.push((
                id.clone(),
                format!("total {from}–{to}{who}"),
                sources.clone(),
            ));
        }
    }
    rows
}

fn rows() -> Vec<Row> {
    let mut rows = Vec::new();
    for t in TRIGGERS {
        rows.push(Row {
            table: "routing trigger",
            id: t.id.to_string(),
            condition: rule(t.when),
            outcome: format!("level `{}`", t.level.id()),
            sources: ids_of(t.source),
            key: format!("message:{}", t.id),
        });
    }
    for c in CRITERIA.iter() {
        let sources: Vec<&str> = c.sources.iter().flat_map(|s| ids_of(s)).collect();
        for cond in c.met_by {
            rows.push(Row {
                table: "criterion condition",
                id: cond.id.to_string(),
                condition: rule(cond.when),
                outcome: format!("criterion `{}` met", c.id),
                sources: sources.clone(),
                key: format!("condition:{}:{}", c.id, cond.id),
            });
        }
    }
    for n in NEEDS {
        rows.push(Row {
            table: "concurrent need",
            id: n.id.to_string(),
            condition: condition_of(NEED_CONDITIONS, n.id),
            outcome: "shown in `routing.concurrent`".into(),
            sources: ids_of(n.source),
            key: format!("need:{}", n.id),
        });
    }
    for (row, place, condition) in tsb_akutt_core::messages::ALL {
        rows.push(Row {
            table: "message",
            id: row.id.to_string(),
            condition: condition.to_string(),
            outcome: format!("shown in `{place}`"),
            sources: ids_of(row.source),
            key: format!("message:{}", row.id),
        });
    }
    for (referrers, row) in ENTRY_PATHS {
        rows.push(Row {
            table: "entry path",
            id: row.id.to_string(),
            condition: format!(
                "acute TSB (level or indication) and `referrer` {}",
                referrers
                    .iter()
                    .map(|r| format!("`{r}`"))
                    .collect::<Vec<_>>()
                    .join(" or ")
            ),
            outcome: "`routing.entry_path`".into(),
            sources: ids_of(row.source),
            key: format!("message:{}", row.id),
        });
    }
    for a in &ACTIONS {
        rows.push(Row {
            table: "citizen action",
            id: a.id.to_string(),
            condition: condition_of(ACTION_CONDITIONS, a.id),
            outcome: format!(
                "`routing.citizen.action` (the first that holds){}",
                if a.first_aid { ", with first aid" } else { "" }
            ),
            sources: ids_of(a.source),
            key: format!("action:{}", a.id),
        });
    }
    for instrument in INSTRUMENTS.iter().copied().chain([&news2::NEWS2]) {
        for (band, condition, sources) in bands(instrument) {
            rows.push(Row {
                table: "instrument band",
                id: format!("{}: {band}", instrument.id),
                condition,
                outcome: format!("`scores.{}.band` `{band}`", instrument.id),
                sources,
                key: format!("band:{}:{band}", instrument.id),
            });
        }
    }
    // NEWS2's band also reads whether a single parameter scores 3 (RCP 2017): a low total is then an
    // urgent review, which the band by total alone does not show.
    let mut totals = Vec::new();
    let mut total = 0.0;
    while total <= news2::NEWS2.max_total {
        let band = news2::news2_band_with(total, true);
        if band.id == "urgent_review" {
            totals.push(total);
        }
        total += 1.0;
    }
    if let (Some(from), Some(to)) = (totals.first(), totals.last()) {
        rows.push(Row {
            table: "instrument band",
            id: "news2: urgent_review".into(),
            condition: format!("total {from}–{to} with a single parameter scoring 3"),
            outcome: "`scores.news2.band` `urgent_review`, flag `single_parameter_3`".into(),
            sources: ids_of(news2::news2_band_with(from.to_owned(), true).source),
            key: "band:news2:urgent_review".into(),
        });
    }
    rows
}

/// The covering tests of a row, the first three by name and how many.
fn covered(row: &Row, exercised: &BTreeMap<String, BTreeSet<String>>) -> (usize, String) {
    let cases = exercised.get(&row.key);
    let n = cases.map_or(0, BTreeSet::len);
    let shown: Vec<String> = cases
        .into_iter()
        .flatten()
        .take(3)
        .map(|c| format!("`{c}`"))
        .collect();
    let more = if n > 3 {
        format!(" and {} more", n - 3)
    } else {
        String::new()
    };
    (n, format!("{}{more}", shown.join(", ")))
}

fn decision_tables(
    rows: &[Row],
    exercised: &BTreeMap<String, BTreeSet<String>>,
) -> (String, String) {
    let mut md = String::new();
    let _ = writeln!(md, "# Decision tables (ruleset {RULESET})\n");
    let _ = writeln!(md, "Generated from the core's tables (`core/src/routing.rs`, `criteria.rs`, `concurrent.rs`, `messages.rs`, `citizen.rs`, `instruments/`) by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test review`; do not edit by hand. For sign-off, open [`decision-tables.csv`](decision-tables.csv) in a spreadsheet: it has the same rows and a column for the reviewer's verdict.\n");
    let _ = writeln!(md, "Each row: the public id, the condition as the engine reads it (an absent or `unknown` answer makes no condition hold), the outcome, the sources (ids of [SOURCES.md](SOURCES.md)) and the tests that exercise it: golden cases (`tests/golden/`) and conformance vectors whose output carries the id. A row with no such test fails the build.\n");
    let mut csv = String::from(
        "table,id,condition,outcome,sources,covered_by,reviewer,verdict,date,comment\n",
    );
    let field = |s: &str| format!("\"{}\"", s.replace('`', "").replace('"', "\"\""));
    let mut table = "";
    for row in rows {
        if row.table != table {
            table = row.table;
            let _ = writeln!(md, "\n## {}s\n", capitalised(table));
            let _ = writeln!(
                md,
                "| id | condition | outcome | sources | covered by |\n| --- | --- | --- | --- | --- |"
            );
        }
        let (_, tests) = covered(row, exercised);
        let sources = row
            .sources
            .iter()
            .map(|s| format!("[`{s}`](SOURCES.md#{s})"))
            .collect::<Vec<_>>()
            .join(", ");
        let _ = writeln!(
            md,
            "| `{}` | {} | {} | {sources} | {tests} |",
            row.id, row.condition, row.outcome
        );
        let _ = writeln!(
            csv,
            "{},{},{},{},{},{},,,,",
            field(row.table),
            field(&row.id),
            field(&row.condition),
            field(&row.outcome),
            field(&row.sources.join(" ")),
            field(&tests)
        );
    }
    (md, csv)
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------------
// The bibliography

const UNVERIFIED: &str = "## What could not be verified

Recorded so that clinical governance can close each one (the research log is `docs/sources-research.md`):

- **Entry paths** (SPEC 6: GP, NAV, AMK, legevakt, wards → rusakuttmottak, ruspoliklinikk med
  akuttansvar, liaison): no public guideline page lists them; they are local organisation and cite the
  acute TSB guideline and NK-TSB for the principle only.
- **Timing of withdrawal seizures and delirium** (`withdrawal_timing`): no source verified yet; the need
  cites the guideline's course of withdrawal only.
- **ASAM-style CIWA-Ar bands 10/19** (`cutoffs.ciwa_ar: \"asam\"`) and **Swedish AUDIT-C cut-offs**
  (`cutoffs.audit_c: \"swedish\"`): no verified source (Swedish sources conflict); both options cite the
  instrument only.
- **112 for danger to others** (`call_112_and_113`): Norsk indeks chapter 29 is cited; a source for
  calling the police as well was not found.
- **The right to emergency help** moved from pasient- og brukerrettighetsloven § 2-1 b to § 2-2 by Prop.
  40 L (2022–2023); the date it came into force was not confirmed, so the law and the right are cited
  without a paragraph number.
- **Addresses**: where an entry has no `url`, none was verified (the NEWS2 report, the DUDIT manual, the
  2015 PAWSS paper, the Norwegian AUDIT paper).
- **Suicide risk grading**: the 2024 guideline advises against grading suicide risk low / moderate /
  high, which `suicide_risk` does (SPEC 13, a question for clinical governance, not for code).
";

fn sources_md(rows: &[Row]) -> String {
    let mut cited: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for row in rows {
        for s in &row.sources {
            cited
                .entry(s)
                .or_default()
                .push(format!("`{}` ({})", row.id, row.table));
        }
    }
    for a in tsb_akutt_core::citizen::FIRST_AID.iter() {
        for r in a.source.iter() {
            cited
                .entry(r.id)
                .or_default()
                .push(format!("`{}` (first aid)", a.id));
        }
    }
    let mut s = String::new();
    let _ = writeln!(s, "# Sources (ruleset {RULESET})\n");
    let _ = writeln!(s, "Generated from `core/src/sources.rs` by `UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test review`; do not edit by hand. Every source an output cites is one of these entries, by its `id` (`sources: [{{ id, citation, url }}]`, docs/CONTRACT.md). Each entry says what the rules take from it and which rules cite it.\n");
    for r in BIBLIOGRAPHY {
        let _ = writeln!(s, "## {}\n", r.id);
        let _ = writeln!(s, "{}\n", r.citation(Lang::Nb));
        if let Some(url) = r.url {
            let _ = writeln!(s, "<{url}>\n");
        }
        if let Some((_, note)) = NOTES.iter().find(|(id, _)| *id == r.id) {
            let _ = writeln!(s, "- nb: {}", note.get(Lang::Nb));
            let _ = writeln!(s, "- nn: {}", note.get(Lang::Nn));
            let _ = writeln!(s, "- en: {}\n", note.get(Lang::En));
        }
        match cited.get(r.id) {
            Some(rules) => {
                let _ = writeln!(s, "Cited by: {}.\n", rules.join(", "));
            }
            None => {
                let _ = writeln!(
                    s,
                    "Cited by no rule (background for the teaching cases and the SPEC).\n"
                );
            }
        }
    }
    s.push_str(UNVERIFIED);
    s
}

fn check(name: &str, generated: &str) {
    let path = tests_dir().join("../docs").join(name);
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, generated).expect("write docs");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/{name} is stale: run UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test review"
    );
}

#[test]
fn decision_tables_are_current_and_every_row_is_covered() {
    let rows = rows();
    let exercised = exercised();
    let (md, csv) = decision_tables(&rows, &exercised);
    check("DECISION_TABLES.md", &md);
    check("decision-tables.csv", &csv);
    let uncovered: Vec<String> = rows
        .iter()
        .filter(|r| covered(r, &exercised).0 == 0)
        .map(|r| format!("{} `{}`", r.table, r.id))
        .collect();
    assert!(
        uncovered.is_empty(),
        "rows that no golden case or conformance vector exercises (add a case in tests/golden/):\n{}",
        uncovered.join("\n")
    );
}

#[test]
fn sources_doc_is_current() {
    check("SOURCES.md", &sources_md(&rows()));
}

/// Every entry has a stable id of lower-case words, a title and an author, a note in three languages,
/// and no internal label; ids are unique, and every source a rule cites is in the bibliography.
#[test]
fn the_bibliography_is_whole() {
    let mut ids = BTreeSet::new();
    for r in BIBLIOGRAPHY {
        assert!(ids.insert(r.id), "{} twice", r.id);
        assert!(
            r.id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
            "{}",
            r.id
        );
        assert!(!r.title.is_empty() && !r.author.is_empty(), "{}", r.id);
        let note = NOTES.iter().find(|(id, _)| *id == r.id);
        assert!(note.is_some(), "no note for {}", r.id);
        for lang in Lang::ALL {
            assert!(
                !note.map_or("", |(_, n)| n.get(lang)).is_empty(),
                "{} {lang:?}",
                r.id
            );
        }
        for text in [
            r.id,
            r.title,
            r.author,
            r.locator.unwrap_or(""),
            r.number.unwrap_or(""),
        ] {
            assert!(
                !text.to_lowercase().contains("seed"),
                "internal label in {}: {text}",
                r.id
            );
        }
        if let Some(url) = r.url {
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{url}"
            );
        }
    }
    for row in rows() {
        for s in &row.sources {
            assert!(
                ids.contains(s),
                "{} cites {s}, which is not in the bibliography",
                row.id
            );
        }
    }
}

/// No text a user sees names a seed file or another internal label: the output of every case in
/// every language.
#[test]
fn no_output_names_an_internal_label() {
    for (name, input) in cases() {
        for lang in ["nb", "nn", "en"] {
            let mut input = input.clone();
            if let Some(options) = input.get_mut("options").and_then(Value::as_object_mut) {
                options.insert("lang".into(), Value::from(lang));
            }
            let text = match run(&input) {
                Ok(out) | Err(out) => out.to_string().to_lowercase(),
            };
            assert!(!text.contains("seed"), "{name} ({lang}) names a seed");
        }
    }
}

// ---------------------------------------------------------------------------------------------------
// The hazard log

/// Every test `docs/HAZARDS.md` names as a mitigation exists: a golden case (`tests/golden/…json`), a
/// conformance vector, or a test function (`name` in a `tests/`, `core/`, `wasm/` or `demo-web/` file).
#[test]
fn every_test_the_hazard_log_names_exists() {
    let root = tests_dir().join("..");
    let log = std::fs::read_to_string(root.join("docs/HAZARDS.md")).expect("docs/HAZARDS.md");
    let mut sources = String::new();
    for dir in [
        "tests/tests",
        "tests/src",
        "core/src",
        "wasm/tests",
        "demo-web/tests",
    ] {
        for file in walk(&root.join(dir)) {
            if let Ok(text) = std::fs::read_to_string(&file) {
                sources.push_str(&text);
            }
        }
    }
    let conformance =
        std::fs::read_to_string(root.join("tests/fixtures/conformance.json")).unwrap_or_default();
    let mut named = 0;
    let mut missing = Vec::new();
    for line in log.lines().filter(|l| l.contains("test:")) {
        for reference in line.split("test:").skip(1) {
            let Some(name) = reference.split('`').nth(1) else {
                continue;
            };
            named += 1;
            let exists = if name.ends_with(".json") {
                root.join(name).is_file()
            } else if let Some(case) = name.strip_prefix("conformance: ") {
                conformance.contains(&format!("\"{case}\""))
            } else {
                sources.contains(&format!("fn {name}("))
                    || sources.contains(&format!("test('{name}"))
                    || sources.contains(&format!("test(`{name}"))
            };
            if !exists {
                missing.push(name.to_string());
            }
        }
    }
    assert!(named >= 20, "the hazard log names only {named} tests");
    assert!(
        missing.is_empty(),
        "docs/HAZARDS.md names tests that do not exist: {missing:?}"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else if path
            .extension()
            .is_some_and(|e| e == "rs" || e == "mjs" || e == "js")
        {
            out.push(path);
        }
    }
    out
}

/// Every id a host can receive is documented: each `id` (and `action`, `band`, `level`, flag and
/// summary id) in the output of every golden case and conformance vector is named, as `` `id` ``, in
/// docs/RULES.md, docs/CATALOG.md or docs/SOURCES.md. A host's own service ids are its own.
#[test]
fn every_id_the_engine_emits_is_documented() {
    let docs: String = ["RULES.md", "CATALOG.md", "SOURCES.md"]
        .iter()
        .map(|name| {
            std::fs::read_to_string(tests_dir().join("../docs").join(name)).unwrap_or_default()
        })
        .collect();
    fn collect(v: &Value, at: &str, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                for (k, x) in map {
                    let here = format!("{at}.{k}");
                    match (k.as_str(), x) {
                        _ if at.ends_with(".services[]") => {}
                        (
                            "id" | "action" | "band" | "level" | "may_escalate_to" | "escalates_to",
                            Value::String(s),
                        ) => {
                            out.insert(s.clone());
                        }
                        _ => collect(x, &here, out),
                    }
                }
            }
            Value::Array(items) => items
                .iter()
                .for_each(|x| collect(x, &format!("{at}[]"), out)),
            _ => {}
        }
    }
    let mut undocumented = BTreeMap::<String, String>::new();
    for (name, input) in cases() {
        let Ok(out) = run(&input) else { continue };
        let mut ids = BTreeSet::new();
        collect(&out, "", &mut ids);
        for id in ids {
            // SOURCES.md heads each entry with its id.
            if !docs.contains(&format!("`{id}`")) && !docs.contains(&format!("\n## {id}\n")) {
                undocumented.entry(id).or_insert(name.clone());
            }
        }
    }
    assert!(
        undocumented.is_empty(),
        "ids in the output that docs/RULES.md, CATALOG.md and SOURCES.md do not name:\n{}",
        undocumented
            .iter()
            .map(|(id, case)| format!("`{id}` (e.g. {case})"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
