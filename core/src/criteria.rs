//! Acute indication: the five criteria for acute TSB (SPEC section 5).
//!
//! Source: Nasjonal faglig retningslinje for avrusning, «Akutt rusbehandling / øyeblikkelig hjelp»
//! (seed 000); pasient- og brukerrettighetsloven § 2-1 b; spesialisthelsetjenesteloven § 3-1.
//!
//! Each criterion is met when any of its conditions holds on the known facts. It is `not_met` only
//! when the facts that decide it are known and none holds; otherwise it is `undetermined` and names
//! the missing facts. Unknown is never read as no (SPEC 1.2).

use crate::answers::{ItemSet, Tri, WITHDRAWAL_SUBSTANCES};
use crate::catalog::Item;
use crate::facts::Facts;
use crate::instruments::{cows, pawss};
use crate::sources::{self, Source};
use crate::text::Text;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Met,
    NotMet,
    Undetermined,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Undetermined => "undetermined",
        }
    }
}

/// One way a criterion can be met.
pub struct Condition {
    pub id: &'static str,
    pub holds: fn(&Facts) -> bool,
    pub text: Text,
}

pub struct Criterion {
    pub id: &'static str,
    pub title: Text,
    pub sources: &'static [Source],
    /// Met when any of these holds.
    pub met_by: &'static [Condition],
    /// The facts still missing before the criterion can be `not_met` (empty: it is decided).
    pub deciding_facts: fn(&Facts) -> ItemSet,
    pub not_met: Text,
}

/// The result of one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// Bit k set: condition k of `met_by` holds.
    pub met_by: u16,
    /// The facts that would decide an undetermined criterion.
    pub missing: ItemSet,
}

impl Criterion {
    pub fn assess(&self, f: &Facts) -> Verdict {
        let mut met_by = 0u16;
        for (k, condition) in self.met_by.iter().enumerate() {
            if (condition.holds)(f) {
                met_by |= 1 << k;
            }
        }
        if met_by != 0 {
            return Verdict {
                status: Status::Met,
                met_by,
                missing: ItemSet::EMPTY,
            };
        }
        let missing = (self.deciding_facts)(f);
        let status = if missing.is_empty() {
            Status::NotMet
        } else {
            Status::Undetermined
        };
        Verdict {
            status,
            met_by,
            missing,
        }
    }
}

const fn when(id: &'static str, holds: fn(&Facts) -> bool, text: Text) -> Condition {
    Condition { id, holds, text }
}

const SOURCES: &[Source] = &[sources::NFR_AVRUSNING_AKUTT, sources::PBRL_2_1B];

/// The five criteria, in the order of the guideline.
pub static CRITERIA: [Criterion; 5] = [
    PREGNANCY,
    DANGER_TO_LIFE,
    SEVERE_WITHDRAWAL,
    DANGEROUS_BEHAVIOUR,
    SOCIAL_CRISIS,
];

/// Criterion 1: «Gravide kvinner som bruker rusmidler».
pub const PREGNANCY: Criterion = Criterion {
    id: "pregnancy",
    title: text!(
        "Gravid og bruker rusmidler",
        "Gravid og brukar rusmiddel",
        "Pregnant and using substances",
    ),
    sources: SOURCES,
    met_by: &[when(
        "pregnant_using_substances",
        |f| f.a.pregnant() && f.a.substance_use() == Tri::Yes,
        text!(
            "Gravid (eller positiv graviditetstest) og bruker rusmidler",
            "Gravid (eller positiv graviditetstest) og brukar rusmiddel",
            "Pregnant (or a positive pregnancy test) and using substances",
        ),
    )],
    deciding_facts: |f| {
        let a = &f.a;
        let mut missing = ItemSet::EMPTY;
        let not_pregnant = a.no(Item::Pregnant) && !a.is(Item::PregnancyTest, "positive");
        if a.substance_use() == Tri::No || !a.pregnancy_relevant() || not_pregnant {
            return missing;
        }
        a.need(Item::Substances, &mut missing);
        if !a.pregnant() {
            a.need(Item::Pregnant, &mut missing);
            a.need(Item::Sex, &mut missing);
        }
        missing
    },
    not_met: text!(
        "Ikke oppfylt: ikke gravid, graviditet ikke aktuelt, eller ingen rusmiddelbruk",
        "Ikkje oppfylt: ikkje gravid, graviditet ikkje aktuelt, eller ingen rusmiddelbruk",
        "Not met: not pregnant, pregnancy not relevant, or no substance use",
    ),
};

/// Criterion 2: «Rusmiddelinntak som utgjør en umiddelbar fare for eget liv og helse, også overdose uansett rusmiddel».
pub const DANGER_TO_LIFE: Criterion = Criterion {
    id: "danger_to_life",
    title: text!("Umiddelbar fare for liv og helse", "Umiddelbar fare for liv og helse", "Immediate danger to life and health"),
    sources: SOURCES,
    met_by: &[
        when("overdose", |f| f.a.yes(Item::SuspectedOverdose), text!("Mistanke om overdose eller forgiftning", "Mistanke om overdose eller forgifting", "Suspected overdose or poisoning")),
        when("not_alert", |f| f.a.known(Item::Consciousness) && !f.a.is(Item::Consciousness, "alert"), text!("Ikke våken (ACVPU under A)", "Ikkje vaken (ACVPU under A)", "Not alert (ACVPU below A)")),
        when("gcs_14", |f| f.gcs.at_most(14.0), text!("GCS 14 eller lavere", "GCS 14 eller lågare", "GCS 14 or lower")),
        when("news2_5", |f| f.news2.at_least(5.0), text!("NEWS2 5 eller høyere", "NEWS2 5 eller høgare", "NEWS2 5 or higher")),
        when("news2_single_3", |f| f.news2.any_single_3, text!("Én NEWS2-parameter gir 3 poeng", "Éin NEWS2-parameter gir 3 poeng", "A single NEWS2 parameter scores 3")),
        when("resp_rate_8", |f| f.a.number(Item::RespRate).is_some_and(|r| r <= 8.0), text!("Respirasjonsfrekvens 8 eller lavere", "Respirasjonsfrekvens 8 eller lågare", "Respiratory rate 8 or lower")),
        when("seizure", |f| f.a.yes(Item::Seizure), text!("Kramper nå eller siste døgn", "Krampar no eller siste døgeret", "Seizure now or in the last 24 hours")),
        when("delirium", |f| f.a.yes(Item::DeliriumNow), text!("Delirium nå", "Delirium no", "Current delirium")),
    ],
    // Overdose and consciousness must be known; vital signs only add.
    deciding_facts: |f| {
        let mut missing = ItemSet::EMPTY;
        f.a.need(Item::SuspectedOverdose, &mut missing);
        f.a.need(Item::Consciousness, &mut missing);
        missing
    },
    not_met: text!(
        "Ikke oppfylt: ingen mistanke om overdose, våken, og ingen tegn til livsfare i det som er kjent",
        "Ikkje oppfylt: ingen mistanke om overdose, vaken, og ingen teikn på livsfare i det som er kjent",
        "Not met: no suspected overdose, alert, and no sign of danger to life in what is known",
    ),
};

/// Criterion 3: «Personer som er i fare for å utvikle alvorlige abstinensreaksjoner».
pub const SEVERE_WITHDRAWAL: Criterion = Criterion {
    id: "severe_withdrawal",
    title: text!("Fare for alvorlige abstinensreaksjoner", "Fare for alvorlege abstinensreaksjonar", "Risk of severe withdrawal reactions"),
    sources: SOURCES,
    met_by: &[
        when("delirium", |f| f.a.yes(Item::DeliriumNow), text!("Delirium nå", "Delirium no", "Current delirium")),
        when(
            "seizure_with_withdrawal_substance",
            |f| f.a.yes(Item::Seizure) && f.a.uses_any(WITHDRAWAL_SUBSTANCES) == Tri::Yes,
            text!("Kramper ved bruk av alkohol, benzodiazepiner eller GHB", "Krampar ved bruk av alkohol, benzodiazepin eller GHB", "Seizure with use of alcohol, benzodiazepines or GHB"),
        ),
        when(
            "history_with_daily_use",
            |f| {
                (f.a.yes(Item::PriorWithdrawalSeizure) || f.a.yes(Item::PriorDelirium))
                    && f.a.yes(Item::DailyUse)
                    && f.a.uses_any(WITHDRAWAL_SUBSTANCES) == Tri::Yes
            },
            text!(
                "Tidligere abstinenskramper eller delir og daglig bruk av alkohol, benzodiazepiner eller GHB",
                "Tidlegare abstinenskrampar eller delir og dagleg bruk av alkohol, benzodiazepin eller GHB",
                "Earlier withdrawal seizures or delirium with daily use of alcohol, benzodiazepines or GHB",
            ),
        ),
        when(
            "daily_ghb",
            |f| f.a.yes(Item::DailyUse) && f.a.uses_any(&["ghb"]) == Tri::Yes,
            text!("Daglig bruk av GHB/GBL", "Dagleg bruk av GHB/GBL", "Daily use of GHB/GBL"),
        ),
        when(
            "ciwa_ar_severe",
            |f| f.ciwa_ar.at_least(f.ciwa_ar_severe_from),
            text!("CIWA-Ar i alvorlig område", "CIWA-Ar i alvorleg område", "CIWA-Ar in the severe band"),
        ),
        when(
            "cows_25",
            |f| f.cows.at_least(cows::MODERATELY_SEVERE_FROM),
            text!("COWS 25 eller høyere", "COWS 25 eller høgare", "COWS 25 or higher"),
        ),
        when(
            "pawss_4",
            |f| f.pawss.at_least(pawss::HIGH_RISK_FROM),
            text!("PAWSS 4 eller høyere", "PAWSS 4 eller høgare", "PAWSS 4 or higher"),
        ),
    ],
    deciding_facts: |f| {
        let a = &f.a;
        let mut missing = ItemSet::EMPTY;
        a.need(Item::Seizure, &mut missing);
        a.need(Item::DeliriumNow, &mut missing);
        match a.uses_any(WITHDRAWAL_SUBSTANCES) {
            Tri::Unknown => {
                missing.insert(Item::Substances);
                a.need(Item::DailyUse, &mut missing);
            }
            Tri::Yes => {
                a.need(Item::DailyUse, &mut missing);
                if a.yes(Item::DailyUse) {
                    a.need(Item::PriorWithdrawalSeizure, &mut missing);
                    a.need(Item::PriorDelirium, &mut missing);
                }
            }
            Tri::No => {}
        }
        if a.yes(Item::WithdrawalSigns) {
            if a.uses_any(&["alcohol", "benzodiazepines"]) == Tri::Yes && !f.ciwa_ar.decides_at_least(f.ciwa_ar_severe_from) {
                missing.insert(Item::CiwaArScore);
            }
            if a.uses_any(&["opioids"]) == Tri::Yes && !f.cows.decides_at_least(cows::MODERATELY_SEVERE_FROM) {
                missing.insert(Item::CowsScore);
            }
        }
        missing
    },
    not_met: text!(
        "Ikke oppfylt: ingen kramper, ikke delir, og ingen tegn til fare for alvorlig abstinens",
        "Ikkje oppfylt: ingen krampar, ikkje delir, og ingen teikn på fare for alvorleg abstinens",
        "Not met: no seizure, no delirium, and no sign of risk of severe withdrawal",
    ),
};

/// Criterion 4: «Rusmiddelinntak som gir atferdsendring med fare for liv og helse for seg selv eller andre».
pub const DANGEROUS_BEHAVIOUR: Criterion = Criterion {
    id: "dangerous_behaviour",
    title: text!(
        "Farlig atferd for seg selv eller andre",
        "Farleg åtferd for seg sjølv eller andre",
        "Behaviour dangerous to self or others",
    ),
    sources: SOURCES,
    met_by: &[
        when(
            "danger_to_others",
            |f| f.a.yes(Item::DangerToOthers),
            text!(
                "Trusler eller atferd som er farlig for andre",
                "Truslar eller åtferd som er farleg for andre",
                "Threats or behaviour dangerous to others",
            ),
        ),
        when(
            "danger_to_self",
            |f| f.a.yes(Item::DangerousBehaviourSelf),
            text!(
                "Rusrelatert atferd som er farlig for en selv",
                "Rusrelatert åtferd som er farleg for ein sjølv",
                "Intoxication-related behaviour dangerous to self",
            ),
        ),
    ],
    deciding_facts: |f| {
        let mut missing = ItemSet::EMPTY;
        f.a.need(Item::DangerToOthers, &mut missing);
        f.a.need(Item::DangerousBehaviourSelf, &mut missing);
        missing
    },
    not_met: text!(
        "Ikke oppfylt: ingen farlig atferd for seg selv eller andre",
        "Ikkje oppfylt: inga farleg åtferd for seg sjølv eller andre",
        "Not met: no behaviour dangerous to self or others",
    ),
};

/// Criterion 5: «Rusmiddelinntak som kan føre til akutt fare for alvorlige relasjonsbrudd, sosiale
/// konsekvenser eller funksjonsfall».
pub const SOCIAL_CRISIS: Criterion = Criterion {
    id: "social_crisis",
    title: text!("Akutt rusrelatert krise", "Akutt rusrelatert krise", "Acute substance-related crisis"),
    sources: &[sources::NFR_AVRUSNING_AKUTT, sources::SEED000_KRISE],
    met_by: &[when(
        "acute_social_risk",
        |f| f.a.has_any_but_none(Item::AcuteSocialRisks),
        text!(
            "Akutt fare for alvorlig relasjonsbrudd, sosiale konsekvenser eller funksjonsfall",
            "Akutt fare for alvorleg relasjonsbrot, sosiale konsekvensar eller funksjonsfall",
            "Acute risk of serious relationship breakdown, social consequences or functional decline",
        ),
    )],
    deciding_facts: |f| {
        let mut missing = ItemSet::EMPTY;
        f.a.need(Item::AcuteSocialRisks, &mut missing);
        missing
    },
    not_met: text!(
        "Ikke oppfylt: ingen akutt sosial risiko",
        "Ikkje oppfylt: ingen akutt sosial risiko",
        "Not met: no acute social risk",
    ),
};

/// Overall indication (SPEC section 5, "Overall").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Indication {
    Indicated,
    NotIndicated,
    Undetermined,
}

/// Whether help is «påtrengende nødvendig»: presumed when a criterion is met, unless the clinician says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Necessity {
    Presumed,
    Confirmed,
    Overruled,
}

/// Why the indication is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndicationBasis {
    NoSubstanceUse,
    NecessityOverruled,
    CriterionMet,
    NoCriterionMet,
    Open,
}

pub fn indication(verdicts: &[Verdict; 5], f: &Facts) -> (Indication, IndicationBasis, Necessity) {
    let necessity = match f.a.tri(Item::UrgentNecessity) {
        Tri::Yes => Necessity::Confirmed,
        Tri::No => Necessity::Overruled,
        Tri::Unknown => Necessity::Presumed,
    };
    let any_met = verdicts.iter().any(|v| v.status == Status::Met);
    let all_not_met = verdicts.iter().all(|v| v.status == Status::NotMet);
    let (indication, basis) = if f.a.substance_use() == Tri::No {
        (Indication::NotIndicated, IndicationBasis::NoSubstanceUse)
    } else if necessity == Necessity::Overruled {
        (
            Indication::NotIndicated,
            IndicationBasis::NecessityOverruled,
        )
    } else if any_met && f.a.substance_use() == Tri::Yes {
        (Indication::Indicated, IndicationBasis::CriterionMet)
    } else if all_not_met {
        (Indication::NotIndicated, IndicationBasis::NoCriterionMet)
    } else {
        (Indication::Undetermined, IndicationBasis::Open)
    };
    (indication, basis, necessity)
}
