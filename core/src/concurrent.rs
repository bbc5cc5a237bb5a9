//! Concurrent needs (SPEC section 7): what must be met in parallel, whatever the level. Each need is
//! emitted whenever its condition holds.

use crate::answers::Tri;
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

pub struct Need {
    pub id: &'static str,
    pub holds: fn(&Context) -> bool,
    pub text: Text,
    pub source: Source,
}

const fn need(id: &'static str, holds: fn(&Context) -> bool, text: Text, source: Source) -> Need {
    Need {
        id,
        holds,
        text,
        source,
    }
}

pub static NEEDS: &[Need] = &[
    need(
        "tsb_liaison",
        |c| c.level.is_emergency() && c.f.a.substance_use() == Tri::Yes,
        text!(
            "Be om tilsyn fra TSB under oppholdet; TSB tar over når pasienten er stabil",
            "Be om tilsyn frå TSB under opphaldet; TSB tek over når pasienten er stabil",
            "Ask for a TSB consultation during the stay; TSB takes over when the patient is stable",
        ),
        sources::SEED000_SOMATIKK,
    ),
    need(
        "tsb_acute_when_stable",
        |c| c.level.is_emergency() && c.indication == Indication::Indicated,
        text!(
            "Akutt TSB er indisert: overfør til akutt TSB når pasienten er somatisk og psykisk stabil",
            "Akutt TSB er indisert: overfør til akutt TSB når pasienten er somatisk og psykisk stabil",
            "Acute TSB is indicated: transfer to acute TSB when the patient is somatically and mentally stable",
        ),
        sources::NFR_AVRUSNING_AKUTT,
    ),
    need(
        "parallel_mental_health",
        |c| {
            let a = &c.f.a;
            a.substance_use() == Tri::Yes
                && (a.yes(Item::Psychosis) || a.is_any(Item::SuicideRisk, &["moderate", "high"]) || a.yes(Item::SeriousMentalDisorder))
        },
        text!(
            "Vurder psykisk helse parallelt; rusfrihet er ikke et vilkår for psykisk helsehjelp",
            "Vurder psykisk helse parallelt; rusfridom er ikkje eit vilkår for psykisk helsehjelp",
            "Assess mental health in parallel; sobriety is not a precondition for mental health care",
        ),
        sources::UKOM_PARALLELL,
    ),
    need(
        "pregnancy_pathway",
        |c| c.verdicts[0].status == Status::Met,
        text!(
            "Pakkeforløp «Gravide og rusmidler»: svangerskapsoppfølging og korteste frister",
            "Pakkeforløp «Gravide og rusmiddel»: svangerskapsoppfølging og kortaste fristar",
            "Care pathway «Pregnant women and substances»: obstetric follow-up and the shortest deadlines",
        ),
        sources::PAKKEFORLOP_GRAVIDE,
    ),
    need(
        "children_next_of_kin",
        |c| c.f.a.yes(Item::MinorChildren),
        text!(
            "Kartlegg og følg opp mindreårige barn som pårørende",
            "Kartlegg og følg opp mindreårige born som pårørande",
            "Clarify and follow up minor children as next of kin",
        ),
        sources::HPL_10A,
    ),
    need(
        "child_welfare_concern",
        |c| c.f.a.yes(Item::ChildrenAtRisk),
        text!(
            "Vurder opplysningsplikten til barnevernet",
            "Vurder opplysningsplikta til barnevernet",
            "Assess the duty to inform child welfare services",
        ),
        sources::HPL_33,
    ),
    need(
        "overdose_risk_after_discharge",
        |c| c.f.a.yes(Item::RecentDischarge),
        text!(
            "Overdoserisikoen er om lag 16 ganger høyere de første 4 ukene etter utskrivning: gi nalokson og en oppfølgingsplan",
            "Overdoserisikoen er om lag 16 gonger høgare dei første 4 vekene etter utskriving: gi nalokson og ein oppfølgingsplan",
            "The overdose risk is about 16 times higher in the 4 weeks after discharge: give naloxone and a follow-up plan",
        ),
        sources::SEED003_OVERDOSE,
    ),
    need(
        "overdose_followup",
        |c| c.f.a.yes(Item::SuspectedOverdose),
        text!(
            "Oppfølging etter overdose: gjennomgå behandlingsplanen og gi åpen retur innen 48 timer",
            "Oppfølging etter overdose: gå gjennom behandlingsplanen og gi open retur innan 48 timar",
            "Follow-up after overdose: review the treatment plan and offer an open return within 48 hours",
        ),
        sources::PAKKEFORLOP_OVERDOSE,
    ),
    need(
        "joint_responsibility",
        |c| c.f.a.number(Item::AcuteAdmissions12m).is_some_and(|n| n >= 2.0),
        text!(
            "Gjentatte akuttinnleggelser: felles vurdering, én ansvarlig koordinator og én plan",
            "Gjentekne akuttinnleggingar: felles vurdering, éin ansvarleg koordinator og éin plan",
            "Repeated acute admissions: a joint assessment, one responsible coordinator and one plan",
        ),
        sources::UKOM_SAMARBEID,
    ),
    need(
        "alternative_contact",
        |c| [Item::ReachableByPhone, Item::FixedAddress, Item::HasBankid].iter().any(|i| c.f.a.no(*i)),
        text!(
            "Digital tilgang er ikke et vilkår: avtal kontakt via koordinator, hjemmetjeneste eller oppsøkende team",
            "Digital tilgang er ikkje eit vilkår: avtal kontakt via koordinator, heimeteneste eller oppsøkjande team",
            "Digital access is no precondition: arrange contact through a coordinator, home services or outreach",
        ),
        sources::UKOM_TILGJENGELIG,
    ),
    need(
        "missed_appointment_followup",
        |c| c.f.a.yes(Item::MissedAppointments),
        text!(
            "Uteblivelse skal gi ny kontakt i en annen form, ikke utskrivning",
            "Uteblivnad skal gi ny kontakt i ei anna form, ikkje utskriving",
            "A missed appointment calls for new contact in another form, not discharge",
        ),
        sources::UKOM_TILGJENGELIG,
    ),
    need(
        "collateral_information",
        |c| !c.f.a.yes(Item::CollateralInformation),
        text!(
            "Innhent komparentopplysninger fra pårørende, innenfor taushetspliktens rammer",
            "Hent inn komparentopplysningar frå pårørande, innanfor ramma av teieplikta",
            "Obtain collateral information from next of kin, within the rules of confidentiality",
        ),
        sources::UKOM_KOMPARENT,
    ),
    need(
        "withdrawal_and_pain_relief",
        |c| matches!(c.level, Level::Emergency113 | Level::SomaticEmergency) && c.f.a.yes(Item::DailyUse),
        text!(
            "Sørg for god abstinensbehandling og smertelindring under det somatiske oppholdet",
            "Sørg for god abstinensbehandling og smertelindring under det somatiske opphaldet",
            "Ensure adequate withdrawal treatment and pain relief during the somatic stay",
        ),
        sources::UKOM_SMERTE,
    ),
    need(
        "direct_transfer",
        |c| c.level.is_acute_tsb(),
        text!(
            "Planlegg videre behandling uten venting: 0 dager fra akuttbehandling/avrusning til videre døgnbehandling",
            "Planlegg vidare behandling utan venting: 0 dagar frå akuttbehandling/avrusing til vidare døgnbehandling",
            "Plan further treatment without waiting: 0 days from acute care or detoxification to further 24-hour treatment",
        ),
        sources::SEED001_PAKKEFORLOP,
    ),
];

/// The needs that hold, in table order.
pub fn needs<'a>(c: &'a Context<'a>) -> impl Iterator<Item = &'static Need> + 'a {
    NEEDS.iter().filter(move |n| (n.holds)(c))
}
