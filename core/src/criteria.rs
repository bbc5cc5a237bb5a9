//! Acute indication: the five criteria for acute TSB (SPEC section 5).
//!
//! Sources (`sources.rs`): `hdir_avrusning_2016` (the guideline's chapter «Akutt rusbehandling /
//! øyeblikkelig hjelp»), `pbrl_oyeblikkelig_hjelp` (the right to emergency help) and `shtl_3_1`.
//!
//! Each criterion is a table of conditions in the rule language of `rules.rs`. It is met when any
//! condition holds on what is known; `not_met` only when no answers to the open required items could
//! make one hold; otherwise `undetermined`, naming the open items that could (`analysis.rs`, SPEC 5).
//! Unknown is never read as no (SPEC 1.2).

use crate::answers::{Answered, ItemSet, Tri};
use crate::catalog::Item;
use crate::facts::Facts;
use crate::instruments::{cows, news2, pawss};
use crate::rules::{Atom, Rule};
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

/// One way a criterion can be met: a row of the criterion's table.
pub struct Condition {
    pub id: &'static str,
    pub when: Rule,
    pub text: Text,
}

pub struct Criterion {
    pub id: &'static str,
    pub title: Text,
    pub sources: &'static [Source],
    /// Met when any of these holds.
    pub met_by: &'static [Condition],
    pub not_met: Text,
}

/// The result of one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub status: Status,
    /// Bit k set: condition k of `met_by` holds.
    pub met_by: u16,
    /// The open required items whose answers could meet an undetermined criterion (SPEC 5).
    pub missing: ItemSet,
}

const fn when(id: &'static str, when: Rule, text: Text) -> Condition {
    Condition { id, when, text }
}

use Atom::*;

/// Alcohol, benzodiazepines and GHB: withdrawal can give seizures and delirium (SPEC 5.3).
pub const WITHDRAWAL_SUBSTANCES: &[&str] = crate::answers::WITHDRAWAL_SUBSTANCES;
/// Stimulants, cocaine and hallucinogens: hyperthermia (SPEC 5.2 and 6).
pub const HYPERTHERMIA_SUBSTANCES: &[&str] = &["stimulants", "cocaine", "hallucinogens"];
/// From this temperature (°C), hyperthermia with stimulants, cocaine or hallucinogens.
pub const HYPERTHERMIA_FROM: f64 = 39.1;
/// Under this age, a child's rules (SPEC 6).
pub const CHILD_UNDER: f64 = 12.0;

const SOURCES: &[Source] = &[
    sources::ACUTE_TSB_GUIDELINE,
    sources::RIGHT_TO_EMERGENCY_HELP,
];

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
        &[
            &[Yes(Item::Pregnant), AnyBut(Item::Substances)],
            &[
                OneOf(Item::PregnancyTest, &["positive"]),
                AnyBut(Item::Substances),
            ],
        ],
        text!(
            "Gravid (eller positiv graviditetstest) og bruker rusmidler",
            "Gravid (eller positiv graviditetstest) og brukar rusmiddel",
            "Pregnant (or a positive pregnancy test) and using substances",
        ),
    )],
    not_met: text!(
        "Ikke oppfylt: ikke gravid, graviditet ikke aktuelt, eller ingen rusmiddelbruk",
        "Ikkje oppfylt: ikkje gravid, graviditet ikkje aktuelt, eller ingen rusmiddelbruk",
        "Not met: not pregnant, pregnancy not relevant, or no substance use",
    ),
};

/// Criterion 2: «Rusmiddelinntak som utgjør en umiddelbar fare for eget liv og helse, også overdose
/// uansett rusmiddel».
pub const DANGER_TO_LIFE: Criterion = Criterion {
    id: "danger_to_life",
    title: text!("Umiddelbar fare for liv og helse", "Umiddelbar fare for liv og helse", "Immediate danger to life and health"),
    sources: SOURCES,
    met_by: &[
        when("overdose", &[&[Yes(Item::SuspectedOverdose)]], text!("Mistanke om overdose eller forgiftning", "Mistanke om overdose eller forgifting", "Suspected overdose or poisoning")),
        when("naloxone_given", &[&[Yes(Item::NaloxoneGiven)]], text!("Nalokson er gitt", "Nalokson er gitt", "Naloxone has been given")),
        when("abnormal_breathing", &[&[Yes(Item::AbnormalBreathing)]], text!("Unormal pust", "Unormal pust", "Abnormal breathing")),
        when("red_flag_symptoms", &[&[Yes(Item::RedFlagSymptoms)]], text!("Røde flagg: brystsmerter, overoppheting, blek og klam hud eller mulig alvorlig skade", "Raude flagg: brystsmerter, overoppheting, blek og klam hud eller mogleg alvorleg skade", "Red flags: chest pain, overheating, pale and clammy skin or a possible serious injury")),
        when("suicide_attempt", &[&[Yes(Item::SuicideAttempt)]], text!("Selvmordsforsøk eller selvskading", "Sjølvmordsforsøk eller sjølvskading", "Suicide attempt or self-injury")),
        when("hyperthermia", &[&[AtLeast(Item::Temperature, HYPERTHERMIA_FROM), Uses(HYPERTHERMIA_SUBSTANCES)]], text!("Temperatur 39,1 °C eller høyere ved sentralstimulerende, kokain eller hallusinogener", "Temperatur 39,1 °C eller høgare ved sentralstimulerande, kokain eller hallusinogen", "Temperature 39.1 °C or higher with stimulants, cocaine or hallucinogens")),
        when("not_alert", &[&[AnsweredNot(Item::Consciousness, "alert")]], text!("Ikke våken (ACVPU under A)", "Ikkje vaken (ACVPU under A)", "Not alert (ACVPU below A)")),
        when("gcs_14", &[&[AtMost(Item::Gcs, 14.0)]], text!("GCS 14 eller lavere", "GCS 14 eller lågare", "GCS 14 or lower")),
        when("news2_5", &[&[News2AtLeast(5.0), AgeFrom(news2::HOST_TOTAL_FROM_AGE)]], text!("NEWS2-poeng 5 eller høyere", "NEWS2-poeng 5 eller høgare", "NEWS2 points 5 or higher")),
        when(
            "news2_single_3",
            &[&[News2Single3, AgeFrom(CHILD_UNDER)], &[AtMost(Item::Spo2, 91.0), AgeUnder(CHILD_UNDER)]],
            text!("Én NEWS2-parameter gir 3 poeng (under 12 år: SpO₂ 91 % eller lavere)", "Éin NEWS2-parameter gir 3 poeng (under 12 år: SpO₂ 91 % eller lågare)", "A single NEWS2 parameter scores 3 (under 12: SpO₂ 91% or lower)"),
        ),
        when("resp_rate_8", &[&[AtMost(Item::RespRate, 8.0)]], text!("Respirasjonsfrekvens 8 eller lavere", "Respirasjonsfrekvens 8 eller lågare", "Respiratory rate 8 or lower")),
        when("seizure", &[&[Yes(Item::Seizure)]], text!("Kramper nå eller siste døgn", "Krampar no eller siste døgeret", "Seizure now or in the last 24 hours")),
        when("delirium", &[&[Yes(Item::DeliriumNow)]], text!("Delirium nå", "Delirium no", "Current delirium")),
    ],
    not_met: text!(
        "Ikke oppfylt: ingen tegn til livsfare, og ingen ubesvarte spørsmål kan endre det",
        "Ikkje oppfylt: ingen teikn på livsfare, og ingen ubesvarte spørsmål kan endre det",
        "Not met: no sign of danger to life, and no open question could change that",
    ),
};

/// Criterion 3: «Personer som er i fare for å utvikle alvorlige abstinensreaksjoner».
pub const SEVERE_WITHDRAWAL: Criterion = Criterion {
    id: "severe_withdrawal",
    title: text!("Fare for alvorlige abstinensreaksjoner", "Fare for alvorlege abstinensreaksjonar", "Risk of severe withdrawal reactions"),
    sources: SOURCES,
    met_by: &[
        when("delirium", &[&[Yes(Item::DeliriumNow)]], text!("Delirium nå", "Delirium no", "Current delirium")),
        when(
            "seizure_with_withdrawal_substance",
            &[&[Yes(Item::Seizure), Uses(WITHDRAWAL_SUBSTANCES)]],
            text!("Kramper ved bruk av alkohol, benzodiazepiner eller GHB", "Krampar ved bruk av alkohol, benzodiazepin eller GHB", "Seizure with use of alcohol, benzodiazepines or GHB"),
        ),
        when(
            "history_with_daily_use",
            &[
                &[Yes(Item::PriorWithdrawalSeizure), Yes(Item::DailyUse), Uses(WITHDRAWAL_SUBSTANCES)],
                &[Yes(Item::PriorDelirium), Yes(Item::DailyUse), Uses(WITHDRAWAL_SUBSTANCES)],
            ],
            text!(
                "Tidligere abstinenskramper eller delir og daglig bruk av alkohol, benzodiazepiner eller GHB",
                "Tidlegare abstinenskrampar eller delir og dagleg bruk av alkohol, benzodiazepin eller GHB",
                "Earlier withdrawal seizures or delirium with daily use of alcohol, benzodiazepines or GHB",
            ),
        ),
        when(
            "daily_ghb",
            &[&[Yes(Item::DailyUse), Uses(&["ghb"])]],
            text!("Daglig bruk av GHB/GBL", "Dagleg bruk av GHB/GBL", "Daily use of GHB/GBL"),
        ),
        when(
            "benzodiazepine_withdrawal",
            &[&[Yes(Item::WithdrawalSigns), Yes(Item::DailyUse), Uses(&["benzodiazepines"])]],
            text!(
                "Abstinenssymptomer ved daglig bruk av benzodiazepiner (fare for kramper)",
                "Abstinenssymptom ved dagleg bruk av benzodiazepin (fare for krampar)",
                "Withdrawal signs with daily benzodiazepine use (risk of seizures)",
            ),
        ),
        when(
            "ciwa_ar_severe",
            &[&[CiwaArSevere]],
            text!("CIWA-Ar i alvorlig område", "CIWA-Ar i alvorleg område", "CIWA-Ar in the severe band"),
        ),
        when(
            "cows_25",
            &[&[AtLeast(Item::CowsScore, cows::MODERATELY_SEVERE_FROM)]],
            text!("COWS 25 eller høyere", "COWS 25 eller høgare", "COWS 25 or higher"),
        ),
        when(
            "pawss_4",
            &[
                &[PawssAtLeast(pawss::HIGH_RISK_FROM), PawssThreshold],
                &[PawssAtLeast(pawss::HIGH_RISK_FROM), Uses(&["alcohol"])],
                &[PawssAtLeast(pawss::HIGH_RISK_FROM), Above(Item::AlcoholPermille, 0.0)],
            ],
            text!("PAWSS 4 eller høyere, med terskelkriteriet oppfylt", "PAWSS 4 eller høgare, med terskelkriteriet oppfylt", "PAWSS 4 or higher, its threshold met"),
        ),
    ],
    not_met: text!(
        "Ikke oppfylt: ingen tegn til fare for alvorlig abstinens, og ingen ubesvarte spørsmål kan endre det",
        "Ikkje oppfylt: ingen teikn på fare for alvorleg abstinens, og ingen ubesvarte spørsmål kan endre det",
        "Not met: no sign of risk of severe withdrawal, and no open question could change that",
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
            &[&[Yes(Item::DangerToOthers)]],
            text!(
                "Trusler eller atferd som er farlig for andre",
                "Truslar eller åtferd som er farleg for andre",
                "Threats or behaviour dangerous to others",
            ),
        ),
        when(
            "danger_to_self",
            &[&[Yes(Item::DangerousBehaviourSelf)]],
            text!(
                "Rusrelatert atferd som er farlig for en selv",
                "Rusrelatert åtferd som er farleg for ein sjølv",
                "Intoxication-related behaviour dangerous to self",
            ),
        ),
    ],
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
    sources: &[sources::ACUTE_TSB_GUIDELINE, sources::ACUTE_CRISIS],
    met_by: &[when(
        "acute_social_risk",
        &[&[AnyBut(Item::AcuteSocialRisks)]],
        text!(
            "Akutt fare for alvorlig relasjonsbrudd, sosiale konsekvenser eller funksjonsfall",
            "Akutt fare for alvorleg relasjonsbrot, sosiale konsekvensar eller funksjonsfall",
            "Acute risk of serious relationship breakdown, social consequences or functional decline",
        ),
    )],
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
