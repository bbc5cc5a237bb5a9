//! Validated instruments (SPEC section 4). Each instrument is a table of items with their allowed points,
//! a band function and the source of its thresholds. Totals are kept as an [`Interval`]: a complete
//! instrument gives an exact total, a partial one the lowest and highest total still possible, so that
//! a rule can say "CIWA-Ar ≥ 15" is certainly met, certainly not met, or not yet known.

/// One item of an instrument whose items have points of their own: `q!(id, points, nb, nn, en)`. A
/// macro, so that `text!` joins the three texts when the crate compiles (AUDIT, DUDIT).
macro_rules! q {
    ($id:expr, $points:expr, $nb:expr, $nn:expr, $en:expr $(,)?) => {
        InstrumentItem {
            id: $id,
            points: $points,
            label: text!($nb, $nn, $en),
        }
    };
}

pub mod audit;
pub mod ciwa_ar;
pub mod cows;
pub mod dudit;
pub mod gcs;
pub mod news2;
pub mod pawss;
pub mod wording;

use crate::errors::concat;
use crate::sources::Source;
use crate::text::{Lang, Text};
use serde::Serialize;

/// The range a total can still take: `lo == hi` when it is known.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

impl Interval {
    pub fn exact(v: f64) -> Interval {
        Interval { lo: v, hi: v }
    }

    pub fn total(&self) -> Option<f64> {
        (self.lo == self.hi).then_some(self.lo)
    }

    /// Certainly at least `threshold`.
    pub fn at_least(&self, threshold: f64) -> bool {
        self.lo >= threshold
    }

    /// Certainly at most `threshold`.
    pub fn at_most(&self, threshold: f64) -> bool {
        self.hi <= threshold
    }

    /// Whether "≥ threshold" is decided either way.
    pub fn decides_at_least(&self, threshold: f64) -> bool {
        self.lo >= threshold || self.hi < threshold
    }

    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        (lo <= hi).then_some(Interval { lo, hi })
    }
}

/// The points an instrument item may take.
#[derive(Clone, Copy, Debug)]
pub enum Points {
    /// Any whole number in `lo..=hi`.
    Range(u8, u8),
    /// Only these values (e.g. AUDIT Q9: 0, 2 or 4).
    Set(&'static [u8]),
    /// `true` (1 point) or `false` (0).
    Bool,
    /// `true` or `false`, scoring nothing: a gate that says whether the scale applies (PAWSS).
    Gate,
    /// `lo..=hi`, or `"nt"` when the component cannot be tested (GCS).
    RangeOrNotTestable(u8, u8),
}

impl Points {
    pub fn min(&self) -> f64 {
        match self {
            Points::Range(lo, _) | Points::RangeOrNotTestable(lo, _) => f64::from(*lo),
            Points::Set(values) => values.first().map_or(0.0, |v| f64::from(*v)),
            Points::Bool | Points::Gate => 0.0,
        }
    }

    pub fn max(&self) -> f64 {
        match self {
            Points::Range(_, hi) | Points::RangeOrNotTestable(_, hi) => f64::from(*hi),
            Points::Set(values) => values.last().map_or(0.0, |v| f64::from(*v)),
            Points::Bool => 1.0,
            Points::Gate => 0.0,
        }
    }

    /// Answered `true` or `false` (a JSON boolean) rather than with a number.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Points::Bool | Points::Gate)
    }

    pub fn allows(&self, v: f64) -> bool {
        if v.fract() != 0.0 {
            return false;
        }
        match self {
            Points::Range(lo, hi) | Points::RangeOrNotTestable(lo, hi) => {
                v >= f64::from(*lo) && v <= f64::from(*hi)
            }
            Points::Set(values) => values.iter().any(|p| f64::from(*p) == v),
            Points::Bool | Points::Gate => false,
        }
    }

    /// The allowed values, for error messages and forms.
    pub fn describe(&self) -> String {
        let number = |n: u8| crate::json::number_text(f64::from(n));
        match self {
            Points::Range(lo, hi) => concat(&[&number(*lo), "–", &number(*hi)]),
            Points::RangeOrNotTestable(lo, hi) => {
                concat(&[&number(*lo), "–", &number(*hi), ", `nt`"])
            }
            Points::Set(values) => values
                .iter()
                .map(|&v| number(v))
                .collect::<Vec<_>>()
                .join(", "),
            Points::Bool | Points::Gate => "true, false".to_string(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct InstrumentItem {
    pub id: &'static str,
    pub points: Points,
    pub label: Text,
}

/// Sex-specific and source-specific cut-offs (SPEC section 4).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cutoffs {
    pub ciwa_ar: CiwaCutoff,
    pub audit_c: AuditCCutoff,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CiwaCutoff {
    /// < 8 minimal, 8-14 moderate, ≥ 15 severe (VA / CamCOPS): the default.
    #[default]
    Va,
    /// < 10 minimal, 10-18 moderate, ≥ 19 severe (ASAM-style).
    Asam,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AuditCCutoff {
    /// men ≥ 4, women ≥ 3 (Bradley 2007): the default.
    #[default]
    Bradley,
    /// men ≥ 5, women ≥ 4.
    Swedish,
}

/// Sex for sex-specific cut-offs; `other` and absent use the more cautious (female) cut-off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CutoffSex {
    Male,
    Cautious,
}

/// What a band function needs besides the total.
#[derive(Clone, Copy, Debug)]
pub struct BandContext {
    pub sex: CutoffSex,
    pub cutoffs: Cutoffs,
}

/// The band of a known total.
#[derive(Clone, Debug)]
pub struct Band {
    pub id: &'static str,
    pub text: Text,
    pub flags: Vec<Flag>,
    /// The thresholds that applied, as a short text.
    pub thresholds: &'static str,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct Flag {
    pub id: &'static str,
    #[serde(skip)]
    pub text: Text,
}

/// An instrument: its items, its band function and the source of its thresholds.
#[derive(Clone, Copy, Debug)]
pub struct Instrument {
    pub id: &'static str,
    pub name: &'static str,
    pub items: &'static [InstrumentItem],
    /// The lowest and highest possible total.
    pub min_total: f64,
    pub max_total: f64,
    pub band: fn(f64, &BandContext) -> Band,
}

/// The instruments that take item answers or a total under `instruments` (NEWS2 is computed from the
/// vital signs in `answers`, see [`news2`]).
pub const INSTRUMENTS: [&Instrument; 7] = [
    &ciwa_ar::CIWA_AR,
    &cows::COWS,
    &audit::AUDIT,
    &audit::AUDIT_C,
    &dudit::DUDIT,
    &gcs::GCS,
    &pawss::PAWSS,
];

/// The flags a score report gives beside those of its band: (instrument id, flag).
pub const REPORT_FLAGS: [(&str, &Flag); 3] = [
    ("pawss", &pawss::THRESHOLD_NOT_MET),
    ("pawss", &pawss::THRESHOLD_UNKNOWN),
    ("news2", &news2::SINGLE_PARAMETER_3),
];

pub fn instrument(id: &str) -> Option<&'static Instrument> {
    INSTRUMENTS
        .iter()
        .copied()
        .find(|i| i.id == id)
        .or(if id == "news2" {
            Some(&news2::NEWS2)
        } else {
            None
        })
}

/// All instrument ids, NEWS2 included.
pub fn ids() -> impl Iterator<Item = &'static str> {
    INSTRUMENTS
        .iter()
        .map(|i| i.id)
        .chain(std::iter::once("news2"))
}

/// The answers to an instrument's items: `None` not given, `Some(None)` not testable.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ItemAnswers {
    pub values: Vec<Option<Option<f64>>>,
}

impl ItemAnswers {
    pub fn new(instrument: &Instrument) -> ItemAnswers {
        ItemAnswers {
            values: vec![None; instrument.items.len()],
        }
    }

    pub fn any(&self) -> bool {
        self.values.iter().any(Option::is_some)
    }

    /// The interval of totals these item answers allow.
    pub fn interval(&self, instrument: &Instrument) -> Interval {
        let mut lo = 0.0;
        let mut hi = 0.0;
        for (item, value) in instrument.items.iter().zip(&self.values) {
            match value {
                _ if matches!(item.points, Points::Gate) => {}
                Some(Some(v)) => {
                    lo += v;
                    hi += v;
                }
                _ => {
                    lo += item.points.min();
                    hi += item.points.max();
                }
            }
        }
        Interval { lo, hi }
    }

    /// The answer to the boolean item `k` (`None`: not given).
    pub fn flag(&self, k: usize) -> Option<bool> {
        match self.values.get(k) {
            Some(Some(Some(v))) => Some(*v != 0.0),
            _ => None,
        }
    }

    /// The ids of the items not answered (or not testable).
    pub fn missing(&self, instrument: &Instrument) -> Vec<&'static str> {
        instrument
            .items
            .iter()
            .zip(&self.values)
            .filter(|(_, v)| !matches!(v, Some(Some(_))))
            .map(|(i, _)| i.id)
            .collect()
    }
}

/// One instrument's result as reported in the output (`scores.<id>`).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ScoreReport {
    pub id: &'static str,
    pub name: &'static str,
    /// The total; `null` when items are missing or not testable, or the instrument is not valid here.
    pub total: Option<i64>,
    /// The lowest and highest total still possible from what is given.
    pub min: i64,
    pub max: i64,
    pub band: Option<&'static str>,
    pub band_text: Option<&'static str>,
    pub flags: Vec<FlagReport>,
    /// Items not given (or not testable), when the total is not known.
    pub missing_items: Vec<&'static str>,
    /// Why no total is given although all items are (NEWS2 under 16 or in pregnancy).
    pub not_valid: Option<&'static str>,
    pub thresholds: &'static str,
    pub sources: Vec<crate::sources::SourceRef>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FlagReport {
    pub id: &'static str,
    pub text: &'static str,
}

impl ScoreReport {
    pub fn new(
        instrument: &Instrument,
        interval: Interval,
        missing_items: Vec<&'static str>,
        context: &BandContext,
        lang: Lang,
    ) -> ScoreReport {
        let total = interval.total();
        let band = total.map(|t| (instrument.band)(t, context));
        let shown = band
            .clone()
            .unwrap_or_else(|| (instrument.band)(interval.hi, context));
        // Every instrument total is a whole number of points.
        ScoreReport {
            id: instrument.id,
            name: instrument.name,
            total: total.map(|t| t as i64),
            min: interval.lo as i64,
            max: interval.hi as i64,
            band: band.as_ref().map(|b| b.id),
            band_text: band.as_ref().map(|b| b.text.get(lang)),
            flags: band
                .map(|b| {
                    b.flags
                        .iter()
                        .map(|f| FlagReport {
                            id: f.id,
                            text: f.text.get(lang),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            missing_items: if total.is_some() {
                Vec::new()
            } else {
                missing_items
            },
            not_valid: None,
            thresholds: shown.thresholds,
            sources: crate::sources::refs(shown.source, lang),
        }
    }
}

/// `scores.<id>`: the one report builder of an instrument given under `instruments` (every instrument
/// but NEWS2, which [`news2::report`] builds), used by `score()` and by `evaluate()`. `pawss_gate` is
/// whether the PAWSS threshold is met (`score()` knows only the threshold item; `evaluate()` also the
/// substances and the blood alcohol).
pub fn report(
    given: &crate::input::InstrumentInput,
    pawss_gate: pawss::Gate,
    context: &BandContext,
    lang: Lang,
) -> ScoreReport {
    let instrument = given.instrument;
    let interval = given.interval().unwrap_or(Interval {
        lo: instrument.min_total,
        hi: instrument.max_total,
    });
    if instrument.id == pawss::PAWSS.id {
        return pawss::report(interval, &given.items, pawss_gate, context, lang);
    }
    ScoreReport::new(
        instrument,
        interval,
        given.items.missing(instrument),
        context,
        lang,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_tables_add_up_to_the_published_ranges() {
        for instrument in INSTRUMENTS {
            let lo: f64 = instrument.items.iter().map(|i| i.points.min()).sum();
            let hi: f64 = instrument.items.iter().map(|i| i.points.max()).sum();
            assert_eq!(
                (lo, hi),
                (instrument.min_total, instrument.max_total),
                "{}",
                instrument.id
            );
        }
    }

    #[test]
    fn intervals_decide_thresholds_only_when_certain() {
        let partial = Interval { lo: 5.0, hi: 30.0 };
        assert!(!partial.at_least(15.0));
        assert!(!partial.decides_at_least(15.0));
        assert!(Interval { lo: 15.0, hi: 30.0 }.at_least(15.0));
        assert!(Interval { lo: 0.0, hi: 14.0 }.decides_at_least(15.0));
    }
}
