//! Care-level routing (SPEC section 6): the levels, most urgent first, and the triggers of each.
//! The highest triggered level wins; a lower level never hides a higher one (SPEC 1.3).
//!
//! Each trigger is a row: id, level, condition in the rule language of `rules.rs`, text and source.
//! NEWS2 counts by age (SPEC 6): from 16 (and in pregnancy from 12) as published; from 12 to 15 up to
//! `somatic_emergency`; under 12 only SpO₂ ≤ 91, and any substance intake is a poisoning.

use crate::answers::Answered;
use crate::catalog::Item;
use crate::criteria::{Indication, Status, Verdict};
use crate::facts::Facts;
use crate::messages::Row;
use crate::rules::{Atom, Rule};
use crate::sources::{self, Source};
use crate::text::Text;
use serde::Serialize;

/// The care levels, most urgent first (`Ord`: smaller is more urgent).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    #[serde(rename = "emergency_113")]
    Emergency113,
    SomaticEmergency,
    PsychiatricEmergency,
    TsbAcuteInpatient,
    TsbAcuteOutpatient,
    TsbPlanned,
    Municipal,
    Gp,
}

impl Level {
    pub const ALL: [Level; 8] = [
        Level::Emergency113,
        Level::SomaticEmergency,
        Level::PsychiatricEmergency,
        Level::TsbAcuteInpatient,
        Level::TsbAcuteOutpatient,
        Level::TsbPlanned,
        Level::Municipal,
        Level::Gp,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Level::Emergency113 => "emergency_113",
            Level::SomaticEmergency => "somatic_emergency",
            Level::PsychiatricEmergency => "psychiatric_emergency",
            Level::TsbAcuteInpatient => "tsb_acute_inpatient",
            Level::TsbAcuteOutpatient => "tsb_acute_outpatient",
            Level::TsbPlanned => "tsb_planned",
            Level::Municipal => "municipal",
            Level::Gp => "gp",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.id() == id)
    }

    /// More urgent than `other`.
    pub fn above(self, other: Level) -> bool {
        self < other
    }

    /// 113, somatic or psychiatric emergency.
    pub fn is_emergency(self) -> bool {
        self <= Level::PsychiatricEmergency
    }

    pub fn is_acute_tsb(self) -> bool {
        matches!(self, Level::TsbAcuteInpatient | Level::TsbAcuteOutpatient)
    }

    pub fn title(self) -> Text {
        match self {
            Level::Emergency113 => text!(
                "Ring 113: umiddelbar livsfare",
                "Ring 113: umiddelbar livsfare",
                "Call 113: immediate danger to life",
            ),
            Level::SomaticEmergency => text!(
                "Somatisk akuttmottak eller legevakt",
                "Somatisk akuttmottak eller legevakt",
                "Somatic emergency department or legevakt",
            ),
            Level::PsychiatricEmergency => text!(
                "Akutt vurdering i psykisk helsevern",
                "Akutt vurdering i psykisk helsevern",
                "Acute assessment in mental health care (PHV)",
            ),
            Level::TsbAcuteInpatient => text!(
                "Akutt TSB, døgn",
                "Akutt TSB, døgn",
                "Acute TSB, 24-hour care",
            ),
            Level::TsbAcuteOutpatient => text!(
                "Akutt TSB, poliklinisk eller ambulant",
                "Akutt TSB, poliklinisk eller ambulant",
                "Acute TSB, outpatient or ambulant",
            ),
            Level::TsbPlanned => text!(
                "Henvisning til TSB for vurdering",
                "Tilvising til TSB for vurdering",
                "Referral to TSB for assessment",
            ),
            Level::Municipal => text!(
                "Kommunale tjenester for psykisk helse og rus",
                "Kommunale tenester for psykisk helse og rus",
                "Municipal mental health and substance services",
            ),
            Level::Gp => text!("Fastlege", "Fastlege", "GP (fastlege)"),
        }
    }

    pub fn advice(self) -> Text {
        match self {
            Level::Emergency113 => text!(
                "Ring 113 nå. Sikre frie luftveier og følg med på pusten. Ved mistanke om forgiftning: Giftinformasjonen 22 59 13 00.",
                "Ring 113 no. Sikre frie luftvegar og følg med på pusten. Ved mistanke om forgifting: Giftinformasjonen 22 59 13 00.",
                "Call 113 now. Keep the airway open and watch the breathing. If poisoning is suspected: Giftinformasjonen 22 59 13 00.",
            ),
            Level::SomaticEmergency => text!(
                "Somatisk vurdering først, også når tilstanden skyldes rusmidler. TSB tar over når pasienten er somatisk stabil.",
                "Somatisk vurdering først, også når tilstanden kjem av rusmiddel. TSB tek over når pasienten er somatisk stabil.",
                "Somatic assessment first, even when the condition is caused by substances. TSB takes over when the patient is somatically stable.",
            ),
            Level::PsychiatricEmergency => text!(
                "Psykisk helsevern skal vurdere det akutte behovet, også når pasienten er ruset. Rusfrihet er ikke et vilkår.",
                "Psykisk helsevern skal vurdere det akutte behovet, også når pasienten er rusa. Rusfridom er ikkje eit vilkår.",
                "Mental health care must assess the acute need, even when the patient is intoxicated. Sobriety is not a precondition.",
            ),
            Level::TsbAcuteInpatient => text!(
                "Akutt døgnbehandling i TSB (rusakuttmottak, avrusning). Henvisning er ikke nødvendig.",
                "Akutt døgnbehandling i TSB (rusakuttmottak, avrusing). Tilvising er ikkje naudsynt.",
                "Acute 24-hour care in TSB (acute substance unit, detoxification). No referral is needed.",
            ),
            Level::TsbAcuteOutpatient => text!(
                "Akutt poliklinisk eller ambulant TSB (ruspoliklinikk med akuttansvar, ambulant team). Henvisning er ikke nødvendig.",
                "Akutt poliklinisk eller ambulant TSB (ruspoliklinikk med akuttansvar, ambulant team). Tilvising er ikkje naudsynt.",
                "Acute outpatient or ambulant TSB (substance outpatient clinic with acute duty, ambulant team). No referral is needed.",
            ),
            Level::TsbPlanned => text!(
                "Ikke akutt: henvis til TSB for vurdering av alvorlige og langvarige rusproblemer.",
                "Ikkje akutt: tilvis til TSB for vurdering av alvorlege og langvarige rusproblem.",
                "Not acute: refer to TSB for assessment of severe and long-lasting substance problems.",
            ),
            Level::Municipal => text!(
                "Ikke akutt: kommunens tjenester for psykisk helse og rus kan gi hjelp.",
                "Ikkje akutt: kommunen sine tenester for psykisk helse og rus kan gi hjelp.",
                "Not acute: the municipal mental health and substance services can help.",
            ),
            Level::Gp => text!(
                "Ikke akutt: fastlegen vurderer videre og kan henvise.",
                "Ikkje akutt: fastlegen vurderer vidare og kan tilvise.",
                "Not acute: the GP assesses further and can refer.",
            ),
        }
    }
}

/// One trigger of an emergency level: a row of the routing table.
pub struct Trigger {
    pub id: &'static str,
    pub level: Level,
    pub when: Rule,
    pub text: Text,
    pub source: Source,
}

const fn trigger(
    id: &'static str,
    level: Level,
    when: Rule,
    text: Text,
    source: Source,
) -> Trigger {
    Trigger {
        id,
        level,
        when,
        text,
        source,
    }
}

use crate::criteria::{CHILD_UNDER, HYPERTHERMIA_FROM, HYPERTHERMIA_SUBSTANCES};
use crate::instruments::news2::{HOST_TOTAL_FROM_AGE, VALID_FROM_AGE};
use Atom::*;

/// The emergency triggers, most urgent level first (SPEC section 6).
pub static TRIGGERS: &[Trigger] = &[
    // emergency_113: immediate life threat
    trigger(
        "emergency_consciousness",
        Level::Emergency113,
        &[&[OneOf(Item::Consciousness, &["pain", "unresponsive"])]],
        text!(
            "Reagerer bare på smerte eller reagerer ikke",
            "Reagerer berre på smerte eller reagerer ikkje",
            "Responds only to pain, or unresponsive",
        ),
        sources::NEWS2,
    ),
    trigger(
        "emergency_gcs_8",
        Level::Emergency113,
        &[&[AtMost(Item::Gcs, 8.0)]],
        text!("GCS 8 eller lavere", "GCS 8 eller lågare", "GCS 8 or lower"),
        sources::GCS,
    ),
    trigger(
        "emergency_resp_rate_8",
        Level::Emergency113,
        &[&[AtMost(Item::RespRate, 8.0)]],
        text!(
            "Respirasjonsfrekvens 8 eller lavere",
            "Respirasjonsfrekvens 8 eller lågare",
            "Respiratory rate 8 or lower",
        ),
        sources::NEWS2,
    ),
    trigger(
        "emergency_abnormal_breathing",
        Level::Emergency113,
        &[&[Yes(Item::AbnormalBreathing)]],
        text!(
            "Unormal pust: pustestopp, gisping, snorking eller gurgling",
            "Unormal pust: pustestopp, gisping, snorking eller gurgling",
            "Abnormal breathing: apnoea pauses, gasping, snoring or gurgling",
        ),
        sources::INDEX_SUBSTANCES,
    ),
    trigger(
        "emergency_news2_7",
        Level::Emergency113,
        &[
            &[News2AtLeast(7.0), AgeFrom(VALID_FROM_AGE)],
            &[News2AtLeast(7.0), Yes(Item::Pregnant), AgeFrom(HOST_TOTAL_FROM_AGE)],
            &[News2AtLeast(7.0), OneOf(Item::PregnancyTest, &["positive"]), AgeFrom(HOST_TOTAL_FROM_AGE)],
        ],
        text!(
            "NEWS2-poeng 7 eller høyere (fra 16 år, og i svangerskap fra 12 år)",
            "NEWS2-poeng 7 eller høgare (frå 16 år, og i svangerskap frå 12 år)",
            "NEWS2 points 7 or higher (from 16, and in pregnancy from 12)",
        ),
        sources::NEWS2,
    ),
    // somatic_emergency: somatic assessment first, even when caused by substances
    trigger(
        "somatic_acute_condition",
        Level::SomaticEmergency,
        &[&[Yes(Item::AcuteSomaticCondition)]],
        text!(
            "Akutt somatisk sykdom eller skade",
            "Akutt somatisk sjukdom eller skade",
            "Acute somatic illness or injury",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_red_flags",
        Level::SomaticEmergency,
        &[&[Yes(Item::RedFlagSymptoms)]],
        text!(
            "Røde flagg: brystsmerter, overoppheting, blek og klam hud eller mulig alvorlig skade",
            "Raude flagg: brystsmerter, overoppheting, blek og klam hud eller mogleg alvorleg skade",
            "Red flags: chest pain, overheating, pale and clammy skin or a possible serious injury",
        ),
        sources::INDEX_RED_FLAGS,
    ),
    trigger(
        "somatic_news2_5",
        Level::SomaticEmergency,
        &[&[News2AtLeast(5.0), AgeFrom(HOST_TOTAL_FROM_AGE)]],
        text!(
            "Ikke somatisk stabil: NEWS2-poeng 5 eller høyere",
            "Ikkje somatisk stabil: NEWS2-poeng 5 eller høgare",
            "Not somatically stable: NEWS2 points 5 or higher",
        ),
        sources::NEWS2,
    ),
    trigger(
        "somatic_news2_single_3",
        Level::SomaticEmergency,
        &[&[News2Single3, AgeFrom(CHILD_UNDER)]],
        text!(
            "Ikke somatisk stabil: én NEWS2-parameter gir 3 poeng",
            "Ikkje somatisk stabil: éin NEWS2-parameter gir 3 poeng",
            "Not somatically stable: a single NEWS2 parameter scores 3",
        ),
        sources::NEWS2,
    ),
    trigger(
        "somatic_hypoxia_under_12",
        Level::SomaticEmergency,
        &[&[AtMost(Item::Spo2, 91.0), AgeUnder(CHILD_UNDER)]],
        text!(
            "Barn under 12 år med SpO₂ 91 % eller lavere",
            "Barn under 12 år med SpO₂ 91 % eller lågare",
            "A child under 12 with SpO₂ 91% or lower",
        ),
        sources::NEWS2,
    ),
    trigger(
        "somatic_not_alert",
        Level::SomaticEmergency,
        &[&[AnsweredNot(Item::Consciousness, "alert")]],
        text!(
            "Ikke somatisk stabil: ikke våken",
            "Ikkje somatisk stabil: ikkje vaken",
            "Not somatically stable: not alert",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_gcs_14",
        Level::SomaticEmergency,
        &[&[AtMost(Item::Gcs, 14.0)]],
        text!(
            "Ikke somatisk stabil: GCS 14 eller lavere",
            "Ikkje somatisk stabil: GCS 14 eller lågare",
            "Not somatically stable: GCS 14 or lower",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_seizure",
        Level::SomaticEmergency,
        &[&[Yes(Item::Seizure)]],
        text!(
            "Kramper nå eller siste døgn",
            "Krampar no eller siste døgeret",
            "Seizure now or in the last 24 hours",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_delirium",
        Level::SomaticEmergency,
        &[&[Yes(Item::DeliriumNow)]],
        text!("Delirium nå", "Delirium no", "Current delirium"),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_hyperthermia",
        Level::SomaticEmergency,
        &[&[AtLeast(Item::Temperature, HYPERTHERMIA_FROM), Uses(HYPERTHERMIA_SUBSTANCES)]],
        text!(
            "Temperatur 39,1 °C eller høyere ved sentralstimulerende, kokain eller hallusinogener",
            "Temperatur 39,1 °C eller høgare ved sentralstimulerande, kokain eller hallusinogen",
            "Temperature 39.1 °C or higher with stimulants, cocaine or hallucinogens",
        ),
        sources::POISON_CENTRE,
    ),
    trigger(
        "somatic_overdose",
        Level::SomaticEmergency,
        &[&[Yes(Item::SuspectedOverdose), NotYes(Item::SomaticallyCleared)]],
        text!(
            "Mistenkt overdose eller forgiftning: somatisk vurdering til en lege har funnet pasienten stabil (tidlige vitale tegn er ofte normale)",
            "Mistenkt overdose eller forgifting: somatisk vurdering til ein lege har funne pasienten stabil (tidlege vitale teikn er ofte normale)",
            "Suspected overdose or poisoning: somatic assessment until a physician has found the patient stable (early vital signs are often normal)",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_naloxone",
        Level::SomaticEmergency,
        &[&[Yes(Item::NaloxoneGiven), NotYes(Item::SomaticallyCleared)]],
        text!(
            "Nalokson er gitt: observasjon, fare for ny sedasjon når virkningen går over",
            "Nalokson er gitt: observasjon, fare for ny sedasjon når verknaden går over",
            "Naloxone has been given: observation, risk of re-sedation when it wears off",
        ),
        sources::SOMATIC_FIRST,
    ),
    trigger(
        "somatic_suicide_attempt",
        Level::SomaticEmergency,
        &[&[Yes(Item::SuicideAttempt), NotYes(Item::SomaticallyCleared)]],
        text!(
            "Selvmordsforsøk eller selvskading: somatisk vurdering først",
            "Sjølvmordsforsøk eller sjølvskading: somatisk vurdering først",
            "Suicide attempt or self-injury: somatic assessment first",
        ),
        sources::INDEX_SUICIDE_ATTEMPT,
    ),
    trigger(
        "somatic_child_intake",
        Level::SomaticEmergency,
        &[&[AgeUnder(CHILD_UNDER), AnyBut(Item::Substances)]],
        text!(
            "Barn under 12 år som har fått i seg rusmidler: behandles som forgiftning",
            "Barn under 12 år som har fått i seg rusmiddel: blir behandla som forgifting",
            "A child under 12 who has taken substances: treated as a poisoning",
        ),
        sources::POISON_CENTRE,
    ),
    // psychiatric_emergency: acute assessment in PHV, whether or not substance-induced
    trigger(
        "psychiatric_psychosis",
        Level::PsychiatricEmergency,
        &[&[Yes(Item::Psychosis)]],
        text!(
            "Akutt psykose, rusutløst eller ikke",
            "Akutt psykose, rusutløyst eller ikkje",
            "Acute psychosis, substance-induced or not",
        ),
        sources::PSYCHIATRIC_FIRST,
    ),
    trigger(
        "psychiatric_suicide_risk",
        Level::PsychiatricEmergency,
        &[&[OneOf(Item::SuicideRisk, &["moderate", "high"])]],
        text!(
            "Moderat eller høy selvmordsrisiko",
            "Moderat eller høg sjølvmordsrisiko",
            "Moderate or high suicide risk",
        ),
        sources::PSYCHIATRIC_FIRST,
    ),
    trigger(
        "psychiatric_self_harm",
        Level::PsychiatricEmergency,
        &[&[Yes(Item::SelfHarmSigns)]],
        text!(
            "Snakker om selvmord eller om å skade seg selv",
            "Snakkar om sjølvmord eller om å skade seg sjølv",
            "Talks of suicide or of harming themself",
        ),
        sources::PSYCHIATRIC_FIRST,
    ),
    trigger(
        "psychiatric_suicide_attempt",
        Level::PsychiatricEmergency,
        &[&[Yes(Item::SuicideAttempt)]],
        text!(
            "Selvmordsforsøk eller selvskading: akutt vurdering i psykisk helsevern",
            "Sjølvmordsforsøk eller sjølvskading: akutt vurdering i psykisk helsevern",
            "Suicide attempt or self-injury: acute assessment in mental health care",
        ),
        sources::PSYCHIATRIC_FIRST,
    ),
    trigger(
        "psychiatric_disorder_with_danger",
        Level::PsychiatricEmergency,
        &[
            &[Yes(Item::SeriousMentalDisorder), Yes(Item::DangerToOthers)],
            &[Yes(Item::SeriousMentalDisorder), Yes(Item::DangerousBehaviourSelf)],
        ],
        text!(
            "Alvorlig psykisk lidelse med farlig atferd",
            "Alvorleg psykisk liding med farleg åtferd",
            "Serious mental disorder with dangerous behaviour",
        ),
        sources::PSYCHIATRIC_FIRST,
    ),
];

/// The non-acute level from severity and duration (`oslo_nivaer`): unknown goes to the GP, who can refer.
pub fn non_acute_level(f: &Facts) -> Level {
    let severe = f.a.choice(Item::ProblemSeverity).map(|s| s == "severe");
    let long = f.a.choice(Item::ProblemDuration).map(|d| d == "long");
    match (severe, long) {
        (Some(true), Some(true)) => Level::TsbPlanned,
        (Some(true), Some(false)) | (Some(false), Some(true)) => Level::Municipal,
        _ => Level::Gp,
    }
}

/// The acute TSB level when the indication holds: 24-hour care when criterion 1-4 is met, outpatient
/// or ambulant when only criterion 5 (acute social crisis) is met (`sources::ACUTE_OUTPATIENT`).
pub fn acute_tsb_level(verdicts: &[Verdict; 5]) -> Level {
    if verdicts[..4].iter().any(|v| v.status == Status::Met) {
        Level::TsbAcuteInpatient
    } else {
        Level::TsbAcuteOutpatient
    }
}

/// The routing decision: the level and the triggers that fired (bit k: `TRIGGERS[k]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub level: Level,
    pub fired: u32,
    /// The non-acute level, which applies when no acute level does.
    pub non_acute: Level,
}

/// The level from the triggers that hold (`fired`, bit k: `TRIGGERS[k]`), the indication and the
/// non-acute level.
pub fn route(f: &Facts, verdicts: &[Verdict; 5], indication: Indication, fired: u32) -> Route {
    let non_acute = non_acute_level(f);
    let mut level = non_acute;
    if indication == Indication::Indicated {
        level = level.min(acute_tsb_level(verdicts));
    }
    for (k, t) in TRIGGERS.iter().enumerate() {
        if fired & (1 << k) != 0 {
            level = level.min(t.level);
        }
    }
    Route {
        level,
        fired,
        non_acute,
    }
}

/// The national numbers (SPEC section 6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub id: &'static str,
    pub number: &'static str,
    #[serde(skip)]
    pub name: Text,
}

pub const EMERGENCY: Contact = Contact {
    id: "113",
    number: "113",
    name: text!(
        "Medisinsk nødtelefon",
        "Medisinsk naudtelefon",
        "Medical emergency",
    ),
};
/// The police, for a citizen told to call 112 and 113 (SPEC 9); never a level's contact.
pub const POLICE: Contact = Contact {
    id: "112",
    number: "112",
    name: text!("Politiet", "Politiet", "Police"),
};
pub const LEGEVAKT: Contact = Contact {
    id: "legevakt",
    number: "116 117",
    name: text!(
        "Legevakt",
        "Legevakt",
        "Out-of-hours emergency clinic (legevakt)",
    ),
};
pub const GIFTINFORMASJONEN: Contact = Contact {
    id: "giftinformasjonen",
    number: "22 59 13 00",
    name: text!(
        "Giftinformasjonen",
        "Giftinformasjonen",
        "Poison information (Giftinformasjonen)",
    ),
};

/// Every national number the routing names, for the docs.
pub const CONTACTS: [Contact; 4] = [EMERGENCY, POLICE, LEGEVAKT, GIFTINFORMASJONEN];

/// The national numbers that apply at `level`.
pub fn contacts(level: Level, f: &Facts) -> Vec<Contact> {
    // A suspected overdose, or any intake by a child under 12 (a poisoning, SPEC 6).
    let poisoning = f.a.yes(Item::SuspectedOverdose)
        || (f.a.number(Item::Age).is_some_and(|a| a < CHILD_UNDER)
            && f.a.substance_use() == crate::answers::Tri::Yes);
    let mut list = match level {
        Level::Emergency113 => vec![EMERGENCY],
        Level::SomaticEmergency | Level::PsychiatricEmergency => vec![LEGEVAKT, EMERGENCY],
        _ => vec![LEGEVAKT],
    };
    if poisoning {
        list.push(GIFTINFORMASJONEN);
    }
    list
}

/// The entry path into acute TSB by referrer (`referrer` choices; SPEC 6 "Entry path"). The list is
/// local organisation more than national rule: no public source lists it (docs/SOURCES.md).
pub static ENTRY_PATHS: &[(&[&str], Row)] = &[
    (
        &["gp"],
        Row {
            id: "entry_from_gp",
            text: text!(
            "Fra fastlege: til akutt vurdering på ruspoliklinikk med akuttansvar, eller innleggelse",
            "Frå fastlege: til akutt vurdering på ruspoliklinikk med akuttansvar, eller innlegging",
            "From the GP: to acute assessment at a substance outpatient clinic with acute duty, or admission",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["nav"],
        Row {
            id: "entry_from_nav",
            text: text!(
            "Fra NAV-sosialtjeneste: til ruspoliklinikk med akuttansvar eller TSB døgn",
            "Frå NAV-sosialtenesta: til ruspoliklinikk med akuttansvar eller TSB døgn",
            "From NAV social services: to a substance outpatient clinic with acute duty or 24-hour TSB",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["amk"],
        Row {
            id: "entry_from_amk",
            text: text!(
            "Fra AMK: til akuttmottak innen TSB (for eksempel ved overdose)",
            "Frå AMK: til akuttmottak innan TSB (til dømes ved overdose)",
            "From AMK: to an acute unit within TSB (for example after an overdose)",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["legevakt"],
        Row {
            id: "entry_from_legevakt",
            text: text!(
            "Fra legevakt: til rusakuttmottak eller ruspoliklinikk med akuttansvar",
            "Frå legevakt: til rusakuttmottak eller ruspoliklinikk med akuttansvar",
            "From legevakt: to an acute substance unit or a substance outpatient clinic with acute duty",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["somatic_ward"],
        Row {
            id: "entry_from_somatic_ward",
            text: text!(
            "Fra somatisk avdeling: overføring til TSB eller tilsyn (liaison) fra TSB",
            "Frå somatisk avdeling: overføring til TSB eller tilsyn (liaison) frå TSB",
            "From a somatic ward: transfer to TSB, or liaison from TSB",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["psychiatric_ward"],
        Row {
            id: "entry_from_psychiatric_ward",
            text: text!(
            "Fra psykiatrisk avdeling: overføring til TSB eller tilsyn (liaison) fra TSB",
            "Frå psykiatrisk avdeling: overføring til TSB eller tilsyn (liaison) frå TSB",
            "From a psychiatric ward: transfer to TSB, or liaison from TSB",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
    (
        &["self", "next_of_kin", "municipal", "other"],
        Row {
            id: "entry_without_referral",
            text: text!(
            "Akutt TSB krever ikke henvisning: kontakt legevakt (116 117) eller ruspoliklinikk med akuttansvar",
            "Akutt TSB krev ikkje tilvising: kontakt legevakt (116 117) eller ruspoliklinikk med akuttansvar",
            "Acute TSB needs no referral: contact legevakt (116 117) or a substance outpatient clinic with acute duty",
        ),
            source: sources::ENTRY_PATHS,
        },
    ),
];

/// The entry path of a referrer.
pub fn entry_path(referrer: &str) -> Option<&'static Row> {
    ENTRY_PATHS
        .iter()
        .find(|(referrers, _)| referrers.contains(&referrer))
        .map(|(_, row)| row)
}
