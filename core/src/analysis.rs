//! What the open questions could still change (SPEC 5, 6 and 8), decided rule by rule.
//!
//! The outcome of an evaluation is read through a few *outcome functions*: each criterion ("criterion
//! i is met") and each acute level ("the level is this urgent or more"). Each is a list of alternatives
//! taken from the tables of `criteria.rs` and `routing.rs`, each a conjunction of atoms. The open items
//! are the required items that are absent or `unknown`; an open item can take any of its probe answers
//! ([`reps`]) that the input does not rule out. Then:
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

/// One alternative of an outcome function.
#[derive(Clone, Copy, Debug)]
struct Alt {
    atoms: &'static [Atom],
    also: &'static [Atom],
    /// For an alternative with [`Atom::News2Single3`]: the one parameter read as scoring 3.
    single_3: Option<Item>,
}

impl Alt {
    fn atoms(&self) -> impl Iterator<Item = Atom> + '_ {
        self.atoms
            .iter()
            .chain(self.also)
            .map(move |a| match (a, self.single_3) {
                (Atom::News2Single3, Some(p)) => Atom::Points3(p),
                _ => *a,
            })
    }

    fn holds(&self, v: &View) -> bool {
        self.atoms().all(|a| a.holds(v))
    }

    fn sum_threshold(&self) -> Option<f64> {
        self.atoms.iter().find_map(|a| match a {
            Atom::News2AtLeast(t) => Some(*t),
            _ => None,
        })
    }

    fn involves(&self, item: Item) -> bool {
        self.atoms().any(|a| a.item() == Some(item))
    }
}

/// The alternatives of a rule, with "a parameter scores 3" read as one alternative per parameter.
fn expand(atoms: &'static [Atom], also: &'static [Atom]) -> impl Iterator<Item = Alt> {
    let single = atoms.contains(&Atom::News2Single3);
    let params: &'static [Item] = if single { &news2::PARAMETERS } else { &[] };
    let plain = (!single).then_some(Alt {
        atoms,
        also,
        single_3: None,
    });
    plain.into_iter().chain(params.iter().map(move |p| Alt {
        atoms,
        also,
        single_3: Some(*p),
    }))
}

fn alts(outcome: Outcome) -> impl Iterator<Item = Alt> {
    // A criterion alone; or a level: its triggers and those of every more urgent level, and at the
    // acute TSB levels the criteria that indicate them (1-4 for 24-hour care, any for outpatient).
    let (criteria, also, triggers_to) = match outcome {
        Outcome::Criterion(i) => (i..i + 1, &[][..], None),
        Outcome::LevelAtMost(level) => {
            let upto = match level {
                Level::TsbAcuteInpatient => 4,
                l if l >= Level::TsbAcuteOutpatient => 5,
                _ => 0,
            };
            (0..upto, INDICATED, Some(level))
        }
    };
    let from_criteria = CRITERIA
        .get(criteria)
        .unwrap_or_default()
        .iter()
        .flat_map(|c| c.met_by.iter())
        .flat_map(|c| c.when.iter())
        .flat_map(move |atoms| expand(atoms, also));
    let from_triggers = TRIGGERS
        .iter()
        .filter(move |t| triggers_to.is_some_and(|l| t.level <= l))
        .flat_map(|t| t.when.iter())
        .flat_map(|atoms| expand(atoms, &[]));
    from_triggers.chain(from_criteria)
}

/// Whether the outcome holds on what `v` knows.
pub fn holds(outcome: Outcome, v: &View) -> bool {
    alts(outcome).any(|a| a.holds(v))
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

/// Every atom of the tables that reads `item` alone.
fn atoms_on(item: Item) -> impl Iterator<Item = Atom> {
    let criteria = CRITERIA
        .iter()
        .flat_map(|c| c.met_by.iter())
        .flat_map(|c| c.when.iter());
    let triggers = TRIGGERS.iter().flat_map(|t| t.when.iter());
    criteria
        .chain(triggers)
        .copied()
        .chain([INDICATED, REQUIREMENTS])
        .flat_map(|atoms| atoms.iter().copied())
        .filter(move |a| a.item() == Some(item))
}

fn derive_reps(item: Item) -> Vec<Slot> {
    let mut out: Vec<Slot> = Vec::new();
    if let Some((min, max)) = item.range() {
        // One value per cell between the thresholds: the upper end of each.
        let whole = matches!(item.def().kind, Kind::Int { .. });
        let below = |t: f64| if whole { t - 1.0 } else { t - 0.001 };
        let mut cuts: Vec<f64> = news2::bands(item).iter().map(|(b, _)| *b).collect();
        for atom in atoms_on(item) {
            match atom {
                Atom::AtMost(_, b) | Atom::Above(_, b) => cuts.push(b),
                Atom::AtLeast(_, t) | Atom::AgeUnder(t) | Atom::AgeFrom(t) => cuts.push(below(t)),
                Atom::CiwaArSevere => cuts.extend(
                    [
                        crate::instruments::CiwaCutoff::Va,
                        crate::instruments::CiwaCutoff::Asam,
                    ]
                    .map(|c| below(crate::instruments::ciwa_ar::severe_from(c))),
                ),
                _ => {}
            }
        }
        cuts.push(max);
        for cut in cuts.into_iter().filter(|c| *c >= min && *c <= max) {
            let at = out.partition_point(|s| matches!(s, Slot::Number(n) if *n < cut));
            if !matches!(out.get(at), Some(Slot::Number(n)) if *n == cut) {
                out.insert(at, Slot::Number(cut));
            }
        }
        return out;
    }
    let candidates: Vec<Slot> = match item.def().kind {
        Kind::Tri(_) => vec![Slot::Yes, Slot::No],
        Kind::Choice(c) => (0..c.len()).map(|i| Slot::Choice(i as u8)).collect(),
        Kind::Multi(c) => (0..c.len()).map(|i| Slot::Multi(1 << i)).collect(),
        _ => Vec::new(),
    };
    // Keep one answer per effect: the atoms that read the item, and its NEWS2 points.
    let empty = Facts::from_answers(Default::default());
    let mut seen: Vec<(u64, Option<u8>)> = Vec::new();
    for slot in candidates {
        let v = View::of(&empty).with(item, slot);
        let signature = atoms_on(item).enumerate().fold(0u64, |bits, (k, a)| {
            bits | (u64::from(a.holds(&v)) << (k % 64))
        });
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
    fn contexts(&self) -> impl Iterator<Item = View<'a>> + '_ {
        let base = View::of(self.f);
        let ages: &[Slot] = if self.open.contains(Item::Age) {
            reps(Item::Age)
        } else {
            &[]
        };
        let plain = ages.is_empty().then_some(base);
        plain
            .into_iter()
            .chain(ages.iter().map(move |s| base.with(Item::Age, *s)))
    }

    /// An item the analysis may set: open, and not set already in `v`.
    fn settable(&self, item: Item, v: &View) -> bool {
        self.open.contains(item) && !v.known(item) && !(item == Item::Age && v.known(Item::Age))
    }

    /// Whether the answers in `v` are possible: consistent with each other and with the instruments,
    /// and with a host's NEWS2 total.
    pub fn consistent(&self, v: &View) -> bool {
        is_consistent(v, &self.f.instruments) && totals_agree(v, &self.f.instruments) && {
            match v.news2_total() {
                None => true,
                Some(total) => {
                    let points = v.news2_points();
                    news2::Sum::allows(&points, total)
                }
            }
        }
    }

    /// The probe answers of `item` that `v` allows and that make every atom of `alt` on `item` hold.
    fn satisfying(&self, alt: &Alt, item: Item, v: &View<'a>) -> Vec<View<'a>> {
        reps(item)
            .iter()
            .map(|s| v.with(item, *s))
            .filter(|w| {
                alt.atoms()
                    .filter(|a| a.item() == Some(item))
                    .all(|a| a.holds(w))
                    && self.consistent(w)
            })
            .collect()
    }

    /// Every way to set the open items of `alt` (other than `except`) so that their atoms hold.
    fn settings(&self, alt: &Alt, except: Option<Item>, v: View<'a>) -> Vec<View<'a>> {
        let mut views = vec![v];
        let mut items = ItemSet::EMPTY;
        for a in alt.atoms() {
            if let Some(i) = a.item() {
                items.insert(i);
            }
        }
        for item in items.items() {
            if Some(item) == except || !self.settable(item, &v) {
                continue;
            }
            views = views
                .iter()
                .flat_map(|w| self.satisfying(alt, item, w))
                .collect();
        }
        views
    }

    /// The most NEWS2 points the open parameters not set in `v` may add.
    fn open_points(&self, v: &View) -> f64 {
        news2::PARAMETERS
            .iter()
            .zip(news2::MAX_POINTS)
            .filter(|(p, _)| self.settable(**p, v))
            .map(|(_, max)| f64::from(max))
            .sum()
    }

    /// Whether `alt` can hold for some answers to the open items.
    fn alt_possible(&self, alt: &Alt, ctx: View<'a>) -> bool {
        self.settings(alt, None, ctx).iter().any(|v| {
            alt.atoms().all(|a| match a {
                Atom::News2AtLeast(t) if v.news2_total().is_none() => {
                    v.news2_sum() + self.open_points(v) >= t
                }
                _ => a.holds(v),
            })
        })
    }

    /// Some answers to the open items make `outcome` hold (in the worst-case completion).
    pub fn possible(&self, outcome: Outcome) -> bool {
        self.contexts()
            .any(|ctx| alts(outcome).any(|a| self.alt_possible(&a, ctx)))
    }

    /// The outcome holds at `v` by an alternative other than a NEWS2 sum.
    fn holds_without_sum(&self, outcome: Outcome, v: &View) -> bool {
        alts(outcome).any(|a| a.sum_threshold().is_none() && a.holds(v))
    }

    /// Whether some answers to the open NEWS2 parameters not set in `with` (the alternative holds) and
    /// `without` (the outcome must not hold) make `alt`'s sum reach its threshold in `with` while the
    /// outcome stays false in `without`: the parameters may only take answers that are harmless in
    /// `without`, and their points are combined as a set of reachable sums.
    fn sum_witness(
        &self,
        outcome: Outcome,
        alt: &Alt,
        with: &View<'a>,
        without: &View<'a>,
    ) -> bool {
        let Some(threshold) = alt.sum_threshold() else {
            return alt.holds(with) && !holds(outcome, without);
        };
        if with.news2_total().is_some() || without.news2_total().is_some() {
            return alt.holds(with) && !holds(outcome, without);
        }
        if !alt
            .atoms()
            .all(|a| matches!(a, Atom::News2AtLeast(_)) || a.holds(with))
            || self.holds_without_sum(outcome, without)
        {
            return false;
        }
        let mut sums: u32 = 1;
        for p in news2::PARAMETERS {
            if !self.settable(p, with) || !self.settable(p, without) {
                continue;
            }
            let harmless = reps(p)
                .iter()
                .map(|s| without.with(p, *s))
                .filter(|w| self.consistent(w) && !self.holds_without_sum(outcome, w))
                .filter_map(|w| news2::points(p, w.slot(p)))
                .fold(0u32, |bits, pts| bits | (1 << pts));
            sums = add_points(sums, harmless);
        }
        // The lowest sum threshold of the outcome that applies in `without`.
        let ceiling = alts(outcome)
            .filter_map(|a| {
                let t = a.sum_threshold()?;
                a.atoms()
                    .all(|x| matches!(x, Atom::News2AtLeast(_)) || x.holds(without))
                    .then_some(t)
            })
            .fold(f64::INFINITY, f64::min);
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
            for alt in alts(outcome) {
                let via_sum = is_param && alt.sum_threshold().is_some();
                if !alt.involves(x) && !via_sum {
                    continue;
                }
                for s0 in self.settings(&alt, Some(x), ctx) {
                    let own = if alt.involves(x) {
                        self.satisfying(&alt, x, &s0)
                    } else {
                        reps(x)
                            .iter()
                            .map(|s| s0.with(x, *s))
                            .filter(|w| self.consistent(w))
                            .collect()
                    };
                    if own
                        .iter()
                        .any(|with| self.sum_witness(outcome, &alt, with, &s0))
                    {
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Age has no single worst answer: its answer decides when one age group makes the outcome hold
    /// and another does not, for the same answers to the other open items.
    fn age_essential(&self, outcome: Outcome) -> bool {
        let base = View::of(self.f);
        let ages = reps(Item::Age);
        for alt in alts(outcome).filter(|a| a.involves(Item::Age) || a.sum_threshold().is_some()) {
            for young in ages {
                let at = base.with(Item::Age, *young);
                for s0 in self.settings(&alt, Some(Item::Age), at) {
                    for other in ages.iter().filter(|o| *o != young) {
                        let without = s0.with(Item::Age, *other);
                        if self.consistent(&s0)
                            && self.consistent(&without)
                            && self.sum_witness(outcome, &alt, &s0, &without)
                        {
                            return true;
                        }
                    }
                }
            }
        }
        false
    }
}
