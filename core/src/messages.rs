//! The messages the output builder gives outside the rule tables (`routing.rs`, `criteria.rs`,
//! `concurrent.rs`, `citizen.rs`): the basis of the indication, the reasons of the acute and non-acute
//! levels and the warnings, each a row with its public id, text and source. `evaluate.rs` decides when
//! one applies (the condition of each is in [`ALL`], in words) and only reads the row.

use crate::sources::{self, Source};
use crate::text::Text;

/// One message: its public id, its text and the source it rests on.
pub struct Row {
    pub id: &'static str,
    pub text: Text,
    pub source: Source,
}

pub const BASIS_NO_SUBSTANCE: Row = Row {
    id: "no_substance_use",
    text: text!(
        "Ingen rusmiddelbruk er oppgitt",
        "Inga rusmiddelbruk er oppgitt",
        "No substance use is recorded",
    ),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const BASIS_OVERRULED: Row = Row {
    id: "necessity_overruled",
    text: text!(
        "Klinikeren har vurdert at hjelpen ikke er påtrengende nødvendig",
        "Klinikaren har vurdert at hjelpa ikkje er påtrengjande naudsynt",
        "The clinician has judged that help is not urgently necessary (påtrengende nødvendig)",
    ),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const BASIS_MET_PRESUMED: Row = Row {
    id: "criterion_met_necessity_presumed",
    text: text!("Minst ett kriterium er oppfylt; hjelpen antas å være påtrengende nødvendig (klinikeren kan overprøve dette)", "Minst eitt kriterium er oppfylt; hjelpa blir rekna som påtrengjande naudsynt (klinikaren kan overprøve dette)", "At least one criterion is met; help is presumed urgently necessary (the clinician may overrule this)"),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const BASIS_MET_CONFIRMED: Row = Row {
    id: "criterion_met_necessity_confirmed",
    text: text!(
    "Minst ett kriterium er oppfylt, og klinikeren har vurdert hjelpen som påtrengende nødvendig",
    "Minst eitt kriterium er oppfylt, og klinikaren har vurdert hjelpa som påtrengjande naudsynt",
    "At least one criterion is met, and the clinician has judged help urgently necessary",
),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const BASIS_NONE_MET: Row = Row {
    id: "no_criterion_met",
    text: text!(
        "Ingen av de fem kriteriene er oppfylt",
        "Ingen av dei fem kriteria er oppfylte",
        "None of the five criteria is met",
    ),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const BASIS_OPEN: Row = Row {
    id: "indication_open",
    text: text!(
        "Ingen kriterier er oppfylt ennå, men minst ett kan ikke avgjøres på det som er kjent",
        "Ingen kriterium er oppfylt enno, men minst eitt kan ikkje avgjerast på det som er kjent",
        "No criterion is met yet, but at least one cannot be decided on what is known",
    ),
    source: sources::RIGHT_TO_EMERGENCY_HELP,
};

pub const NO_REFERRAL: Row = Row {
    id: "referral_not_required",
    text: text!(
        "Henvisning er ikke nødvendig",
        "Tilvising er ikkje naudsynt",
        "No referral is needed",
    ),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const UNDETERMINED: Row = Row {
    id: "undetermined",
    text: text!(
        "Kan ikke avgjøres ennå. Mangler: {0}",
        "Kan ikkje avgjerast enno. Manglar: {0}",
        "Cannot be decided yet. Missing: {0}",
    ),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const TSB_INPATIENT: Row = Row {
    id: "tsb_acute_inpatient_indicated",
    text: text!(
        "Akutt TSB er indisert med kriterium 1–4 oppfylt: akutt døgnbehandling",
        "Akutt TSB er indisert med kriterium 1–4 oppfylt: akutt døgnbehandling",
        "Acute TSB is indicated with criterion 1–4 met: acute 24-hour care",
    ),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const TSB_OUTPATIENT: Row = Row {
    id: "tsb_acute_outpatient_indicated",
    text: text!("Akutt TSB er indisert bare på grunn av akutt sosial krise: poliklinisk eller ambulant akutthjelp", "Akutt TSB er indisert berre på grunn av akutt sosial krise: poliklinisk eller ambulant akutthjelp", "Acute TSB is indicated by the acute social crisis alone: outpatient or ambulant acute care"),
    source: sources::ACUTE_OUTPATIENT,
};

pub const NON_ACUTE_PLANNED: Row = Row {
    id: "non_acute_severe_long",
    text: text!(
        "Ikke akutt; alvorlige og langvarige problemer: henvisning til TSB",
        "Ikkje akutt; alvorlege og langvarige problem: tilvising til TSB",
        "Not acute; severe and long-lasting problems: referral to TSB",
    ),
    source: sources::LEVELS_OF_CARE,
};

pub const NON_ACUTE_MUNICIPAL: Row = Row {
    id: "non_acute_municipal",
    text: text!(
    "Ikke akutt; alvorlige og kortvarige eller lette og langvarige problemer: kommunale tjenester",
    "Ikkje akutt; alvorlege og kortvarige eller lette og langvarige problem: kommunale tenester",
    "Not acute; severe and short or mild and long-lasting problems: municipal services",
),
    source: sources::LEVELS_OF_CARE,
};

pub const NON_ACUTE_GP: Row = Row {
    id: "non_acute_mild_short",
    text: text!(
        "Ikke akutt; lette og kortvarige problemer: fastlege",
        "Ikkje akutt; lette og kortvarige problem: fastlege",
        "Not acute; mild and short problems: GP",
    ),
    source: sources::LEVELS_OF_CARE,
};

pub const NON_ACUTE_UNKNOWN: Row = Row {
    id: "non_acute_severity_unknown",
    text: text!(
        "Ikke akutt; alvorlighet eller varighet er ikke kjent: fastlegen kan henvise videre",
        "Ikkje akutt; alvor eller varigheit er ikkje kjent: fastlegen kan tilvise vidare",
        "Not acute; severity or duration is not known: the GP can refer on",
    ),
    source: sources::LEVELS_OF_CARE,
};

pub const ROUTING_OPEN: Row = Row {
    id: "indication_undetermined",
    text: text!(
        "Indikasjonen er ikke avklart: nivået er foreløpig, svar på de neste spørsmålene",
        "Indikasjonen er ikkje avklart: nivået er førebels, svar på dei neste spørsmåla",
        "The indication is not settled: the level is provisional, answer the next questions",
    ),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const OTHER_SERVICE_MAY_LEAD: Row = Row {
    id: "other_service_may_lead",
    text: text!("Rusmiddelbruk dominerer ikke sykdomsbildet: en annen tjeneste kan måtte lede, men nivået senkes ikke", "Rusmiddelbruk dominerer ikkje sjukdomsbiletet: ei anna teneste kan måtte leie, men nivået blir ikkje senka", "Substance use does not dominate the clinical picture: another service may need to lead, but the level is not lowered"),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const PAEDIATRIC_ASSESSMENT: Row = Row {
    id: "paediatric_assessment",
    text: text!(
        "vurdering av barnets vitale tegn med pediatriske normalverdier",
        "vurdering av dei vitale teikna til barnet med pediatriske normalverdiar",
        "an assessment of the child's vital signs by paediatric ranges",
    ),
    source: sources::PAEDIATRIC,
};

pub const UNDER_18: Row = Row {
    id: "under_18",
    text: text!("Under 18 år: kriteriene er skrevet for voksne, og barne- og ungdomstjenester må involveres", "Under 18 år: kriteria er skrivne for vaksne, og barne- og ungdomstenester må involverast", "Under 18: the criteria are written for adults, and child and adolescent services must be involved"),
    source: sources::ACUTE_TSB_GUIDELINE,
};

pub const NEWS2_TOTAL_IGNORED: Row = Row {
    id: "news2_total_ignored",
    text: text!(
        "NEWS2-summen fra journalen er ikke brukt: under 12 år gjelder ikke voksengrensene",
        "NEWS2-summen frå journalen er ikkje brukt: under 12 år gjeld ikkje vaksengrensene",
        "The host's NEWS2 total is not used: under 12 the adult limits do not apply",
    ),
    source: sources::PAEDIATRIC,
};

pub const PAEDIATRIC_RANGES: Row = Row {
    id: "paediatric_ranges",
    text: text!(
    "Barn under 12 år: vurder de vitale tegnene med pediatriske normalverdier (f.eks. PEWS); voksengrensene gjelder ikke",
    "Born under 12 år: vurder dei vitale teikna med pediatriske normalverdiar (t.d. PEWS); vaksengrensene gjeld ikkje",
    "A child under 12: judge the vital signs by paediatric ranges (e.g. PEWS); the adult limits do not apply",
),
    source: sources::PAEDIATRIC,
};

pub const CHECK_SEX_PREGNANCY: Row = Row {
    id: "check_sex_pregnancy",
    text: text!(
    "Graviditet er oppgitt for en pasient registrert som mann: kontroller opplysningene; graviditeten teller",
    "Graviditet er oppgitt for ein pasient registrert som mann: kontroller opplysningane; graviditeten tel",
    "Pregnancy is given for a patient recorded as male: check the record; the pregnancy counts",
),
    source: sources::PREGNANCY_PATHWAY,
};

/// The text is the NEWS2 report's own (`news2::NotValid::text`: under 16, or in pregnancy).
pub const NEWS2_NOT_VALID: Row = Row {
    id: "news2_not_valid",
    text: crate::instruments::news2::NotValid::Under16.text(),
    source: sources::NEWS2,
};

pub const DECISION_SUPPORT_NOTICE: Row = Row {
    id: "decision_support_notice",
    text: crate::evaluate::NOTICE,
    source: &[],
};

pub const GUIDANCE_NOTICE: Row = Row {
    id: "guidance_notice",
    text: crate::evaluate::NOTICE_CITIZEN,
    source: &[],
};

/// Every row with where it appears and its condition in words, for clinical review (`docs/RULES.md`,
/// `docs/DECISION_TABLES.md`). Not read by the engine, so not in the module.
pub static ALL: &[(&Row, &str, &str)] = &[
    (&BASIS_NO_SUBSTANCE, "indication.reasons", "no substance use is recorded (`substances` `none`)"),
    (&BASIS_OVERRULED, "indication.reasons, routing.reasons", "`urgent_necessity` is no (the clinician overrules the presumed necessity)"),
    (&BASIS_MET_PRESUMED, "indication.reasons", "a criterion is met and `urgent_necessity` is not answered"),
    (&BASIS_MET_CONFIRMED, "indication.reasons", "a criterion is met and `urgent_necessity` is yes"),
    (&BASIS_NONE_MET, "indication.reasons", "no criterion is met and none can be met by the open items"),
    (&BASIS_OPEN, "indication.reasons", "no criterion is met yet, and at least one is undetermined"),
    (&NO_REFERRAL, "indication.reasons", "acute TSB is indicated"),
    (&UNDETERMINED, "indication.criteria[].because", "the criterion is undetermined; {0} lists the items that would decide it"),
    (&TSB_INPATIENT, "routing.reasons", "acute TSB is indicated with a criterion 1–4 met"),
    (&TSB_OUTPATIENT, "routing.reasons", "acute TSB is indicated by criterion 5 (acute social crisis) alone"),
    (&NON_ACUTE_PLANNED, "routing.reasons", "non-acute level, severity severe and duration long"),
    (&NON_ACUTE_MUNICIPAL, "routing.reasons", "non-acute level, severe and short or mild and long"),
    (&NON_ACUTE_GP, "routing.reasons", "non-acute level, mild and short"),
    (&NON_ACUTE_UNKNOWN, "routing.reasons", "non-acute level, severity or duration not known"),
    (&ROUTING_OPEN, "routing.reasons", "the indication is undetermined"),
    (&OTHER_SERVICE_MAY_LEAD, "routing.reasons", "the level is acute TSB and `substance_use_dominant` is no"),
    (&PAEDIATRIC_ASSESSMENT, "routing.reasons", "under 12 with a vital sign given, and the routing may escalate to somatic emergency"),
    (&UNDER_18, "warnings", "`age` under 18"),
    (&NEWS2_NOT_VALID, "warnings", "a vital sign is given and `age` is under 16 or the patient is pregnant (the text says which)"),
    (&NEWS2_TOTAL_IGNORED, "warnings", "a host NEWS2 total is given and `age` is under 12"),
    (&PAEDIATRIC_RANGES, "warnings", "`age` under 12 with a vital sign or GCS given"),
    (&CHECK_SEX_PREGNANCY, "warnings", "`sex` male and pregnant (`pregnant` yes or a positive test)"),
    (&DECISION_SUPPORT_NOTICE, "notice", "every evaluation for a clinician (SPEC 1.1)"),
    (&GUIDANCE_NOTICE, "notice", "every evaluation for a citizen (SPEC 1.1 and 9)"),
];
