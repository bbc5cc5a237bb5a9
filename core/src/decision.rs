//! The decision proper: the criteria, the indication, the level, and what the open questions could
//! still change (SPEC 5, 6 and 8).

use crate::analysis::{self, Analyser, Outcome, ACUTE_LEVELS};
use crate::answers::{Answered, ItemSet};
use crate::catalog::Item;
use crate::completeness::{self, Decisive};
use crate::criteria::{self, Indication, IndicationBasis, Necessity, Status, Verdict, CRITERIA};
use crate::facts::Facts;
use crate::input::Audience;
use crate::routing::{self, Level, Route};
use crate::rules::{rule_holds, Atom, View};

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

/// Decides on the facts for `audience` (SPEC 8 and 9: the open items are the audience's).
pub fn decide(f: &Facts, audience: Audience) -> Decision {
    let questions = completeness::required_open(&f.a, audience);
    let open = completeness::open_items(&f.a, audience);
    let analyser = Analyser::new(f, open);
    let view = View::of(f);
    let mut next = 0;
    let verdicts: [Verdict; 5] = CRITERIA.each_ref().map(|criterion| {
        let i = next;
        next += 1;
        let mut met_by = 0u16;
        for (k, condition) in criterion.met_by.iter().enumerate() {
            if rule_holds(condition.when, &view) {
                met_by |= 1 << k;
            }
        }
        let status = if met_by != 0 {
            Status::Met
        } else if analyser.possible(Outcome::Criterion(i)) {
            Status::Undetermined
        } else {
            Status::NotMet
        };
        let mut missing = ItemSet::EMPTY;
        if status == Status::Undetermined {
            for item in open.items() {
                if !analyser.essential(Outcome::Criterion(i), item) {
                    continue;
                }
                if questions.contains(item) {
                    missing.insert(item);
                } else {
                    // Not required yet (a CIWA-Ar total while `withdrawal_signs` is open): the
                    // questions whose answers would require it are what is missing.
                    for gate in completeness::requirement_items(item.def().required) {
                        if questions.contains(*gate) {
                            missing.insert(*gate);
                        }
                    }
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
    let route = routing::route(f, &verdicts, indication);
    let mut may_escalate_to = ACUTE_LEVELS
        .into_iter()
        .take_while(|l| l.above(route.level))
        .find(|l| analyser.possible(Outcome::LevelAtMost(*l)));
    let possibly_child =
        f.a.number(Item::Age)
            .map_or(open.contains(Item::Age), |a| a < criteria::CHILD_UNDER);
    let paediatric = possibly_child && Atom::VitalSignGiven.holds(&view);
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
pub fn decisive(f: &Facts, audience: Audience, d: &Decision) -> Vec<Decisive> {
    let open = completeness::open_items(&f.a, audience);
    let analyser = Analyser::new(f, open);
    let level = d.level();
    open.items()
        .filter_map(|item| {
            // The most urgent level an answer to it can bring about, for some answers to the others
            // (with the age open, that may be the current level again: a child's rules are lower).
            let brings_about = ACUTE_LEVELS
                .into_iter()
                .find(|l| analyser.essential(Outcome::LevelAtMost(*l), item));
            let changes_criterion = d.verdicts.iter().any(|v| v.missing.contains(item))
                || gates_a_missing_item(f, open, audience, item)
                // Age has no single worst answer: it can also undo a criterion an open age meets.
                || (item == Item::Age
                    && (0..CRITERIA.len())
                        .any(|i| analyser.essential(Outcome::Criterion(i), item)));
            // `substances: ["none"]` makes the indication `not_indicated` whatever else is open.
            let settles_indication = item == Item::Substances
                && d.necessity != Necessity::Overruled
                && d.verdicts.iter().any(|v| v.status != Status::NotMet);
            (brings_about.is_some() || changes_criterion || settles_indication).then_some(
                Decisive {
                    item,
                    brings_about,
                    escalates_to: brings_about.filter(|l| l.above(level)),
                },
            )
        })
        .collect()
}

/// Whether an answer to `gate` can take an item out of the open items (it is no longer required) while
/// that item could still decide a criterion: `withdrawal_signs: no` for a CIWA-Ar total that could meet
/// severe withdrawal. Decided as "the item is essential to a criterion once `gate` has an answer that
/// requires it": then, for the same answers to the others, the other answers to `gate` settle it.
fn gates_a_missing_item(f: &Facts, open: ItemSet, audience: Audience, gate: Item) -> bool {
    open.items()
        .filter(|y| completeness::requirement_items(y.def().required).contains(&gate))
        .any(|y| {
            let requires = |answer: &crate::answers::Slot| {
                let mut a = f.a.clone();
                a.set(gate, *answer);
                completeness::required(y, &a, audience)
            };
            let answers = analysis::reps(gate);
            if answers.iter().all(requires) {
                return false;
            }
            answers.iter().any(|answer| {
                let mut a = f.a.clone();
                a.set(gate, *answer);
                if !completeness::required(y, &a, audience) {
                    return false;
                }
                let opened = Facts::new(a, f.instruments, &Default::default());
                let opened = Facts {
                    ciwa_ar_severe_from: f.ciwa_ar_severe_from,
                    ..opened
                };
                let still_open = completeness::open_items(&opened.a, audience);
                let analyser = Analyser::new(&opened, still_open);
                (0..CRITERIA.len()).any(|i| analyser.essential(Outcome::Criterion(i), y))
            })
        })
}
