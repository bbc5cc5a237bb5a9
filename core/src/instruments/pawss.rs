//! PAWSS, Prediction of Alcohol Withdrawal Severity Scale (Maldonado 2014): ten one-point items;
//! ≥ 4 means high risk of complicated withdrawal.

use super::{Band, BandContext, Flag, Instrument, InstrumentItem, Points};
use crate::sources;

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
        item!(
            "threshold",
            "Drukket alkohol siste 30 dager, eller positiv promille ved innkomst",
            "Drukke alkohol siste 30 dagar, eller positiv promille ved innkomst",
            "Alcohol in the last 30 days, or positive blood alcohol on admission",
        ),
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

const THRESHOLD_NOT_MET: Flag = Flag {
    id: "threshold_not_met",
    text: text!(
        "Terskelkriteriet er ikke oppfylt: skalaen er laget for pasienter som har drukket siste 30 dager",
        "Terskelkriteriet er ikkje oppfylt: skalaen er laga for pasientar som har drukke siste 30 dagar",
        "The threshold item is not met: the scale is meant for patients who drank in the last 30 days",
    ),
};

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

/// The flag shown when the threshold item is answered `false`.
pub fn threshold_flag() -> Flag {
    THRESHOLD_NOT_MET
}
