//! What the open questions could still change (SPEC 5, 6 and 8), decided rule by rule.
//!
//! The outcome of an evaluation is read through a few *outcome functions*: each criterion ("criterion
//! i is met") and each acute level ("the level is this urgent or more"). Each is a set of alternatives
//! taken from the tables of `criteria.rs` and `routing.rs`, each a conjunction of atoms. The open items
//! are the required items that are absent or `unknown` (and those that answers to them would make
//! required); an open item can take any of its probe answers ([`reps`]) that the input does not rule
//! out. Then:
//!
//! - an outcome function is **possible** when some alternative can hold for some answers to the open
//!   items. That gives `not_met` (no alternative of the criterion is possible) and `may_escalate_to`
//!   (the most urgent possible level: the level of the worst-case completion, SPEC 6);
//! - an open item is **essential** to an outcome function when, for some answers to the other open
//!   items, its answer decides whether the function holds. That gives a criterion's `missing` and the
//!   decisive questions of SPEC 8.
//!
//! Both are decided alternative by alternative, not by trying combinations of answers: a witness for
//! "essential" sets the items of one alternative and leaves every other open item absent, which is the
//! most harmless answer for every atom (absent makes no atom hold). Age is the exception (an open age
//! reads as an adult's, and the child rules differ), so it is tried as each of its age groups. The NEWS2
//! sum is the one atom over several items: the parameters that may add to it are combined as sets of
//! points (a bit set of the sums they can reach), so "does this parameter's range straddle the
//! threshold within the range the other open parameters allow" is one pass. A property test checks the
//! result against an exhaustive search on inputs with few open items.
//!
//! Written as plain loops over one table of alternatives: in the small wasm build every iterator
//! adapter chain is code of its own.

use crate::answers::{Answered, ItemSet, Slot};
use crate::catalog::{Item, Kind};
use crate::criteria::CRITERIA;
use crate::facts::Facts;
use crate::input::{is_consistent, totals_agree};
use crate::instruments::news2::{self, add_points};
use crate::routing::{Level, TRIGGERS};
use crate::rules::{Atom, View};
use std::sync::OnceLock;

/// An outcome the analysis reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Criterion `i` (in the order of `CRITERIA`) is met.
    Criterion(usize),
    /// The level is this urgent or more.
    LevelAtMost(Level),
}

/// The acute levels, most urgent first: those an open question can raise the routing to.
pub const ACUTE_LEVELS: [Level; 5] = [
    Level::Emergency113,
    Level::SomaticEmergency,
    Level::PsychiatricEmergency,
    Level::TsbAcuteInpatient,
    Level::TsbAcuteOutpatient,
];

/// What acute TSB adds to a met criterion (SPEC 5, "Overall"): a substance is used, and the clinician
/// has not overruled the urgent necessity.
const INDICATED: &[Atom] = &[
    Atom::AnyBut(Item::Substances),
    Atom::NotNo(Item::UrgentNecessity),
];

/// What the conditional requirements of SPEC 3 read (`completeness::required`): an answer that makes
/// another item required is a different answer to the analysis, as if a rule read it.
const REQUIREMENTS: &[Atom] = &[
    Atom::Uses(crate::answers::WITHDRAWAL_SUBSTANCES),
    Atom::Uses(&["alcohol"]),
    Atom::Uses(&["opioids"]),
    Atom::OneOf(Item::Sex, &["male"]),
    Atom::AgeFrom(12.0),
    Atom::AtMost(Item::Age, 55.0),
];

/// Whose alternative it is.
#[derive(Clone, Copy, Debug)]
enum Owner {
    Criterion(usize),
    Trigger(Level),
}

/// One alternative of a table row.
#[derive(Clone, Copy, Debug)]
struct Alt {
    atoms: &'static [Atom],
    owner: Owner,
    /// For an alternative with [`Atom::News2Single3`]: the one parameter read as scoring 3.
    single_3: Option<Item>,
}

/// One alternative as an outcome function reads it: a criterion's alternatives indicate acute TSB
/// only with [`INDICATED`].
#[derive(Clone, Copy, Debug)]
struct Conj {
    alt: Alt,
    indicated: bool,
}

impl Conj {
    fn atom(&self, a: Atom) -> Atom {
        match (a, self.alt.single_3) {
            (Atom::News2Single3, Some(p)) => Atom::Points3(p),
            _ => a,
        }
    }

    /// Calls `f` on every atom until it returns false; whether all returned true.
    fn all(&self, f: &mut dyn FnMut(Atom) -> bool) -> bool {
        let also: &[Atom] = if self.indicated { INDICATED } else { &[] };
        for a in self.alt.atoms.iter().chain(also) {
            if !f(self.atom(*a)) {
                return false;
            }
        }
        true
    }

    fn holds(&self, v: &View) -> bool {
        self.all(&mut |a| a.holds(v))
    }

    fn sum_threshold(&self) -> Option<f64> {
        let mut threshold = None;
        for a in self.alt.atoms {
            if let Atom::News2AtLeast(t) = a {
                threshold = Some(*t);
            }
        }
        threshold
    }

    fn involves(&self, item: Item) -> bool {
        !self.all(&mut |a| a.item() != Some(item))
    }

    /// The items its atoms read one by one.
    fn items(&self) -> ItemSet {
        let mut items = ItemSet::EMPTY;
        self.all(&mut |a| {
            if let Some(i) = a.item() {
                items.insert(i);
            }
            true
        });
        items
    }
}

/// Every alternative of the criteria and the triggers, "a parameter scores 3" read as one alternative
/// per parameter.
fn table() -> &'static [Alt] {
    static TABLE: OnceLock<Vec<Alt>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut out = Vec::new();
        let mut add = |atoms: &'static [Atom], owner: Owner| {
            if atoms.contains(&Atom::News2Single3) {
                for p in news2::PARAMETERS {
                    out.push(Alt {
                        atoms,
                        owner,
                        single_3: Some(p),
                    });
                }
            } else {
                out.push(Alt {
                    atoms,
                    owner,
                    single_3: None,
                });
            }
        };
        for t in TRIGGERS {
            for atoms in t.when {
                add(atoms, Owner::Trigger(t.level));
            }
        }
        for (i, c) in CRITERIA.iter().enumerate() {
            for condition in c.met_by {
                for atoms in condition.when {
                    add(atoms, Owner::Criterion(i));
                }
            }
        }
        out
    })
}

/// The alternative as `outcome` reads it, if it is one of its alternatives: a criterion alone; or a
/// level: its triggers and those of every more urgent level, and at the acute TSB levels the criteria
/// that indicate them (1-4 for 24-hour care, any for outpatient).
fn conj(alt: &Alt, outcome: Outcome) -> Option<Conj> {
    let indicated = match (alt.owner, outcome) {
        (Owner::Criterion(i), Outcome::Criterion(j)) => (i == j).then_some(false),
        (Owner::Trigger(l), Outcome::LevelAtMost(m)) => (l <= m).then_some(false),
        (Owner::Criterion(i), Outcome::LevelAtMost(m)) => {
            let indicates = if i < 4 {
                Level::TsbAcuteInpatient
            } else {
                Level::TsbAcuteOutpatient
            };
            (indicates <= m).then_some(true)
        }
        (Owner::Trigger(_), Outcome::Criterion(_)) => None,
    }?;
    Some(Conj {
        alt: *alt,
        indicated,
    })
}

/// Calls `f` on every alternative of `outcome` until it returns true; whether one did.
fn any_conj(outcome: Outcome, f: &mut dyn FnMut(Conj) -> bool) -> bool {
    for alt in table() {
        if let Some(c) = conj(alt, outcome) {
            if f(c) {
                return true;
            }
        }
    }
    false
}

/// Whether the outcome holds on what `v` knows.
pub fn holds(outcome: Outcome, v: &View) -> bool {
    any_conj(outcome, &mut |c| c.holds(v))
}

/// The probe answers of `item`: one answer for each different way the rules can read it. Numbers get
/// one value between each pair of neighbouring thresholds that the rules and the NEWS2 bands compare
/// them with; choices, yes/no and substances get one answer per distinct effect (a single substance is
/// enough: every rule asks whether *some* substance of a group is used).
pub fn reps(item: Item) -> &'static [Slot] {
    static REPS: OnceLock<Vec<Vec<Slot>>> = OnceLock::new();
    REPS.get_or_init(|| Item::all().map(derive_reps).collect())
        .get(item.index())
        .map_or(&[], Vec::as_slice)
}

/// Every atom of the tables and requirements that reads `item` alone.
fn atoms_on(item: Item) -> Vec<Atom> {
    let mut out = Vec::new();
    for alt in table() {
        out.extend(alt.atoms.iter().filter(|a| a.item() == Some(item)));
    }
    out.extend(
        INDICATED
            .iter()
            .chain(REQUIREMENTS)
            .filter(|a| a.item() == Some(item)),
    );
    out
}

fn derive_reps(item: Item) -> Vec<Slot> {
    let atoms = atoms_on(item);
    let mut out: Vec<Slot> = Vec::new();
    if let Some((min, max)) = item.range() {
        // One value per cell between the thresholds: the upper end of each.
        let whole = matches!(item.def().kind, Kind::Int { .. });
        let below = |t: f64| if whole { t - 1.0 } else { t - 0.001 };
        let mut cuts: Vec<f64> = news2::bands(item).iter().map(|(b, _)| *b).collect();
        for atom in &atoms {
            match *atom {
                Atom::AtMost(_, b) | Atom::Above(_, b) => cuts.push(b),
                Atom::AtLeast(_, t) | Atom::AgeUnder(t) | Atom::AgeFrom(t) => cuts.push(below(t)),
                Atom::CiwaArSevere => {
                    for cutoff in [
                        crate::instruments::CiwaCutoff::Va,
                        crate::instruments::CiwaCutoff::Asam,
                    ] {
                        cuts.push(below(crate::instruments::ciwa_ar::severe_from(cutoff)));
                    }
                }
                _ => {}
            }
        }
        cuts.push(max);
        for cut in cuts {
            if cut < min || cut > max {
                continue;
            }
            let at = out.partition_point(|s| matches!(s, Slot::Number(n) if *n < cut));
            if !matches!(out.get(at), Some(Slot::Number(n)) if *n == cut) {
                out.insert(at, Slot::Number(cut));
            }
        }
        return out;
    }
    let n = item.def().kind.choices().len();
    let candidates: Vec<Slot> = match item.def().kind {
        Kind::Tri(_) => vec![Slot::Yes, Slot::No],
        Kind::Choice(_) => (0..n).map(|i| Slot::Choice(i as u8)).collect(),
        Kind::Multi(_) => (0..n).map(|i| Slot::Multi(1 << i)).collect(),
        _ => Vec::new(),
    };
    // Keep one answer per effect: the atoms that read the item, and its NEWS2 points.
    let empty = Facts::from_answers(Default::default());
    let mut seen: Vec<(u64, Option<u8>)> = Vec::new();
    for slot in candidates {
        let v = View::of(&empty).with(item, slot);
        let mut signature = 0u64;
        for (k, a) in atoms.iter().enumerate() {
            signature |= u64::from(a.holds(&v)) << (k % 64);
        }
        let key = (signature, news2::points(item, slot));
        if !seen.contains(&key) {
            seen.push(key);
            out.push(slot);
        }
    }
    out
}

/// The analysis of one input: its facts and its open items.
pub struct Analyser<'a> {
    f: &'a Facts,
    open: ItemSet,
}

impl<'a> Analyser<'a> {
    pub fn new(f: &'a Facts, open: ItemSet) -> Analyser<'a> {
        Analyser { f, open }
    }

    /// The views to analyse in: the input as it is, or, with the age open, each age group (an open
    /// age is read as an adult's for the current decision, but the child rules may apply).
    fn contexts(&self) -> Vec<View<'a>> {
        let base = View::of(self.f);
        if self.open.contains(Item::Age) {
            reps(Item::Age)
                .iter()
                .map(|s| base.with(Item::Age, *s))
                .collect()
        } else {
            vec![base]
        }
    }

    /// An item the analysis may set: open, and not set already in `v`.
    fn settable(&self, item: Item, v: &View) -> bool {
        self.open.contains(item) && !v.known(item)
    }

    /// Whether the answers in `v` are possible: consistent with each other and with the instruments,
    /// and with a host's NEWS2 total.
    pub fn consistent(&self, v: &View) -> bool {
        is_consistent(v, &self.f.instruments)
            && totals_agree(v, &self.f.instruments)
            && v.news2_total()
                .is_none_or(|total| news2::Sum::allows(&v.news2_points(), total))
    }

    /// Whether `item` answered as in `w` makes every atom of `c` on `item` hold, consistently.
    fn satisfies(&self, c: &Conj, item: Item, w: &View) -> bool {
        c.all(&mut |a| a.item() != Some(item) || a.holds(w)) && self.consistent(w)
    }

    /// Calls `f` on every way to set the open items of `c` (from the `k`-th on in `items`, other than
    /// `except`) so that their atoms hold, until it returns true; whether it did.
    fn any_setting(
        &self,
        c: &Conj,
        items: &[Item],
        v: View<'a>,
        f: &mut dyn FnMut(View<'a>) -> bool,
    ) -> bool {
        let Some((item, rest)) = items.split_first() else {
            return f(v);
        };
        if !self.settable(*item, &v) {
            return self.any_setting(c, rest, v, f);
        }
        for s in reps(*item) {
            let w = v.with(*item, *s);
            if self.satisfies(c, *item, &w) && self.any_setting(c, rest, w, f) {
                return true;
            }
        }
        false
    }

    /// The most NEWS2 points the open parameters not set in `v` may add.
    fn open_points(&self, v: &View) -> f64 {
        let mut sum = 0.0;
        for (p, max) in news2::PARAMETERS.iter().zip(news2::MAX_POINTS) {
            if self.settable(*p, v) {
                sum += f64::from(max);
            }
        }
        sum
    }

    /// Some answers to the open items make `outcome` hold (in the worst-case completion).
    pub fn possible(&self, outcome: Outcome) -> bool {
        for ctx in self.contexts() {
            let found = any_conj(outcome, &mut |c| {
                let items: Vec<Item> = c.items().items().collect();
                self.any_setting(&c, &items, ctx, &mut |v| {
                    c.all(&mut |a| match a {
                        Atom::News2AtLeast(t) if v.news2_total().is_none() => {
                            v.news2_sum() + self.open_points(&v) >= t
                        }
                        _ => a.holds(&v),
                    })
                })
            });
            if found {
                return true;
            }
        }
        false
    }

    /// The outcome holds at `v` by an alternative other than a NEWS2 sum.
    fn holds_without_sum(&self, outcome: Outcome, v: &View) -> bool {
        any_conj(outcome, &mut |c| c.sum_threshold().is_none() && c.holds(v))
    }

    /// Whether answers to the open NEWS2 parameters not set in `with` (where `c` must hold) and
    /// `without` (where the outcome must not) make `c`'s sum reach its threshold in `with` while the
    /// outcome stays false in `without`: the parameters may only take answers that are harmless in
    /// `without`, and their points are combined as a set of reachable sums.
    fn witness(&self, outcome: Outcome, c: &Conj, with: &View<'a>, without: &View<'a>) -> bool {
        let threshold = match c.sum_threshold() {
            Some(t) if with.news2_total().is_none() && without.news2_total().is_none() => t,
            _ => return c.holds(with) && !holds(outcome, without),
        };
        if !c.all(&mut |a| matches!(a, Atom::News2AtLeast(_)) || a.holds(with))
            || self.holds_without_sum(outcome, without)
        {
            return false;
        }
        let mut sums: u32 = 1;
        for p in news2::PARAMETERS {
            if !self.settable(p, with) || !self.settable(p, without) {
                continue;
            }
            let mut harmless = 0u32;
            for s in reps(p) {
                let w = without.with(p, *s);
                if let (true, false, Some(points)) = (
                    self.consistent(&w),
                    self.holds_without_sum(outcome, &w),
                    news2::points(p, *s),
                ) {
                    harmless |= 1 << points;
                }
            }
            sums = add_points(sums, harmless);
        }
        // The lowest sum threshold of the outcome that applies in `without`.
        let mut ceiling = f64::INFINITY;
        any_conj(outcome, &mut |d| {
            if let Some(t) = d.sum_threshold() {
                if d.all(&mut |a| matches!(a, Atom::News2AtLeast(_)) || a.holds(without)) {
                    ceiling = ceiling.min(t);
                }
            }
            false
        });
        let (k1, k2) = (with.news2_sum(), without.news2_sum());
        (0..32u32)
            .filter(|s| sums & (1 << s) != 0)
            .map(f64::from)
            .any(|s| k1 + s >= threshold && k2 + s < ceiling)
    }

    /// Whether the answer to `x` can decide `outcome` for some answers to the other open items.
    pub fn essential(&self, outcome: Outcome, x: Item) -> bool {
        if !self.open.contains(x) {
            return false;
        }
        if x == Item::Age {
            return self.age_essential(outcome);
        }
        let is_param = news2::PARAMETERS.contains(&x);
        for ctx in self.contexts() {
            if holds(outcome, &ctx) {
                // Answers only add to what holds (absent makes no atom hold): it stays true.
                continue;
            }
            let found = any_conj(outcome, &mut |c| {
                let own = c.involves(x);
                let via_sum = is_param && c.sum_threshold().is_some();
                if !own && !via_sum {
                    return false;
                }
                let items: Vec<Item> = c.items().items().filter(|i| *i != x).collect();
                self.any_setting(&c, &items, ctx, &mut |s0| {
                    reps(x).iter().any(|s| {
                        let with = s0.with(x, *s);
                        (if own {
                            self.satisfies(&c, x, &with)
                        } else {
                            self.consistent(&with)
                        }) && self.witness(outcome, &c, &with, &s0)
                    })
                })
            });
            if found {
                return true;
            }
        }
        false
    }

    /// Age has no single worst answer: its answer decides when one age group makes the outcome hold
    /// and another does not, for the same answers to the other open items.
    fn age_essential(&self, outcome: Outcome) -> bool {
        let base = View::of(self.f);
        let ages = reps(Item::Age);
        any_conj(outcome, &mut |c| {
            if !c.involves(Item::Age) {
                return false;
            }
            let items: Vec<Item> = c.items().items().filter(|i| *i != Item::Age).collect();
            ages.iter().any(|young| {
                let at = base.with(Item::Age, *young);
                self.any_setting(&c, &items, at, &mut |s0| {
                    ages.iter().filter(|o| *o != young).any(|other| {
                        let without = s0.with(Item::Age, *other);
                        self.consistent(&s0)
                            && self.consistent(&without)
                            && self.witness(outcome, &c, &s0, &without)
                    })
                })
            })
        })
    }
}
