//! NEWS2, National Early Warning Score 2 (Royal College of Physicians 2017), from the vital signs in
//! `answers`: respiration rate, SpO₂ (scale 1), air or oxygen, systolic pressure, pulse, consciousness
//! (ACVPU) and temperature.
//!
//! NEWS2 is not valid under 16 or in pregnancy (SPEC section 4): then no total is reported, but a
//! parameter in its 3-point band still counts. In pregnancy the sum of the parameter points is still
//! used as a floor for escalation, because `pregnant` is a risk item and turning it to yes must never
//! lower the level (SPEC 1.3, which overrides convenience everywhere). See docs/RULES.md.

use super::{Band, BandContext, Instrument, Interval};
use crate::answers::Answers;
use crate::catalog::Item;
use crate::sources;
use crate::text::Text;

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
const MAX_POINTS: [u8; 7] = [3, 3, 2, 3, 3, 3, 3];

pub fn resp_rate_points(rate: f64) -> u8 {
    match rate {
        r if r <= 8.0 => 3,
        r if r <= 11.0 => 1,
        r if r <= 20.0 => 0,
        r if r <= 24.0 => 2,
        _ => 3,
    }
}

/// SpO₂ scale 1 (scale 2 is for hypercapnic respiratory failure and is not in the catalog).
pub fn spo2_points(spo2: f64) -> u8 {
    match spo2 {
        s if s <= 91.0 => 3,
        s if s <= 93.0 => 2,
        s if s <= 95.0 => 1,
        _ => 0,
    }
}

pub fn oxygen_points(on_oxygen: bool) -> u8 {
    if on_oxygen {
        2
    } else {
        0
    }
}

pub fn systolic_points(bp: f64) -> u8 {
    match bp {
        b if b <= 90.0 => 3,
        b if b <= 100.0 => 2,
        b if b <= 110.0 => 1,
        b if b <= 219.0 => 0,
        _ => 3,
    }
}

pub fn pulse_points(pulse: f64) -> u8 {
    match pulse {
        p if p <= 40.0 => 3,
        p if p <= 50.0 => 1,
        p if p <= 90.0 => 0,
        p if p <= 110.0 => 1,
        p if p <= 130.0 => 2,
        _ => 3,
    }
}

/// Alert 0; new confusion, voice, pain or unresponsive 3.
pub fn consciousness_points(alert: bool) -> u8 {
    if alert {
        0
    } else {
        3
    }
}

pub fn temperature_points(celsius: f64) -> u8 {
    match celsius {
        t if t <= 35.0 => 3,
        t if t <= 36.0 => 1,
        t if t <= 38.0 => 0,
        t if t <= 39.0 => 1,
        _ => 2,
    }
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

    pub fn text(self) -> Text {
        match self {
            NotValid::Under16 => text!(
                "NEWS2 er ikke validert for barn under 16 år: ingen sum er gitt",
                "NEWS2 er ikkje validert for born under 16 år: ingen sum er gitt",
                "NEWS2 is not valid under 16 years of age: no total is given",
            ),
            NotValid::Pregnancy => text!(
                "NEWS2 er ikke validert i svangerskap: ingen sum er gitt, men parameterpoengene brukes fortsatt til å skjerpe hastegraden",
                "NEWS2 er ikkje validert i svangerskap: ingen sum er gitt, men parameterpoenga blir framleis brukte til å skjerpe hastegraden",
                "NEWS2 is not valid in pregnancy: no total is given, but the parameter points still raise the urgency",
            ),
        }
    }
}

/// NEWS2 as far as the answers tell it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct News2 {
    /// Points of each parameter in [`PARAMETERS`] order; `None` when not given.
    pub points: [Option<u8>; 7],
    /// The sum of the points, as an interval over the parameters not given.
    pub interval: Interval,
    /// Some parameter is in its 3-point band.
    pub any_single_3: bool,
    pub not_valid: Option<NotValid>,
}

impl News2 {
    pub fn from_answers(a: &Answers) -> News2 {
        let points = [
            a.number(Item::RespRate).map(resp_rate_points),
            a.number(Item::Spo2).map(spo2_points),
            match a.tri(Item::OnOxygen) {
                crate::answers::Tri::Yes => Some(oxygen_points(true)),
                crate::answers::Tri::No => Some(oxygen_points(false)),
                crate::answers::Tri::Unknown => None,
            },
            a.number(Item::SystolicBp).map(systolic_points),
            a.number(Item::Pulse).map(pulse_points),
            a.choice(Item::Consciousness)
                .map(|c| consciousness_points(c == "alert")),
            a.number(Item::Temperature).map(temperature_points),
        ];
        let mut lo = 0.0;
        let mut hi = 0.0;
        for (p, max) in points.iter().zip(MAX_POINTS) {
            lo += f64::from(p.unwrap_or(0));
            hi += f64::from(p.unwrap_or(max));
        }
        let pregnant = a.yes(Item::Pregnant) || a.is(Item::PregnancyTest, "positive");
        let not_valid = if a.number(Item::Age).is_some_and(|age| age < 16.0) {
            Some(NotValid::Under16)
        } else if pregnant {
            Some(NotValid::Pregnancy)
        } else {
            None
        };
        News2 {
            points,
            interval: Interval { lo, hi },
            any_single_3: points.contains(&Some(3)),
            not_valid,
        }
    }

    pub fn all_given(&self) -> bool {
        self.points.iter().all(Option::is_some)
    }

    /// Some vital sign is given.
    pub fn any_given(&self) -> bool {
        self.points.iter().any(Option::is_some)
    }

    /// The sum the routing rules compare with 5 and 7: the NEWS2 total where NEWS2 applies, the same sum
    /// of parameter points in pregnancy (never downgrade), and nothing under 16.
    pub fn for_escalation(&self) -> Option<Interval> {
        match self.not_valid {
            Some(NotValid::Under16) => None,
            _ => Some(self.interval),
        }
    }

    /// The total is certainly at least `threshold` (where a sum applies).
    pub fn at_least(&self, threshold: f64) -> bool {
        self.for_escalation().is_some_and(|i| i.at_least(threshold))
    }
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
        source: sources::RCP_NEWS2,
    }
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
