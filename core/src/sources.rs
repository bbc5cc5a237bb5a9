//! The sources every rule cites. A rule names one of these by id; the output carries the citation.
//! The seed files are the Norwegian source documents in `shared/seeds/` (see `docs/RULES.md`).

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: &'static str,
    pub citation: &'static str,
}

pub const NFR_AVRUSNING_AKUTT: Source = Source {
    id: "nfr_avrusning_akutt",
    citation: "Nasjonal faglig retningslinje for avrusning, «Akutt rusbehandling / øyeblikkelig hjelp» (seed 000)",
};
pub const PBRL_2_1B: Source = Source {
    id: "pbrl_2_1b",
    citation: "Pasient- og brukerrettighetsloven § 2-1 b; spesialisthelsetjenesteloven § 3-1 (seed 000, 003)",
};
pub const SEED000_SOMATIKK: Source = Source {
    id: "seed000_somatikk_og_rus",
    citation: "«Somatikk og rus»: akutt somatisk sykdom vurderes i somatikken selv om den skyldes rusmidler; TSB har ansvaret når pasienten er somatisk stabil (seed 000)",
};
pub const SEED000_PSYKISK: Source = Source {
    id: "seed000_psykisk_helsevern_og_rus",
    citation: "«Psykisk helsevern og rus»: akutte psykoser og høy suicidal risiko vurderes i psykisk helsevern, uavhengig av rus (seed 000; IS-1948, IS-1511)",
};
pub const SEED000_KRISE: Source = Source {
    id: "seed000_akutt_krise",
    citation: "«Akutt rusrelatert krisesituasjon»: TSB når rusmiddelbruk dominerer og hjelpen er påtrengende nødvendig (seed 000)",
};
pub const SEED000_INNGANG: Source = Source {
    id: "seed000_inngang",
    citation: "«Hvordan kommer pasienten inn akutt i TSB» (seed 000)",
};
pub const SEED000_VURDERING: Source = Source {
    id: "seed000_vurdering",
    citation: "«Undersøkelse og vurdering av»: de fem vurderingsområdene ved akutt TSB (seed 000)",
};
pub const SEED001_AMBULANT: Source = Source {
    id: "seed001_ambulant",
    citation: "Regional plan for TSB, Helse Nord 2019–2025: ambulant akutthjelp når innleggelse ikke er nødvendig (seed 001)",
};
pub const SEED001_PAKKEFORLOP: Source = Source {
    id: "seed001_pakkeforlop",
    citation: "Pakkeforløp TSB: 0 dager fra akuttbehandling/avrusning til videre døgnbehandling (seed 001)",
};
pub const SEED003_OVERDOSE: Source = Source {
    id: "seed003_overdose",
    citation: "Helse Midt-Norge om TSB: overdoserisiko om lag 16 ganger høyere de første 4 ukene etter utskrivning (seed 003)",
};
pub const SEED004_NIVAA: Source = Source {
    id: "seed004_nivaa",
    citation: "Oslo kommune: fastlege, kommunale tjenester og spesialisthelsetjeneste etter alvorlighet og varighet (seed 004)",
};
pub const UKOM_PARALLELL: Source = Source {
    id: "ukom2026_parallell",
    citation: "Ukom 2026, «Når rusen definerer helsehjelpen»: parallell hjelp, rusfrihet er ikke et vilkår (seed 002)",
};
pub const UKOM_SAMARBEID: Source = Source {
    id: "ukom2026_samarbeid",
    citation: "Ukom 2026, «Når rusen definerer helsehjelpen»: gjentatte akuttinnleggelser, felles ansvar og én plan (seed 002)",
};
pub const UKOM_TILGJENGELIG: Source = Source {
    id: "ukom2026_tilgjengelighet",
    citation: "Ukom 2026, «Når rusen definerer helsehjelpen»: digital utenforskap, uteblivelse og oppsøkende kontakt (seed 002)",
};
pub const UKOM_KOMPARENT: Source = Source {
    id: "ukom2026_komparent",
    citation: "Ukom 2026, «Når rusen definerer helsehjelpen»: komparentopplysninger fra pårørende (seed 002)",
};
pub const UKOM_SMERTE: Source = Source {
    id: "ukom2026_abstinens_smerte",
    citation: "Ukom 2026, «Når rusen definerer helsehjelpen»: abstinensbehandling og smertelindring (seed 002)",
};
pub const HPL_10A: Source = Source {
    id: "hpl_10a",
    citation: "Helsepersonelloven § 10 a: barn som pårørende",
};
pub const HPL_33: Source = Source {
    id: "hpl_33",
    citation: "Helsepersonelloven § 33: opplysningsplikt til barnevernet",
};
pub const PAKKEFORLOP_GRAVIDE: Source = Source {
    id: "pakkeforlop_gravide",
    citation: "Pakkeforløp «Gravide og rusmidler» (Helsedirektoratet)",
};
pub const PAKKEFORLOP_OVERDOSE: Source = Source {
    id: "pakkeforlop_overdose",
    citation: "Pakkeforløp TSB: oppfølging etter overdose (Helsedirektoratet)",
};
pub const RCP_NEWS2: Source = Source {
    id: "rcp_news2_2017",
    citation: "Royal College of Physicians. National Early Warning Score (NEWS) 2, 2017",
};
pub const CIWA_AR: Source = Source {
    id: "sullivan_1989_ciwa_ar",
    citation: "Sullivan JT et al. CIWA-Ar, Br J Addict 1989 (public domain); bands: VA/CamCOPS",
};
pub const CIWA_AR_ASAM: Source = Source {
    id: "asam_ciwa_ar",
    citation: "Sullivan JT et al. CIWA-Ar, Br J Addict 1989; ASAM-style bands 10/19",
};
pub const COWS: Source = Source {
    id: "wesson_ling_2003_cows",
    citation:
        "Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS), J Psychoactive Drugs 2003",
};
pub const AUDIT: Source = Source {
    id: "who_2001_audit",
    citation: "Babor TF et al. AUDIT, WHO 2001; Norwegian cut-offs men ≥ 8, women ≥ 6",
};
pub const AUDIT_C: Source = Source {
    id: "bradley_2007_audit_c",
    citation: "Bradley KA et al. AUDIT-C, Alcohol Clin Exp Res 2007: men ≥ 4, women ≥ 3",
};
pub const AUDIT_C_SWEDISH: Source = Source {
    id: "swedish_audit_c",
    citation: "AUDIT-C with Swedish cut-offs: men ≥ 5, women ≥ 4",
};
pub const DUDIT: Source = Source {
    id: "berman_2005_dudit",
    citation:
        "Berman AH et al. DUDIT, Eur Addict Res 2005: men ≥ 6, women ≥ 2, ≥ 25 probable dependence",
};
pub const GCS: Source = Source {
    id: "teasdale_jennett_1974_gcs",
    citation: "Teasdale G, Jennett B. Glasgow Coma Scale, Lancet 1974",
};
pub const PAWSS: Source = Source {
    id: "maldonado_2014_pawss",
    citation:
        "Maldonado JR et al. PAWSS, Alcohol Alcohol 2014: ≥ 4 high risk of complicated withdrawal",
};
pub const NORSK_INDEKS: Source = Source {
    id: "norsk_indeks_2018",
    citation: "Norsk indeks for medisinsk nødhjelp, 4. utgave (Helsedirektoratet 2018): kriterier for rødt svar ved rus, overdose, selvskading og brystsmerter",
};
pub const GIFTINFORMASJONEN: Source = Source {
    id: "giftinformasjonen",
    citation:
        "Giftinformasjonen (Helsedirektoratet), 22 59 13 00: råd om forgiftninger, også hos barn",
};
pub const NRR_2021: Source = Source {
    id: "nrr_2021",
    citation: "Norsk Resuscitasjonsråd: retningslinjer for hjerte-lunge-redning 2021 (førstehjelp, HLR 30:2)",
};
pub const LAR_GUIDELINE: Source = Source {
    id: "hdir_lar_2022",
    citation: "Helsedirektoratet: Nasjonal faglig retningslinje for LAR (2022): kontinuitet i behandlingen etter legevurdering",
};
pub const NFR_AVRUSNING_ABSTINENS: Source = Source {
    id: "nfr_avrusning_abstinens",
    citation: "Nasjonal faglig retningslinje for avrusning: abstinensforløp for alkohol, benzodiazepiner og GHB",
};
pub const FORLOP_OVERDOSE_SUICIDE: Source = Source {
    id: "forlop_tsb_overdose_suicide",
    citation: "Nasjonalt forløp TSB, akuttbehandling og oppfølging etter rusmiddeloverdose: vurder om overdosen var satt i suicidal hensikt",
};
pub const HPL_MINORS: Source = Source {
    id: "pbrl_minors",
    citation: "Pasient- og brukerrettighetsloven kapittel 4 (samtykke for mindreårige) og helsepersonelloven § 33",
};
pub const PAEDIATRIC: Source = Source {
    id: "paediatric_ranges",
    citation: "Royal College of Physicians. NEWS2 (2017) er ikke validert for barn: vurder med pediatriske normalverdier (f.eks. PEWS)",
};
