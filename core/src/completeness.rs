//! Assessment completeness (SPEC section 8): which required items are missing or unresolved per
//! domain, the percentage answered, and which unanswered questions are decisive, found by trying
//! every possible answer and deciding again.

use crate::answers::{Answers, Slot, Tri};
use crate::catalog::{Domain, Item, Kind, Required, Section, CATALOG};
use crate::decision::{decide, Decision};
use crate::facts::{Facts, InstrumentFacts};
use crate::input::is_consistent;
use crate::instruments::Cutoffs;
use crate::routing::Level;

/// Whether `item` is required given the answers so far (SPEC sections 3 and 8).
pub fn required(item: Item, a: &Answers) -> bool {
    match item.def().required {
        Required::Never => false,
        Required::Always => true,
        Required::IfWithdrawalSubstance => {
            a.uses_any(crate::answers::WITHDRAWAL_SUBSTANCES) == Tri::Yes
        }
        Required::IfPregnancyRelevant => a.pregnancy_relevant(),
        Required::IfAlcoholOrBenzoWithdrawal => {
            a.yes(Item::WithdrawalSigns) && a.uses_any(&["alcohol", "benzodiazepines"]) == Tri::Yes
        }
        Required::IfOpioidWithdrawal => {
            a.yes(Item::WithdrawalSigns) && a.uses_any(&["opioids"]) == Tri::Yes
        }
        Required::IfMinorChildren => a.yes(Item::MinorChildren),
    }
}

/// The values tried for a numeric item: one in each band of every rule that reads it (NEWS2 bands,
/// the 113 and somatic thresholds, the criteria thresholds, the age limits), so that trying them
/// finds every outcome any number could give. A property test checks this against random values.
pub fn probe_numbers(item: Item) -> &'static [f64] {
    match item {
        Item::Age => &[10.0, 14.0, 17.0, 30.0, 60.0],
        Item::RespRate => &[5.0, 10.0, 16.0, 22.0, 30.0],
        Item::Spo2 => &[85.0, 92.0, 94.0, 98.0],
        Item::SystolicBp => &[80.0, 95.0, 105.0, 120.0, 230.0],
        Item::Pulse => &[35.0, 45.0, 70.0, 100.0, 120.0, 140.0],
        Item::Temperature => &[34.0, 35.5, 37.0, 38.5, 39.5],
        Item::Gcs => &[3.0, 8.0, 9.0, 14.0, 15.0],
        Item::CiwaArScore => &[0.0, 14.0, 15.0, 18.0, 19.0, 67.0],
        Item::CowsScore => &[0.0, 24.0, 25.0, 48.0],
        Item::AcuteAdmissions12m => &[0.0, 1.0, 2.0],
        Item::HoursSinceLastIntake => &[0.0, 48.0],
        Item::AlcoholPermille => &[0.0, 2.5],
        _ => &[],
    }
}

/// Every answer worth trying for `item`.
pub fn probe_answers(item: Item) -> Vec<Slot> {
    match item.def().kind {
        Kind::Tri(_) => vec![Slot::Yes, Slot::No],
        Kind::Int { .. } | Kind::Number { .. } => probe_numbers(item)
            .iter()
            .map(|n| Slot::Number(*n))
            .collect(),
        Kind::Choice(choices) => (0..choices.len()).map(|i| Slot::Choice(i as u8)).collect(),
        Kind::Multi(choices) => {
            // Each choice alone, and all but `none` together.
            let mut all = 0u16;
            let mut slots = Vec::with_capacity(choices.len() + 1);
            for (i, c) in choices.iter().enumerate() {
                slots.push(Slot::Multi(1 << i));
                if c.id != "none" {
                    all |= 1 << i;
                }
            }
            slots.push(Slot::Multi(all));
            slots
        }
    }
}

/// What trying the answers of one open question showed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Probe {
    pub item: Item,
    /// Some answer changes the level, a criterion's status or the indication.
    pub decisive: bool,
    /// The most urgent level some answer gives, when it is above the current one.
    pub escalates_to: Option<Level>,
}

/// The open required questions: absent or answered `unknown`.
pub fn open_items(a: &Answers) -> impl Iterator<Item = Item> + '_ {
    Item::all().filter(move |i| required(*i, a) && !a.known(*i))
}

/// Tries every answer of every open required question.
pub fn probe(
    f: &Facts,
    base: &Decision,
    instruments: &InstrumentFacts,
    cutoffs: &Cutoffs,
) -> Vec<Probe> {
    let outcome = base.outcome();
    let mut probes = Vec::new();
    for item in open_items(&f.a) {
        let mut result = Probe {
            item,
            decisive: false,
            escalates_to: None,
        };
        for answer in probe_answers(item) {
            let mut a = f.a.clone();
            a.set(item, answer);
            if !is_consistent(&a) {
                continue;
            }
            let tried = decide(&Facts::derive(a, instruments, cutoffs));
            if tried.outcome() != outcome {
                result.decisive = true;
            }
            if tried.level().above(base.level())
                && result.escalates_to.is_none_or(|l| tried.level().above(l))
            {
                result.escalates_to = Some(tried.level());
            }
        }
        probes.push(result);
    }
    probes
}

/// The decisive probes, those that could give the most urgent level first (then by item). Sorted by
/// inserting each in its place: there are at most as many as items, and no sort routine in wasm.
pub fn decisive_by_urgency(probes: &[Probe], current: Level) -> Vec<&Probe> {
    let key = |p: &Probe| (p.escalates_to.unwrap_or(current), p.item);
    let mut decisive: Vec<&Probe> = Vec::new();
    for probe in probes.iter().filter(|p| p.decisive) {
        let at = decisive.partition_point(|q| key(q) <= key(probe));
        decisive.insert(at, probe);
    }
    decisive
}

/// `next_questions`: decisive questions first, those that could give the most urgent level first, then
/// the rest in catalog (domain) order.
pub fn next_questions(probes: &[Probe], current: Level) -> Vec<Item> {
    decisive_by_urgency(probes, current)
        .iter()
        .map(|p| p.item)
        .chain(probes.iter().filter(|p| !p.decisive).map(|p| p.item))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DomainStatus {
    Complete,
    Partial,
    NotStarted,
}

/// Completeness of one section (a domain, or the context items).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionCompleteness {
    pub required: usize,
    pub answered: usize,
    pub missing: Vec<Item>,
    pub unresolved: Vec<Item>,
}

impl SectionCompleteness {
    pub fn status(&self) -> DomainStatus {
        if self.missing.is_empty() {
            DomainStatus::Complete
        } else if self.answered == 0 {
            DomainStatus::NotStarted
        } else {
            DomainStatus::Partial
        }
    }
}

pub fn section(a: &Answers, section: Section) -> SectionCompleteness {
    let mut s = SectionCompleteness {
        required: 0,
        answered: 0,
        missing: Vec::new(),
        unresolved: Vec::new(),
    };
    for def in CATALOG
        .iter()
        .filter(|d| d.section == section && required(d.item, a))
    {
        s.required += 1;
        match a.get(def.item) {
            Slot::Absent => s.missing.push(def.item),
            Slot::Unknown => {
                s.answered += 1;
                s.unresolved.push(def.item);
            }
            _ => s.answered += 1,
        }
    }
    s
}

/// The five domains, then the context items (age, sex), which count in the percentage too.
pub fn sections(a: &Answers) -> ([SectionCompleteness; 5], SectionCompleteness) {
    (
        Domain::ALL.map(|d| section(a, Section::Domain(d))),
        section(a, Section::Context),
    )
}

/// Answered required items over all required items, rounded down so that 100 means complete.
pub fn percent(domains: &[SectionCompleteness; 5], context: &SectionCompleteness) -> u8 {
    let (answered, required) = domains
        .iter()
        .chain(std::iter::once(context))
        .fold((0, 0), |(a, r), s| (a + s.answered, r + s.required));
    (answered * 100)
        .checked_div(required)
        .map_or(100, |p| p as u8)
}
