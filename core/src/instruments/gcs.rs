//! Glasgow Coma Scale (Teasdale & Jennett 1974): eye 1-4, verbal 1-5, motor 1-6; total 3-15.
//! A component that cannot be tested (`"nt"`, e.g. verbal when intubated) gives no total.

use super::{Band, BandContext, Instrument, InstrumentItem, Points};
use crate::sources;

pub const GCS: Instrument = Instrument {
    id: "gcs",
    name: "GCS",
    items: &[
        InstrumentItem {
            id: "eye",
            points: Points::RangeOrNotTestable(1, 4),
            label: text!("Øyeåpning", "Augeopning", "Eye opening"),
        },
        InstrumentItem {
            id: "verbal",
            points: Points::RangeOrNotTestable(1, 5),
            label: text!("Verbal respons", "Verbal respons", "Verbal response"),
        },
        InstrumentItem {
            id: "motor",
            points: Points::RangeOrNotTestable(1, 6),
            label: text!("Motorisk respons", "Motorisk respons", "Motor response"),
        },
    ],
    min_total: 3.0,
    max_total: 15.0,
    band,
};

fn band(total: f64, _: &BandContext) -> Band {
    let (id, text) = if total <= 8.0 {
        (
            "severe",
            text!(
                "Alvorlig redusert bevissthet",
                "Alvorleg redusert medvit",
                "Severely reduced consciousness",
            ),
        )
    } else if total <= 12.0 {
        (
            "moderate",
            text!(
                "Moderat redusert bevissthet",
                "Moderat redusert medvit",
                "Moderately reduced consciousness",
            ),
        )
    } else {
        (
            "mild",
            text!(
                "Lett redusert eller normal bevissthet",
                "Lett redusert eller normalt medvit",
                "Mildly reduced or normal consciousness",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds: "≤ 8 severe, 9–12 moderate, 13–15 mild",
        source: sources::GCS,
    }
}
