//! PAWSS, Prediction of Alcohol Withdrawal Severity Scale (Maldonado 2014): a threshold item that says
//! whether the scale applies (any alcohol in the last 30 days, or a positive blood alcohol on
//! admission), then ten one-point items; ≥ 4 means high risk of complicated withdrawal (SPEC 4).
//!
//! The gate is met when the threshold item is `true`, alcohol is among the substances, or a blood
//! alcohol above 0 is given; with the threshold `false` the scale does not apply and there is no total;
//! with the gate open the total is reported (flag `threshold_unknown`) but decides nothing.

use super::{
    Band, BandContext, Flag, FlagReport, Instrument, InstrumentItem, Interval, ItemAnswers, Points,
    ScoreReport,
};
use crate::sources;
use crate::text::{Lang, Text};

/// One item (a macro: its texts are joined at compile time by `text!`).
macro_rules! item {
    ($id:expr, $nb:expr, $nn:expr, $en:expr $(,)?) => {
        InstrumentItem {
            id: $id,
            points: Points::Bool,
            label: text!($nb, $nn, $en),
        }
    };
}

pub const PAWSS: Instrument = Instrument {
    id: "pawss",
    name: "PAWSS",
    items: &[
        InstrumentItem {
            id: "threshold",
            points: Points::Gate,
            label: text!(
                "Drukket alkohol siste 30 dager, eller positiv promille ved innkomst",
                "Drukke alkohol siste 30 dagar, eller positiv promille ved innkomst",
                "Alcohol in the last 30 days, or positive blood alcohol on admission",
            ),
        },
        item!(
            "prior_withdrawal",
            "Tidligere abstinens",
            "Tidlegare abstinens",
            "Previous alcohol withdrawal",
        ),
        item!(
            "prior_seizures",
            "Tidligere abstinenskramper",
            "Tidlegare abstinenskrampar",
            "Previous withdrawal seizures",
        ),
        item!(
            "prior_delirium",
            "Tidligere delirium tremens",
            "Tidlegare delirium tremens",
            "Previous delirium tremens",
        ),
        item!(
            "prior_rehab",
            "Tidligere behandling for alkoholavhengighet",
            "Tidlegare behandling for alkoholavhengnad",
            "Previous alcohol rehabilitation",
        ),
        item!(
            "blackouts",
            "Hukommelsestap (blackouts)",
            "Minnetap (blackouts)",
            "Blackouts",
        ),
        item!(
            "alcohol_with_sedatives",
            "Alkohol sammen med beroligende siste 90 dager",
            "Alkohol saman med roande siste 90 dagar",
            "Alcohol with sedatives in the last 90 days",
        ),
        item!(
            "alcohol_with_other_substances",
            "Alkohol sammen med andre rusmidler siste 90 dager",
            "Alkohol saman med andre rusmiddel siste 90 dagar",
            "Alcohol with other substances in the last 90 days",
        ),
        item!(
            "recent_intoxication",
            "Beruset siste 30 dager",
            "Rusa siste 30 dagar",
            "Intoxicated in the last 30 days",
        ),
        item!(
            "bal_over_200",
            "Promille over 2 (BAL > 200 mg/dL) ved innkomst",
            "Promille over 2 (BAL > 200 mg/dL) ved innkomst",
            "Blood alcohol > 200 mg/dL on presentation",
        ),
        item!(
            "autonomic_hyperactivity",
            "Tegn på autonom hyperaktivitet",
            "Teikn på autonom hyperaktivitet",
            "Evidence of autonomic hyperactivity",
        ),
    ],
    min_total: 0.0,
    max_total: 10.0,
    band,
};

/// PAWSS total from which the risk of complicated withdrawal is high (SPEC 5.3).
pub const HIGH_RISK_FROM: f64 = 4.0;

pub const THRESHOLD_NOT_MET: Flag = Flag {
    id: "threshold_not_met",
    text: text!(
        "Terskelkriteriet er ikke oppfylt: skalaen gjelder pasienter som har drukket alkohol siste 30 dager",
        "Terskelkriteriet er ikkje oppfylt: skalaen gjeld pasientar som har drukke alkohol siste 30 dagar",
        "The threshold item is not met: the scale applies to patients who drank alcohol in the last 30 days",
    ),
};

pub const THRESHOLD_UNKNOWN: Flag = Flag {
    id: "threshold_unknown",
    text: text!(
        "Terskelkriteriet er ikke avklart: summen vises, men brukes ikke før det er kjent at pasienten har drukket alkohol siste 30 dager",
        "Terskelkriteriet er ikkje avklart: summen blir vist, men blir ikkje brukt før det er kjent at pasienten har drukke alkohol siste 30 dagar",
        "The threshold item is not settled: the total is shown, but not used until it is known that the patient drank alcohol in the last 30 days",
    ),
};

const NOT_APPLICABLE: Text = text!(
    "PAWSS gjelder ikke: pasienten har ikke drukket alkohol siste 30 dager",
    "PAWSS gjeld ikkje: pasienten har ikkje drukke alkohol siste 30 dagar",
    "PAWSS does not apply: the patient has not drunk alcohol in the last 30 days",
);

/// Whether the PAWSS threshold (the gate) is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Met,
    NotMet,
    Open,
}

impl Gate {
    /// The gate from the threshold item alone (the stand-alone score has no other answers).
    pub fn of(items: &ItemAnswers) -> Gate {
        match items.flag(0) {
            Some(true) => Gate::Met,
            Some(false) => Gate::NotMet,
            None => Gate::Open,
        }
    }
}

/// `scores.pawss`: the one builder of the PAWSS report, for `score("pawss", …)` and for `evaluate`.
pub fn report(
    interval: Interval,
    items: &ItemAnswers,
    gate: Gate,
    context: &BandContext,
    lang: Lang,
) -> ScoreReport {
    let mut report = ScoreReport::new(&PAWSS, interval, items.missing(&PAWSS), context, lang);
    let flag = match gate {
        Gate::Met => None,
        Gate::NotMet => {
            report.total = None;
            report.band = None;
            report.band_text = None;
            report.flags.clear();
            report.not_valid = Some(NOT_APPLICABLE.get(lang));
            Some(THRESHOLD_NOT_MET)
        }
        Gate::Open => Some(THRESHOLD_UNKNOWN),
    };
    report.flags.extend(flag.map(|f| FlagReport {
        id: f.id,
        text: f.text.get(lang),
    }));
    report
}

fn band(total: f64, _: &BandContext) -> Band {
    let (id, text) = if total >= HIGH_RISK_FROM {
        (
            "high_risk",
            text!(
                "Høy risiko for komplisert abstinens",
                "Høg risiko for komplisert abstinens",
                "High risk of complicated withdrawal",
            ),
        )
    } else {
        (
            "low_risk",
            text!(
                "Lav risiko for komplisert abstinens",
                "Låg risiko for komplisert abstinens",
                "Low risk of complicated withdrawal",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds: "≥ 4 high risk",
        source: sources::PAWSS,
    }
}
