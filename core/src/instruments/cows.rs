//! COWS, Clinical Opiate Withdrawal Scale (Wesson & Ling 2003). Eleven items with item-specific points;
//! total 0-48.

use super::{Band, BandContext, Instrument, InstrumentItem, Points};
use crate::sources;

/// One item (a macro: its texts are joined at compile time by `text!`).
macro_rules! item {
    ($id:expr, $points:expr, $nb:expr, $nn:expr, $en:expr $(,)?) => {
        InstrumentItem {
            id: $id,
            points: Points::Set($points),
            label: text!($nb, $nn, $en),
        }
    };
}

pub const COWS: Instrument = Instrument {
    id: "cows",
    name: "COWS",
    items: &[
        item!(
            "resting_pulse",
            &[0, 1, 2, 4],
            "Hvilepuls",
            "Kvilepuls",
            "Resting pulse rate",
        ),
        item!(
            "sweating",
            &[0, 1, 2, 3, 4],
            "Svette",
            "Sveitte",
            "Sweating",
        ),
        item!(
            "restlessness",
            &[0, 1, 3, 5],
            "Rastløshet",
            "Rastløyse",
            "Restlessness",
        ),
        item!(
            "pupil_size",
            &[0, 1, 2, 5],
            "Pupillestørrelse",
            "Pupillstorleik",
            "Pupil size",
        ),
        item!(
            "bone_joint_aches",
            &[0, 1, 2, 4],
            "Ben- og leddsmerter",
            "Bein- og leddsmerter",
            "Bone or joint aches",
        ),
        item!(
            "runny_nose_tearing",
            &[0, 1, 2, 4],
            "Rennende nese, tåreflod",
            "Rennande nase, tåreflaum",
            "Runny nose or tearing",
        ),
        item!(
            "gi_upset",
            &[0, 1, 2, 3, 5],
            "Mage-tarm-plager",
            "Mage-tarm-plager",
            "GI upset",
        ),
        item!("tremor", &[0, 1, 2, 4], "Skjelving", "Skjelving", "Tremor"),
        item!("yawning", &[0, 1, 2, 4], "Gjesping", "Gjesping", "Yawning"),
        item!(
            "anxiety_irritability",
            &[0, 1, 2, 4],
            "Angst eller irritabilitet",
            "Angst eller irritabilitet",
            "Anxiety or irritability",
        ),
        item!(
            "gooseflesh",
            &[0, 3, 5],
            "Gåsehud",
            "Gåsehud",
            "Gooseflesh skin",
        ),
    ],
    min_total: 0.0,
    max_total: 48.0,
    band,
};

/// COWS total from which withdrawal counts as moderately severe (SPEC 5.3: COWS ≥ 25).
pub const MODERATELY_SEVERE_FROM: f64 = 25.0;

fn band(total: f64, _: &BandContext) -> Band {
    let (id, text) = if total > 36.0 {
        (
            "severe",
            text!(
                "Alvorlig abstinens",
                "Alvorleg abstinens",
                "Severe withdrawal",
            ),
        )
    } else if total >= MODERATELY_SEVERE_FROM {
        (
            "moderately_severe",
            text!(
                "Moderat alvorlig abstinens",
                "Moderat alvorleg abstinens",
                "Moderately severe withdrawal",
            ),
        )
    } else if total >= 13.0 {
        (
            "moderate",
            text!(
                "Moderat abstinens",
                "Moderat abstinens",
                "Moderate withdrawal",
            ),
        )
    } else if total >= 5.0 {
        (
            "mild",
            text!("Lett abstinens", "Lett abstinens", "Mild withdrawal"),
        )
    } else {
        (
            "none",
            text!(
                "Ingen aktiv abstinens",
                "Ingen aktiv abstinens",
                "No active withdrawal",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds: "5–12 mild, 13–24 moderate, 25–36 moderately severe, > 36 severe",
        source: sources::COWS,
    }
}
