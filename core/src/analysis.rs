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
//! What holds in a view is asked of the alternatives that may hold there only: [`Analyser::new`] files
//! each under the items of its atoms that fail on the input, and a view makes it hold only by trying
//! answers to all of them.
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
use std::cell::Cell;
use std::sync::OnceLock;

/// An outcome the analysis reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Criterion `i` (in the order of `CRITERIA`) is met.
    Criterion(usize),
    /// The level is this urgent or more.
    LevelAtMost(Level),
}

/// What the answer to one open item can decide (SPEC 8).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Influence {
    /// Bit `i`: the item is essential to criterion `i`.
    pub criteria: u8,
    /// Bit `i`: an answer to the item settles criterion `i` by making another item no longer required
    /// (`decision::influences` fills it).
    pub gated: u8,
    /// The most urgent level an answer to it can bring about, for some answers to the others.
    pub level: Option<Level>,
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

/// The items a consistency rule reads (`input::check_consistency`, `input::totals_agree`); with a host's
/// NEWS2 total, the parameters and the age too.
const CONSISTENCY_ITEMS: [Item; 13] = [
    Item::Substances,
    Item::AcuteSocialRisks,
    Item::Pregnant,
    Item::PregnancyTest,
    Item::ChildrenAtRisk,
    Item::MinorChildren,
    Item::OatMissedDoses,
    Item::Oat,
    Item::AlcoholPermille,
    Item::AlcoholTest,
    Item::CiwaArScore,
    Item::CowsScore,
    Item::Gcs,
];

/// Whose alternative it is: criterion `i`'s condition `row`, or the trigger `TRIGGERS[row]`.
#[derive(Clone, Copy, Debug)]
enum Owner {
    Criterion(usize, usize),
    Trigger(Level, usize),
}

/// One alternative of a table row.
#[derive(Clone, Copy, Debug)]
struct Alt {
    /// Its place in the table.
    index: u16,
    atoms: &'static [Atom],
    owner: Owner,
    /// For an alternative with [`Atom::News2Single3`]: the one parameter read as scoring 3.
    single_3: Option<Item>,
    /// The items its atoms read one by one (without what [`INDICATED`] adds).
    items: ItemSet,
    /// The threshold of its NEWS2 sum atom, if it has one.
    sum: Option<f64>,
}

/// One alternative as an outcome function reads it: a criterion's alternatives indicate acute TSB
/// only with [`INDICATED`].
#[derive(Clone, Copy, Debug)]
struct Conj {
    alt: &'static Alt,
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
        self.alt.sum
    }

    fn involves(&self, item: Item) -> bool {
        self.items().contains(item)
    }

    /// The items its atoms read one by one.
    fn items(&self) -> ItemSet {
        let mut items = self.alt.items;
        if self.indicated {
            items.insert(Item::Substances);
            items.insert(Item::UrgentNecessity);
        }
        items
    }
}

/// The table of alternatives, for each outcome its alternatives (and whether they are read with
/// [`INDICATED`]), and for each item the alternatives that read it.
struct Table {
    alts: Vec<Alt>,
    by_item: Vec<Vec<u16>>,
    sums: Vec<u16>,
}

/// Every alternative of the criteria and the triggers, "a parameter scores 3" read as one alternative
/// per parameter; built once.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut alts: Vec<Alt> = Vec::new();
        let mut add = |atoms: &'static [Atom], owner: Owner| {
            let single = atoms.contains(&Atom::News2Single3);
            let params: &[Item] = if single { &news2::PARAMETERS } else { &[] };
            let singles = params.iter().map(|p| Some(*p));
            for single_3 in singles.chain((!single).then_some(None)) {
                let mut items = ItemSet::EMPTY;
                let mut sum = None;
                for a in atoms {
                    let a = match (a, single_3) {
                        (Atom::News2Single3, Some(p)) => Atom::Points3(p),
                        _ => *a,
                    };
                    if let Some(i) = a.item() {
                        items.insert(i);
                    }
                    if let Atom::News2AtLeast(t) = a {
                        sum = Some(t);
                    }
                }
                alts.push(Alt {
                    index: alts.len() as u16,
                    atoms,
                    owner,
                    single_3,
                    items,
                    sum,
                });
            }
        };
        for (row, t) in TRIGGERS.iter().enumerate() {
            for atoms in t.when {
                add(atoms, Owner::Trigger(t.level, row));
            }
        }
        for (i, c) in CRITERIA.iter().enumerate() {
            for (row, condition) in c.met_by.iter().enumerate() {
                for atoms in condition.when {
                    add(atoms, Owner::Criterion(i, row));
                }
            }
        }
        let mut by_item: Vec<Vec<u16>> = vec![Vec::new(); Item::COUNT];
        let mut sums = Vec::new();
        for (k, alt) in alts.iter().enumerate() {
            let mut items = alt.items;
            if matches!(alt.owner, Owner::Criterion(..)) {
                // As an acute TSB level reads it.
                items.insert(Item::Substances);
                items.insert(Item::UrgentNecessity);
            }
            for item in items.items() {
                if let Some(list) = by_item.get_mut(item.index()) {
                    list.push(k as u16);
                }
            }
            if alt.sum.is_some() {
                sums.push(k as u16);
            }
        }
        Table {
            alts,
            by_item,
            sums,
        }
    })
}

/// The alternative as `outcome` reads it, if it is one of its alternatives: a criterion alone; or a
/// level: its triggers and those of every more urgent level, and at the acute TSB levels the criteria
/// that indicate them (1-4 for 24-hour care, any for outpatient).
fn conj(alt: &'static Alt, outcome: Outcome) -> Option<Conj> {
    Some(Conj {
        alt,
        indicated: indication(alt.owner, outcome)?,
    })
}

/// Whether an alternative of `owner` is one of `outcome`'s, and if so whether read with [`INDICATED`].
fn indication(owner: Owner, outcome: Outcome) -> Option<bool> {
    match (owner, outcome) {
        (Owner::Criterion(i, _), Outcome::Criterion(j)) => (i == j).then_some(false),
        (Owner::Trigger(l, _), Outcome::LevelAtMost(m)) => (l <= m).then_some(false),
        (Owner::Criterion(i, _), Outcome::LevelAtMost(m)) => {
            let indicates = if i < 4 {
                Level::TsbAcuteInpatient
            } else {
                Level::TsbAcuteOutpatient
            };
            (indicates <= m).then_some(true)
        }
        (Owner::Trigger(..), Outcome::Criterion(_)) => None,
    }
}

/// The probe answers of `item`: one answer for each different way the rules can read it. Numbers get
/// one value between each pair of neighbouring thresholds that the rules and the NEWS2 bands compare
/// them with; choices, yes/no and substances get one answer per distinct effect (a single substance is
/// enough: every rule asks whether *some* substance of a group is used).
///
/// The table is `probes.rs`, generated from [`derive_reps`] (a test fails when it is stale), so that
/// the module carries the answers rather than the code that derives them.
pub fn reps(item: Item) -> &'static [Slot] {
    crate::probes::PROBES
        .get(item.index())
        .copied()
        .unwrap_or(&[])
}

/// Every atom of the tables and requirements that reads `item` alone.
fn atoms_on(item: Item) -> Vec<Atom> {
    let mut out = Vec::new();
    for alt in &table().alts {
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

/// The probe answers of `item`, derived from the thresholds of the rules (see [`reps`]).
pub fn derive_reps(item: Item) -> Vec<Slot> {
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

/// The outcome functions, in a fixed order (for the cache of what already holds).
const OUTCOMES: usize = 5 + ACUTE_LEVELS.len();

fn outcome_index(outcome: Outcome) -> usize {
    match outcome {
        Outcome::Criterion(i) => i.min(4),
        Outcome::LevelAtMost(l) => 5 + ACUTE_LEVELS.iter().position(|a| *a == l).unwrap_or(4),
    }
}

fn outcome_at(k: usize) -> Outcome {
    match ACUTE_LEVELS.get(k.wrapping_sub(5)) {
        Some(l) if k >= 5 => Outcome::LevelAtMost(*l),
        _ => Outcome::Criterion(k),
    }
}

/// The analysis of one input: its facts, its open items, the views to analyse in and what already
/// holds in each.
pub struct Analyser<'a> {
    f: &'a Facts,
    open: ItemSet,
    /// The input as it is, or, with the age open, each age group (an open age is read as an adult's
    /// for the current decision, but the child rules may apply).
    contexts: Vec<View<'a>>,
    /// `holds[c][k]`: outcome `k` holds in context `c`.
    holds: Vec<[bool; OUTCOMES]>,
    /// Bit `row` of `met_by[i]`: condition `row` of criterion `i` holds on the input.
    pub met_by: [u16; 5],
    /// Bit `k`: `TRIGGERS[k]` holds on the input.
    pub fired: u32,
    /// Whether each alternative (plain, and read with [`INDICATED`]) can hold: computed once.
    possible_alts: Vec<Cell<u8>>,
    /// [`Analyser::harmless_points`] per context, outcome and parameter (bit 7: computed).
    harmless: Vec<Cell<u8>>,
    /// The items a consistency rule reads for this input.
    consistency: ItemSet,
    /// The alternatives that read an open item (plain or as an acute TSB level reads them): the only
    /// ones answers can still make hold.
    live: Vec<u16>,
    /// For each alternative, the items of its atoms that do not hold on the input (with nothing open,
    /// of the first): it can only hold where answers to all of them are tried (`None`: never, an atom
    /// on the facts alone fails).
    blocked: Vec<Option<ItemSet>>,
    /// The same for [`INDICATED`].
    blocked_indicated: Option<ItemSet>,
    /// The alternatives by the first item of `blocked` (at `Item::COUNT`: those with none) as linked
    /// lists: the first of each, and the next after each ([`END`]: none).
    first_filed: [u16; Item::COUNT + 1],
    next_filed: Vec<u16>,
}

/// The end of a list of alternatives.
const END: u16 = u16::MAX;

/// Adds what keeps `a`, which does not hold on the input, from holding in a view to `blocked`: a tried
/// answer to its item; for an atom on the facts alone, nothing (`None`); for the NEWS2 sum, which the
/// parameters and the age move together, it is not counted (the alternative is evaluated).
fn block(a: Atom, blocked: &mut Option<ItemSet>) {
    match (a.item(), a) {
        (Some(item), _) => {
            if let Some(items) = blocked {
                items.insert(item);
            }
        }
        (None, Atom::PawssAtLeast(_) | Atom::PawssThreshold | Atom::VitalSignGiven) => {
            *blocked = None;
        }
        (None, _) => {}
    }
}

impl<'a> Analyser<'a> {
    pub fn new(f: &'a Facts, open: ItemSet) -> Analyser<'a> {
        let base = View::of(f);
        let contexts: Vec<View<'a>> = if open.contains(Item::Age) {
            reps(Item::Age)
                .iter()
                .map(|s| base.with(Item::Age, *s))
                .collect()
        } else {
            vec![base]
        };
        // What holds in each context: every alternative evaluated once, then read by each outcome. On
        // the input, what keeps each alternative from holding: with items open, every atom that does
        // not hold; else the first (any of them is a safe filter, all of them a sharper one).
        let table = table();
        let every_atom = !open.is_empty();
        let mut on_input = Vec::with_capacity(table.alts.len());
        let mut blocked = Vec::with_capacity(table.alts.len());
        let mut next_filed = Vec::with_capacity(table.alts.len());
        let mut first_filed = [END; Item::COUNT + 1];
        for alt in &table.alts {
            let mut holds = true;
            let mut items = Some(ItemSet::EMPTY);
            let c = Conj {
                alt,
                indicated: false,
            };
            for a in alt.atoms {
                let a = c.atom(*a);
                if !a.holds(&base) {
                    holds = false;
                    block(a, &mut items);
                    if !every_atom {
                        break;
                    }
                }
            }
            on_input.push(holds);
            blocked.push(items);
            let bucket = items.map(|items| items.first().map_or(Item::COUNT, Item::index));
            let first = bucket.and_then(|b| first_filed.get_mut(b));
            next_filed.push(first.as_ref().map_or(END, |first| **first));
            if let Some(first) = first {
                *first = alt.index;
            }
        }
        let mut blocked_indicated = Some(ItemSet::EMPTY);
        for a in INDICATED {
            if !a.holds(&base) {
                block(*a, &mut blocked_indicated);
            }
        }
        let holds = contexts
            .iter()
            .map(|v| {
                let on_base = v.same(&base);
                let indicated = INDICATED.iter().all(|a| a.holds(v));
                let mut out = [false; OUTCOMES];
                for (alt, on_input) in table.alts.iter().zip(&on_input) {
                    let holds = if on_base {
                        *on_input
                    } else {
                        Conj {
                            alt,
                            indicated: false,
                        }
                        .holds(v)
                    };
                    if !holds {
                        continue;
                    }
                    // Each outcome it is an alternative of holds.
                    for (k, slot) in out.iter_mut().enumerate() {
                        if indication(alt.owner, outcome_at(k)).is_some_and(|ind| !ind || indicated)
                        {
                            *slot = true;
                        }
                    }
                }
                out
            })
            .collect();
        let contexts_len = contexts.len();
        let parameter_open = news2::PARAMETERS.iter().any(|p| open.contains(*p));
        let live: Vec<u16> = table
            .alts
            .iter()
            .enumerate()
            .filter(|(_, alt)| {
                let indicated =
                    matches!(alt.owner, Owner::Criterion(..)) && open.contains(Item::Substances);
                alt.items.intersects(open) || indicated || (alt.sum.is_some() && parameter_open)
            })
            .map(|(k, _)| k as u16)
            .collect();
        let mut consistency = ItemSet::EMPTY;
        for item in CONSISTENCY_ITEMS {
            consistency.insert(item);
        }
        if f.instruments.news2_total.is_some() {
            // A host's NEWS2 total rules out parameter answers that disagree with it, by age.
            for item in news2::PARAMETERS.into_iter().chain([Item::Age]) {
                consistency.insert(item);
            }
        }
        let mut met_by = [0u16; 5];
        let mut fired = 0u32;
        for (alt, holds) in table.alts.iter().zip(&on_input) {
            match (holds, alt.owner) {
                (false, _) => {}
                (true, Owner::Criterion(i, row)) => {
                    if let Some(bits) = met_by.get_mut(i) {
                        *bits |= 1 << row;
                    }
                }
                (true, Owner::Trigger(_, row)) => fired |= 1 << row,
            }
        }
        Analyser {
            f,
            open,
            contexts,
            holds,
            met_by,
            fired,
            possible_alts: vec![Cell::new(0); 2 * table.alts.len()],
            harmless: vec![Cell::new(0); contexts_len * OUTCOMES * news2::PARAMETERS.len()],
            consistency,
            live,
            blocked,
            blocked_indicated,
            first_filed,
            next_filed,
        }
    }

    /// Whether alternative `index` (read with [`INDICATED`] or not) may hold in a view with answers
    /// tried to `tried`: every atom that does not hold on the input reads one of them.
    fn can_hold(&self, index: u16, indicated: bool, tried: ItemSet) -> bool {
        let also = if indicated {
            self.blocked_indicated
        } else {
            Some(ItemSet::EMPTY)
        };
        match self.blocked.get(index as usize) {
            Some(Some(own)) => also.is_some_and(|also| own.union(also).is_subset(tried)),
            Some(None) => false,
            None => true,
        }
    }

    /// Whether `c` holds at `v`, which tries answers to `tried`.
    fn conj_holds(&self, c: &Conj, v: &View, tried: ItemSet) -> bool {
        self.can_hold(c.alt.index, c.indicated, tried) && c.holds(v)
    }

    /// Calls `f` on the alternatives that may hold in a view with answers tried to `tried` (and some
    /// more), until it returns true; whether one did. Only those filed under no item or under a tried
    /// one: an alternative is filed under the first item that keeps it from holding on the input.
    fn any_near(&self, tried: ItemSet, f: &mut dyn FnMut(&'static Alt) -> bool) -> bool {
        let alts = &table().alts;
        let mut rest = tried;
        let mut bucket = Item::COUNT;
        loop {
            let mut k = self.first_filed.get(bucket).copied().unwrap_or(END);
            while let Some(alt) = alts.get(k as usize) {
                if f(alt) {
                    return true;
                }
                k = self.next_filed.get(k as usize).copied().unwrap_or(END);
            }
            let Some(item) = rest.first() else {
                return false;
            };
            rest.remove(item);
            bucket = item.index();
        }
    }

    pub fn facts(&self) -> &'a Facts {
        self.f
    }

    /// Whether answers to the open items could change what `c` reads: it reads an open item, or the
    /// NEWS2 sum while a parameter is open.
    fn touches_open(&self, c: &Conj) -> bool {
        let mut touched = c.items();
        if c.sum_threshold().is_some() {
            for p in news2::PARAMETERS {
                touched.insert(p);
            }
        }
        touched.intersects(self.open)
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
        c.all(&mut |a| a.item() != Some(item) || a.holds(w)) && self.consistent_after(w, item)
    }

    /// [`Analyser::consistent`] after `item` was set in `w` (the input itself is consistent: only a
    /// rule that reads `item` can fail).
    fn consistent_after(&self, w: &View, item: Item) -> bool {
        !self.consistency.contains(item) || self.consistent(w)
    }

    /// Calls `f` on every way to set the open items `items` of `c` so that their atoms hold, until it
    /// returns true; whether it did.
    fn any_setting(
        &self,
        c: &Conj,
        items: ItemSet,
        v: View<'a>,
        f: &mut dyn FnMut(View<'a>) -> bool,
    ) -> bool {
        let Some(item) = items.first() else {
            return f(v);
        };
        let mut rest = items;
        rest.remove(item);
        if !self.settable(item, &v) {
            return self.any_setting(c, rest, v, f);
        }
        for s in reps(item) {
            let w = v.with(item, *s);
            if self.satisfies(c, item, &w) && self.any_setting(c, rest, w, f) {
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
        let k = outcome_index(outcome);
        if self.holds.iter().any(|h| h[k]) {
            return true;
        }
        // What reads no open item is decided already (and does not hold): only the live alternatives.
        let table = table();
        self.live.iter().any(|index| {
            let Some(c) = table
                .alts
                .get(*index as usize)
                .and_then(|alt| conj(alt, outcome))
            else {
                return false;
            };
            if c.indicated && !self.touches_open(&c) {
                return false;
            }
            // Each alternative once, whichever outcome asks (bit 0: known, bit 1: possible).
            let slot = 2 * *index as usize + usize::from(c.indicated);
            let known = self.possible_alts.get(slot).map_or(0, Cell::get);
            if known & 1 != 0 {
                return known & 2 != 0;
            }
            let possible = self.contexts.iter().any(|ctx| {
                self.any_setting(&c, c.items(), *ctx, &mut |v| {
                    c.all(&mut |a| match a {
                        Atom::News2AtLeast(t) if v.news2_total().is_none() => {
                            v.news2_sum() + self.open_points(&v) >= t
                        }
                        _ => a.holds(&v),
                    })
                })
            });
            if let Some(known) = self.possible_alts.get(slot) {
                known.set(1 | (u8::from(possible) << 1));
            }
            possible
        })
    }

    /// Whether `outcome` holds at `v` by an alternative with a NEWS2 sum only if `sums`. With
    /// `changed`, knowing that it does not where those are not set: only an alternative that reads a
    /// changed item (or the NEWS2 sum, when a parameter changed) can hold.
    fn holds_given(
        &self,
        outcome: Outcome,
        v: &View,
        changed: Option<ItemSet>,
        sums: bool,
    ) -> bool {
        let tried = v.tried_items();
        self.any_near(tried, &mut |alt| {
            let Some(indicated) = indication(alt.owner, outcome) else {
                return false;
            };
            let reads = changed.is_none_or(|changed| {
                alt.items.intersects(changed)
                    || (indicated && changed.contains(Item::Substances))
                    || (sums && alt.sum.is_some())
            });
            reads
                && (sums || alt.sum.is_none())
                && self.can_hold(alt.index, indicated, tried)
                && Conj { alt, indicated }.holds(v)
        })
    }

    /// Whether answers to the open NEWS2 parameters not set in `with` (where `c` must hold) and
    /// `without` (where the outcome must not) make `c`'s sum reach its threshold in `with` while the
    /// outcome stays false in `without`: the parameters may only take answers that are harmless in
    /// `without`, and their points are combined as a set of reachable sums.
    /// `changed`: `without` differs from a context where the outcome does not hold only in these
    /// items (`None`: not known).
    fn witness(
        &self,
        outcome: Outcome,
        c: &Conj,
        with: &View<'a>,
        without: &View<'a>,
        changed: Option<ItemSet>,
    ) -> bool {
        let threshold = match c.sum_threshold() {
            Some(t) if with.news2_total().is_none() && without.news2_total().is_none() => t,
            _ => {
                return self.conj_holds(c, with, with.tried_items())
                    && !match changed {
                        Some(items) if items.is_empty() => false,
                        Some(items) => {
                            let sums = news2::PARAMETERS.iter().any(|p| items.contains(*p));
                            self.holds_given(outcome, without, Some(items), sums)
                        }
                        None => self.holds_given(outcome, without, None, true),
                    }
            }
        };
        if !c.all(&mut |a| matches!(a, Atom::News2AtLeast(_)) || a.holds(with))
            || self.holds_given(outcome, without, None, false)
        {
            return false;
        }
        let mut sums: u32 = 1;
        for p in news2::PARAMETERS {
            if !self.settable(p, with) || !self.settable(p, without) {
                continue;
            }
            sums = add_points(sums, self.harmless_points(outcome, p, without));
        }
        // The lowest sum threshold of the outcome that applies in `without`.
        let mut ceiling = f64::INFINITY;
        let tried = without.tried_items();
        self.any_near(tried, &mut |alt| {
            if let (Some(indicated), Some(t)) = (indication(alt.owner, outcome), alt.sum) {
                let d = Conj { alt, indicated };
                if self.can_hold(alt.index, indicated, tried)
                    && d.all(&mut |a| matches!(a, Atom::News2AtLeast(_)) || a.holds(without))
                {
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

    /// The points parameter `p` can score (a bit set) with answers that do not make `outcome` hold
    /// in `without` (where it does not hold). Cached where `without` is one of the contexts.
    fn harmless_points(&self, outcome: Outcome, p: Item, without: &View) -> u32 {
        let compute = || {
            let table = table();
            let tried = without.tried_items().union(ItemSet::of(p));
            let own = table.by_item.get(p.index()).map_or(&[][..], Vec::as_slice);
            let mut harmless = 0u32;
            for s in reps(p) {
                // A score another answer already makes harmless adds nothing.
                let Some(points) = news2::points(p, *s).filter(|n| harmless & (1 << n) == 0) else {
                    continue;
                };
                let w = without.with(p, *s);
                // Only an alternative (without a NEWS2 sum) that reads `p` can make the outcome hold:
                // it does not hold in `without`.
                let makes_hold = || {
                    own.iter().any(|index| {
                        table.alts.get(*index as usize).is_some_and(|alt| {
                            indication(alt.owner, outcome).is_some_and(|indicated| {
                                alt.sum.is_none()
                                    && alt.items.contains(p)
                                    && self.can_hold(*index, indicated, tried)
                                    && Conj { alt, indicated }.holds(&w)
                            })
                        })
                    })
                };
                if self.consistent_after(&w, p) && !makes_hold() {
                    harmless |= 1 << points;
                }
            }
            harmless
        };
        let Some(c) = self.contexts.iter().position(|ctx| ctx.same(without)) else {
            return compute();
        };
        let Some(k) = news2::PARAMETERS.iter().position(|q| *q == p) else {
            return compute();
        };
        let slot = (c * OUTCOMES + outcome_index(outcome)) * news2::PARAMETERS.len() + k;
        if let Some(known) = self
            .harmless
            .get(slot)
            .map(Cell::get)
            .filter(|h| h & 0x80 != 0)
        {
            return u32::from(known & 0x0f);
        }
        let harmless = compute();
        if let Some(known) = self.harmless.get(slot) {
            known.set(0x80 | (harmless as u8 & 0x0f));
        }
        harmless
    }

    /// Whether the answer to `x` can decide `outcome` for some answers to the other open items.
    pub fn essential(&self, outcome: Outcome, x: Item) -> bool {
        if !self.open.contains(x) {
            return false;
        }
        if x == Item::Age {
            return self.age_essential(outcome);
        }
        self.alts_of(x)
            .any(|index| self.alt_witness(outcome, index, x))
    }

    /// The alternatives an answer to `x` can act through: those that read it, and for a NEWS2
    /// parameter those with a NEWS2 sum.
    fn alts_of(&self, x: Item) -> impl Iterator<Item = u16> + '_ {
        let table = table();
        let own = table.by_item.get(x.index()).map_or(&[][..], Vec::as_slice);
        let sums: &[u16] = if news2::PARAMETERS.contains(&x) {
            &table.sums
        } else {
            &[]
        };
        own.iter().chain(sums).copied()
    }

    /// What the answer to `x` can decide: each criterion it is essential to (bit `i`), and the most
    /// urgent level it can bring about. One pass over the alternatives that read it: an alternative of
    /// a trigger at level L can only bring about L (or nothing), and a criterion's alternative that
    /// criterion and its acute TSB level; so each is tried once, at its own level.
    pub fn influence(&self, x: Item) -> Influence {
        let mut influence = Influence::default();
        if !self.open.contains(x) {
            return influence;
        }
        if x == Item::Age {
            for i in 0..CRITERIA.len() {
                if self.age_essential(Outcome::Criterion(i)) {
                    influence.criteria |= 1 << i;
                }
            }
            influence.level = ACUTE_LEVELS
                .into_iter()
                .find(|l| self.age_essential(Outcome::LevelAtMost(*l)));
            return influence;
        }
        let table = table();
        for index in self.alts_of(x) {
            let Some(alt) = table.alts.get(index as usize) else {
                continue;
            };
            let (criterion, level) = match alt.owner {
                Owner::Trigger(level, _) => (None, level),
                Owner::Criterion(i, _) if i < 4 => (Some(i), Level::TsbAcuteInpatient),
                Owner::Criterion(i, _) => (Some(i), Level::TsbAcuteOutpatient),
            };
            if let Some(i) = criterion {
                if influence.criteria & (1 << i) == 0
                    && self.alt_witness(Outcome::Criterion(i), index, x)
                {
                    influence.criteria |= 1 << i;
                }
            }
            if influence.level.is_none_or(|l| level.above(l))
                && self.alt_witness(Outcome::LevelAtMost(level), index, x)
            {
                influence.level = Some(level);
            }
        }
        influence
    }

    /// Whether alternative `index` is a witness that `x` is essential to `outcome`: for some answers
    /// to its other items (every other open item absent), one answer to `x` makes it hold while the
    /// outcome does not hold without `x`.
    fn alt_witness(&self, outcome: Outcome, index: u16, x: Item) -> bool {
        let Some(conj) = table()
            .alts
            .get(index as usize)
            .and_then(|alt| conj(alt, outcome))
        else {
            return false;
        };
        let reads_x = conj.involves(x);
        let via_sum = news2::PARAMETERS.contains(&x) && conj.sum_threshold().is_some();
        if !reads_x && !via_sum {
            return false;
        }
        let k = outcome_index(outcome);
        // Only open items are set (and only they can make the outcome hold where it does not).
        let mut items = conj.items().intersection(self.open);
        items.remove(x);
        // No answers to them, to `x` and to the age (which a context tries) can make it hold.
        let mut tried = items.union(ItemSet::of(x));
        tried.insert(Item::Age);
        if !self.can_hold(index, conj.indicated, tried) {
            return false;
        }
        self.contexts.iter().copied().enumerate().any(|(c, ctx)| {
            // Where the outcome holds already, answers only add to it (absent makes no atom hold).
            self.holds.get(c).is_some_and(|h| !h[k])
                && self.any_setting(&conj, items, ctx, &mut |s0| {
                    let changed = if s0.same(&ctx) { ItemSet::EMPTY } else { items };
                    reps(x).iter().any(|s| {
                        let with = s0.with(x, *s);
                        (if reads_x {
                            self.satisfies(&conj, x, &with)
                        } else {
                            self.consistent_after(&with, x)
                        }) && self.witness(outcome, &conj, &with, &s0, Some(changed))
                    })
                })
        })
    }

    /// Age has no single worst answer: its answer decides when one age group makes the outcome hold
    /// and another does not, for the same answers to the other open items.
    fn age_essential(&self, outcome: Outcome) -> bool {
        let base = View::of(self.f);
        let ages = reps(Item::Age);
        let table = table();
        let empty = Vec::new();
        table
            .by_item
            .get(Item::Age.index())
            .unwrap_or(&empty)
            .iter()
            .filter_map(|k| table.alts.get(*k as usize).and_then(|a| conj(a, outcome)))
            .any(|c| {
                let mut items = c.items();
                items.remove(Item::Age);
                ages.iter().any(|young| {
                    let at = base.with(Item::Age, *young);
                    self.any_setting(&c, items, at, &mut |s0| {
                        ages.iter().filter(|o| *o != young).any(|other| {
                            let without = s0.with(Item::Age, *other);
                            self.consistent(&s0)
                                && self.consistent(&without)
                                && self.witness(outcome, &c, &s0, &without, None)
                        })
                    })
                })
            })
    }
}
