//! The language every decision rule is written in (SPEC sections 5 and 6).
//!
//! A rule ([`Rule`]) is a list of alternatives, each a conjunction of [`Atom`]s; an atom is one fact
//! about one answer (or about the NEWS2 sum). Written as data rather than as code, one table row can be
//! evaluated on the answers, rendered in words for clinical review (`docs/RULES.md`), and analysed
//! (`analysis.rs`): whether it may still come to hold while questions are open, and which open question
//! could make it hold (SPEC 6 and 8).
//!
//! Atoms read the answers through a [`View`]: the answers of the input, with a few answers tried in
//! their place by the analysis. An absent answer and `unknown` make no atom hold, except the ones that
//! say a protective fact is *not* established ([`Atom::NotYes`]) and the age atoms, where an open age
//! reads as an adult's (SPEC 6, "Age open").

use crate::answers::{same_id, Answered, ItemSet, Slot};
use crate::catalog::Item;
use crate::facts::Facts;
use crate::instruments::{news2, Interval};

/// One fact about one answer.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Atom {
    /// The yes/no item is answered `yes`.
    Yes(Item),
    /// The protective item is not answered `yes` (absent, `unknown` or `no`).
    NotYes(Item),
    /// The yes/no item is not answered `no` (the clinician's overrule, `urgent_necessity`).
    NotNo(Item),
    /// The choice item is answered with one of these.
    OneOf(Item, &'static [&'static str]),
    /// The choice item is answered, with something other than this.
    AnsweredNot(Item, &'static str),
    /// `substances` holds one of these.
    Uses(&'static [&'static str]),
    /// The multi-choice item holds something other than `none`.
    AnyBut(Item),
    /// The number is at most this (for `gcs`, `ciwa_ar_score` and `cows_score`: the total, given as an
    /// answer or by the instrument).
    AtMost(Item, f64),
    /// The number is at least this.
    AtLeast(Item, f64),
    /// The number is above this.
    Above(Item, f64),
    /// CIWA-Ar in its severe band under the chosen cut-off (15 by default, 19 with the ASAM option).
    CiwaArSevere,
    /// The PAWSS total is at least this.
    PawssAtLeast(f64),
    /// The PAWSS threshold item is answered `true`.
    PawssThreshold,
    /// The age is answered, and under this.
    AgeUnder(f64),
    /// The age is this or more, or not answered (an open age is read by the adult rules, SPEC 6).
    AgeFrom(f64),
    /// The NEWS2 sum is at least this: the sum of the parameter points by the adult bands, or the host's
    /// total where it counts (from age 12).
    News2AtLeast(f64),
    /// A NEWS2 parameter is in its 3-point band.
    News2Single3,
    /// This NEWS2 parameter is in its 3-point band (the analysis reads [`Atom::News2Single3`] as one of
    /// these for each parameter).
    Points3(Item),
    /// A vital sign (a NEWS2 parameter or `gcs`) is given. Read from the input only: an answer the
    /// analysis tries is not a vital sign somebody measured.
    VitalSignGiven,
}

/// The alternatives of a rule: it holds when every atom of one alternative holds.
pub type Rule = &'static [&'static [Atom]];

/// What an atom reads: the facts of the input, with up to four answers tried in their place.
#[derive(Clone, Copy, Debug)]
pub struct View<'a> {
    pub f: &'a Facts,
    /// The items tried and their answers (apart: a view is copied for every answer tried, and an
    /// `(Item, Slot)` pair pads the item to the width of a number).
    items: [Item; 4],
    slots: [Slot; 4],
    n: usize,
}

impl Answered for View<'_> {
    fn slot(&self, item: Item) -> Slot {
        match self.items.iter().take(self.n).position(|i| *i == item) {
            Some(k) => self.slots.get(k).copied().unwrap_or(Slot::Absent),
            None => self.f.a.get(item),
        }
    }
}

impl<'a> View<'a> {
    /// The same answers tried as in `other` (same facts assumed): nothing more was set.
    pub fn same(&self, other: &View) -> bool {
        let n = self.n;
        n == other.n
            && self.items.get(..n) == other.items.get(..n)
            && self.slots.get(..n) == other.slots.get(..n)
    }

    pub fn of(f: &'a Facts) -> View<'a> {
        View {
            f,
            items: [Item::Age; 4],
            slots: [Slot::Absent; 4],
            n: 0,
        }
    }

    /// The same view with `item` answered `slot` (a fifth answer replaces none: the analysis never
    /// tries more than four at once).
    pub fn with(mut self, item: Item, slot: Slot) -> View<'a> {
        let k = self.items.iter().take(self.n).position(|i| *i == item);
        let at = k.unwrap_or(self.n);
        if let (Some(place), Some(answer)) = (self.items.get_mut(at), self.slots.get_mut(at)) {
            *place = item;
            *answer = slot;
            if k.is_none() {
                self.n += 1;
            }
        }
        self
    }

    /// The items answered in place of the facts' answers.
    pub fn tried_items(&self) -> ItemSet {
        let mut items = ItemSet::EMPTY;
        for item in self.items.iter().take(self.n) {
            items.insert(*item);
        }
        items
    }

    /// The age is known and under `years`.
    pub fn age_under(&self, years: f64) -> bool {
        self.number(Item::Age).is_some_and(|a| a < years)
    }

    /// A total (`gcs`, `ciwa_ar_score`, `cows_score`): the answer, else what the instrument allows.
    pub fn total(&self, item: Item) -> Option<Interval> {
        match self.slot(item) {
            Slot::Number(n) => Some(Interval::exact(n)),
            _ => self.f.instrument_total(item),
        }
    }

    /// The NEWS2 points of each parameter by the adult bands (`None`: not given).
    pub fn news2_points(&self) -> [Option<u8>; 7] {
        let mut points = self.f.news2_points;
        for (item, slot) in self.items.iter().zip(&self.slots).take(self.n) {
            if let Some(k) = news2::PARAMETERS.iter().position(|p| p == item) {
                if let Some(p) = points.get_mut(k) {
                    *p = news2::points(*item, *slot);
                }
            }
        }
        points
    }

    /// The host's NEWS2 total where it counts: given, and the age not known to be under 12.
    pub fn news2_total(&self) -> Option<f64> {
        self.f
            .instruments
            .news2_total
            .filter(|_| !self.age_under(news2::HOST_TOTAL_FROM_AGE))
    }

    /// The NEWS2 sum as the rules count it: the host's total where it counts, else the points given.
    pub fn news2_sum(&self) -> f64 {
        self.news2_total().unwrap_or_else(|| {
            self.news2_points()
                .iter()
                .map(|p| f64::from(p.unwrap_or(0)))
                .sum()
        })
    }
}

impl Atom {
    /// Whether the atom holds on what `v` knows.
    pub fn holds(&self, v: &View) -> bool {
        match *self {
            Atom::Yes(item) => v.slot(item) == Slot::Yes,
            Atom::NotYes(item) => v.slot(item) != Slot::Yes,
            Atom::NotNo(item) => v.slot(item) != Slot::No,
            Atom::OneOf(item, options) => v.is_any(item, options),
            Atom::AnsweredNot(item, option) => v.choice(item).is_some_and(|c| !same_id(c, option)),
            Atom::Uses(substances) => substances.iter().any(|s| v.has(Item::Substances, s)),
            Atom::AnyBut(item) => v.has_any_but_none(item),
            Atom::AtMost(item, limit) => v.total_or_number(item).is_some_and(|t| t.hi <= limit),
            Atom::AtLeast(item, limit) => v.total_or_number(item).is_some_and(|t| t.lo >= limit),
            Atom::Above(item, limit) => v.total_or_number(item).is_some_and(|t| t.lo > limit),
            Atom::CiwaArSevere => v
                .total(Item::CiwaArScore)
                .is_some_and(|t| t.lo >= v.f.ciwa_ar_severe_from),
            Atom::PawssAtLeast(limit) => v.f.instruments.pawss.is_some_and(|t| t.lo >= limit),
            Atom::PawssThreshold => v.f.instruments.pawss_threshold == Some(true),
            Atom::AgeUnder(years) => v.age_under(years),
            Atom::AgeFrom(years) => !v.age_under(years),
            Atom::News2AtLeast(limit) => v.news2_sum() >= limit,
            Atom::News2Single3 => v.news2_points().contains(&Some(3)),
            Atom::Points3(item) => news2::points(item, v.slot(item)) == Some(3),
            Atom::VitalSignGiven => {
                news2::PARAMETERS.iter().any(|p| v.f.a.known(*p)) || v.f.gcs_given()
            }
        }
    }

    /// The item whose answer decides the atom, where it is one item.
    pub fn item(&self) -> Option<Item> {
        match *self {
            Atom::Yes(i)
            | Atom::NotYes(i)
            | Atom::NotNo(i)
            | Atom::OneOf(i, _)
            | Atom::AnsweredNot(i, _)
            | Atom::AnyBut(i)
            | Atom::AtMost(i, _)
            | Atom::AtLeast(i, _)
            | Atom::Above(i, _)
            | Atom::Points3(i) => Some(i),
            Atom::Uses(_) => Some(Item::Substances),
            Atom::CiwaArSevere => Some(Item::CiwaArScore),
            Atom::AgeUnder(_) | Atom::AgeFrom(_) => Some(Item::Age),
            Atom::PawssAtLeast(_)
            | Atom::PawssThreshold
            | Atom::News2AtLeast(_)
            | Atom::News2Single3
            | Atom::VitalSignGiven => None,
        }
    }
}

impl View<'_> {
    fn total_or_number(&self, item: Item) -> Option<Interval> {
        match item {
            Item::Gcs | Item::CiwaArScore | Item::CowsScore => self.total(item),
            _ => self.number(item).map(Interval::exact),
        }
    }
}

/// Every atom of one alternative holds.
pub fn all_hold(atoms: &[Atom], v: &View) -> bool {
    atoms.iter().all(|a| a.holds(v))
}

/// Some alternative of `rule` holds.
pub fn rule_holds(rule: Rule, v: &View) -> bool {
    rule.iter().any(|atoms| all_hold(atoms, v))
}
