//! The facts the rules read: the answers, plus the instrument totals as intervals and NEWS2.

use crate::answers::Answers;
use crate::catalog::Item;
use crate::input::InstrumentInput;
use crate::instruments::{ciwa_ar, news2::News2, CiwaCutoff, Cutoffs, Interval};

/// What the instrument inputs tell, independent of the answers (computed once per evaluation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InstrumentFacts {
    pub ciwa_ar: Option<Interval>,
    pub cows: Option<Interval>,
    pub gcs: Option<Interval>,
    pub pawss: Option<Interval>,
    pub news2_total: Option<Interval>,
}

impl InstrumentFacts {
    pub fn from_inputs(inputs: &[InstrumentInput]) -> InstrumentFacts {
        let find = |id: &str| {
            inputs
                .iter()
                .find(|i| i.instrument.id == id)
                .and_then(InstrumentInput::interval)
        };
        InstrumentFacts {
            ciwa_ar: find("ciwa_ar"),
            cows: find("cows"),
            gcs: find("gcs"),
            pawss: find("pawss"),
            news2_total: find("news2"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    pub a: Answers,
    pub ciwa_ar: Interval,
    pub cows: Interval,
    pub gcs: Interval,
    /// A GCS total or GCS components are given.
    pub gcs_given: bool,
    pub pawss: Interval,
    pub news2: News2,
    /// The CIWA-Ar total from which withdrawal is severe under the chosen cut-offs.
    pub ciwa_ar_severe_from: f64,
}

impl Facts {
    pub fn derive(a: Answers, instruments: &InstrumentFacts, cutoffs: &Cutoffs) -> Facts {
        let total =
            |item: Item, from_instrument: Option<Interval>, full: Interval| match a.number(item) {
                Some(v) => Interval::exact(v),
                None => from_instrument.unwrap_or(full),
            };
        let mut news2 = News2::from_answers(&a);
        if let Some(given) = instruments.news2_total {
            news2.interval = news2.interval.intersect(&given).unwrap_or(given);
        }
        Facts {
            ciwa_ar: total(
                Item::CiwaArScore,
                instruments.ciwa_ar,
                Interval { lo: 0.0, hi: 67.0 },
            ),
            cows: total(
                Item::CowsScore,
                instruments.cows,
                Interval { lo: 0.0, hi: 48.0 },
            ),
            gcs: total(Item::Gcs, instruments.gcs, Interval { lo: 3.0, hi: 15.0 }),
            gcs_given: a.known(Item::Gcs) || instruments.gcs.is_some(),
            pawss: instruments.pawss.unwrap_or(Interval { lo: 0.0, hi: 10.0 }),
            news2,
            ciwa_ar_severe_from: ciwa_ar::severe_from(cutoffs.ciwa_ar),
            a,
        }
    }

    /// The default cut-offs, for tests and the benchmark.
    pub fn from_answers(a: Answers) -> Facts {
        let none = InstrumentFacts {
            ciwa_ar: None,
            cows: None,
            gcs: None,
            pawss: None,
            news2_total: None,
        };
        Facts::derive(
            a,
            &none,
            &Cutoffs {
                ciwa_ar: CiwaCutoff::Va,
                ..Cutoffs::default()
            },
        )
    }

    /// SPEC section 6: all seven NEWS2 parameters given, consciousness alert, no parameter in its
    /// 3-point band, the NEWS2 total below 5 (where a sum applies) and GCS, if given, 15.
    pub fn stable_vital_signs_known(&self) -> bool {
        self.news2.all_given()
            && self.a.is(Item::Consciousness, "alert")
            && !self.news2.any_single_3
            && self.news2.for_escalation().is_none_or(|sum| sum.hi < 5.0)
            && (!self.gcs_given || self.gcs.lo >= 15.0)
    }
}
