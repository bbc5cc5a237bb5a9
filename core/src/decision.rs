//! The decision proper: the criteria, the indication, the level, and what the open questions could
//! still change (SPEC 5, 6 and 8).

use crate::analysis::{self, Analyser, Influence, Outcome, ACUTE_LEVELS};
use crate::answers::{Answered, ItemSet};
use crate::catalog::Item;
use crate::completeness::{self, Decisive};
use crate::criteria::{self, Indication, IndicationBasis, Necessity, Status, Verdict, CRITERIA};
use crate::facts::Facts;
use crate::input::Audience;
use crate::routing::{self, Level, Route};
use crate::rules::{Atom, View};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    pub verdicts: [Verdict; 5],
    pub indication: Indication,
    pub basis: IndicationBasis,
    pub necessity: Necessity,
    pub route: Route,
    /// The most urgent level that answers to the open items could give together (the worst-case
    /// completion, SPEC 6), when it is more urgent than the current level.
    pub may_escalate_to: Option<Level>,
    /// The child's vital signs need paediatric ranges: under 12 (or possibly, with the age open) with a
    /// vital sign given, the routing is never settled below `somatic_emergency` (SPEC 6).
    pub paediatric: bool,
}

/// What an answer can change: the level, each criterion's status and the indication.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcomes {
    pub level: Level,
    pub statuses: [Status; 5],
    pub indication: Indication,
}

impl Decision {
    pub fn level(&self) -> Level {
        self.route.level
    }

    pub fn provisional(&self) -> bool {
        self.may_escalate_to.is_some()
    }

    pub fn outcomes(&self) -> Outcomes {
        Outcomes {
            level: self.route.level,
            statuses: self.verdicts.map(|v| v.status),
            indication: self.indication,
        }
    }
}

/// The open items of one evaluation (SPEC 8 and 9, for its audience).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Open {
    /// The required items not answered: the questions.
    pub questions: ItemSet,
    /// Those, and the items an answer to one of them would require (what the analysis may set).
    pub items: ItemSet,
}

impl Open {
    pub fn of(f: &Facts, audience: Audience) -> Open {
        let questions = completeness::required_open(&f.a, audience);
        Open {
            questions,
            items: completeness::open_from(&f.a, audience, questions),
        }
    }
}

/// Decides on the facts for `audience`.
pub fn decide(f: &Facts, audience: Audience) -> Decision {
    let open = Open::of(f, audience);
    let analyser = Analyser::new(f, open.items);
    decide_with(&analyser, &open, &influences(&analyser, &open, audience))
}

/// What each open item can decide ([`Analyser::influence`], and the criteria it settles by making an
/// item no longer required), in catalog order.
pub fn influences(analyser: &Analyser, open: &Open, audience: Audience) -> Vec<(Item, Influence)> {
    let f = analyser.facts();
    // The items some open item's requirement depends on: only these can gate a criterion.
    let mut gates = ItemSet::EMPTY;
    for y in open.items.items() {
        for d in completeness::requirement_items(y.def().required) {
            gates.insert(*d);
        }
    }
    open.items
        .items()
        .map(|item| {
            let mut influence = analyser.influence(item);
            if gates.contains(item) {
                influence.gated = gated_criteria(f, open.items, audience, item);
            }
            (item, influence)
        })
        .collect()
}

/// Decides with an analyser over the open items and their influences.
pub fn decide_with(analyser: &Analyser, open: &Open, influences: &[(Item, Influence)]) -> Decision {
    let f = analyser.facts();
    let mut next = 0;
    let verdicts: [Verdict; 5] = analyser.met_by.map(|met_by| {
        let i = next;
        next += 1;
        let status = if met_by != 0 {
            Status::Met
        } else if analyser.possible(Outcome::Criterion(i)) {
            Status::Undetermined
        } else {
            Status::NotMet
        };
        let mut missing = ItemSet::EMPTY;
        if status == Status::Undetermined {
            for (item, influence) in influences {
                // An item only an answer would require is asked through its question (the gate).
                if (influence.criteria | influence.gated) & (1 << i) != 0
                    && open.questions.contains(*item)
                {
                    missing.insert(*item);
                }
            }
        }
        Verdict {
            status,
            met_by,
            missing,
        }
    });
    let (indication, basis, necessity) = criteria::indication(&verdicts, f);
    let route = routing::route(f, &verdicts, indication, analyser.fired);
    let mut may_escalate_to = ACUTE_LEVELS
        .into_iter()
        .take_while(|l| l.above(route.level))
        .find(|l| analyser.possible(Outcome::LevelAtMost(*l)));
    let possibly_child =
        f.a.number(Item::Age)
            .map_or(open.items.contains(Item::Age), |a| {
                a < criteria::CHILD_UNDER
            });
    let paediatric = possibly_child && Atom::VitalSignGiven.holds(&View::of(f));
    if paediatric && Level::SomaticEmergency.above(route.level) {
        may_escalate_to = Some(
            may_escalate_to.map_or(Level::SomaticEmergency, |l| l.min(Level::SomaticEmergency)),
        );
    }
    Decision {
        verdicts,
        indication,
        basis,
        necessity,
        route,
        may_escalate_to,
        paediatric,
    }
}

/// The decisive open items (SPEC 8): those whose answer changes the level, a criterion's status or the
/// indication for some answers to the other open items, each with the most urgent level an answer to it
/// can bring about.
pub fn decisive(influences: &[(Item, Influence)], d: &Decision) -> Vec<Decisive> {
    let level = d.level();
    influences
        .iter()
        .filter_map(|(item, influence)| {
            // The most urgent level an answer to it can bring about, for some answers to the others
            // (with the age open, that may be the current level again: a child's rules are lower).
            let brings_about = influence.level;
            let changes_criterion = influence.criteria | influence.gated != 0;
            // `substances: ["none"]` makes the indication `not_indicated` whatever else is open.
            let settles_indication = *item == Item::Substances
                && d.necessity != Necessity::Overruled
                && d.verdicts.iter().any(|v| v.status != Status::NotMet);
            (brings_about.is_some() || changes_criterion || settles_indication).then_some(
                Decisive {
                    item: *item,
                    brings_about,
                    escalates_to: brings_about.filter(|l| l.above(level)),
                },
            )
        })
        .collect()
}

/// The criteria (bit `i`) that an answer to `gate` can settle by taking an item out of the open items
/// (it is no longer required) while that item could still decide the criterion: `withdrawal_signs: no`
/// for a CIWA-Ar total that could meet severe withdrawal. Decided as: with the open items the item's
/// requirement depends on answered so that it is required, the item is essential to the criterion,
/// and some answer to `gate` would not require it.
fn gated_criteria(f: &Facts, open: ItemSet, audience: Audience, gate: Item) -> u8 {
    let mut bits = 0u8;
    if !open.contains(gate) {
        return bits;
    }
    for y in open.items() {
        let deps = completeness::requirement_items(y.def().required);
        if !deps.contains(&gate) {
            continue;
        }
        // Every way to answer the open items the requirement depends on (a few probe answers each).
        let mut ways = vec![f.a.clone()];
        for d in deps.iter().filter(|d| open.contains(**d)) {
            ways = ways
                .iter()
                .flat_map(|a| {
                    analysis::reps(*d).iter().map(move |r| {
                        let mut b = a.clone();
                        b.set(*d, *r);
                        b
                    })
                })
                .collect();
        }
        for a in ways {
            let closes = analysis::reps(gate).iter().any(|r| {
                let mut b = a.clone();
                b.set(gate, *r);
                !completeness::required(y, &b, audience)
            });
            if !closes || !completeness::required(y, &a, audience) {
                continue;
            }
            let opened = Facts {
                ciwa_ar_severe_from: f.ciwa_ar_severe_from,
                ..Facts::new(a, f.instruments, &Default::default())
            };
            let analyser = Analyser::new(&opened, completeness::open_items(&opened.a, audience));
            for i in 0..CRITERIA.len() {
                if bits & (1 << i) == 0 && analyser.essential(Outcome::Criterion(i), y) {
                    bits |= 1 << i;
                }
            }
        }
    }
    bits
}
