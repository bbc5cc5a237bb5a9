//! AUDIT (WHO 2001) and AUDIT-C (Bradley 2007): alcohol use.
//! AUDIT: Q1-Q8 0-4, Q9-Q10 only 0, 2 or 4; total 0-40. AUDIT-C: Q1-Q3 of AUDIT, total 0-12.

use super::{
    AuditCCutoff, Band, BandContext, CutoffSex, Flag, Instrument, InstrumentItem, ItemAnswers,
    Points, ScoreReport,
};
use crate::sources;
use crate::text::Lang;

const ZERO_TO_FOUR: Points = Points::Range(0, 4);
const ZERO_TWO_FOUR: Points = Points::Set(&[0, 2, 4]);

const Q1: InstrumentItem = q!(
    "q1",
    ZERO_TO_FOUR,
    "Hvor ofte drikker du alkohol?",
    "Kor ofte drikk du alkohol?",
    "How often do you have a drink containing alcohol?",
);
const Q2: InstrumentItem = q!(
    "q2",
    ZERO_TO_FOUR,
    "Hvor mange alkoholenheter tar du en typisk dag du drikker?",
    "Kor mange alkoholeiningar tek du ein typisk dag du drikk?",
    "How many drinks containing alcohol do you have on a typical day when you are drinking?",
);
const Q3: InstrumentItem = q!(
    "q3",
    ZERO_TO_FOUR,
    "Hvor ofte drikker du seks alkoholenheter eller mer ved én anledning?",
    "Kor ofte drikk du seks alkoholeiningar eller meir ved eitt høve?",
    "How often do you have six or more drinks on one occasion?",
);

pub const AUDIT: Instrument = Instrument {
    id: "audit",
    name: "AUDIT",
    items: &[
        Q1,
        Q2,
        Q3,
        q!(
            "q4",
            ZERO_TO_FOUR,
            "Ikke klart å stoppe når du først har begynt",
            "Ikkje klart å stoppe når du først har byrja",
            "Not able to stop drinking once started",
        ),
        q!(
            "q5",
            ZERO_TO_FOUR,
            "Ikke gjort det som var forventet på grunn av drikking",
            "Ikkje gjort det som var venta på grunn av drikking",
            "Failed to do what was expected because of drinking",
        ),
        q!(
            "q6",
            ZERO_TO_FOUR,
            "Trengt en drink om morgenen for å komme i gang",
            "Trengt ein drink om morgonen for å kome i gang",
            "Needed a first drink in the morning",
        ),
        q!(
            "q7",
            ZERO_TO_FOUR,
            "Skyldfølelse eller anger etter drikking",
            "Skuldkjensle eller anger etter drikking",
            "Feeling of guilt or remorse after drinking",
        ),
        q!(
            "q8",
            ZERO_TO_FOUR,
            "Ikke husket hva som skjedde kvelden før",
            "Ikkje hugsa kva som hende kvelden før",
            "Unable to remember what happened the night before",
        ),
        q!(
            "q9",
            ZERO_TWO_FOUR,
            "Du eller andre er blitt skadet på grunn av drikkingen din",
            "Du eller andre er skadde på grunn av drikkinga di",
            "You or someone else injured because of your drinking",
        ),
        q!(
            "q10",
            ZERO_TWO_FOUR,
            "Andre har vært bekymret for drikkingen din",
            "Andre har vore uroa for drikkinga di",
            "Others concerned about your drinking",
        ),
    ],
    min_total: 0.0,
    max_total: 40.0,
    band: audit_band,
};

pub const AUDIT_C: Instrument = Instrument {
    id: "audit_c",
    name: "AUDIT-C",
    items: &[Q1, Q2, Q3],
    min_total: 0.0,
    max_total: 12.0,
    band: audit_c_band,
};

const INCREASED_RISK: Flag = Flag {
    id: "increased_risk",
    text: text!(
        "Økt risiko etter norsk grenseverdi (menn ≥ 8, kvinner ≥ 6)",
        "Auka risiko etter norsk grenseverdi (menn ≥ 8, kvinner ≥ 6)",
        "Increased risk by the Norwegian cut-off (men ≥ 8, women ≥ 6)",
    ),
};

fn audit_band(total: f64, context: &BandContext) -> Band {
    let increased_from = if context.sex == CutoffSex::Male {
        8.0
    } else {
        6.0
    };
    let (id, text) = if total >= 20.0 {
        (
            "possible_dependence",
            text!(
                "Sone IV: mulig avhengighet",
                "Sone IV: mogleg avhengnad",
                "Zone IV: possible dependence",
            ),
        )
    } else if total >= 16.0 {
        (
            "harmful",
            text!(
                "Sone III: skadelig bruk",
                "Sone III: skadeleg bruk",
                "Zone III: harmful use",
            ),
        )
    } else if total >= 8.0 {
        (
            "hazardous",
            text!(
                "Sone II: risikofylt bruk",
                "Sone II: risikofylt bruk",
                "Zone II: hazardous use",
            ),
        )
    } else if total >= increased_from {
        // The Norwegian cut-off for women flags increased risk inside zone I: the band says so too,
        // so that a band and its flag never contradict each other (SPEC 4).
        (
            "increased_risk",
            text!(
                "Sone I, men økt risiko etter norsk grenseverdi for kvinner (≥ 6)",
                "Sone I, men auka risiko etter norsk grenseverdi for kvinner (≥ 6)",
                "Zone I, but increased risk by the Norwegian cut-off for women (≥ 6)",
            ),
        )
    } else {
        (
            "low_risk",
            text!(
                "Sone I: lav risiko",
                "Sone I: låg risiko",
                "Zone I: low risk",
            ),
        )
    };
    let flags = if total >= increased_from {
        vec![INCREASED_RISK]
    } else {
        Vec::new()
    };
    Band {
        id,
        text,
        flags,
        thresholds: "zones 0–7, 8–15, 16–19, 20–40; increased risk men ≥ 8, women ≥ 6 (6–7 for women: band increased_risk)",
        source: sources::AUDIT,
    }
}

fn audit_c_band(total: f64, context: &BandContext) -> Band {
    let (men, women, thresholds, source) = match context.cutoffs.audit_c {
        AuditCCutoff::Bradley => (4.0, 3.0, "positive: men ≥ 4, women ≥ 3", sources::AUDIT_C),
        AuditCCutoff::Swedish => (
            5.0,
            4.0,
            "positive: men ≥ 5, women ≥ 4",
            sources::AUDIT_C_SWEDISH,
        ),
    };
    let positive_from = if context.sex == CutoffSex::Male {
        men
    } else {
        women
    };
    let (id, text) = if total >= positive_from {
        (
            "positive",
            text!("Positiv screening", "Positiv screening", "Positive screen"),
        )
    } else {
        (
            "negative",
            text!("Negativ screening", "Negativ screening", "Negative screen"),
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

/// AUDIT-C from the first three AUDIT items (SPEC 4: derived from `audit` when that is given).
pub fn audit_c_from_audit(audit: &ItemAnswers, context: &BandContext, lang: Lang) -> ScoreReport {
    let mut items = ItemAnswers::new(&AUDIT_C);
    for (c, a) in items.values.iter_mut().zip(&audit.values) {
        *c = *a;
    }
    ScoreReport::new(
        &AUDIT_C,
        items.interval(&AUDIT_C),
        items.missing(&AUDIT_C),
        context,
        lang,
    )
}
