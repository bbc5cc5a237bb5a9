//! The catalog as public data in one language: what a form needs to render every question, and what
//! the FHIR Questionnaire and the docs are generated from.

use crate::catalog::{unit_label, Domain, Kind, Polarity, Required, CATALOG};
use crate::citizen_wording;
use crate::concurrent::NEEDS;
use crate::criteria::CRITERIA;
use crate::instruments::{self, Points};
use crate::routing::Level;
use crate::text::{Lang, Text};
use crate::RULESET;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CatalogExport {
    pub ruleset: &'static str,
    pub lang: Lang,
    pub sections: Vec<SectionExport>,
    pub items: Vec<ItemExport>,
    pub instruments: Vec<InstrumentExport>,
    pub levels: Vec<Named>,
    pub criteria: Vec<Named>,
    pub concurrent: Vec<Named>,
    /// The values every item also accepts: `unknown` (asked, not known).
    pub unknown: &'static str,
    /// "Decision support, not a decision", for the clinician and the citizen audience, to show
    /// before any evaluation exists.
    pub notice: &'static str,
    pub notice_citizen: &'static str,
    /// The citizen items in the order a citizen form asks them: the life-threatening first (SPEC 9).
    pub citizen_order: Vec<&'static str>,
    /// What a form says around a field whose answer the engine refuses (`form.rs`).
    pub form: FormMessages,
}

/// What a form says around a field whose answer the engine refuses, written for people.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FormMessages {
    /// At a field whose answer contradicts another (`inconsistent`, `total_mismatch`).
    pub inconsistent: &'static str,
    /// Beside the advice while an answer is left out (it counts as not answered until corrected).
    pub left_out: &'static str,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SectionExport {
    pub id: &'static str,
    pub title: &'static str,
    /// One of the five assessment domains (context and judgement are not).
    pub domain: bool,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ItemExport {
    pub id: &'static str,
    pub section: &'static str,
    /// `tri`, `int`, `number`, `choice` or `multi`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[cfg_attr(feature = "ts", ts(type = "Polarity | null"))]
    pub polarity: Option<Polarity>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<&'static str>,
    pub choices: Vec<Named>,
    /// `always`, `never`, or the id of the condition under which it is required.
    pub required: &'static str,
    pub required_when: Option<&'static str>,
    pub label: &'static str,
    pub help: &'static str,
    /// The plain-language question, when the item is asked in citizen mode.
    pub citizen: Option<&'static str>,
    /// The plain-language help line under the citizen question.
    pub citizen_help: Option<&'static str>,
    /// The plain-language answers of a citizen item, each with the value it gives: `yes`, `no` and
    /// `unknown` for a yes/no item, every choice and then `unknown` for a choice or multi-choice item,
    /// `unknown` for a number. Empty for an item a citizen is never asked.
    pub citizen_choices: Vec<Named>,
    /// What to write or choose, said at the field when the engine refuses its answer (from the range
    /// or the kind of the item: "Skriv et helt tall, 0–120 år.").
    pub invalid: String,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Named {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InstrumentExport {
    pub id: &'static str,
    pub name: &'static str,
    pub min_total: f64,
    pub max_total: f64,
    pub items: Vec<InstrumentItemExport>,
    /// What to write in the field of a total when the engine refuses it.
    pub invalid_total: String,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InstrumentItemExport {
    pub id: &'static str,
    pub label: &'static str,
    /// The allowed points (for `true`/`false` items: 0 and 1).
    pub points: Vec<u8>,
    pub boolean: bool,
    pub not_testable_allowed: bool,
    /// The words of each point option, in the order of `points` (what a form shows beside the
    /// points: GCS eye 4 "Spontaneous"); empty for `true`/`false` items.
    pub options: Vec<PointOptionExport>,
}

/// One point option of an instrument item: its points and its words.
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PointOptionExport {
    pub points: u8,
    pub label: &'static str,
}

/// The sections of the catalog in form order: the context, the five assessment domains, the
/// clinician's judgement.
pub const SECTION_IDS: [&str; 7] = [
    "context",
    "substance_use",
    "somatic",
    "mental_health",
    "social",
    "samples",
    "judgement",
];

/// The title of a section of [`SECTION_IDS`] (the id itself for any other).
pub fn section_title(id: &'static str) -> Text {
    match id {
        "context" => text!("Bakgrunn", "Bakgrunn", "Context"),
        "judgement" => text!(
            "Klinisk vurdering",
            "Klinisk vurdering",
            "Clinical judgement"
        ),
        _ => Domain::ALL
            .iter()
            .find(|d| d.id() == id)
            .map_or(Text::same(id), |d| d.title()),
    }
}

/// The condition texts of conditional requirements.
pub fn required_text(r: Required) -> (&'static str, Option<Text>) {
    match r {
        Required::Never => ("never", None),
        Required::Always => ("always", None),
        Required::IfWithdrawalSubstance => (
            "if_withdrawal_substance",
            Some(text!(
                "når alkohol, benzodiazepiner eller GHB brukes",
                "når alkohol, benzodiazepin eller GHB blir brukt",
                "when alcohol, benzodiazepines or GHB are used",
            )),
        ),
        Required::IfPregnancyRelevant => (
            "if_pregnancy_relevant",
            Some(text!(
                "når kjønn ikke er mann og alder er 12–55 år",
                "når kjønn ikkje er mann og alder er 12–55 år",
                "when sex is not male and age is 12–55",
            )),
        ),
        Required::IfAlcoholWithdrawal => (
            "if_alcohol_withdrawal",
            Some(text!(
                "ved abstinens og bruk av alkohol",
                "ved abstinens og bruk av alkohol",
                "with withdrawal signs and use of alcohol",
            )),
        ),
        Required::IfOpioidWithdrawal => (
            "if_opioid_withdrawal",
            Some(text!(
                "ved abstinens og bruk av opioider",
                "ved abstinens og bruk av opioid",
                "with withdrawal signs and use of opioids",
            )),
        ),
        Required::IfMinorChildren => (
            "if_minor_children",
            Some(text!(
                "når det er mindreårige barn",
                "når det er mindreårige born",
                "when there are minor children",
            )),
        ),
        Required::IfOat => (
            "if_oat",
            Some(text!(
                "når pasienten er i LAR",
                "når pasienten er i LAR",
                "when the patient is in opioid agonist treatment (LAR)",
            )),
        ),
    }
}

/// The catalog in `lang`.
pub fn catalog(lang: Lang) -> CatalogExport {
    let sections = SECTION_IDS
        .iter()
        .map(|&id| SectionExport {
            id,
            title: section_title(id).get(lang),
            domain: Domain::ALL.iter().any(|d| d.id() == id),
        })
        .collect();
    let items = CATALOG
        .iter()
        .map(|d| {
            let (kind, polarity, min, max, unit) = match d.kind {
                Kind::Tri(p) => ("tri", Some(p), None, None, None),
                Kind::Int { min, max, unit } => {
                    ("int", None, Some(min as f64), Some(max as f64), Some(unit))
                }
                Kind::Number { min, max, unit } => {
                    ("number", None, Some(min), Some(max), Some(unit))
                }
                Kind::Choice(_) => ("choice", None, None, None, None),
                Kind::Multi(_) => ("multi", None, None, None, None),
            };
            let (required, when) = required_text(d.required);
            let wording = citizen_wording::wording(d.item);
            ItemExport {
                id: d.id,
                section: d.section.id(),
                kind,
                polarity,
                min,
                max,
                unit: unit
                    .filter(|u| !u.is_empty())
                    .map(|u| unit_label(u).get(lang)),
                choices: d
                    .kind
                    .choices()
                    .iter()
                    .map(|c| Named {
                        id: c.id,
                        label: c.label.get(lang),
                    })
                    .collect(),
                required,
                required_when: when.map(|t| t.get(lang)),
                label: d.label.get(lang),
                help: d.help.get(lang),
                citizen: wording.map(|w| w.question.get(lang)),
                citizen_help: wording.map(|w| w.help.get(lang)),
                citizen_choices: wording.map_or_else(Vec::new, |w| {
                    // A yes/no item's wording has its own `unknown`; the others end with the shared one.
                    let tri = matches!(d.kind, Kind::Tri(_));
                    let yes_no: &[&'static str] = if tri { &["yes", "no", "unknown"] } else { &[] };
                    let ids = yes_no
                        .iter()
                        .copied()
                        .chain(d.kind.choices().iter().map(|c| c.id))
                        .chain((!tri).then_some("unknown"));
                    let texts = w
                        .choices
                        .iter()
                        .chain((!tri).then_some(&citizen_wording::UNKNOWN));
                    ids.zip(texts)
                        .map(|(id, t)| Named {
                            id,
                            label: t.get(lang),
                        })
                        .collect()
                }),
                invalid: crate::form::invalid(d.item, lang),
            }
        })
        .collect();
    let instruments = instruments::INSTRUMENTS
        .iter()
        .map(|i| InstrumentExport {
            id: i.id,
            name: i.name,
            min_total: i.min_total,
            max_total: i.max_total,
            items: i
                .items
                .iter()
                .enumerate()
                .map(|(index, it)| InstrumentItemExport {
                    id: it.id,
                    label: it.label.get(lang),
                    points: match it.points {
                        Points::Range(lo, hi) | Points::RangeOrNotTestable(lo, hi) => {
                            (lo..=hi).collect()
                        }
                        Points::Set(values) => values.to_vec(),
                        Points::Bool => vec![0, 1],
                        Points::Gate => vec![],
                    },
                    boolean: it.points.is_boolean(),
                    not_testable_allowed: matches!(it.points, Points::RangeOrNotTestable(..)),
                    options: instruments::wording::options_at(i.id, index)
                        .iter()
                        .map(|(points, label)| PointOptionExport {
                            points: *points,
                            label: label.get(lang),
                        })
                        .collect(),
                })
                .collect(),
            invalid_total: crate::form::number_message(true, i.min_total, i.max_total, "", lang),
        })
        .collect();
    CatalogExport {
        ruleset: RULESET,
        lang,
        sections,
        items,
        instruments,
        levels: Level::ALL
            .iter()
            .map(|l| Named {
                id: l.id(),
                label: l.title().get(lang),
            })
            .collect(),
        criteria: CRITERIA
            .iter()
            .map(|c| Named {
                id: c.id,
                label: c.title.get(lang),
            })
            .collect(),
        concurrent: NEEDS
            .iter()
            .map(|n| Named {
                id: n.id,
                label: n.text.get(lang),
            })
            .collect(),
        unknown: "unknown",
        notice: crate::evaluate::NOTICE.get(lang),
        notice_citizen: crate::evaluate::NOTICE_CITIZEN.get(lang),
        citizen_order: citizen_wording::ORDER.iter().map(|i| i.id()).collect(),
        form: FormMessages {
            inconsistent: crate::form::INCONSISTENT.get(lang),
            left_out: crate::form::LEFT_OUT.get(lang),
        },
    }
}
