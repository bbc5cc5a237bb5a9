//! The item catalog (SPEC section 3): the single source of truth for every question the engine reads.
//!
//! Each item has its public id, its assessment domain, its type with allowed values or range, its
//! polarity (tri items), the condition under which it is required, and its label and help in nb, nn
//! and en. Forms, the FHIR Questionnaire, completeness and input validation are all derived from this
//! table, so no question is ever written twice. `docs/CATALOG.md` is generated from it.

use crate::text::Text;
use serde::Serialize;

/// Every item the engine reads, in catalog order (the order of SPEC section 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum Item {
    // Context
    Age,
    Sex,
    Referrer,
    // Substance use
    Substances,
    DailyUse,
    HoursSinceLastIntake,
    Injecting,
    PriorWithdrawalSeizure,
    PriorDelirium,
    OtherAddictions,
    SubstanceUseDominant,
    Oat,
    OatMissedDoses,
    // Somatic
    AcuteSomaticCondition,
    SuspectedOverdose,
    SomaticallyCleared,
    RedFlagSymptoms,
    Consciousness,
    Gcs,
    RespRate,
    Spo2,
    SystolicBp,
    Pulse,
    Temperature,
    OnOxygen,
    Seizure,
    DeliriumNow,
    WithdrawalSigns,
    Pregnant,
    AbnormalBreathing,
    NaloxoneGiven,
    CiwaArScore,
    CowsScore,
    // Mental health
    Psychosis,
    SuicideRisk,
    SelfHarmSigns,
    SuicideAttempt,
    DangerToOthers,
    DangerousBehaviourSelf,
    SeriousMentalDisorder,
    // Social
    Housing,
    WorkOrEducation,
    FinancialProblems,
    MinorChildren,
    ChildrenAtRisk,
    Network,
    ProfessionalNetwork,
    AcuteSocialRisks,
    CollateralInformation,
    ReachableByPhone,
    FixedAddress,
    HasBankid,
    RecentDischarge,
    AcuteAdmissions12m,
    MissedAppointments,
    // Samples
    UrineDrugScreen,
    AlcoholTest,
    AlcoholPermille,
    PregnancyTest,
    BloodTests,
    // Clinical judgement
    UrgentNecessity,
    ProblemSeverity,
    ProblemDuration,
}

impl Item {
    pub const COUNT: usize = 63;

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn def(self) -> &'static ItemDef {
        &CATALOG[self.index()]
    }

    pub fn id(self) -> &'static str {
        self.def().id
    }

    pub fn from_id(id: &str) -> Option<Item> {
        Item::from_id_after(id, None)
    }

    /// [`Item::from_id`], searching from the item after `previous` on, then from the start: an input
    /// lists its answers mostly in catalog order (as the forms ask them), and then the first item
    /// looked at is the one.
    pub fn from_id_after(id: &str, previous: Option<Item>) -> Option<Item> {
        let start = previous.map_or(0, |p| p.index() + 1);
        let (before, after) = CATALOG.split_at_checked(start).unwrap_or((&CATALOG, &[]));
        // Lengths first: in the small wasm build a string comparison is a call, and most ids differ
        // in length.
        after
            .iter()
            .chain(before)
            .find(|d| d.id.len() == id.len() && d.id == id)
            .map(|d| d.item)
    }

    pub fn all() -> impl Iterator<Item = Item> {
        CATALOG.iter().map(|d| d.item)
    }

    /// The allowed range of a numeric item.
    pub fn range(self) -> Option<(f64, f64)> {
        match self.def().kind {
            Kind::Int { min, max, .. } => Some((min as f64, max as f64)),
            Kind::Number { min, max, .. } => Some((min, max)),
            _ => None,
        }
    }

    /// Asked of a citizen (SPEC 9): the item has a citizen wording (`citizen_wording.rs`).
    pub fn for_citizen(self) -> bool {
        crate::citizen_wording::wording(self).is_some()
    }
}

/// The five assessment domains (SPEC section 3, seed 000 «Undersøkelse og vurdering av»).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Domain {
    SubstanceUse,
    Somatic,
    MentalHealth,
    Social,
    Samples,
}

impl Domain {
    pub const ALL: [Domain; 5] = [
        Domain::SubstanceUse,
        Domain::Somatic,
        Domain::MentalHealth,
        Domain::Social,
        Domain::Samples,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Domain::SubstanceUse => "substance_use",
            Domain::Somatic => "somatic",
            Domain::MentalHealth => "mental_health",
            Domain::Social => "social",
            Domain::Samples => "samples",
        }
    }

    pub fn title(self) -> Text {
        match self {
            Domain::SubstanceUse => text!(
                "Rusmiddelbruk og annen avhengighet",
                "Rusmiddelbruk og anna avhengnad",
                "Substance use and other dependency",
            ),
            Domain::Somatic => text!(
                "Somatisk helse og ev. forgiftning",
                "Somatisk helse og ev. forgifting",
                "Somatic health and possible poisoning",
            ),
            Domain::MentalHealth => text!("Psykisk helse", "Psykisk helse", "Mental health"),
            Domain::Social => text!(
                "Aktuell sosial situasjon",
                "Aktuell sosial situasjon",
                "Current social situation",
            ),
            Domain::Samples => text!("Innkomstprøver", "Innkomstprøver", "Admission samples"),
        }
    }
}

/// Where an item belongs: context (no domain), one of the five domains, or the clinician's judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Context,
    Domain(Domain),
    Judgement,
}

impl Section {
    pub fn id(self) -> &'static str {
        match self {
            Section::Context => "context",
            Section::Domain(d) => d.id(),
            Section::Judgement => "judgement",
        }
    }
}

/// Whether `yes` is worse (risk) or better (protective) for a tri item (SPEC 1.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Risk,
    Protective,
    /// `urgent_necessity`: the clinician's overrule, outside the monotonicity rule.
    Judgement,
}

/// One allowed value of a choice or multi-choice item.
#[derive(Clone, Copy, Debug)]
pub struct Choice {
    pub id: &'static str,
    pub label: Text,
}

/// The type of an item and what it accepts.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// `"yes"`, `"no"` or `"unknown"`.
    Tri(Polarity),
    /// A whole number within `min..=max`.
    Int {
        min: i64,
        max: i64,
        unit: &'static str,
    },
    /// A number within `min..=max`.
    Number {
        min: f64,
        max: f64,
        unit: &'static str,
    },
    /// One of the choices.
    Choice(&'static [Choice]),
    /// A non-empty set of the choices; `none`, where offered, stands alone.
    Multi(&'static [Choice]),
}

impl Kind {
    pub fn choices(&self) -> &'static [Choice] {
        match self {
            Kind::Choice(c) | Kind::Multi(c) => c,
            _ => &[],
        }
    }
}

/// The unit as a reader writes it: words are translated, symbols are the same in every language.
pub fn unit_label(unit: &'static str) -> Text {
    match unit {
        "years" => text!("år", "år", "years"),
        "hours" => text!("timer", "timar", "hours"),
        symbol => Text::same(symbol),
    }
}

/// When an item is required for completeness (SPEC sections 3 and 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Required {
    Never,
    Always,
    /// `substances` holds alcohol, benzodiazepines or ghb.
    IfWithdrawalSubstance,
    /// `sex` is not `male` and `age` is not known to be outside 12-55 (absent sex or age count as relevant).
    IfPregnancyRelevant,
    /// `withdrawal_signs` is yes and alcohol is used (CIWA-Ar is validated for alcohol withdrawal only).
    IfAlcoholWithdrawal,
    /// `withdrawal_signs` is yes and opioids are used.
    IfOpioidWithdrawal,
    /// `minor_children` is yes.
    IfMinorChildren,
    /// `oat` is yes.
    IfOat,
}

/// One catalog entry.
#[derive(Clone, Copy, Debug)]
pub struct ItemDef {
    pub item: Item,
    pub id: &'static str,
    pub section: Section,
    pub kind: Kind,
    pub required: Required,
    pub label: Text,
    pub help: Text,
}

const fn c(id: &'static str, label: Text) -> Choice {
    Choice { id, label }
}

const RISK: Kind = Kind::Tri(Polarity::Risk);
const PROTECTIVE: Kind = Kind::Tri(Polarity::Protective);
const SUBSTANCE_USE: Section = Section::Domain(Domain::SubstanceUse);
const SOMATIC: Section = Section::Domain(Domain::Somatic);
const MENTAL: Section = Section::Domain(Domain::MentalHealth);
const SOCIAL: Section = Section::Domain(Domain::Social);
const SAMPLES: Section = Section::Domain(Domain::Samples);

const DONE_NOT_DONE: &[Choice] = &[
    c("done", text!("Tatt", "Teken", "Done")),
    c("not_done", text!("Ikke tatt", "Ikkje teken", "Not done")),
    c(
        "declined",
        text!(
            "Avslått av pasienten",
            "Avslått av pasienten",
            "Declined by the patient",
        ),
    ),
];

pub static CATALOG: [ItemDef; Item::COUNT] = [
    // ---- Context -------------------------------------------------------------------------------
    ItemDef {
        item: Item::Age,
        id: "age",
        section: Section::Context,
        kind: Kind::Int { min: 0, max: 120, unit: "years" },
        required: Required::Always,
        label: text!("Alder", "Alder", "Age"),
        help: text!("Alder i hele år.", "Alder i heile år.", "Age in whole years."),
    },
    ItemDef {
        item: Item::Sex,
        id: "sex",
        section: Section::Context,
        kind: Kind::Choice(&[
            c("female", text!("Kvinne", "Kvinne", "Female")),
            c("male", text!("Mann", "Mann", "Male")),
            c("other", text!("Annet", "Anna", "Other")),
        ]),
        required: Required::Always,
        label: text!("Kjønn", "Kjønn", "Sex"),
        help: text!(
            "Kjønn avgjør om graviditet er aktuelt og hvilke grenseverdier som gjelder; «Annet» gir de mest forsiktige.",
            "Kjønn avgjer om graviditet er aktuelt og kva grenseverdiar som gjeld; «Anna» gir dei mest varsame.",
            "Sex decides whether pregnancy is relevant and which cut-offs apply; «Other» uses the more cautious ones.",
        ),
    },
    ItemDef {
        item: Item::Referrer,
        id: "referrer",
        section: Section::Context,
        kind: Kind::Choice(&[
            c("self", text!("Pasienten selv", "Pasienten sjølv", "The patient")),
            c("next_of_kin", text!("Pårørende", "Pårørande", "Next of kin")),
            c("gp", text!("Fastlege", "Fastlege", "GP (fastlege)")),
            c("nav", text!("NAV-sosialtjeneste", "NAV-sosialteneste", "NAV social services")),
            c("amk", text!("AMK", "AMK", "Emergency dispatch (AMK)")),
            c("legevakt", text!("Legevakt", "Legevakt", "Out-of-hours emergency clinic (legevakt)")),
            c("somatic_ward", text!("Somatisk avdeling", "Somatisk avdeling", "Somatic ward")),
            c(
                "psychiatric_ward",
                text!("Psykiatrisk avdeling", "Psykiatrisk avdeling", "Psychiatric ward"),
            ),
            c("municipal", text!("Kommunal tjeneste", "Kommunal teneste", "Municipal service")),
            c("other", text!("Annen", "Anna", "Other")),
        ]),
        required: Required::Never,
        label: text!("Hvem henvender seg", "Kven vender seg hit", "Who brings the patient"),
        help: text!(
            "Hvem som tar kontakt eller bringer pasienten (innkomstvei), f.eks. pasienten selv, pårørende, fastlege eller AMK.",
            "Kven som tek kontakt eller kjem med pasienten (innkomstveg), t.d. pasienten sjølv, pårørande, fastlege eller AMK.",
            "Who contacts the service or brings the patient (entry path), e.g. the patient, next of kin, the GP or AMK.",
        ),
    },
    // ---- Rusmiddelbruk og annen avhengighet -------------------------------------------------
    ItemDef {
        item: Item::Substances,
        id: "substances",
        section: SUBSTANCE_USE,
        kind: Kind::Multi(&[
            c("alcohol", text!("Alkohol", "Alkohol", "Alcohol")),
            c("opioids", text!("Opioider", "Opioid", "Opioids")),
            c("benzodiazepines", text!("Benzodiazepiner", "Benzodiazepin", "Benzodiazepines")),
            c("ghb", text!("GHB/GBL", "GHB/GBL", "GHB/GBL")),
            c(
                "stimulants",
                text!(
                    "Sentralstimulerende (amfetamin o.l.)",
                    "Sentralstimulerande (amfetamin o.l.)",
                    "Stimulants (amphetamine etc.)",
                ),
            ),
            c("cocaine", text!("Kokain", "Kokain", "Cocaine")),
            c("cannabis", text!("Cannabis", "Cannabis", "Cannabis")),
            c("hallucinogens", text!("Hallusinogener", "Hallusinogen", "Hallucinogens")),
            c("solvents", text!("Løsemidler", "Løysemiddel", "Solvents")),
            c("other", text!("Andre rusmidler", "Andre rusmiddel", "Other substances")),
            c("none", text!("Ingen", "Ingen", "None")),
        ]),
        required: Required::Always,
        label: text!(
            "Rusmidler brukt den siste tiden",
            "Rusmiddel brukte den siste tida",
            "Substances used recently",
        ),
        help: text!(
            "Kryss av for alle rusmidler brukt den siste tiden (ikke tobakk); velg «Ingen» bare når det er avklart.",
            "Kryss av for alle rusmiddel som er brukte den siste tida (ikkje tobakk); vel «Ingen» berre når det er avklart.",
            "Tick every substance used recently (not tobacco); choose «None» only when this has been clarified.",
        ),
    },
    ItemDef {
        item: Item::DailyUse,
        id: "daily_use",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Daglig eller nesten daglig bruk de siste ukene",
            "Dagleg eller nesten dagleg bruk dei siste vekene",
            "Daily or near-daily use in recent weeks",
        ),
        help: text!(
            "Ja ved bruk hver dag eller nesten hver dag de siste ukene; «Vet ikke» hvis det ikke er kjent.",
            "Ja ved bruk kvar dag eller nesten kvar dag dei siste vekene; «Veit ikkje» dersom det ikkje er kjent.",
            "Yes if used every day or nearly every day in recent weeks; «Unknown» if this is not known.",
        ),
    },
    ItemDef {
        item: Item::HoursSinceLastIntake,
        id: "hours_since_last_intake",
        section: SUBSTANCE_USE,
        kind: Kind::Number { min: 0.0, max: 100_000.0, unit: "hours" },
        required: Required::Always,
        label: text!("Timer siden siste inntak", "Timar sidan siste inntak", "Hours since last intake"),
        help: text!(
            "Anslått antall timer siden siste inntak av et rusmiddel; la feltet stå tomt hvis det ikke er kjent.",
            "Anslått tal timar sidan siste inntak av eit rusmiddel; la feltet stå tomt dersom det ikkje er kjent.",
            "Estimated hours since any substance was last taken; leave empty if this is not known.",
        ),
    },
    ItemDef {
        item: Item::Injecting,
        id: "injecting",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::Always,
        label: text!("Injiserer rusmidler", "Injiserer rusmiddel", "Injecting use"),
        help: text!(
            "Ja hvis pasienten injiserer rusmidler nå eller har gjort det den siste tiden; «Vet ikke» hvis det ikke er avklart.",
            "Ja dersom pasienten injiserer rusmiddel no eller har gjort det den siste tida; «Veit ikkje» dersom det ikkje er avklart.",
            "Yes if the patient injects substances now or has done so recently; «Unknown» if not clarified.",
        ),
    },
    ItemDef {
        item: Item::PriorWithdrawalSeizure,
        id: "prior_withdrawal_seizure",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::IfWithdrawalSubstance,
        label: text!(
            "Tidligere abstinenskramper",
            "Tidlegare abstinenskrampar",
            "Earlier withdrawal seizures",
        ),
        help: text!(
            "Kramper under tidligere abstinens fra alkohol, benzodiazepiner eller GHB; «Vet ikke» hvis det ikke er kjent.",
            "Krampar under tidlegare abstinens frå alkohol, benzodiazepin eller GHB; «Veit ikkje» dersom det ikkje er kjent.",
            "Seizures during earlier withdrawal from alcohol, benzodiazepines or GHB; «Unknown» if not known.",
        ),
    },
    ItemDef {
        item: Item::PriorDelirium,
        id: "prior_delirium",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::IfWithdrawalSubstance,
        label: text!(
            "Tidligere abstinensdelir (delirium tremens)",
            "Tidlegare abstinensdelir (delirium tremens)",
            "Earlier withdrawal delirium (delirium tremens)",
        ),
        help: text!(
            "Delirium under tidligere abstinens fra alkohol, benzodiazepiner eller GHB; «Vet ikke» hvis det ikke er kjent.",
            "Delirium under tidlegare abstinens frå alkohol, benzodiazepin eller GHB; «Veit ikkje» dersom det ikkje er kjent.",
            "Delirium during earlier withdrawal from alcohol, benzodiazepines or GHB; «Unknown» if not known.",
        ),
    },
    ItemDef {
        item: Item::OtherAddictions,
        id: "other_addictions",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Annen avhengighet (pengespill, dataspill o.l.)",
            "Anna avhengnad (pengespel, dataspel o.l.)",
            "Other addiction (gambling, gaming etc.)",
        ),
        help: text!(
            "Pengespill, dataspill eller annen atferdsavhengighet ved siden av rusmiddelbruken.",
            "Pengespel, dataspel eller anna åtferdsavhengnad ved sida av rusmiddelbruken.",
            "Gambling, gaming or another behavioural addiction alongside the substance use.",
        ),
    },
    ItemDef {
        item: Item::SubstanceUseDominant,
        id: "substance_use_dominant",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Rusmiddelbruk er dominerende i sykdomsbildet",
            "Rusmiddelbruk er dominerande i sjukdomsbiletet",
            "Substance use dominates the clinical picture",
        ),
        help: text!(
            "Klinikers vurdering av om rusmiddelbruken er det som preger sykdomsbildet nå.",
            "Klinikaren si vurdering av om rusmiddelbruken er det som pregar sjukdomsbiletet no.",
            "The clinician's judgement of whether substance use is what dominates the clinical picture now.",
        ),
    },
    ItemDef {
        item: Item::Oat,
        id: "oat",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "I legemiddelassistert rehabilitering (LAR)",
            "I legemiddelassistert rehabilitering (LAR)",
            "In opioid agonist treatment (LAR)",
        ),
        help: text!(
            "Ja hvis pasienten får LAR-legemiddel (metadon eller buprenorfin); LAR-teamet bør kontaktes samme dag.",
            "Ja dersom pasienten får LAR-legemiddel (metadon eller buprenorfin); LAR-teamet bør kontaktast same dag.",
            "Yes if the patient receives opioid agonist treatment (methadone or buprenorphine); contact the LAR team the same day.",
        ),
    },
    ItemDef {
        item: Item::OatMissedDoses,
        id: "oat_missed_doses",
        section: SUBSTANCE_USE,
        kind: RISK,
        required: Required::IfOat,
        label: text!(
            "Har ikke hentet eller tatt LAR-doser de siste dagene",
            "Har ikkje henta eller teke LAR-dosar dei siste dagane",
            "LAR doses missed in the last days",
        ),
        help: text!(
            "Ja hvis LAR-legemiddel ikke er hentet eller tatt de siste dagene: toleransen kan være redusert.",
            "Ja dersom LAR-legemiddel ikkje er henta eller teke dei siste dagane: toleransen kan vere redusert.",
            "Yes if LAR medicine has not been collected or taken in the last days: tolerance may be reduced.",
        ),
    },
    // ---- Somatisk helse og ev. forgiftning ---------------------------------------------------
    ItemDef {
        item: Item::AcuteSomaticCondition,
        id: "acute_somatic_condition",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Akutt somatisk sykdom eller skade som må vurderes",
            "Akutt somatisk sjukdom eller skade som må vurderast",
            "Acute somatic illness or injury needing assessment",
        ),
        help: text!(
            "Akutt sykdom eller skade som må vurderes i somatikken, også når den skyldes rusmiddelbruk.",
            "Akutt sjukdom eller skade som må vurderast i somatikken, også når årsaka er rusmiddelbruk.",
            "Acute illness or injury that needs somatic assessment, even when caused by substance use.",
        ),
    },
    ItemDef {
        item: Item::SuspectedOverdose,
        id: "suspected_overdose",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Mistanke om overdose eller forgiftning",
            "Mistanke om overdose eller forgifting",
            "Suspected overdose or poisoning",
        ),
        help: text!(
            "Ja ved mistanke om overdose eller forgiftning med et hvilket som helst rusmiddel, legemiddel eller annet stoff.",
            "Ja ved mistanke om overdose eller forgifting med kva rusmiddel, legemiddel eller anna stoff som helst.",
            "Yes if overdose or poisoning with any substance, medicine or other agent is suspected.",
        ),
    },
    ItemDef {
        item: Item::SomaticallyCleared,
        id: "somatically_cleared",
        section: SOMATIC,
        kind: PROTECTIVE,
        required: Required::Never,
        label: text!(
            "Vurdert somatisk stabil av lege etter overdosen",
            "Vurdert somatisk stabil av lege etter overdosen",
            "Assessed somatically stable by a physician after the overdose",
        ),
        help: text!(
            "Bare klinikere: ja når en lege har vurdert pasienten etter denne episodens overdose eller nalokson og funnet pasienten somatisk stabil.",
            "Berre klinikarar: ja når ein lege har vurdert pasienten etter overdosen eller naloksonet i denne episoden og funne pasienten somatisk stabil.",
            "Clinicians only: yes when a physician has assessed the patient after this episode's overdose or naloxone and found them somatically stable.",
        ),
    },
    ItemDef {
        item: Item::RedFlagSymptoms,
        id: "red_flag_symptoms",
        section: SOMATIC,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Røde flagg: brystsmerter, overoppheting, blek og klam hud eller mulig alvorlig skade",
            "Raude flagg: brystsmerter, overoppheting, blek og klam hud eller mogleg alvorleg skade",
            "Red flags: chest pain, overheating, pale and clammy skin or a possible serious injury",
        ),
        help: text!(
            "Brystsmerter, føler seg svært varm eller overopphetet, blek og klam hud, eller mulig alvorlig skade (også hodeskade).",
            "Brystsmerter, kjenner seg svært varm eller overoppheta, blek og klam hud, eller mogleg alvorleg skade (også hovudskade).",
            "Chest pain, feeling very hot or overheated, pale and clammy skin, or a possible serious injury (head injury included).",
        ),
    },
    ItemDef {
        item: Item::Consciousness,
        id: "consciousness",
        section: SOMATIC,
        kind: Kind::Choice(&[
            c("alert", text!("Våken (A)", "Vaken (A)", "Alert (A)")),
            c("new_confusion", text!("Ny forvirring (C)", "Ny forvirring (C)", "New confusion (C)")),
            c(
                "voice",
                text!("Reagerer på tiltale (V)", "Reagerer på tiltale (V)", "Responds to voice (V)"),
            ),
            c(
                "pain",
                text!("Reagerer på smerte (P)", "Reagerer på smerte (P)", "Responds to pain (P)"),
            ),
            c("unresponsive", text!("Reagerer ikke (U)", "Reagerer ikkje (U)", "Unresponsive (U)")),
        ]),
        required: Required::Always,
        label: text!("Bevissthet (ACVPU)", "Medvit (ACVPU)", "Consciousness (ACVPU)"),
        help: text!(
            "Vurder etter ACVPU og velg det første som passer: våken, ny forvirring, reagerer på tiltale, på smerte, reagerer ikke.",
            "Vurder etter ACVPU og vel det første som passar: vaken, ny forvirring, reagerer på tiltale, på smerte, reagerer ikkje.",
            "Assess by ACVPU and choose the first that applies: alert, new confusion, responds to voice, to pain, unresponsive.",
        ),
    },
    ItemDef {
        item: Item::Gcs,
        id: "gcs",
        section: SOMATIC,
        kind: Kind::Int { min: 3, max: 15, unit: "" },
        required: Required::Never,
        label: text!(
            "Glasgow Coma Scale (sum)",
            "Glasgow Coma Scale (sum)",
            "Glasgow Coma Scale (total)",
        ),
        help: text!(
            "Sum av øyeåpning, verbal respons og motorisk respons (3–15); kan også skåres ledd for ledd med GCS-instrumentet.",
            "Sum av augeopning, verbal respons og motorisk respons (3–15); kan òg skårast ledd for ledd med GCS-instrumentet.",
            "Sum of eye, verbal and motor response (3–15); can also be scored item by item with the GCS instrument.",
        ),
    },
    ItemDef {
        item: Item::RespRate,
        id: "resp_rate",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 80, unit: "/min" },
        required: Required::Always,
        label: text!("Respirasjonsfrekvens", "Respirasjonsfrekvens", "Respiratory rate"),
        help: text!(
            "Åndedrag per minutt, telt i 30–60 sekunder.",
            "Andedrag per minutt, talt i 30–60 sekund.",
            "Breaths per minute, counted over 30–60 seconds.",
        ),
    },
    ItemDef {
        item: Item::Spo2,
        id: "spo2",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 100, unit: "%" },
        required: Required::Always,
        label: text!("Oksygenmetning (SpO₂)", "Oksygenmetting (SpO₂)", "Oxygen saturation (SpO₂)"),
        help: text!(
            "Oksygenmetning i prosent, målt med pulsoksymeter; registrer også om pasienten får oksygen.",
            "Oksygenmetting i prosent, målt med pulsoksymeter; registrer òg om pasienten får oksygen.",
            "Oxygen saturation in percent by pulse oximetry; also record whether the patient is on oxygen.",
        ),
    },
    ItemDef {
        item: Item::SystolicBp,
        id: "systolic_bp",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 300, unit: "mmHg" },
        required: Required::Always,
        label: text!("Systolisk blodtrykk", "Systolisk blodtrykk", "Systolic blood pressure"),
        help: text!(
            "Øvre blodtrykksverdi i mmHg.",
            "Øvre blodtrykksverdi i mmHg.",
            "The upper blood pressure value, in mmHg.",
        ),
    },
    ItemDef {
        item: Item::Pulse,
        id: "pulse",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 300, unit: "/min" },
        required: Required::Always,
        label: text!("Puls", "Puls", "Pulse"),
        help: text!(
            "Hjerteslag per minutt, telt i 30–60 sekunder eller målt med apparat.",
            "Hjarteslag per minutt, talt i 30–60 sekund eller målt med apparat.",
            "Heartbeats per minute, counted over 30–60 seconds or measured by a device.",
        ),
    },
    ItemDef {
        item: Item::Temperature,
        id: "temperature",
        section: SOMATIC,
        kind: Kind::Number { min: 20.0, max: 45.0, unit: "°C" },
        required: Required::Always,
        label: text!("Temperatur", "Temperatur", "Temperature"),
        help: text!(
            "Kroppstemperatur i grader Celsius, med én desimal.",
            "Kroppstemperatur i gradar Celsius, med éin desimal.",
            "Body temperature in degrees Celsius, to one decimal.",
        ),
    },
    ItemDef {
        item: Item::OnOxygen,
        id: "on_oxygen",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!("Får oksygentilskudd", "Får oksygentilskot", "On supplemental oxygen"),
        help: text!(
            "Ja hvis pasienten får ekstra oksygen når oksygenmetningen måles.",
            "Ja dersom pasienten får ekstra oksygen når oksygenmettinga blir målt.",
            "Yes if the patient is on supplemental oxygen when saturation is measured.",
        ),
    },
    ItemDef {
        item: Item::Seizure,
        id: "seizure",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Kramper nå eller siste døgn",
            "Krampar no eller siste døgnet",
            "Seizure now or in the last 24 hours",
        ),
        help: text!(
            "Krampeanfall nå eller i løpet av de siste 24 timene, også om pasienten er våken nå; «Vet ikke» hvis uavklart.",
            "Krampeanfall no eller i løpet av dei siste 24 timane, også om pasienten er vaken no; «Veit ikkje» dersom uavklart.",
            "A seizure now or within the last 24 hours, even if the patient is awake now; «Unknown» if unclear.",
        ),
    },
    ItemDef {
        item: Item::DeliriumNow,
        id: "delirium_now",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!("Delirium nå", "Delirium no", "Current delirium"),
        help: text!(
            "Akutt forvirring nå, med hallusinasjoner eller autonome tegn som svetting, skjelving og rask puls.",
            "Akutt forvirring no, med hallusinasjonar eller autonome teikn som sveitte, skjelving og rask puls.",
            "Acute confusion now, with hallucinations or autonomic signs such as sweating, tremor and a fast pulse.",
        ),
    },
    ItemDef {
        item: Item::WithdrawalSigns,
        id: "withdrawal_signs",
        section: SOMATIC,
        kind: RISK,
        required: Required::Always,
        label: text!("Abstinenssymptomer nå", "Abstinenssymptom no", "Current withdrawal symptoms"),
        help: text!(
            "Tegn på abstinens nå, f.eks. skjelving, svetting, uro, kvalme, gåsehud eller rennende nese.",
            "Teikn på abstinens no, t.d. skjelving, sveitte, uro, kvalme, gåsehud eller rennande nase.",
            "Signs of withdrawal now, e.g. tremor, sweating, restlessness, nausea, gooseflesh or a runny nose.",
        ),
    },
    ItemDef {
        item: Item::Pregnant,
        id: "pregnant",
        section: SOMATIC,
        kind: RISK,
        required: Required::IfPregnancyRelevant,
        label: text!("Gravid", "Gravid", "Pregnant"),
        help: text!(
            "Ja ved kjent graviditet eller positiv graviditetstest; «Vet ikke» hvis det ikke er avklart.",
            "Ja ved kjend graviditet eller positiv graviditetstest; «Veit ikkje» dersom det ikkje er avklart.",
            "Yes if pregnancy is known or a pregnancy test is positive; «Unknown» if not clarified.",
        ),
    },
    ItemDef {
        item: Item::AbnormalBreathing,
        id: "abnormal_breathing",
        section: SOMATIC,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Unormal pust: pustestopp, gisping, snorking eller gurgling",
            "Unormal pust: pustestopp, gisping, snorking eller gurgling",
            "Abnormal breathing: apnoea pauses, gasping, snoring or gurgling",
        ),
        help: text!(
            "Pustepauser, gisping, snorkende eller gurglende pust som ikke bedres når luftveien åpnes (langsom pust måles med respirasjonsfrekvens og SpO₂).",
            "Pustepausar, gisping, snorkande eller gurglande pust som ikkje blir betre når luftvegen blir opna (langsam pust blir målt med respirasjonsfrekvens og SpO₂).",
            "Apnoea pauses, gasping, snoring or gurgling breathing not relieved by opening the airway (slowness is measured by respiratory rate and SpO₂).",
        ),
    },
    ItemDef {
        item: Item::NaloxoneGiven,
        id: "naloxone_given",
        section: SOMATIC,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Nalokson gitt i denne episoden",
            "Nalokson gitt i denne episoden",
            "Naloxone given in this episode",
        ),
        help: text!(
            "Ja hvis nalokson (f.eks. nesespray) er gitt, av helsepersonell eller andre: faren for ny sedasjon når virkningen går over.",
            "Ja dersom nalokson (t.d. nasespray) er gitt, av helsepersonell eller andre: fare for ny sedasjon når verknaden går over.",
            "Yes if naloxone (e.g. nasal spray) has been given, by health personnel or others: risk of re-sedation when it wears off.",
        ),
    },
    ItemDef {
        item: Item::CiwaArScore,
        id: "ciwa_ar_score",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 67, unit: "" },
        required: Required::IfAlcoholWithdrawal,
        label: text!("CIWA-Ar (sum)", "CIWA-Ar (sum)", "CIWA-Ar (total)"),
        help: text!(
            "Totalskår på CIWA-Ar ved alkoholabstinens (0–67; validert bare for alkohol, ikke for benzodiazepiner); kan skåres ledd for ledd med instrumentet.",
            "Totalskår på CIWA-Ar ved alkoholabstinens (0–67; validert berre for alkohol, ikkje for benzodiazepin); kan skårast ledd for ledd med instrumentet.",
            "CIWA-Ar total for alcohol withdrawal (0–67; validated for alcohol only, not for benzodiazepines); can be scored item by item with the instrument.",
        ),
    },
    ItemDef {
        item: Item::CowsScore,
        id: "cows_score",
        section: SOMATIC,
        kind: Kind::Int { min: 0, max: 48, unit: "" },
        required: Required::IfOpioidWithdrawal,
        label: text!("COWS (sum)", "COWS (sum)", "COWS (total)"),
        help: text!(
            "Totalskår på COWS ved opioidabstinens (0–48); kan skåres ledd for ledd med instrumentet.",
            "Totalskår på COWS ved opioidabstinens (0–48); kan skårast ledd for ledd med instrumentet.",
            "COWS total for opioid withdrawal (0–48); can be scored item by item with the instrument.",
        ),
    },
    // ---- Psykisk helse -----------------------------------------------------------------------
    ItemDef {
        item: Item::Psychosis,
        id: "psychosis",
        section: MENTAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Tegn på akutt psykose (rusutløst eller ikke)",
            "Teikn på akutt psykose (rusutløyst eller ikkje)",
            "Signs of acute psychosis (substance-induced or not)",
        ),
        help: text!(
            "Hallusinasjoner, vrangforestillinger eller alvorlig desorganisering nå, uansett om det er rusutløst eller ikke.",
            "Hallusinasjonar, vrangførestellingar eller alvorleg desorganisering no, uansett om det er rusutløyst eller ikkje.",
            "Hallucinations, delusions or severe disorganisation now, whether substance-induced or not.",
        ),
    },
    ItemDef {
        item: Item::SuicideRisk,
        id: "suicide_risk",
        section: MENTAL,
        kind: Kind::Choice(&[
            c("none", text!("Ingen", "Ingen", "None")),
            c("low", text!("Lav", "Låg", "Low")),
            c("moderate", text!("Moderat", "Moderat", "Moderate")),
            c("high", text!("Høy", "Høg", "High")),
        ]),
        required: Required::Always,
        label: text!(
            "Selvmordsrisiko (strukturert vurdering)",
            "Sjølvmordsrisiko (strukturert vurdering)",
            "Suicide risk (structured assessment)",
        ),
        help: text!(
            "Klinikers strukturerte vurdering av selvmordsrisiko nå; ved høy risiko vurderes innleggelse i psykisk helsevern.",
            "Klinikaren si strukturerte vurdering av sjølvmordsrisiko no; ved høg risiko blir innlegging i psykisk helsevern vurdert.",
            "The clinician's structured assessment of current suicide risk; high risk calls for assessment for PHV admission.",
        ),
    },
    ItemDef {
        item: Item::SelfHarmSigns,
        id: "self_harm_signs",
        section: MENTAL,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Snakker om selvmord eller om å skade seg selv",
            "Snakkar om sjølvmord eller om å skade seg sjølv",
            "Talks of suicide or of harming themself",
        ),
        help: text!(
            "Pasienten har i denne episoden snakket om selvmord eller om å skade seg selv (en observasjon, som også pårørende kan melde).",
            "Pasienten har i denne episoden snakka om sjølvmord eller om å skade seg sjølv (ein observasjon, som også pårørande kan melde).",
            "The patient has talked of suicide or of harming themself in this episode (an observation, which next of kin can also report).",
        ),
    },
    ItemDef {
        item: Item::SuicideAttempt,
        id: "suicide_attempt",
        section: MENTAL,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Selvmordsforsøk eller selvskading i denne episoden",
            "Sjølvmordsforsøk eller sjølvskading i denne episoden",
            "Suicide attempt or self-injury in this episode",
        ),
        help: text!(
            "Et selvmordsforsøk eller en selvskading, med hvilken som helst metode, i denne episoden (også overdose tatt i suicidal hensikt).",
            "Eit sjølvmordsforsøk eller ei sjølvskading, med kva metode som helst, i denne episoden (også overdose teken i suicidal hensikt).",
            "A suicide attempt or self-injury, by any method, in this episode (an intentional overdose included).",
        ),
    },
    ItemDef {
        item: Item::DangerToOthers,
        id: "danger_to_others",
        section: MENTAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Trusler eller atferd som er farlig for andre",
            "Truslar eller åtferd som er farleg for andre",
            "Threats or behaviour dangerous to others",
        ),
        help: text!(
            "Trusler, vold eller annen atferd som setter andres liv eller helse i fare nå.",
            "Truslar, vald eller anna åtferd som set liv eller helse til andre i fare no.",
            "Threats, violence or other behaviour that puts the life or health of others at risk now.",
        ),
    },
    ItemDef {
        item: Item::DangerousBehaviourSelf,
        id: "dangerous_behaviour_self",
        section: MENTAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Rusrelatert atferd som er farlig for en selv",
            "Rusrelatert åtferd som er farleg for ein sjølv",
            "Intoxication-related behaviour dangerous to self",
        ),
        help: text!(
            "Ruspåvirket atferd som setter eget liv eller helse i fare, f.eks. i trafikken eller i kulde; selvmordsrisiko føres for seg.",
            "Ruspåverka åtferd som set eige liv eller helse i fare, t.d. i trafikken eller i kulde; sjølvmordsrisiko blir ført for seg.",
            "Intoxicated behaviour that endangers own life or health, e.g. in traffic or the cold; suicide risk is recorded separately.",
        ),
    },
    ItemDef {
        item: Item::SeriousMentalDisorder,
        id: "serious_mental_disorder",
        section: MENTAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Kjent eller mistenkt alvorlig psykisk lidelse",
            "Kjend eller mistenkt alvorleg psykisk liding",
            "Known or suspected serious mental disorder",
        ),
        help: text!(
            "Kjent eller mistenkt alvorlig psykisk lidelse som må vurderes i psykisk helsevern (PHV).",
            "Kjend eller mistenkt alvorleg psykisk liding som må vurderast i psykisk helsevern (PHV).",
            "Known or suspected serious mental disorder that needs assessment in mental health care (PHV).",
        ),
    },
    // ---- Aktuell sosial situasjon ------------------------------------------------------------
    ItemDef {
        item: Item::Housing,
        id: "housing",
        section: SOCIAL,
        kind: Kind::Choice(&[
            c("stable", text!("Stabil bolig", "Stabil bustad", "Stable housing")),
            c("unstable", text!("Ustabil bolig", "Ustabil bustad", "Unstable housing")),
            c("homeless", text!("Bostedsløs", "Bustadlaus", "Homeless")),
            c("institution", text!("Institusjon", "Institusjon", "Institution")),
        ]),
        required: Required::Always,
        label: text!("Bolig", "Bustad", "Housing"),
        help: text!(
            "Bosituasjonen nå; ustabil bolig er midlertidig eller usikker, f.eks. hos venner eller på hospits.",
            "Busituasjonen no; ustabil bustad er mellombels eller usikker, t.d. hos vener eller på hospits.",
            "Current housing; unstable housing is temporary or insecure, e.g. staying with friends or in a hostel.",
        ),
    },
    ItemDef {
        item: Item::WorkOrEducation,
        id: "work_or_education",
        section: SOCIAL,
        kind: Kind::Choice(&[
            c("work", text!("Arbeid", "Arbeid", "Work")),
            c("education", text!("Utdanning", "Utdanning", "Education")),
            c("neither", text!("Ingen av delene", "Ingen av delane", "Neither")),
        ]),
        required: Required::Always,
        label: text!("Arbeid eller utdanning", "Arbeid eller utdanning", "Work or education"),
        help: text!(
            "Om pasienten er i arbeid eller utdanning nå, helt eller delvis.",
            "Om pasienten er i arbeid eller utdanning no, heilt eller delvis.",
            "Whether the patient is in work or education now, fully or partly.",
        ),
    },
    ItemDef {
        item: Item::FinancialProblems,
        id: "financial_problems",
        section: SOCIAL,
        kind: RISK,
        required: Required::Always,
        label: text!("Økonomiske problemer", "Økonomiske problem", "Financial problems"),
        help: text!(
            "Gjeld, manglende inntekt eller andre pengeproblemer som preger situasjonen nå; «Vet ikke» hvis ukjent.",
            "Gjeld, manglande inntekt eller andre pengeproblem som pregar situasjonen no; «Veit ikkje» dersom ukjent.",
            "Debt, lack of income or other money problems affecting the situation now; «Unknown» if not known.",
        ),
    },
    ItemDef {
        item: Item::MinorChildren,
        id: "minor_children",
        section: SOCIAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Barn eller søsken under 18 år som pårørende",
            "Barn eller sysken under 18 år som pårørande",
            "Children or siblings under 18 as next of kin",
        ),
        help: text!(
            "Ja hvis pasienten har barn eller søsken under 18 år som er pårørende, også når de ikke bor sammen.",
            "Ja dersom pasienten har barn eller sysken under 18 år som er pårørande, også når dei ikkje bur saman.",
            "Yes if the patient has children or siblings under 18 as next of kin, also when not living together.",
        ),
    },
    ItemDef {
        item: Item::ChildrenAtRisk,
        id: "children_at_risk",
        section: SOCIAL,
        kind: RISK,
        required: Required::IfMinorChildren,
        label: text!(
            "Bekymring for barnas omsorg eller sikkerhet nå",
            "Uro for omsorga eller tryggleiken til barna no",
            "Concern for the children's care or safety now",
        ),
        help: text!(
            "Ja ved bekymring nå for barnas omsorg eller sikkerhet, f.eks. at ingen voksen kan ta seg av dem.",
            "Ja ved uro no for omsorga eller tryggleiken til barna, t.d. at ingen vaksen kan ta seg av dei.",
            "Yes if there is concern now for the children's care or safety, e.g. no adult able to look after them.",
        ),
    },
    ItemDef {
        item: Item::Network,
        id: "network",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!(
            "Privat nettverk som kan støtte",
            "Privat nettverk som kan støtte",
            "Private network that can support",
        ),
        help: text!(
            "Familie, venner eller andre nære som kan og vil støtte pasienten nå; «Vet ikke» hvis ukjent.",
            "Familie, vener eller andre nære som kan og vil støtte pasienten no; «Veit ikkje» dersom ukjent.",
            "Family, friends or others close to the patient who can and will support them now; «Unknown» if not known.",
        ),
    },
    ItemDef {
        item: Item::ProfessionalNetwork,
        id: "professional_network",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!(
            "Profesjonelt nettverk involvert (koordinator, kommune, NAV, fastlege)",
            "Profesjonelt nettverk involvert (koordinator, kommune, NAV, fastlege)",
            "Professional network involved (coordinator, municipality, NAV, GP)",
        ),
        help: text!(
            "Ja hvis koordinator, kommunal tjeneste, NAV eller fastlege er involvert og kan kontaktes.",
            "Ja dersom koordinator, kommunal teneste, NAV eller fastlege er involvert og kan kontaktast.",
            "Yes if a coordinator, municipal service, NAV or the GP is involved and can be contacted.",
        ),
    },
    ItemDef {
        item: Item::AcuteSocialRisks,
        id: "acute_social_risks",
        section: SOCIAL,
        kind: Kind::Multi(&[
            c(
                "relationship_breakdown",
                text!(
                    "Alvorlig relasjonsbrudd",
                    "Alvorleg relasjonsbrot",
                    "Serious relationship breakdown",
                ),
            ),
            c("housing_loss", text!("Tap av bolig", "Tap av bustad", "Loss of housing")),
            c(
                "job_or_study_loss",
                text!(
                    "Tap av arbeid eller studieplass",
                    "Tap av arbeid eller studieplass",
                    "Loss of job or study place",
                ),
            ),
            c("functional_decline", text!("Funksjonsfall", "Funksjonsfall", "Functional decline")),
            c("none", text!("Ingen", "Ingen", "None")),
        ]),
        required: Required::Always,
        label: text!(
            "Akutt fare for sosiale konsekvenser av rusmiddelbruken nå",
            "Akutt fare for sosiale konsekvensar av rusmiddelbruken no",
            "Acute risk of social consequences of the substance use now",
        ),
        help: text!(
            "Kryss av for det rusmiddelbruken nå gir akutt fare for; velg «Ingen» bare når det er vurdert.",
            "Kryss av for det rusmiddelbruken no gir akutt fare for; vel «Ingen» berre når det er vurdert.",
            "Tick what the substance use now puts at acute risk; choose «None» only when this has been assessed.",
        ),
    },
    ItemDef {
        item: Item::CollateralInformation,
        id: "collateral_information",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!(
            "Komparentopplysninger innhentet",
            "Komparentopplysningar henta inn",
            "Collateral information obtained",
        ),
        help: text!(
            "Ja hvis opplysninger er innhentet fra pårørende eller andre som kjenner pasienten godt.",
            "Ja dersom opplysningar er henta inn frå pårørande eller andre som kjenner pasienten godt.",
            "Yes if information has been obtained from next of kin or others who know the patient well.",
        ),
    },
    ItemDef {
        item: Item::ReachableByPhone,
        id: "reachable_by_phone",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!("Kan nås på telefon", "Kan nåast på telefon", "Reachable by phone"),
        help: text!(
            "Pasienten har en telefon som virker, og svarer på den; «Vet ikke» hvis ukjent.",
            "Pasienten har ein telefon som verkar, og svarar på han; «Veit ikkje» dersom ukjent.",
            "The patient has a working phone and answers it; «Unknown» if not known.",
        ),
    },
    ItemDef {
        item: Item::FixedAddress,
        id: "fixed_address",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!("Fast adresse", "Fast adresse", "Fixed address"),
        help: text!(
            "Pasienten har en fast adresse der brev og innkallinger kommer fram.",
            "Pasienten har ei fast adresse der brev og innkallingar kjem fram.",
            "The patient has a fixed address where letters and appointment notices reach them.",
        ),
    },
    ItemDef {
        item: Item::HasBankid,
        id: "has_bankid",
        section: SOCIAL,
        kind: PROTECTIVE,
        required: Required::Always,
        label: text!(
            "Har BankID (digital tilgang)",
            "Har BankID (digital tilgang)",
            "Has BankID (digital access)",
        ),
        help: text!(
            "Pasienten har BankID og kan logge inn på Helsenorge og få digitale innkallinger.",
            "Pasienten har BankID og kan logge inn på Helsenorge og få digitale innkallingar.",
            "The patient has BankID and can log in to Helsenorge and receive digital appointment notices.",
        ),
    },
    ItemDef {
        item: Item::RecentDischarge,
        id: "recent_discharge",
        section: SOCIAL,
        kind: RISK,
        required: Required::Always,
        label: text!(
            "Utskrevet fra institusjon (TSB, sykehus, fengsel) siste 4 uker",
            "Skriven ut frå institusjon (TSB, sjukehus, fengsel) siste 4 veker",
            "Discharged from an institution (TSB, hospital, prison) in the last 4 weeks",
        ),
        help: text!(
            "Utskrevet fra TSB eller sykehus, eller løslatt fra fengsel, de siste 4 ukene; overdoserisikoen er da særlig høy.",
            "Skriven ut frå TSB eller sjukehus, eller sleppt ut frå fengsel, dei siste 4 vekene; overdoserisikoen er då særleg høg.",
            "Discharged from TSB or hospital, or released from prison, in the last 4 weeks, when overdose risk is especially high.",
        ),
    },
    ItemDef {
        item: Item::AcuteAdmissions12m,
        id: "acute_admissions_12m",
        section: SOCIAL,
        kind: Kind::Int { min: 0, max: 365, unit: "" },
        required: Required::Always,
        label: text!(
            "Akuttinnleggelser siste 12 måneder",
            "Akuttinnleggingar siste 12 månader",
            "Acute admissions in the last 12 months",
        ),
        help: text!(
            "Antall akutte innleggelser i sykehus eller TSB, uansett årsak, de siste 12 månedene; 0 hvis ingen.",
            "Talet på akutte innleggingar i sjukehus eller TSB, uansett årsak, dei siste 12 månadene; 0 dersom ingen.",
            "Number of acute admissions to hospital or TSB, for any reason, in the last 12 months; 0 if none.",
        ),
    },
    ItemDef {
        item: Item::MissedAppointments,
        id: "missed_appointments",
        section: SOCIAL,
        kind: RISK,
        required: Required::Never,
        label: text!(
            "Nylig uteblitt fra avtaler eller falt ut av behandling",
            "Nyleg ikkje møtt til avtalar eller falle ut av behandling",
            "Recently missed appointments or dropped out",
        ),
        help: text!(
            "Har nylig ikke møtt til avtaler, ikke svart på innkallinger eller avbrutt behandling.",
            "Har nyleg ikkje møtt til avtalar, ikkje svart på innkallingar eller har avbrote behandling.",
            "Has recently missed appointments, not answered notices or broken off treatment.",
        ),
    },
    // ---- Innkomstprøver ----------------------------------------------------------------------
    ItemDef {
        item: Item::UrineDrugScreen,
        id: "urine_drug_screen",
        section: SAMPLES,
        kind: Kind::Choice(DONE_NOT_DONE),
        required: Required::Always,
        label: text!("Urinprøve for rusmidler", "Urinprøve for rusmiddel", "Urine drug screen"),
        help: text!(
            "Om urinprøve for rusmidler er tatt ved innkomst, ikke tatt, eller avslått av pasienten.",
            "Om urinprøve for rusmiddel er teken ved innkomst, ikkje teken, eller avslått av pasienten.",
            "Whether a urine drug screen was done on admission, not done, or declined by the patient.",
        ),
    },
    ItemDef {
        item: Item::AlcoholTest,
        id: "alcohol_test",
        section: SAMPLES,
        kind: Kind::Choice(DONE_NOT_DONE),
        required: Required::Always,
        label: text!(
            "Alkotest (utåndingsluft eller blod)",
            "Alkotest (utandingsluft eller blod)",
            "Alcohol test (breath or blood)",
        ),
        help: text!(
            "Om alkotest er tatt ved innkomst, ikke tatt, eller avslått; målt promille føres i eget felt.",
            "Om alkotest er teken ved innkomst, ikkje teken, eller avslått; målt promille blir ført i eige felt.",
            "Whether an alcohol test was done on admission, not done, or declined; the measured level has its own field.",
        ),
    },
    ItemDef {
        item: Item::AlcoholPermille,
        id: "alcohol_permille",
        section: SAMPLES,
        kind: Kind::Number { min: 0.0, max: 8.0, unit: "‰" },
        required: Required::Never,
        label: text!(
            "Målt alkoholkonsentrasjon (promille)",
            "Målt alkoholkonsentrasjon (promille)",
            "Measured alcohol concentration (per mille)",
        ),
        help: text!(
            "Målt alkoholkonsentrasjon i promille (‰) fra alkotest i utåndingsluft eller blodprøve.",
            "Målt alkoholkonsentrasjon i promille (‰) frå alkotest i utandingsluft eller blodprøve.",
            "Measured alcohol concentration in per mille (‰) from a breath test or blood sample.",
        ),
    },
    ItemDef {
        item: Item::PregnancyTest,
        id: "pregnancy_test",
        section: SAMPLES,
        kind: Kind::Choice(&[
            c("positive", text!("Positiv", "Positiv", "Positive")),
            c("negative", text!("Negativ", "Negativ", "Negative")),
            c("not_done", text!("Ikke tatt", "Ikkje teken", "Not done")),
            c(
                "declined",
                text!("Avslått av pasienten", "Avslått av pasienten", "Declined by the patient"),
            ),
        ]),
        required: Required::IfPregnancyRelevant,
        label: text!("Graviditetstest", "Graviditetstest", "Pregnancy test"),
        help: text!(
            "Resultatet av graviditetstest ved innkomst; en positiv test regnes som gravid.",
            "Resultatet av graviditetstest ved innkomst; ein positiv test blir rekna som gravid.",
            "Result of a pregnancy test on admission; a positive test counts as pregnant.",
        ),
    },
    ItemDef {
        item: Item::BloodTests,
        id: "blood_tests",
        section: SAMPLES,
        kind: Kind::Choice(DONE_NOT_DONE),
        required: Required::Always,
        label: text!("Blodprøver", "Blodprøver", "Blood tests"),
        help: text!(
            "Om blodprøver er tatt ved innkomst, ikke tatt, eller avslått av pasienten.",
            "Om blodprøver er tekne ved innkomst, ikkje tekne, eller avslått av pasienten.",
            "Whether blood tests were taken on admission, not taken, or declined by the patient.",
        ),
    },
    // ---- Klinisk vurdering -------------------------------------------------------------------
    ItemDef {
        item: Item::UrgentNecessity,
        id: "urgent_necessity",
        section: Section::Judgement,
        kind: Kind::Tri(Polarity::Judgement),
        required: Required::Never,
        label: text!(
            "Hjelpen er påtrengende nødvendig",
            "Hjelpa er påtrengjande naudsynt",
            "Help is urgently necessary (påtrengende nødvendig)",
        ),
        help: text!(
            "Klinikers vurdering av om hjelpen er «påtrengende nødvendig» (spesialisthelsetjenesteloven § 3-1); antas når et kriterium er oppfylt.",
            "Klinikaren vurderer om hjelpa er «påtrengjande naudsynt» (spesialisthelsetenestelova § 3-1); blir rekna med når eit kriterium er oppfylt.",
            "The clinician's view of whether help is «påtrengende nødvendig» (Specialist Health Services Act § 3-1); presumed when a criterion is met.",
        ),
    },
    ItemDef {
        item: Item::ProblemSeverity,
        id: "problem_severity",
        section: Section::Judgement,
        kind: Kind::Choice(&[
            c("mild", text!("Lette", "Lette", "Mild")),
            c("severe", text!("Alvorlige", "Alvorlege", "Severe")),
        ]),
        required: Required::Never,
        label: text!(
            "Hvor alvorlige er rusproblemene",
            "Kor alvorlege er rusproblema",
            "How severe are the substance problems",
        ),
        help: text!(
            "Klinikers vurdering av alvorlighet, brukt til å velge nivå når akutt hjelp ikke er nødvendig.",
            "Klinikaren si vurdering av alvorsgrad, brukt til å velje nivå når akutt hjelp ikkje er naudsynt.",
            "The clinician's judgement of severity, used to choose the level of care when acute help is not needed.",
        ),
    },
    ItemDef {
        item: Item::ProblemDuration,
        id: "problem_duration",
        section: Section::Judgement,
        kind: Kind::Choice(&[
            c("short", text!("Kortvarige", "Kortvarige", "Short-lasting")),
            c("long", text!("Langvarige", "Langvarige", "Long-lasting")),
        ]),
        required: Required::Never,
        label: text!(
            "Hvor lenge har problemene vart",
            "Kor lenge har problema vart",
            "How long have the problems lasted",
        ),
        help: text!(
            "Klinikers vurdering av varighet, brukt sammen med alvorlighet når akutt hjelp ikke er nødvendig.",
            "Klinikaren si vurdering av kor lenge problema har vart, brukt saman med alvorsgrad når akutt hjelp ikkje er naudsynt.",
            "The clinician's judgement of duration, used with severity to choose the level when acute help is not needed.",
        ),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    #[test]
    fn catalog_is_indexed_by_item() {
        for (i, def) in CATALOG.iter().enumerate() {
            assert_eq!(def.item.index(), i, "{} is out of place", def.id);
            assert_eq!(Item::from_id(def.id), Some(def.item));
            // Found wherever the search starts, and an unknown id from nowhere.
            for previous in Item::all() {
                assert_eq!(Item::from_id_after(def.id, Some(previous)), Some(def.item));
                assert_eq!(Item::from_id_after("no_such_item", Some(previous)), None);
            }
        }
    }

    #[test]
    fn ids_are_unique_snake_case() {
        let mut ids: Vec<&str> = CATALOG.iter().map(|d| d.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), Item::COUNT);
        for id in ids {
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{id}"
            );
        }
    }

    #[test]
    fn every_label_and_help_is_written_in_every_language() {
        for def in CATALOG.iter() {
            for lang in Lang::ALL {
                assert!(
                    !def.label.get(lang).is_empty(),
                    "{} label {:?}",
                    def.id,
                    lang
                );
                assert!(!def.help.get(lang).is_empty(), "{} help {:?}", def.id, lang);
                for choice in def.kind.choices() {
                    assert!(
                        !choice.label.get(lang).is_empty(),
                        "{}.{} {:?}",
                        def.id,
                        choice.id,
                        lang
                    );
                }
            }
        }
    }
}
