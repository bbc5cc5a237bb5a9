//! The facts the rules read: the answers, the instrument totals as intervals, and the chosen cut-offs.

use crate::answers::{Answered, Answers};
use crate::catalog::Item;
use crate::input::InstrumentInput;
use crate::instruments::{ciwa_ar, news2, Cutoffs, Interval};

/// A total that can come as an answer or as an instrument (SPEC 3 and 4): the answer item, and the
/// instrument whose items give the same total. The one table that the input checks, the implied
/// answers, the rules and the score reports read.
#[derive(Clone, Copy, Debug)]
pub struct TotalAnswer {
    pub item: Item,
    pub instrument: &'static str,
}

pub const TOTAL_ANSWERS: [TotalAnswer; 3] = [
    TotalAnswer {
        item: Item::CiwaArScore,
        instrument: "ciwa_ar",
    },
    TotalAnswer {
        item: Item::CowsScore,
        instrument: "cows",
    },
    TotalAnswer {
        item: Item::Gcs,
        instrument: "gcs",
    },
];

/// What the instrument inputs tell, independent of the answers (computed once per evaluation).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct InstrumentFacts {
    pub ciwa_ar: Option<Interval>,
    pub cows: Option<Interval>,
    pub gcs: Option<Interval>,
    /// The PAWSS total the items allow; `None` when PAWSS is not given, or its threshold item is `false`
    /// (then the scale does not apply, SPEC 4).
    pub pawss: Option<Interval>,
    /// The PAWSS threshold item, where given.
    pub pawss_threshold: Option<bool>,
    /// The host's NEWS2 total (`instruments.news2.total`), where given.
    pub news2_total: Option<f64>,
}

impl InstrumentFacts {
    /// The interval the instrument given allows for the total answer `item` (see [`TOTAL_ANSWERS`]);
    /// `None` when that instrument is not given or `item` is not such a total.
    pub fn total_for(&self, item: Item) -> Option<Interval> {
        match item {
            Item::CiwaArScore => self.ciwa_ar,
            Item::CowsScore => self.cows,
            Item::Gcs => self.gcs,
            _ => None,
        }
    }

    pub fn from_inputs(inputs: &[InstrumentInput]) -> InstrumentFacts {
        let find = |id: &str| inputs.iter().find(|i| i.instrument.id == id);
        let interval = |id: &str| find(id).and_then(InstrumentInput::interval);
        let pawss_threshold = find("pawss").and_then(|p| p.items.flag(0));
        InstrumentFacts {
            ciwa_ar: interval("ciwa_ar"),
            cows: interval("cows"),
            gcs: interval("gcs"),
            pawss: interval("pawss").filter(|_| pawss_threshold != Some(false)),
            pawss_threshold,
            news2_total: find("news2").and_then(|n| n.total),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub a: Answers,
    pub instruments: InstrumentFacts,
    /// The CIWA-Ar total from which withdrawal is severe under the chosen cut-offs.
    pub ciwa_ar_severe_from: f64,
    /// The NEWS2 points of the vital signs given (adult bands), computed once.
    pub news2_points: [Option<u8>; 7],
}

impl Facts {
    pub fn new(a: Answers, instruments: InstrumentFacts, cutoffs: &Cutoffs) -> Facts {
        Facts {
            news2_points: news2::PARAMETERS.map(|p| news2::points(p, a.get(p))),
            a,
            instruments,
            ciwa_ar_severe_from: ciwa_ar::severe_from(cutoffs.ciwa_ar),
        }
    }

    /// The default cut-offs and no instruments, for tests and the benchmark.
    pub fn from_answers(a: Answers) -> Facts {
        Facts::new(a, InstrumentFacts::default(), &Cutoffs::default())
    }

    /// The total an instrument allows for the answer ids `gcs`, `ciwa_ar_score` and `cows_score` when
    /// they are not answered: the instrument's interval, else the item's whole range.
    pub fn instrument_total(&self, item: Item) -> Option<Interval> {
        if !TOTAL_ANSWERS.iter().any(|t| t.item == item) {
            return None;
        }
        (self.instruments.total_for(item))
            .or_else(|| item.range().map(|(lo, hi)| Interval { lo, hi }))
    }

    /// A GCS total or GCS components are given.
    pub fn gcs_given(&self) -> bool {
        self.a.known(Item::Gcs) || self.instruments.gcs.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_answer_has_the_range_of_its_instrument() {
        for t in TOTAL_ANSWERS {
            let instrument = crate::instruments::instrument(t.instrument).expect("instrument");
            let range = t.item.range().expect("a number item");
            assert_eq!(
                range,
                (instrument.min_total, instrument.max_total),
                "{}",
                t.item.id()
            );
        }
    }
}
