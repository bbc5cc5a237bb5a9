//! Assessment completeness (SPEC section 8): which required items are missing or unresolved per
//! domain, and the percentage answered. Which open questions are decisive is decided by
//! `analysis.rs`; their order is made here.

use crate::answers::{Answered, Answers, ItemSet, Slot, Tri};
use crate::catalog::{Domain, Item, Required, Section};
use crate::input::Audience;
use crate::routing::Level;

/// Whether `item` is required for `audience` given the answers so far (SPEC sections 3, 8 and 9). For a
/// citizen the required items are the citizen items, with their conditions from section 3.
pub fn required(item: Item, a: &Answers, audience: Audience) -> bool {
    let def = item.def();
    if audience == Audience::Citizen {
        if !item.for_citizen() {
            return false;
        }
        if def.required == Required::Never {
            return true;
        }
    }
    match def.required {
        Required::Never => false,
        Required::Always => true,
        Required::IfWithdrawalSubstance => {
            a.uses_any(crate::answers::WITHDRAWAL_SUBSTANCES) == Tri::Yes
        }
        Required::IfPregnancyRelevant => a.pregnancy_relevant(),
        Required::IfAlcoholWithdrawal => {
            a.yes(Item::WithdrawalSigns) && a.uses_any(&["alcohol"]) == Tri::Yes
        }
        Required::IfOpioidWithdrawal => {
            a.yes(Item::WithdrawalSigns) && a.uses_any(&["opioids"]) == Tri::Yes
        }
        Required::IfMinorChildren => a.yes(Item::MinorChildren),
        Required::IfOat => a.yes(Item::Oat),
    }
}

/// The items whose answers decide whether an item with `required` is required.
pub fn requirement_items(required: Required) -> &'static [Item] {
    match required {
        Required::Never | Required::Always => &[],
        Required::IfWithdrawalSubstance => &[Item::Substances],
        Required::IfPregnancyRelevant => &[Item::Sex, Item::Age],
        Required::IfAlcoholWithdrawal | Required::IfOpioidWithdrawal => {
            &[Item::WithdrawalSigns, Item::Substances]
        }
        Required::IfMinorChildren => &[Item::MinorChildren],
        Required::IfOat => &[Item::Oat],
    }
}

/// The items required for the audience, given the answers so far.
pub fn required_set(a: &Answers, audience: Audience) -> ItemSet {
    let mut set = ItemSet::EMPTY;
    for item in Item::all() {
        if required(item, a, audience) {
            set.insert(item);
        }
    }
    set
}

/// The required items for the audience that are not answered (absent or `unknown`): the questions.
pub fn required_open(a: &Answers, audience: Audience) -> ItemSet {
    let mut open = ItemSet::EMPTY;
    for item in required_set(a, audience).items() {
        if !a.known(item) {
            open.insert(item);
        }
    }
    open
}

/// The open items (SPEC 8): not answered (absent or `unknown`), and required for the audience, or
/// required once the open items they depend on are answered (a CIWA-Ar total is open while
/// `withdrawal_signs` is, for someone who drinks: answering "yes" would require it).
pub fn open_items(a: &Answers, audience: Audience) -> ItemSet {
    open_from(a, audience, required_open(a, audience))
}

/// [`open_items`] from the questions (the required items not answered).
pub fn open_from(a: &Answers, audience: Audience, questions: ItemSet) -> ItemSet {
    let mut open = questions;
    let mut worst: Option<Answers> = None;
    for item in Item::all() {
        let depends = requirement_items(item.def().required);
        if open.contains(item)
            || a.known(item)
            || !depends.iter().any(|d| questions.contains(*d))
            || (audience == Audience::Citizen && !item.for_citizen())
        {
            continue;
        }
        // Required when the open items it depends on take their most urgent answers.
        let worst = worst.get_or_insert_with(|| {
            let mut w = a.clone();
            // (An open sex or age already counts as "pregnancy may be relevant".)
            for d in [
                Item::Substances,
                Item::WithdrawalSigns,
                Item::MinorChildren,
                Item::Oat,
            ] {
                if questions.contains(d) {
                    w.set(d, worst_for_requirement(d));
                }
            }
            w
        });
        if required(item, worst, audience) {
            open.insert(item);
        }
    }
    open
}

/// The answer of an item that makes the items depending on it required.
fn worst_for_requirement(item: Item) -> Slot {
    match item.def().kind {
        crate::catalog::Kind::Multi(choices) => Slot::Multi(
            choices
                .iter()
                .enumerate()
                .filter(|(_, c)| c.id != "none")
                .fold(0u16, |bits, (i, _)| bits | (1 << i)),
        ),
        _ => Slot::Yes,
    }
}

/// One decisive question: an open item whose answer can change the outcome (SPEC 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decisive {
    pub item: Item,
    /// The most urgent level an answer to it can bring about, for some answers to the other open items.
    pub brings_about: Option<Level>,
    /// The same, when it is above the current level.
    pub escalates_to: Option<Level>,
}

/// Decisive questions first, those that can bring about the most urgent level first (an item that
/// changes only a criterion or the indication after those that change the level), each group in
/// catalog (domain) order; then the other open items in catalog order. Sorted by inserting each in its
/// place: a few dozen items, and no sort routine in wasm.
pub fn order(decisive: &[Decisive], open: ItemSet) -> (Vec<Decisive>, Vec<Item>) {
    let key = |d: &Decisive| (d.brings_about.unwrap_or(Level::Gp), d.item);
    let mut first: Vec<Decisive> = Vec::with_capacity(decisive.len());
    for d in decisive {
        let at = first.partition_point(|q| key(q) <= key(d));
        first.insert(at, *d);
    }
    let rest = open
        .items()
        .filter(|i| !decisive.iter().any(|d| d.item == *i))
        .collect();
    (first, rest)
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

/// `required`: the items required for the audience ([`required_set`]). One pass over the catalog.
pub fn sections(a: &Answers, required: ItemSet) -> ([SectionCompleteness; 5], SectionCompleteness) {
    let empty = || SectionCompleteness {
        required: 0,
        answered: 0,
        missing: Vec::new(),
        unresolved: Vec::new(),
    };
    let mut domains: [SectionCompleteness; 5] = std::array::from_fn(|_| empty());
    let mut context = empty();
    for item in required.items() {
        let s = match item.def().section {
            Section::Context => &mut context,
            Section::Domain(d) => match Domain::ALL.iter().position(|x| *x == d) {
                Some(k) => match domains.get_mut(k) {
                    Some(s) => s,
                    None => continue,
                },
                None => continue,
            },
            Section::Judgement => continue,
        };
        s.required += 1;
        match a.get(item) {
            Slot::Absent => s.missing.push(item),
            Slot::Unknown => {
                s.answered += 1;
                s.unresolved.push(item);
            }
            _ => s.answered += 1,
        }
    }
    (domains, context)
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
