//! NEWS2, National Early Warning Score 2 (Royal College of Physicians 2017), from the vital signs in
//! `answers`: respiration rate, SpO₂ (scale 1), air or oxygen, systolic pressure, pulse, consciousness
//! (ACVPU) and temperature.
//!
//! NEWS2 is not valid under 16 or in pregnancy (SPEC section 4): then no total is reported, but the
//! parameter points still count as SPEC 6 says for the age (the rules in `routing.rs` and
//! `criteria.rs`): from 16, and in pregnancy from 12, as published; from 12 to 15 up to the somatic
//! emergency level; under 12 only SpO₂ ≤ 91. A host's total (`instruments.news2.total`) counts from 12
//! and must agree with the parameters given.

use super::{Band, BandContext, Flag, FlagReport, Instrument, Interval, ScoreReport};
use crate::answers::Slot;
use crate::catalog::Item;
use crate::sources;
use crate::text::{Lang, Text};

/// The seven parameters, in RCP order.
pub const PARAMETERS: [Item; 7] = [
    Item::RespRate,
    Item::Spo2,
    Item::OnOxygen,
    Item::SystolicBp,
    Item::Pulse,
    Item::Consciousness,
    Item::Temperature,
];

/// The highest points of each parameter (air or oxygen gives at most 2).
pub const MAX_POINTS: [u8; 7] = [3, 3, 2, 3, 3, 3, 3];

/// From this age a host's NEWS2 total counts (and must agree with the parameters); under it, it is
/// ignored (SPEC 4 and 6).
pub const HOST_TOTAL_FROM_AGE: f64 = 12.0;
/// From this age NEWS2 is valid: a total is reported, and the sum alone can call for 113 (SPEC 6).
pub const VALID_FROM_AGE: f64 = 16.0;

/// A parameter's bands (RCP 2017): `(upper limit, points)`, the first band whose limit is at least the
/// value applies. The analysis takes its probe values from the same limits.
pub type Bands = &'static [(f64, u8)];

pub const RESP_RATE_BANDS: Bands = &[
    (8.0, 3),
    (11.0, 1),
    (20.0, 0),
    (24.0, 2),
    (f64::INFINITY, 3),
];
/// SpO₂ scale 1 (scale 2 is for hypercapnic respiratory failure and is not in the catalog).
pub const SPO2_BANDS: Bands = &[(91.0, 3), (93.0, 2), (95.0, 1), (f64::INFINITY, 0)];
pub const SYSTOLIC_BANDS: Bands = &[
    (90.0, 3),
    (100.0, 2),
    (110.0, 1),
    (219.0, 0),
    (f64::INFINITY, 3),
];
pub const PULSE_BANDS: Bands = &[
    (40.0, 3),
    (50.0, 1),
    (90.0, 0),
    (110.0, 1),
    (130.0, 2),
    (f64::INFINITY, 3),
];
pub const TEMPERATURE_BANDS: Bands = &[
    (35.0, 3),
    (36.0, 1),
    (38.0, 0),
    (39.0, 1),
    (f64::INFINITY, 2),
];

/// The bands of a numeric parameter.
pub fn bands(item: Item) -> Bands {
    match item {
        Item::RespRate => RESP_RATE_BANDS,
        Item::Spo2 => SPO2_BANDS,
        Item::SystolicBp => SYSTOLIC_BANDS,
        Item::Pulse => PULSE_BANDS,
        Item::Temperature => TEMPERATURE_BANDS,
        _ => &[],
    }
}

fn band_points(bands: Bands, value: f64) -> u8 {
    bands
        .iter()
        .find(|(limit, _)| value <= *limit)
        .map_or(0, |(_, points)| *points)
}

/// The points of one parameter answered `slot` (`None`: not given).
pub fn points(item: Item, slot: Slot) -> Option<u8> {
    match (item, slot) {
        (Item::OnOxygen, Slot::Yes) => Some(2),
        (Item::OnOxygen, Slot::No) => Some(0),
        // Alert 0; new confusion, voice, pain or unresponsive 3.
        (Item::Consciousness, Slot::Choice(c)) => Some(if c == 0 { 0 } else { 3 }),
        (_, Slot::Number(n)) if !bands(item).is_empty() => Some(band_points(bands(item), n)),
        _ => None,
    }
}

pub fn resp_rate_points(rate: f64) -> u8 {
    band_points(RESP_RATE_BANDS, rate)
}

pub fn spo2_points(spo2: f64) -> u8 {
    band_points(SPO2_BANDS, spo2)
}

pub fn systolic_points(bp: f64) -> u8 {
    band_points(SYSTOLIC_BANDS, bp)
}

pub fn pulse_points(pulse: f64) -> u8 {
    band_points(PULSE_BANDS, pulse)
}

pub fn temperature_points(celsius: f64) -> u8 {
    band_points(TEMPERATURE_BANDS, celsius)
}

/// Why NEWS2 gives no total here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotValid {
    Under16,
    Pregnancy,
}

impl NotValid {
    pub fn id(self) -> &'static str {
        match self {
            NotValid::Under16 => "under_16",
            NotValid::Pregnancy => "pregnancy",
        }
    }

    pub const fn text(self) -> Text {
        match self {
            NotValid::Under16 => text!(
                "NEWS2 er ikke validert for barn under 16 år: ingen sum er gitt, men parameterpoengene teller som regelen for alderen sier",
                "NEWS2 er ikkje validert for born under 16 år: ingen sum er gitt, men parameterpoenga tel slik regelen for alderen seier",
                "NEWS2 is not valid under 16 years of age: no total is given, but the parameter points count as the rule for the age says",
            ),
            NotValid::Pregnancy => text!(
                "NEWS2 er ikke validert i svangerskap: ingen sum er gitt, men parameterpoengene brukes fortsatt til å skjerpe hastegraden",
                "NEWS2 er ikkje validert i svangerskap: ingen sum er gitt, men parameterpoenga blir framleis brukte til å skjerpe hastegraden",
                "NEWS2 is not valid in pregnancy: no total is given, but the parameter points still raise the urgency",
            ),
        }
    }

    /// Why no total is reported for a patient of `age` (`None`: not known), pregnant or not.
    pub fn of(age: Option<f64>, pregnant: bool) -> Option<NotValid> {
        if age.is_some_and(|a| a < VALID_FROM_AGE) {
            Some(NotValid::Under16)
        } else if pregnant {
            Some(NotValid::Pregnancy)
        } else {
            None
        }
    }
}

/// What the parameters given (and a host's total) tell of the NEWS2 sum.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Sum {
    /// Points of each parameter in [`PARAMETERS`] order; `None` when not given.
    pub points: [Option<u8>; 7],
    /// The sums still possible: the points given, plus anything the missing parameters may add; a
    /// host's total that counts fixes it.
    pub interval: Interval,
    /// Some parameter is in its 3-point band.
    pub any_single_3: bool,
}

impl Sum {
    pub fn new(points: [Option<u8>; 7], host_total: Option<f64>) -> Sum {
        let mut lo = 0.0;
        let mut hi = 0.0;
        for (p, max) in points.iter().zip(MAX_POINTS) {
            lo += f64::from(p.unwrap_or(0));
            hi += f64::from(p.unwrap_or(max));
        }
        Sum {
            points,
            interval: host_total.map_or(Interval { lo, hi }, Interval::exact),
            any_single_3: points.contains(&Some(3)),
        }
    }

    /// Some vital sign is given.
    pub fn any_given(&self) -> bool {
        self.points.iter().any(Option::is_some)
    }

    /// The parameters a host's total leaves room for: `total` is a sum the given points and the missing
    /// parameters allow (SPEC 4: else `total_mismatch`).
    pub fn allows(points: &[Option<u8>; 7], total: f64) -> bool {
        let known: u8 = points.iter().map(|p| p.unwrap_or(0)).sum();
        let Some(rest) = whole_points(total - f64::from(known)) else {
            return false;
        };
        let mut sums: u32 = 1;
        for (p, item) in points.iter().zip(PARAMETERS) {
            if p.is_none() {
                sums = add_points(sums, possible_points(item));
            }
        }
        rest < 32 && sums & (1 << rest) != 0
    }
}

/// The points a parameter can score, as a bit set (bit k: k points).
pub fn possible_points(item: Item) -> u32 {
    match item {
        Item::OnOxygen => 0b101,
        Item::Consciousness => 0b1001,
        _ => 0b1111,
    }
}

/// The sums of `sums` plus one of `points` (both bit sets of point values).
pub fn add_points(sums: u32, points: u32) -> u32 {
    (0..4)
        .filter(|k| points & (1 << k) != 0)
        .fold(0, |acc, k| acc | (sums << k))
}

/// A whole number of points from 0 to 31, if `x` is one.
pub fn whole_points(x: f64) -> Option<u32> {
    ((0.0..32.0).contains(&x) && x.fract() == 0.0).then_some(x as u32)
}

/// NEWS2 under `instruments` accepts only `{ "total": n }`; its parameters are answers.
pub const NEWS2: Instrument = Instrument {
    id: "news2",
    name: "NEWS2",
    items: &[],
    min_total: 0.0,
    max_total: 20.0,
    band: news2_band,
};

fn news2_band(total: f64, _: &BandContext) -> Band {
    news2_band_with(total, false)
}

/// The band, where a single parameter scoring 3 makes a low total an urgent review (RCP 2017).
pub fn news2_band_with(total: f64, any_single_3: bool) -> Band {
    let (id, text) = if total >= 7.0 {
        (
            "high",
            text!(
                "Høy klinisk risiko: akutt respons",
                "Høg klinisk risiko: akutt respons",
                "High clinical risk: emergency response",
            ),
        )
    } else if total >= 5.0 {
        (
            "medium",
            text!(
                "Middels klinisk risiko: rask respons",
                "Middels klinisk risiko: rask respons",
                "Medium clinical risk: urgent response",
            ),
        )
    } else if any_single_3 {
        (
            "urgent_review",
            text!(
                "Én parameter gir 3 poeng: rask vurdering",
                "Éin parameter gir 3 poeng: rask vurdering",
                "A single parameter scores 3: urgent review",
            ),
        )
    } else if total >= 1.0 {
        (
            "low",
            text!(
                "Lav klinisk risiko",
                "Låg klinisk risiko",
                "Low clinical risk",
            ),
        )
    } else {
        (
            "routine",
            text!(
                "Rutinemessig oppfølging",
                "Rutinemessig oppfølging",
                "Routine monitoring",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds:
            "0 routine, 1–4 low, any single parameter 3 urgent review, 5–6 medium, ≥ 7 high",
        source: sources::NEWS2,
    }
}

const SINGLE_3: Text = text!(
    "Én parameter gir 3 poeng",
    "Éin parameter gir 3 poeng",
    "A single parameter scores 3",
);

/// The flag of a total with a single parameter scoring 3 (RCP 2017).
pub const SINGLE_PARAMETER_3: Flag = Flag {
    id: "single_parameter_3",
    text: SINGLE_3,
};

/// `scores.news2`: the one builder of the NEWS2 report, for `score("news2", …)` and for `evaluate`.
/// `host_total` is the host's total where it counts (from age 12); under 16 and in pregnancy no total
/// is reported (SPEC 4), but the points and the band of the parameters given still show.
pub fn report(
    points: [Option<u8>; 7],
    host_total: Option<f64>,
    not_valid: Option<NotValid>,
    context: &BandContext,
    lang: Lang,
) -> ScoreReport {
    let sum = Sum::new(points, host_total);
    let mut report = ScoreReport::new(&NEWS2, sum.interval, Vec::new(), context, lang);
    let band = sum
        .interval
        .total()
        .map(|t| news2_band_with(t, sum.any_single_3));
    report.band = band.as_ref().map(|b| b.id);
    report.band_text = band.as_ref().map(|b| b.text.get(lang));
    if report.total.is_none() {
        report.missing_items = PARAMETERS
            .iter()
            .zip(points)
            .filter(|(_, p)| p.is_none())
            .map(|(i, _)| i.id())
            .collect();
    }
    if sum.any_single_3 {
        report.flags.push(FlagReport {
            id: SINGLE_PARAMETER_3.id,
            text: SINGLE_PARAMETER_3.text.get(lang),
        });
    }
    if let Some(not_valid) = not_valid {
        report.total = None;
        report.band = None;
        report.band_text = None;
        report.not_valid = Some(not_valid.text().get(lang));
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn band_edges_follow_rcp_2017() {
        assert_eq!(resp_rate_points(8.0), 3);
        assert_eq!(resp_rate_points(9.0), 1);
        assert_eq!(resp_rate_points(11.0), 1);
        assert_eq!(resp_rate_points(12.0), 0);
        assert_eq!(resp_rate_points(20.0), 0);
        assert_eq!(resp_rate_points(21.0), 2);
        assert_eq!(resp_rate_points(24.0), 2);
        assert_eq!(resp_rate_points(25.0), 3);
        assert_eq!(
            [91.0, 92.0, 93.0, 94.0, 95.0, 96.0].map(spo2_points),
            [3, 2, 2, 1, 1, 0]
        );
        assert_eq!(
            [90.0, 91.0, 100.0, 101.0, 110.0, 111.0, 219.0, 220.0].map(systolic_points),
            [3, 2, 2, 1, 1, 0, 0, 3]
        );
        assert_eq!(
            [40.0, 41.0, 50.0, 51.0, 90.0, 91.0, 110.0, 111.0, 130.0, 131.0].map(pulse_points),
            [3, 1, 1, 0, 0, 1, 1, 2, 2, 3]
        );
        assert_eq!(
            [35.0, 35.1, 36.0, 36.1, 38.0, 38.1, 39.0, 39.1].map(temperature_points),
            [3, 1, 1, 0, 0, 1, 1, 2]
        );
    }

    #[test]
    fn bands_follow_rcp_2017() {
        assert_eq!(news2_band_with(0.0, false).id, "routine");
        assert_eq!(news2_band_with(4.0, false).id, "low");
        assert_eq!(news2_band_with(3.0, true).id, "urgent_review");
        assert_eq!(news2_band_with(5.0, false).id, "medium");
        assert_eq!(news2_band_with(6.0, true).id, "medium");
        assert_eq!(news2_band_with(7.0, false).id, "high");
    }
}
