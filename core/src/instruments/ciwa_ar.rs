//! CIWA-Ar, Clinical Institute Withdrawal Assessment for Alcohol, revised (Sullivan 1989, public domain).
//! Nine items 0-7 and orientation 0-4; total 0-67.

use super::{Band, BandContext, CiwaCutoff, Instrument, InstrumentItem, Points};
use crate::sources;

/// One item (a macro: its texts are joined at compile time by `text!`).
macro_rules! item {
    ($id:expr, $max:expr, $nb:expr, $nn:expr, $en:expr $(,)?) => {
        InstrumentItem {
            id: $id,
            points: Points::Range(0, $max),
            label: text!($nb, $nn, $en),
        }
    };
}

pub const CIWA_AR: Instrument = Instrument {
    id: "ciwa_ar",
    name: "CIWA-Ar",
    items: &[
        item!(
            "nausea_vomiting",
            7,
            "Kvalme og oppkast",
            "Kvalme og oppkast",
            "Nausea and vomiting",
        ),
        item!("tremor", 7, "Skjelving", "Skjelving", "Tremor"),
        item!(
            "paroxysmal_sweats",
            7,
            "Anfallsvis svette",
            "Anfallsvis sveitte",
            "Paroxysmal sweats",
        ),
        item!("anxiety", 7, "Angst", "Angst", "Anxiety"),
        item!("agitation", 7, "Uro", "Uro", "Agitation"),
        item!(
            "tactile",
            7,
            "Føleforstyrrelser",
            "Kjenselsforstyrringar",
            "Tactile disturbances",
        ),
        item!(
            "auditory",
            7,
            "Hørselsforstyrrelser",
            "Høyrselsforstyrringar",
            "Auditory disturbances",
        ),
        item!(
            "visual",
            7,
            "Synsforstyrrelser",
            "Synsforstyrringar",
            "Visual disturbances",
        ),
        item!(
            "headache",
            7,
            "Hodepine, trykk i hodet",
            "Hovudverk, trykk i hovudet",
            "Headache, fullness in head",
        ),
        item!(
            "orientation",
            4,
            "Orientering og uklarhet",
            "Orientering og uklårleik",
            "Orientation and clouding of sensorium",
        ),
    ],
    min_total: 0.0,
    max_total: 67.0,
    band,
};

/// The total from which withdrawal counts as severe under the chosen cut-offs.
pub fn severe_from(cutoff: CiwaCutoff) -> f64 {
    match cutoff {
        CiwaCutoff::Va => 15.0,
        CiwaCutoff::Asam => 19.0,
    }
}

fn band(total: f64, context: &BandContext) -> Band {
    let (moderate, severe, thresholds, source) = match context.cutoffs.ciwa_ar {
        CiwaCutoff::Va => (
            8.0,
            15.0,
            "< 8 minimal, 8–14 moderate, ≥ 15 severe",
            sources::CIWA_AR,
        ),
        CiwaCutoff::Asam => (
            10.0,
            19.0,
            "< 10 minimal, 10–18 moderate, ≥ 19 severe",
            sources::CIWA_AR_ASAM,
        ),
    };
    let (id, text) = if total >= severe {
        (
            "severe",
            text!(
                "Alvorlig abstinens",
                "Alvorleg abstinens",
                "Severe withdrawal",
            ),
        )
    } else if total >= moderate {
        (
            "moderate",
            text!(
                "Moderat abstinens",
                "Moderat abstinens",
                "Moderate withdrawal",
            ),
        )
    } else {
        (
            "minimal",
            text!(
                "Minimal abstinens",
                "Minimal abstinens",
                "Minimal withdrawal",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds,
        source,
    }
}
