//! Concurrent needs (SPEC section 7): what must be met in parallel, whatever the level. Each need is
//! emitted whenever its condition holds.

use crate::answers::{Answered, Tri};
use crate::catalog::Item;
use crate::criteria::{Indication, Status, Verdict};
use crate::facts::Facts;
use crate::routing::Level;
use crate::sources::{self, Source};
use crate::text::Text;

/// What a need's condition may read.
pub struct Context<'a> {
    pub f: &'a Facts,
    pub level: Level,
    pub indication: Indication,
    pub verdicts: &'a [Verdict; 5],
}

/// A second wording and the condition under which it applies.
pub type Variant = (fn(&Context) -> bool, Text);

pub struct Need {
    pub id: &'static str,
    pub holds: fn(&Context) -> bool,
    pub text: Text,
    /// A second wording where the need reads differently: used when its condition holds.
    pub variant: Option<Variant>,
    pub source: Source,
}

impl Need {
    /// The text that applies in `c`.
    pub fn text_for(&self, c: &Context) -> Text {
        match self.variant {
            Some((applies, text)) if applies(c) => text,
            _ => self.text,
        }
    }
}

const fn need(id: &'static str, holds: fn(&Context) -> bool, text: Text, source: Source) -> Need {
    Need {
        id,
        holds,
        text,
        variant: None,
        source,
    }
}

const fn need_or(
    id: &'static str,
    holds: fn(&Context) -> bool,
    text: Text,
    variant: Variant,
    source: Source,
) -> Need {
    Need {
        id,
        holds,
        text,
        variant: Some(variant),
        source,
    }
}

/// Opioids, benzodiazepines and GHB: tolerance is lost during detoxification (SPEC 7).
const OVERDOSE_RISK_SUBSTANCES: &[&str] = &["opioids", "benzodiazepines", "ghb"];

fn under(c: &Context, years: f64) -> bool {
    c.f.a.number(Item::Age).is_some_and(|a| a < years)
}

pub static NEEDS: &[Need] = &[
    need(
        "tsb_liaison",
        |c| {
            c.level.is_emergency()
                && c.f.a.substance_use() == Tri::Yes
                && !under(c, crate::criteria::CHILD_UNDER)
        },
        text!(
            "Be om tilsyn fra TSB under oppholdet; TSB tar over når pasienten er stabil",
            "Be om tilsyn frå TSB under opphaldet; TSB tek over når pasienten er stabil",
            "Ask for a TSB consultation during the stay; TSB takes over when the patient is stable",
        ),
        sources::SOMATIC_FIRST,
    ),
    need(
        "tsb_acute_when_stable",
        |c| c.level.is_emergency() && c.indication == Indication::Indicated,
        text!(
            "Akutt TSB er indisert: overfør til akutt TSB når pasienten er somatisk og psykisk stabil",
            "Akutt TSB er indisert: overfør til akutt TSB når pasienten er somatisk og psykisk stabil",
            "Acute TSB is indicated: transfer to acute TSB when the patient is somatically and mentally stable",
        ),
        sources::ACUTE_TSB_GUIDELINE,
    ),
    need(
        "parallel_mental_health",
        |c| {
            let a = &c.f.a;
            a.substance_use() == Tri::Yes
                && (a.yes(Item::Psychosis)
                    || a.is_any(Item::SuicideRisk, &["moderate", "high"])
                    || a.yes(Item::SelfHarmSigns)
                    || a.yes(Item::SuicideAttempt)
                    || a.yes(Item::SeriousMentalDisorder))
        },
        text!(
            "Vurder psykisk helse parallelt; rusfrihet er ikke et vilkår for psykisk helsehjelp",
            "Vurder psykisk helse parallelt; rusfridom er ikkje eit vilkår for psykisk helsehjelp",
            "Assess mental health in parallel; sobriety is not a precondition for mental health care",
        ),
        sources::UKOM_PARALLELL,
    ),
    need_or(
        "pregnancy_pathway",
        |c| c.verdicts[0].status == Status::Met,
        text!(
            "Pakkeforløp «Gravide og rusmidler»: svangerskapsoppfølging og korteste frister",
            "Pakkeforløp «Gravide og rusmiddel»: svangerskapsoppfølging og kortaste fristar",
            "Care pathway «Pregnant women and substances»: obstetric follow-up and the shortest deadlines",
        ),
        (
            |c| c.f.a.has(Item::Substances, "opioids"),
            text!(
                "Pakkeforløp «Gravide og rusmidler»: svangerskapsoppfølging og korteste frister; ved opioider stabiliseres pasienten på buprenorfin eller metadon, og abstinens skal ikke stå ubehandlet",
                "Pakkeforløp «Gravide og rusmiddel»: svangerskapsoppfølging og kortaste fristar; ved opioid blir pasienten stabilisert på buprenorfin eller metadon, og abstinens skal ikkje stå ubehandla",
                "Care pathway «Pregnant women and substances»: obstetric follow-up and the shortest deadlines; with opioids, stabilise on buprenorphine or methadone, and do not leave withdrawal untreated",
            ),
        ),
        sources::PREGNANCY_PATHWAY,
    ),
    need(
        "children_next_of_kin",
        |c| c.f.a.yes(Item::MinorChildren),
        text!(
            "Kartlegg og følg opp mindreårige barn som pårørende",
            "Kartlegg og følg opp mindreårige born som pårørande",
            "Clarify and follow up minor children as next of kin",
        ),
        sources::CHILDREN_AS_NEXT_OF_KIN,
    ),
    need(
        "clarify_children",
        |c| !c.f.a.known(Item::MinorChildren),
        text!(
            "Avklar om pasienten har mindreårige barn (eller søsken) som pårørende: det er en plikt",
            "Avklar om pasienten har mindreårige born (eller sysken) som pårørande: det er ei plikt",
            "Clarify whether the patient has minor children (or siblings) as next of kin: it is a duty",
        ),
        sources::CHILDREN_AS_NEXT_OF_KIN,
    ),
    need(
        "child_welfare_concern",
        |c| c.f.a.yes(Item::ChildrenAtRisk),
        text!(
            "Vurder opplysningsplikten til barnevernet",
            "Vurder opplysningsplikta til barnevernet",
            "Assess the duty to inform child welfare services",
        ),
        sources::DUTY_TO_INFORM_CHILD_WELFARE,
    ),
    need_or(
        "overdose_risk_after_discharge",
        |c| {
            c.f.a.yes(Item::RecentDischarge)
                || (c.level.is_acute_tsb()
                    && c.f.a.uses_any(OVERDOSE_RISK_SUBSTANCES) == Tri::Yes)
        },
        text!(
            "Overdoserisikoen er om lag 16 ganger høyere de første ukene etter utskrivning, fordi toleransen faller: lag en oppfølgingsplan",
            "Overdoserisikoen er om lag 16 gonger høgare dei første vekene etter utskriving, fordi toleransen fell: lag ein oppfølgingsplan",
            "The overdose risk is about 16 times higher in the first weeks after discharge, as tolerance falls: make a follow-up plan",
        ),
        (
            |c| c.f.a.uses_any(&["opioids"]) != Tri::No,
            text!(
                "Overdoserisikoen er om lag 16 ganger høyere de første ukene etter utskrivning, fordi toleransen faller: lag en oppfølgingsplan og gi nalokson med hjem",
                "Overdoserisikoen er om lag 16 gonger høgare dei første vekene etter utskriving, fordi toleransen fell: lag ein oppfølgingsplan og gi nalokson med heim",
                "The overdose risk is about 16 times higher in the first weeks after discharge, as tolerance falls: make a follow-up plan and give take-home naloxone",
            ),
        ),
        sources::OVERDOSE_AFTER_DISCHARGE,
    ),
    need(
        "overdose_followup",
        |c| c.f.a.yes(Item::SuspectedOverdose),
        text!(
            "Oppfølging etter overdose: gjennomgå behandlingsplanen; de som takker nei til akutt hjelp får et «angrekort» med åpen retur innen 48 timer uten henvisning",
            "Oppfølging etter overdose: gå gjennom behandlingsplanen; dei som takkar nei til akutt hjelp får eit «angrekort» med open retur innan 48 timar utan tilvising",
            "Follow-up after overdose: review the treatment plan; those who decline acute help get an open return within 48 hours without referral",
        ),
        sources::OVERDOSE_PATHWAY,
    ),
    need(
        "suicide_assessment_after_overdose",
        |c| c.f.a.yes(Item::SuspectedOverdose) || c.f.a.yes(Item::SuicideAttempt),
        text!(
            "Vurder om overdosen var satt i suicidal hensikt, eller selvmordsrisikoen etter forsøket, før utskrivning; psykisk helsevern parallelt",
            "Vurder om overdosen var teken i suicidal hensikt, eller sjølvmordsrisikoen etter forsøket, før utskriving; psykisk helsevern parallelt",
            "Assess whether the overdose was intentional, or the suicide risk after the attempt, before discharge; mental health care in parallel",
        ),
        sources::OVERDOSE_SUICIDE,
    ),
    need_or(
        "minor_patient",
        |c| under(c, 18.0),
        text!(
            "Pasienten er under 18 år: involver foreldre eller foresatte innenfor reglene om samtykke og taushetsplikt for mindreårige, og barne- og ungdomstjenester; vurder opplysningsplikten til barnevernet",
            "Pasienten er under 18 år: involver foreldre eller føresette innanfor reglane om samtykke og teieplikt for mindreårige, og barne- og ungdomstenester; vurder opplysningsplikta til barnevernet",
            "The patient is under 18: involve parents or guardians within the rules for minors' consent and confidentiality, and child and adolescent services; consider the duty to inform child welfare",
        ),
        (
            |c| under(c, crate::criteria::CHILD_UNDER),
            text!(
                "Barn under 12 år: behandles av barneavdeling, med foreldre eller foresatte, BUP og barnevernet; Giftinformasjonen 22 59 13 00",
                "Born under 12 år: blir behandla av barneavdeling, med foreldre eller føresette, BUP og barnevernet; Giftinformasjonen 22 59 13 00",
                "A child under 12: paediatrics, with parents or guardians, child and adolescent mental health services (BUP) and child welfare; Giftinformasjonen 22 59 13 00",
            ),
        ),
        sources::MINORS,
    ),
    need(
        "oat_continuity",
        |c| c.f.a.yes(Item::Oat),
        text!(
            "Kontakt LAR-teamet samme dag; fortsett LAR etter legevurdering: hold tilbake eller reduser dosen ved sedasjon, etter overdose eller nalokson, og etter tapte doser (toleransen kan være redusert)",
            "Kontakt LAR-teamet same dag; hald fram med LAR etter legevurdering: hald tilbake eller reduser dosen ved sedasjon, etter overdose eller nalokson, og etter tapte dosar (toleransen kan vere redusert)",
            "Contact the LAR team the same day; continue LAR after a physician's assessment: withhold or reduce the dose while sedated, after an overdose or naloxone, and after missed doses (tolerance may be lost)",
        ),
        sources::LAR_GUIDELINE,
    ),
    need(
        "withdrawal_timing",
        |c| {
            c.f.a.uses_any(crate::answers::WITHDRAWAL_SUBSTANCES) == Tri::Yes
                && c.f.a.known(Item::HoursSinceLastIntake)
        },
        text!(
            "Når abstinensen kan toppe seg: alkohol gir kramper om lag 12–48 timer og delir om lag 48–96 timer etter siste inntak, GHB i løpet av timer; gjenta abstinensskåringen",
            "Når abstinensen kan toppe seg: alkohol gir krampar om lag 12–48 timar og delir om lag 48–96 timar etter siste inntak, GHB i løpet av timar; gjenta abstinensskåringa",
            "When withdrawal may peak: with alcohol, seizures about 12–48 hours and delirium about 48–96 hours after the last drink, with GHB within hours; repeat the withdrawal score",
        ),
        sources::WITHDRAWAL_COURSE,
    ),
    need(
        "joint_responsibility",
        |c| c.f.a.number(Item::AcuteAdmissions12m).is_some_and(|n| n >= 2.0),
        text!(
            "Gjentatte akuttinnleggelser: felles vurdering, én ansvarlig koordinator og én plan",
            "Gjentekne akuttinnleggingar: felles vurdering, éin ansvarleg koordinator og éin plan",
            "Repeated acute admissions: a joint assessment, one responsible coordinator and one plan",
        ),
        sources::UKOM_ANSVAR,
    ),
    need(
        "alternative_contact",
        |c| [Item::ReachableByPhone, Item::FixedAddress, Item::HasBankid].iter().any(|i| c.f.a.no(*i)),
        text!(
            "Digital tilgang er ikke et vilkår: avtal kontakt via koordinator, hjemmetjeneste eller oppsøkende team",
            "Digital tilgang er ikkje eit vilkår: avtal kontakt via koordinator, heimeteneste eller oppsøkjande team",
            "Digital access is no precondition: arrange contact through a coordinator, home services or outreach",
        ),
        sources::UKOM_TILGJENGELIGHET,
    ),
    need(
        "missed_appointment_followup",
        |c| c.f.a.yes(Item::MissedAppointments),
        text!(
            "Uteblivelse skal gi ny kontakt i en annen form, ikke utskrivning",
            "Uteblivnad skal gi ny kontakt i ei anna form, ikkje utskriving",
            "A missed appointment calls for new contact in another form, not discharge",
        ),
        sources::UKOM_TILGJENGELIGHET,
    ),
    need(
        "collateral_information",
        |c| !c.f.a.yes(Item::CollateralInformation),
        text!(
            "Innhent komparentopplysninger fra pårørende, innenfor taushetspliktens rammer",
            "Hent inn komparentopplysningar frå pårørande, innanfor ramma av teieplikta",
            "Obtain collateral information from next of kin, within the rules of confidentiality",
        ),
        sources::UKOM_PARORENDE,
    ),
    need(
        "withdrawal_and_pain_relief",
        |c| c.level.is_emergency() && c.f.a.yes(Item::DailyUse),
        text!(
            "Sørg for god abstinensbehandling og smertelindring under oppholdet",
            "Sørg for god abstinensbehandling og smertelindring under opphaldet",
            "Ensure adequate withdrawal treatment and pain relief during the stay",
        ),
        sources::UKOM_ABSTINENS_SMERTE,
    ),
    need_or(
        "direct_transfer",
        |c| c.level.is_acute_tsb(),
        text!(
            "Planlegg videre behandling uten venting: 0 dager fra akuttbehandling/avrusning til videre døgnbehandling der det er planlagt",
            "Planlegg vidare behandling utan venting: 0 dagar frå akuttbehandling/avrusing til vidare døgnbehandling der det er planlagt",
            "Plan further treatment without waiting: 0 days from acute care or detoxification to further 24-hour treatment where that is planned",
        ),
        (
            |c| c.level == Level::TsbAcuteOutpatient,
            text!(
                "Planlegg videre behandling uten venting: neste avtale avtales før personen går",
                "Planlegg vidare behandling utan venting: neste avtale blir avtalt før personen går",
                "Plan further treatment without waiting: the next appointment is made before the person leaves",
            ),
        ),
        sources::DIRECT_TRANSFER,
    ),
];

/// Each need's condition in words, for clinical review (`docs/DECISION_TABLES.md`); a test checks that
/// every need has one. Kept beside `NEEDS` rather than in it: the module never shows them.
pub static CONDITIONS: &[(&str, &str)] = &[
    ("tsb_liaison", "the level is 113, somatic or psychiatric emergency, substance use is yes, and the person is not under 12"),
    ("tsb_acute_when_stable", "the level is an emergency and acute TSB is indicated"),
    ("parallel_mental_health", "substance use is yes and psychosis, suicide risk moderate or high, signs of self-harm, a suicide attempt or a serious mental disorder is yes"),
    ("pregnancy_pathway", "criterion `pregnancy` is met (with opioids in use: the opioid wording)"),
    ("children_next_of_kin", "`minor_children` is yes"),
    ("clarify_children", "`minor_children` is not answered or unknown"),
    ("child_welfare_concern", "`children_at_risk` is yes"),
    ("overdose_risk_after_discharge", "`recent_discharge` is yes, or the level is acute TSB and opioids, benzodiazepines or GHB are in use (opioids not ruled out: the naloxone wording)"),
    ("overdose_followup", "`suspected_overdose` is yes"),
    ("suicide_assessment_after_overdose", "`suspected_overdose` or `suicide_attempt` is yes"),
    ("minor_patient", "`age` under 18 (under 12: the paediatric wording)"),
    ("oat_continuity", "`oat` is yes"),
    ("withdrawal_timing", "alcohol, benzodiazepines or GHB are in use and `hours_since_last_intake` is answered"),
    ("joint_responsibility", "`acute_admissions_12m` is 2 or more"),
    ("alternative_contact", "`reachable_by_phone`, `fixed_address` or `has_bankid` is no"),
    ("missed_appointment_followup", "`missed_appointments` is yes"),
    ("collateral_information", "`collateral_information` is not yes"),
    ("withdrawal_and_pain_relief", "the level is an emergency and `daily_use` is yes"),
    ("direct_transfer", "the level is acute TSB (outpatient: the next-appointment wording)"),
];

/// The needs that hold, in table order.
pub fn needs<'a>(c: &'a Context<'a>) -> impl Iterator<Item = &'static Need> + 'a {
    NEEDS.iter().filter(move |n| (n.holds)(c))
}
