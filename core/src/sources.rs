//! The bibliography (SPEC 1.6 and 11): every source a rule cites, as a reference a clinician can look
//! up, with a stable public id, and the citations each rule gives (`Source`).
//!
//! Each entry was checked with public search tools (titles, years, publication numbers, paragraphs,
//! addresses); what could not be verified is left out (`None`) and listed in `docs/SOURCES.md`. A rule
//! names a `Source`: the entries its claim rests on. The output carries each as `{ id, citation, url }`.

use crate::text::{Lang, Text};
use serde::Serialize;

/// One entry of the bibliography. `id` is public and stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub id: &'static str,
    /// Authors or publisher, as they are cited.
    pub author: &'static str,
    pub title: &'static str,
    pub year: Option<u16>,
    /// Publication number (IS-2211), law id (LOV-1999-07-02-63), journal reference or DOI.
    pub number: Option<&'static str>,
    /// The chapter, section or paragraph the rules rest on; `None` for a whole work.
    pub locator: Option<&'static str>,
    /// A public address; `None` when none was verified.
    pub url: Option<&'static str>,
}

/// The entries a rule's claim rests on, most specific first.
pub type Source = &'static [&'static Reference];

/// A source as the output gives it: the entry's id, its citation and its address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SourceRef {
    pub id: &'static str,
    pub citation: String,
    pub url: Option<&'static str>,
}

/// "No date", for an entry without a year: the one word of a citation that depends on the language
/// (titles and locators are quoted as published, so that a reader can look them up).
const NO_DATE: Text = text!("u.å.", "u.å.", "n.d.");

impl Reference {
    /// `Author (year). Title (number). Locator.`
    pub fn citation(&self, lang: Lang) -> String {
        // One allocation of the exact size: a citation is made for every message that cites it.
        let len = self.author.len()
            + self.title.len()
            + self.number.map_or(0, |n| n.len() + 3)
            + self.locator.map_or(0, |l| l.len() + 2)
            + 16;
        let mut s = String::with_capacity(len);
        s.push_str(self.author);
        s.push_str(" (");
        match self.year {
            Some(year) => {
                // The digits of the year, without a float or a formatter.
                let mut digits = [0u8; 5];
                let mut n = year;
                let mut i = digits.len();
                loop {
                    i -= 1;
                    if let Some(d) = digits.get_mut(i) {
                        *d = b'0' + (n % 10) as u8;
                    }
                    n /= 10;
                    if n == 0 || i == 0 {
                        break;
                    }
                }
                for d in digits.iter().skip(i) {
                    s.push(char::from(*d));
                }
            }
            None => s.push_str(NO_DATE.get(lang)),
        }
        s.push_str("). ");
        s.push_str(self.title);
        if let Some(number) = self.number {
            s.push_str(" (");
            s.push_str(number);
            s.push(')');
        }
        s.push('.');
        if let Some(locator) = self.locator {
            s.push(' ');
            s.push_str(locator);
            s.push('.');
        }
        s
    }
}

/// A source as `{ id, citation, url }` for each of its entries.
pub fn refs(source: Source, lang: Lang) -> Vec<SourceRef> {
    source
        .iter()
        .map(|r| SourceRef {
            id: r.id,
            citation: r.citation(lang),
            url: r.url,
        })
        .collect()
}

/// The citations of `sources` as one line (`; ` between them), `None` for none.
pub fn line(sources: &[SourceRef]) -> Option<String> {
    (!sources.is_empty()).then(|| {
        sources
            .iter()
            .map(|s| s.citation.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// The entries of several sources, each once, in order.
pub fn refs_of_all(sources: &[Source], lang: Lang) -> Vec<SourceRef> {
    let mut out: Vec<SourceRef> = Vec::new();
    for r in sources.iter().flat_map(|s| s.iter()) {
        if !out.iter().any(|o| o.id == r.id) {
            out.push(SourceRef {
                id: r.id,
                citation: r.citation(lang),
                url: r.url,
            });
        }
    }
    out
}

pub const HDIR_AVRUSNING_2016: Reference = Reference {
    id: "hdir_avrusning_2016",
    author: "Helsedirektoratet",
    title: "Nasjonal faglig retningslinje for avrusning fra rusmidler og vanedannende legemidler",
    year: Some(2016),
    number: Some("IS-2211"),
    locator: Some("Kapittel 1 «Akutt rusbehandling / øyeblikkelig hjelp»"),
    url: Some("https://www.helsedirektoratet.no/retningslinjer/avrusning-fra-rusmidler-og-vanedannende-legemidler/akutt-rusbehandling-oyeblikkelig-hjelp/generelt-om-akutt-rusbehandlingoyeblikkelig-hjelp"),
};

pub const HDIR_AVRUSNING_2016_OPIOIDOVERDOSE: Reference = Reference {
    id: "hdir_avrusning_2016_opioidoverdose",
    author: "Helsedirektoratet",
    title: "Nasjonal faglig retningslinje for avrusning fra rusmidler og vanedannende legemidler",
    year: Some(2016),
    number: Some("IS-2211"),
    locator: Some("Anbefalingen «Oppfølging etter opioidoverdoser»"),
    url: Some("https://helsedirektoratet.no/retningslinjer/avrusning-fra-rusmidler-og-vanedannende-legemidler/seksjon?Tittel=oppfolging-etter-opioidoverdoser-10225"),
};

pub const HDIR_FORLOP_TSB_2018: Reference = Reference {
    id: "hdir_forlop_tsb_2018",
    author: "Helsedirektoratet",
    title: "Nasjonalt pasientforløp rusbehandling (TSB) (tidligere pakkeforløp)",
    year: Some(2018),
    number: None,
    locator: Some("Kapittel 5 «Forløpstider – rusbehandling (TSB) pakkeforløp»"),
    url: Some("https://www.helsedirektoratet.no/pakkeforlop/rusbehandling-tsb/forlopstider-rusbehandling-tsb-pakkeforlop"),
};

pub const HDIR_FORLOP_TSB_OVERDOSE: Reference = Reference {
    id: "hdir_forlop_tsb_overdose",
    author: "Helsedirektoratet",
    title: "Nasjonalt pasientforløp rusbehandling (TSB): Akuttbehandling og oppfølging etter rusmiddeloverdose",
    year: Some(2021),
    number: None,
    locator: Some("Kapittel 4.2 «Aktiviteter og tiltak fra tjenesteytere» (angrekort)"),
    url: Some("https://www.helsedirektoratet.no/nasjonale-forlop/rusbehandling-tsb/akuttbehandling-og-oppfolging-etter-rusmiddeloverdose/aktiviteter-og-tiltak-fra-tjenesteytere"),
};

pub const HDIR_FORLOP_TSB_OVERDOSE_SUICIDE: Reference = Reference {
    id: "hdir_forlop_tsb_overdose_suicide",
    author: "Helsedirektoratet",
    title: "Nasjonalt pasientforløp rusbehandling (TSB): Akuttbehandling og oppfølging etter rusmiddeloverdose",
    year: Some(2021),
    number: None,
    locator: Some("Kapittel 4.5 «Oppfølging utover den øyeblikkelige hjelpen ved rusmiddeloverdose»"),
    url: Some("https://www.helsedirektoratet.no/nasjonale-forlop/rusbehandling-tsb/akuttbehandling-og-oppfolging-etter-rusmiddeloverdose/oppfolging-utover-den-oyeblikkelige-hjelpen-ved-rusmiddeloverdose"),
};

pub const HDIR_FORLOP_GRAVIDE_2019: Reference = Reference {
    id: "hdir_forlop_gravide_2019",
    author: "Helsedirektoratet",
    title: "Nasjonalt pasientforløp gravide og rusmidler (tidligere pakkeforløp)",
    year: Some(2019),
    number: None,
    locator: Some("Kapittel 9.2 «Målsetning, kunnskapsgrunnlag og arbeidsgruppe»"),
    url: Some("https://www.helsedirektoratet.no/nasjonale-forlop/gravide-og-rusmidler/om-pakkeforlopet/malsetning-kunnskapsgrunnlag-og-arbeidsgruppe"),
};

pub const HDIR_ROP_2011: Reference = Reference {
    id: "hdir_rop_2011",
    author: "Helsedirektoratet",
    title: "Nasjonal faglig retningslinje for utredning, behandling og oppfølging av personer med samtidig ruslidelse og psykisk lidelse – ROP-lidelser",
    year: Some(2011),
    number: Some("IS-1948"),
    locator: Some("Sentrale anbefalinger"),
    url: Some("https://helsedirektoratet.no/retningslinjer/nasjonal-faglig-retningslinje-for-utredning-behandling-og-oppfolging-av-personer-med-samtidig-ruslidelse-og-psykisk-lidelser"),
};

pub const HDIR_SELVMORD_2024: Reference = Reference {
    id: "hdir_selvmord_2024",
    author: "Helsedirektoratet",
    title: "Nasjonal faglig retningslinje for forebygging av selvmord i psykisk helsevern og tverrfaglig spesialisert rusbehandling (TSB)",
    year: Some(2024),
    number: None,
    locator: Some("«Klinisk vurdering og behandling av selvmordsatferd»"),
    url: Some("https://www.helsedirektoratet.no/retningslinjer/selvmordsforebygging-i-psykisk-helsevern-og-tsb/klinisk-vurdering-og-behandling-av-selvmordsatferd/behandlingsansvarlig-skal-ved-forste-kontakt-vurdere-selvmordsatferd-som-del-av-en-helhetlig-klinisk-vurdering"),
};

pub const HDIR_LAR_2022: Reference = Reference {
    id: "hdir_lar_2022",
    author: "Helsedirektoratet",
    title: "Nasjonal faglig retningslinje for behandling ved opioidavhengighet",
    year: Some(2022),
    number: None,
    locator: Some("Anbefalingen om valg av substitusjonslegemiddel i LAR"),
    url: Some("https://www.helsedirektoratet.no/retningslinjer/behandling-ved-opioidavhengighet/behandling-ved-opioidavhengighet/buprenorfin-og-metadon-anbefales-som-substitusjonslegemiddel-i-lar.ved-utilstrekkelig-behandlingseffekt-eller-vesentlige-bivirkninger-av-buprenorfin-og-metadon-bor-levometadon-eller-langtidsvirkende-morfin-vurderes"),
};

pub const OUS_NKTSB_AKUTT_TSB: Reference = Reference {
    id: "ous_nktsb_akutt_tsb",
    author: "Oslo universitetssykehus, Nasjonal kompetansetjeneste TSB",
    title: "Akuttbehandling i TSB",
    year: None,
    number: None,
    locator: None,
    url: Some("https://oslo-universitetssykehus.no/fag-og-forskning/nasjonale-og-regionale-tjenester/tsb/akutte-tjenester-i-tsb"),
};

pub const PBRL_OYEBLIKKELIG_HJELP: Reference = Reference {
    id: "pbrl_oyeblikkelig_hjelp",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-63"),
    locator: Some("Kapittel 2: retten til øyeblikkelig hjelp fra spesialisthelsetjenesten (før Prop. 40 L (2022–2023): § 2-1 b første ledd)"),
    url: Some("https://lovdata.no/lov/1999-07-02-63"),
};

pub const SHTL_3_1: Reference = Reference {
    id: "shtl_3_1",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om spesialisthelsetjenesten m.m. (spesialisthelsetjenesteloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-61"),
    locator: Some("§ 3-1 Øyeblikkelig hjelp, annet ledd"),
    url: Some("https://lovdata.no/lov/1999-07-02-61/%C2%A73-1"),
};

pub const HPL_7: Reference = Reference {
    id: "hpl_7",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om helsepersonell m.v. (helsepersonelloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-64"),
    locator: Some("§ 7 Øyeblikkelig hjelp"),
    url: Some("https://lovdata.no/lov/1999-07-02-64"),
};

pub const HPL_10A: Reference = Reference {
    id: "hpl_10a",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om helsepersonell m.v. (helsepersonelloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-64"),
    locator: Some(
        "§ 10 a Helsepersonells plikt til å bidra til å ivareta mindreårige barn som pårørende",
    ),
    url: Some("https://lovdata.no/lov/1999-07-02-64"),
};

pub const HPL_33: Reference = Reference {
    id: "hpl_33",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om helsepersonell m.v. (helsepersonelloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-64"),
    locator: Some("§ 33 Opplysningsplikt til barnevernet"),
    url: Some("https://lovdata.no/lov/1999-07-02-64"),
};

pub const AKUTTMEDISINFORSKRIFTEN: Reference = Reference {
    id: "akuttmedisinforskriften",
    author: "Helse- og omsorgsdepartementet",
    title: "Forskrift om krav til og organisering av kommunal legevaktordning, ambulansetjeneste, medisinsk nødmeldetjeneste mv. (akuttmedisinforskriften)",
    year: Some(2015),
    number: Some("FOR-2015-03-20-231"),
    locator: Some("Definisjonen av akuttmedisin"),
    url: Some("https://lovdata.no/dokument/SF/forskrift/2015-03-20-231"),
};

pub const UKOM_2026_PASIENTHISTORIER: Reference = Reference {
    id: "ukom_2026_pasienthistorier",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("Pasienthistoriene om Aud, Kristian og Lars, med refleksjonsspørsmål"),
    url: None,
};

pub const UKOM_2026_PARALLELL: Reference = Reference {
    id: "ukom_2026_parallell",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("Funn 2 og anbefalingen «Samtidig og integrert behandling»"),
    url: None,
};

pub const UKOM_2026_ANSVAR: Reference = Reference {
    id: "ukom_2026_ansvar",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("Anbefalingen «Tydeligere og samordnet ansvar for pasientforløp»"),
    url: None,
};

pub const UKOM_2026_TILGJENGELIGHET: Reference = Reference {
    id: "ukom_2026_tilgjengelighet",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("«Fleksible tjenester som tåler lavt funksjonsnivå og uteblivelser» og «Kontaktformer som hindrer digitalt utenforskap»"),
    url: None,
};

pub const UKOM_2026_PARORENDE: Reference = Reference {
    id: "ukom_2026_parorende",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("«Opplysninger fra pårørende og nærstående personer»"),
    url: None,
};

pub const UKOM_2026_ABSTINENS_SMERTE: Reference = Reference {
    id: "ukom_2026_abstinens_smerte",
    author: "Statens undersøkelseskommisjon for helse- og omsorgstjenesten (Ukom)",
    title: "Når rusen definerer helsehjelpen – materiell til læring og refleksjon",
    year: Some(2026),
    number: None,
    locator: Some("Funn 5 og «Tillit, kontroll og stigma»"),
    url: None,
};

pub const HELSE_NORD_FAGPLAN_TSB: Reference = Reference {
    id: "helse_nord_fagplan_tsb",
    author: "Helse Nord RHF",
    title: "Regional fagplan for TSB",
    year: None,
    number: None,
    locator: Some("Kapittel 3.2 «Akutt TSB» og tiltakene for polikliniske tilbud"),
    url: None,
};

pub const HELSE_MIDT_RUSBEHANDLING: Reference = Reference {
    id: "helse_midt_rusbehandling",
    author: "Helse Midt-Norge RHF",
    title: "Rusbehandling",
    year: Some(2021),
    number: None,
    locator: None,
    url: Some("https://www.helse-midt.no/vart-oppdrag/vare-hovedoppgaver/behandling/rusbehandling"),
};

pub const RAVNDAL_AMUNDSEN_2010: Reference = Reference {
    id: "ravndal_amundsen_2010",
    author: "Ravndal E, Amundsen EJ",
    title: "Mortality among drug users after discharge from inpatient treatment: an 8-year prospective study",
    year: Some(2010),
    number: Some("Drug and Alcohol Dependence"),
    locator: None,
    url: None,
};

pub const OSLO_NIVAER: Reference = Reference {
    id: "oslo_nivaer",
    author: "Oslo kommune og sykehusene",
    title: "Ulike nivåer og deler av helsetjenesten (lysbildepresentasjon)",
    year: None,
    number: None,
    locator: None,
    url: None,
};

pub const NIMN_31: Reference = Reference {
    id: "nimn_31",
    author: "Helsedirektoratet",
    title: "Norsk indeks for medisinsk nødhjelp, 4. utgave",
    year: Some(2018),
    number: None,
    locator: Some(
        "Kapittel 31 «Rus / overdose», kriteriene A.31.02, A.31.03, A.31.05, A.31.06 og A.31.07",
    ),
    url: Some("https://legevaktindeks.no/nimn/31.html"),
};

pub const NIMN_29: Reference = Reference {
    id: "nimn_29",
    author: "Helsedirektoratet",
    title: "Norsk indeks for medisinsk nødhjelp, 4. utgave",
    year: Some(2018),
    number: None,
    locator: Some("Kapittel 29 «Psykisk lidelse / selvmordsforsøk», kriterium A.29.02"),
    url: Some("https://legevaktindeks.no/nimn/29.html"),
};

pub const NIMN_25: Reference = Reference {
    id: "nimn_25",
    author: "Helsedirektoratet",
    title: "Norsk indeks for medisinsk nødhjelp, 4. utgave",
    year: Some(2018),
    number: None,
    locator: Some("Kapittel 25 «Krampeanfall», kriteriene A.25.02–A.25.04"),
    url: Some("https://legevaktindeks.no/nimn/25.html"),
};

pub const NIMN_17: Reference = Reference {
    id: "nimn_17",
    author: "Helsedirektoratet",
    title: "Norsk indeks for medisinsk nødhjelp, 4. utgave",
    year: Some(2018),
    number: None,
    locator: Some("Kapittel 17 «Forgiftning – ikke rusrelatert», kriteriene A.17.05 og A.17.07"),
    url: Some("https://legevaktindeks.no/nimn/17.html"),
};

pub const NIMN_11: Reference = Reference {
    id: "nimn_11",
    author: "Helsedirektoratet",
    title: "Norsk indeks for medisinsk nødhjelp, 4. utgave",
    year: Some(2018),
    number: None,
    locator: Some("Kapittel 11 «Brystsmerter / hjertesykdom», kriteriene A.11.03 og A.11.04"),
    url: Some("https://legevaktindeks.no/nimn/11.html"),
};

pub const NRR_2021_HLR: Reference = Reference {
    id: "nrr_2021_hlr",
    author: "Norsk Resuscitasjonsråd",
    title: "NRR retningslinjer 2021. Grunnleggende hjerte-lungeredning (HLR) til voksne",
    year: Some(2021),
    number: None,
    locator: None,
    url: None,
};

pub const HELSENORGE_HLR: Reference = Reference {
    id: "helsenorge_hlr",
    author: "helsenorge.no",
    title: "Hjerte- og lungeredning (HLR)",
    year: None,
    number: None,
    locator: None,
    url: Some("https://www.helsenorge.no/nn/forstehjelp/hjerte-og-lungeredning/"),
};

pub const HELSENORGE_BEVISSTLOSHET: Reference = Reference {
    id: "helsenorge_bevisstloshet",
    author: "helsenorge.no",
    title: "Førstehjelp ved bevisstløshet",
    year: None,
    number: None,
    locator: None,
    url: Some("https://www.helsenorge.no/forstehjelp/forstehjelp-ved-bevisstloshet"),
};

pub const HELSENORGE_OVERDOSE: Reference = Reference {
    id: "helsenorge_overdose",
    author: "helsenorge.no",
    title: "Forebygging av overdoser og overdosedødsfall",
    year: None,
    number: None,
    locator: Some("«Førstehjelp ved overdose»"),
    url: Some("https://www.helsenorge.no/rus-og-avhengighet/forebygging-av-overdose/"),
};

pub const GIFTINFORMASJONEN: Reference = Reference {
    id: "giftinformasjonen",
    author: "Giftinformasjonen, Folkehelseinstituttet",
    title: "Om Giftinformasjonen",
    year: None,
    number: None,
    locator: None,
    url: Some("https://www.helsenorge.no/giftinformasjon/om/"),
};

pub const GIFTINFORMASJONEN_RUSMIDLER: Reference = Reference {
    id: "giftinformasjonen_rusmidler",
    author: "Giftinformasjonen, Folkehelseinstituttet",
    title: "Forgiftninger med rusmidler",
    year: None,
    number: None,
    locator: None,
    url: Some("https://www.helsenorge.no/giftinformasjon/rusmidler/forgiftninger-med-rusmidler/"),
};

pub const GIFTINFORMASJONEN_AMFETAMIN_2018: Reference = Reference {
    id: "giftinformasjonen_amfetamin_2018",
    author: "Giftinformasjonen, Folkehelseinstituttet",
    title: "Amfetamin og amfetaminliknende rusmidler - behandlingsanbefaling ved forgiftning",
    year: Some(2018),
    number: None,
    locator: None,
    url: Some("https://www.helsebiblioteket.no/forgiftninger/rusmidler/amfetamin-og-amfetaminliknende-rusmidler-behandlingsanbefaling-ved-forgiftning"),
};

pub const SULLIVAN_1989_CIWA_AR: Reference = Reference {
    id: "sullivan_1989_ciwa_ar",
    author: "Sullivan JT, Sykora K, Schneiderman J, Naranjo CA, Sellers EM",
    title: "Assessment of alcohol withdrawal: the revised Clinical Institute Withdrawal Assessment for Alcohol scale (CIWA-Ar)",
    year: Some(1989),
    number: Some("Br J Addict 1989;84(11):1353–1357; doi:10.1111/j.1360-0443.1989.tb00737.x"),
    locator: None,
    url: Some("https://doi.org/10.1111/j.1360-0443.1989.tb00737.x"),
};

pub const WESSON_LING_2003_COWS: Reference = Reference {
    id: "wesson_ling_2003_cows",
    author: "Wesson DR, Ling W",
    title: "The Clinical Opiate Withdrawal Scale (COWS)",
    year: Some(2003),
    number: Some("J Psychoactive Drugs 2003;35(2):253–259; doi:10.1080/02791072.2003.10400007"),
    locator: None,
    url: Some("https://doi.org/10.1080/02791072.2003.10400007"),
};

pub const WHO_2001_AUDIT: Reference = Reference {
    id: "who_2001_audit",
    author: "Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG; World Health Organization",
    title: "AUDIT: The Alcohol Use Disorders Identification Test. Guidelines for Use in Primary Care. Second Edition",
    year: Some(2001),
    number: Some("WHO/MSD/MSB/01.6a"),
    locator: None,
    url: Some("https://iris.who.int/bitstream/handle/10665/67205/WHO_MSD_MSB_01.6a-eng.pdf"),
};

pub const AASLAND_1990_AUDIT_NO: Reference = Reference {
    id: "aasland_1990_audit_no",
    author: "Aasland OG, Amundsen A, Bovim G, Fauske S, Mørland J",
    title: "Identifisering av pasienter med risiko for alkoholskader",
    year: Some(1990),
    number: Some("Tidsskr Nor Lægeforen 1990;110:1523–7"),
    locator: None,
    url: None,
};

pub const NHI_AUDIT: Reference = Reference {
    id: "nhi_audit",
    author: "Norsk Helseinformatikk (NHI)",
    title: "Alkohol-audit",
    year: None,
    number: None,
    locator: Some("«Tolkning»"),
    url: Some("https://nhi.no/skjema-og-kalkulatorer/skjema/diverse/alkohol-audit/"),
};

pub const BUSH_1998_AUDIT_C: Reference = Reference {
    id: "bush_1998_audit_c",
    author: "Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA",
    title: "The AUDIT alcohol consumption questions (AUDIT-C): an effective brief screening test for problem drinking",
    year: Some(1998),
    number: Some("Arch Intern Med 1998;158(16):1789–1795; doi:10.1001/archinte.158.16.1789"),
    locator: None,
    url: Some("https://doi.org/10.1001/archinte.158.16.1789"),
};

pub const BRADLEY_2007_AUDIT_C: Reference = Reference {
    id: "bradley_2007_audit_c",
    author: "Bradley KA, DeBenedetti AF, Volk RJ, Williams EC, Frank D, Kivlahan DR",
    title: "AUDIT-C as a brief screen for alcohol misuse in primary care",
    year: Some(2007),
    number: Some("Alcohol Clin Exp Res 2007;31(7):1208–1217; doi:10.1111/j.1530-0277.2007.00403.x"),
    locator: None,
    url: Some("https://doi.org/10.1111/j.1530-0277.2007.00403.x"),
};

pub const BERMAN_2005_DUDIT: Reference = Reference {
    id: "berman_2005_dudit",
    author: "Berman AH, Bergman H, Palmstierna T, Schlyter F",
    title: "Evaluation of the Drug Use Disorders Identification Test (DUDIT) in criminal justice and detoxification settings and in a Swedish population sample",
    year: Some(2005),
    number: Some("Eur Addict Res 2005;11(1):22–31"),
    locator: None,
    url: Some("http://www.karger.com/Article/FullText/81413"),
};

pub const BERMAN_2003_DUDIT_MANUAL: Reference = Reference {
    id: "berman_2003_dudit_manual",
    author: "Berman AH, Bergman H, Palmstierna T, Schlyter F; Karolinska Institutet",
    title: "DUDIT: The Drug Use Disorders Identification Test. Manual, version 1.0",
    year: Some(2003),
    number: None,
    locator: None,
    url: None,
};

pub const TEASDALE_JENNETT_1974_GCS: Reference = Reference {
    id: "teasdale_jennett_1974_gcs",
    author: "Teasdale G, Jennett B",
    title: "Assessment of coma and impaired consciousness. A practical scale",
    year: Some(1974),
    number: Some("Lancet 1974;2(7872):81–84; doi:10.1016/S0140-6736(74)91639-0"),
    locator: None,
    url: Some("https://doi.org/10.1016/S0140-6736(74)91639-0"),
};

pub const RCP_NEWS2_2017: Reference = Reference {
    id: "rcp_news2_2017",
    author: "Royal College of Physicians",
    title: "National Early Warning Score (NEWS) 2: Standardising the assessment of acute-illness severity in the NHS. Updated report of a working party",
    year: Some(2017),
    number: Some("ISBN 978-1-86016-682-2"),
    locator: None,
    url: None,
};

pub const MALDONADO_2014_PAWSS: Reference = Reference {
    id: "maldonado_2014_pawss",
    author: "Maldonado JR, Sher Y, Ashouri JF, et al.",
    title: "The «Prediction of Alcohol Withdrawal Severity Scale» (PAWSS): systematic literature review and pilot study of a new scale for the prediction of complicated alcohol withdrawal syndrome",
    year: Some(2014),
    number: Some("Alcohol 2014; doi:10.1016/j.alcohol.2014.01.004"),
    locator: None,
    url: Some("https://doi.org/10.1016/j.alcohol.2014.01.004"),
};

pub const MALDONADO_2015_PAWSS: Reference = Reference {
    id: "maldonado_2015_pawss",
    author: "Maldonado JR, Sher Y, Das S, et al.",
    title: "Prospective validation study of the Prediction of Alcohol Withdrawal Severity Scale (PAWSS) in medically ill inpatients: a new scale for the prediction of complicated alcohol withdrawal syndrome",
    year: Some(2015),
    number: Some("Alcohol Alcohol 2015;50(5):509–518; doi:10.1093/alcalc/agv043"),
    locator: None,
    url: None,
};

pub const PBRL_SAMTYKKE: Reference = Reference {
    id: "pbrl_samtykke",
    author: "Helse- og omsorgsdepartementet",
    title: "Lov om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)",
    year: Some(1999),
    number: Some("LOV-1999-07-02-63"),
    locator: Some("Kapittel 4 «Samtykke til helsehjelp»"),
    url: Some("https://lovdata.no/lov/1999-07-02-63"),
};

/// Every entry, in the order a reader looks for them (guidelines, laws, reports, triage and first aid,
/// instruments).
pub const BIBLIOGRAPHY: &[&Reference] = &[
    // Guidelines and pathways
    &HDIR_AVRUSNING_2016,
    &HDIR_AVRUSNING_2016_OPIOIDOVERDOSE,
    &HDIR_FORLOP_TSB_2018,
    &HDIR_FORLOP_TSB_OVERDOSE,
    &HDIR_FORLOP_TSB_OVERDOSE_SUICIDE,
    &HDIR_FORLOP_GRAVIDE_2019,
    &HDIR_ROP_2011,
    &HDIR_SELVMORD_2024,
    &HDIR_LAR_2022,
    &OUS_NKTSB_AKUTT_TSB,
    // Laws and regulations
    &PBRL_OYEBLIKKELIG_HJELP,
    &SHTL_3_1,
    &HPL_7,
    &HPL_10A,
    &HPL_33,
    &PBRL_SAMTYKKE,
    &AKUTTMEDISINFORSKRIFTEN,
    // Reports, regional plans and other documents
    &UKOM_2026_PASIENTHISTORIER,
    &UKOM_2026_PARALLELL,
    &UKOM_2026_ANSVAR,
    &UKOM_2026_TILGJENGELIGHET,
    &UKOM_2026_PARORENDE,
    &UKOM_2026_ABSTINENS_SMERTE,
    &HELSE_NORD_FAGPLAN_TSB,
    &HELSE_MIDT_RUSBEHANDLING,
    &RAVNDAL_AMUNDSEN_2010,
    &OSLO_NIVAER,
    // Emergency triage, first aid and poisoning advice
    &NIMN_31,
    &NIMN_29,
    &NIMN_25,
    &NIMN_17,
    &NIMN_11,
    &NRR_2021_HLR,
    &HELSENORGE_HLR,
    &HELSENORGE_BEVISSTLOSHET,
    &HELSENORGE_OVERDOSE,
    &GIFTINFORMASJONEN,
    &GIFTINFORMASJONEN_RUSMIDLER,
    &GIFTINFORMASJONEN_AMFETAMIN_2018,
    // Instruments
    &SULLIVAN_1989_CIWA_AR,
    &WESSON_LING_2003_COWS,
    &WHO_2001_AUDIT,
    &AASLAND_1990_AUDIT_NO,
    &NHI_AUDIT,
    &BUSH_1998_AUDIT_C,
    &BRADLEY_2007_AUDIT_C,
    &BERMAN_2005_DUDIT,
    &BERMAN_2003_DUDIT_MANUAL,
    &TEASDALE_JENNETT_1974_GCS,
    &RCP_NEWS2_2017,
    &MALDONADO_2014_PAWSS,
    &MALDONADO_2015_PAWSS,
];

// ---------------------------------------------------------------------------------------------------
// The sources of the rules: which entries each claim rests on. A rule names one of these.
// ---------------------------------------------------------------------------------------------------

/// The five criteria of acute TSB and that acute TSB comes after acute somatic and psychiatric needs.
pub const ACUTE_TSB_GUIDELINE: Source = &[&HDIR_AVRUSNING_2016];
/// The right to emergency help from the specialist health service, TSB included.
pub const RIGHT_TO_EMERGENCY_HELP: Source = &[&PBRL_OYEBLIKKELIG_HJELP, &SHTL_3_1];
/// Acute somatic illness is assessed in somatic care, even when substances caused it.
pub const SOMATIC_FIRST: Source = &[&HDIR_AVRUSNING_2016, &OUS_NKTSB_AKUTT_TSB];
/// Acute psychosis and serious suicide risk are assessed in mental health care, substances or not.
pub const PSYCHIATRIC_FIRST: Source = &[&HDIR_ROP_2011, &HDIR_SELVMORD_2024, &HDIR_AVRUSNING_2016];
/// An acute substance-related crisis in which help is urgently needed.
pub const ACUTE_CRISIS: Source = &[&HDIR_AVRUSNING_2016];
/// How a patient comes into acute TSB. The list of entry paths itself is local organisation
/// (`options.services`): no public source lists it (docs/SOURCES.md).
pub const ENTRY_PATHS: Source = &[&HDIR_AVRUSNING_2016, &OUS_NKTSB_AKUTT_TSB];
/// The assessment of acute TSB (the five domains).
pub const ASSESSMENT: Source = &[&HDIR_AVRUSNING_2016];
/// Outpatient acute help when admission is not needed.
pub const ACUTE_OUTPATIENT: Source = &[&HELSE_NORD_FAGPLAN_TSB];
/// 0 days from completed detoxification to further treatment.
pub const DIRECT_TRANSFER: Source = &[&HDIR_FORLOP_TSB_2018];
/// The high risk of overdose in the first weeks after discharge.
pub const OVERDOSE_AFTER_DISCHARGE: Source = &[&HELSE_MIDT_RUSBEHANDLING, &RAVNDAL_AMUNDSEN_2010];
/// Levels of care by severity and duration: GP, municipal services, specialist care.
pub const LEVELS_OF_CARE: Source = &[&OSLO_NIVAER];
pub const UKOM_PARALLELL: Source = &[&UKOM_2026_PARALLELL];
pub const UKOM_ANSVAR: Source = &[&UKOM_2026_ANSVAR];
pub const UKOM_TILGJENGELIGHET: Source = &[&UKOM_2026_TILGJENGELIGHET];
pub const UKOM_PARORENDE: Source = &[&UKOM_2026_PARORENDE];
pub const UKOM_ABSTINENS_SMERTE: Source = &[&UKOM_2026_ABSTINENS_SMERTE];
pub const CHILDREN_AS_NEXT_OF_KIN: Source = &[&HPL_10A];
pub const DUTY_TO_INFORM_CHILD_WELFARE: Source = &[&HPL_33];
/// Minors: consent (pasient- og brukerrettighetsloven chapter 4) and the duty to inform child welfare.
pub const MINORS: Source = &[&PBRL_SAMTYKKE, &HPL_33];
pub const PREGNANCY_PATHWAY: Source = &[&HDIR_FORLOP_GRAVIDE_2019];
pub const OVERDOSE_PATHWAY: Source = &[&HDIR_FORLOP_TSB_OVERDOSE];
/// After an overdose: whether it was a suicide attempt; not left alone.
pub const OVERDOSE_SUICIDE: Source = &[
    &HDIR_FORLOP_TSB_OVERDOSE_SUICIDE,
    &HDIR_AVRUSNING_2016_OPIOIDOVERDOSE,
];
pub const LAR_GUIDELINE: Source = &[&HDIR_LAR_2022];
/// The course of withdrawal. The timing of seizures and delirium has no verified source yet
/// (docs/SOURCES.md).
pub const WITHDRAWAL_COURSE: Source = &[&HDIR_AVRUSNING_2016];
pub const NEWS2: Source = &[&RCP_NEWS2_2017];
/// NEWS2 is not validated for children (under 16) or in pregnancy.
pub const PAEDIATRIC: Source = &[&RCP_NEWS2_2017];
pub const CIWA_AR: Source = &[&SULLIVAN_1989_CIWA_AR];
/// The 10/19 bands (an option): no verified source for the bands (docs/SOURCES.md).
pub const CIWA_AR_ASAM: Source = &[&SULLIVAN_1989_CIWA_AR];
pub const COWS: Source = &[&WESSON_LING_2003_COWS];
/// AUDIT, with the Norwegian cut-offs.
pub const AUDIT: Source = &[&WHO_2001_AUDIT, &NHI_AUDIT, &AASLAND_1990_AUDIT_NO];
pub const AUDIT_C: Source = &[&BRADLEY_2007_AUDIT_C, &BUSH_1998_AUDIT_C];
/// The Swedish cut-offs (an option): sources conflict, none verified (docs/SOURCES.md).
pub const AUDIT_C_SWEDISH: Source = &[&BUSH_1998_AUDIT_C];
/// DUDIT; the cut-offs are the manual's.
pub const DUDIT: Source = &[&BERMAN_2005_DUDIT, &BERMAN_2003_DUDIT_MANUAL];
pub const GCS: Source = &[&TEASDALE_JENNETT_1974_GCS];
pub const PAWSS: Source = &[&MALDONADO_2014_PAWSS, &MALDONADO_2015_PAWSS];
/// Norsk indeks, chapter 31: the red criteria after substances (breathing, consciousness, overdose).
pub const INDEX_SUBSTANCES: Source = &[&NIMN_31];
/// Norsk indeks: red flags after substances (31) and chest pain (11).
pub const INDEX_RED_FLAGS: Source = &[&NIMN_31, &NIMN_11];
/// Norsk indeks, chapter 29: a serious suicide attempt (A.29.02).
pub const INDEX_SUICIDE_ATTEMPT: Source = &[&NIMN_29];
/// Every reason a citizen is told to call 113: Norsk indeks chapters 31, 29, 25 and 11.
pub const CALL_113: Source = &[&NIMN_31, &NIMN_29, &NIMN_25, &NIMN_11];
/// Danger to others: Norsk indeks chapter 29. That the police (112) come too has no verified source
/// of its own (docs/SOURCES.md).
pub const DANGER_TO_OTHERS: Source = &[&NIMN_29];
/// Not settled: 113 when a life may be in danger (Norsk indeks 31), legevakt 116 117 otherwise.
pub const NOT_SETTLED: Source = &[&NIMN_31, &AKUTTMEDISINFORSKRIFTEN];
pub const POISON_CENTRE: Source = &[&GIFTINFORMASJONEN, &GIFTINFORMASJONEN_RUSMIDLER];
/// First aid: CPR 30:2, naloxone, the recovery position, staying with the person.
pub const FIRST_AID: Source = &[
    &NRR_2021_HLR,
    &HELSENORGE_HLR,
    &HELSENORGE_OVERDOSE,
    &HELSENORGE_BEVISSTLOSHET,
];

/// What the rules take from each entry, in nb, nn and en (for the documentation; not in the output).
pub const NOTES: &[(&str, Text)] = &[
    (
        HDIR_AVRUSNING_2016.id,
        text!(
        "De fem kriteriene for akutt TSB, og at akutte somatiske og psykiatriske behandlingsbehov må avklares før akuttbehandling i TSB.",
        "Dei fem kriteria for akutt TSB, og at akutte somatiske og psykiatriske behandlingsbehov må avklarast før akuttbehandling i TSB.",
        "The five criteria for acute TSB, and that acute somatic and psychiatric treatment needs must be clarified before acute TSB."
        ),
    ),
    (
        HDIR_AVRUSNING_2016_OPIOIDOVERDOSE.id,
        text!(
        "Etter en opioidoverdose bør det spørres om hensikten var selvmord, og personen bør ikke etterlates alene (som hovedregel minst to timers oppfølging).",
        "Etter ein opioidoverdose bør ein spørje om føremålet var sjølvmord, og personen bør ikkje etterlatast åleine (som hovudregel minst to timars oppfølging).",
        "After an opioid overdose, ask whether it was a suicide attempt and do not leave the person alone (as a rule, follow-up for at least two hours)."
        ),
    ),
    (
        HDIR_FORLOP_TSB_2018.id,
        text!(
        "Forløpstid 0 kalenderdager fra avsluttet avrusning i døgnenhet til annen behandling starter.",
        "Forløpstid 0 kalenderdagar frå avslutta avrusing i døgneining til anna behandling tek til.",
        "A pathway time of 0 calendar days from completed inpatient detoxification to the start of further treatment."
        ),
    ),
    (
        HDIR_FORLOP_TSB_OVERDOSE.id,
        text!(
        "Pasienter behandlet for overdose bør få et «angrekort»: åpen retur til akutt undersøkelse i TSB innen 48 timer uten ny henvisning, og behandlingsplanen bør evalueres.",
        "Pasientar som er behandla for overdose, bør få eit «angrekort»: open retur til akutt undersøking i TSB innan 48 timar utan ny tilvising, og behandlingsplanen bør evaluerast.",
        "Patients treated for an overdose should get an «angrekort»: open return for acute assessment in TSB within 48 hours without a new referral, and their treatment plan should be reviewed."
        ),
    ),
    (
        HDIR_FORLOP_TSB_OVERDOSE_SUICIDE.id,
        text!(
        "Det er nødvendig å vurdere om overdosen var satt i suicidal hensikt, risikoen for nye selvmordsforsøk og om alvorlig psykisk sykdom bidro.",
        "Det er naudsynt å vurdere om overdosen var eit sjølvmordsforsøk, kor stor risikoen er for nye forsøk, og om alvorleg psykisk sjukdom medverka.",
        "It is necessary to assess whether the overdose was a suicide attempt, the risk of further attempts, and whether serious mental illness contributed."
        ),
    ),
    (
        HDIR_FORLOP_GRAVIDE_2019.id,
        text!(
        "Eget forløp for gravide som bruker rusmidler, med forsterket svangerskapsomsorg og oppfølging i kommune og spesialisthelsetjeneste.",
        "Eige forløp for gravide som brukar rusmiddel, med forsterka svangerskapsomsorg og oppfølging i kommunen og spesialisthelsetenesta.",
        "A dedicated pathway for pregnant women who use substances, with reinforced antenatal care and follow-up in municipal and specialist services."
        ),
    ),
    (
        HDIR_ROP_2011.id,
        text!(
        "Personer med akutte psykoser har rett til behandling i psykisk helsevern, uavhengig av om lidelsen er rusutløst.",
        "Personar med akutte psykosar har rett til behandling i psykisk helsevern, uavhengig av om lidinga er rusutløyst.",
        "People with acute psychosis are entitled to treatment in mental health care, whether or not the disorder is substance-induced."
        ),
    ),
    (
        HDIR_SELVMORD_2024.id,
        text!(
        "Selvmordsatferd skal vurderes ved første kontakt som del av en helhetlig klinisk vurdering, med vurdering av beskyttelsestiltak som innleggelse.",
        "Sjølvmordsåtferd skal vurderast ved første kontakt som del av ei heilskapleg klinisk vurdering, med vurdering av vernetiltak som innlegging.",
        "Suicidal behaviour is assessed at first contact as part of an overall clinical assessment, including whether protective measures such as admission are needed."
        ),
    ),
    (
        HDIR_LAR_2022.id,
        text!(
        "Valg av substitusjonslegemiddel og legemiddelform i LAR besluttes av lege i TSB i dialog med pasienten.",
        "Val av substitusjonslegemiddel og legemiddelform i LAR vert avgjort av lege i TSB i dialog med pasienten.",
        "The choice of LAR substitution medicine and formulation is made by a TSB physician in dialogue with the patient."
        ),
    ),
    (
        OUS_NKTSB_AKUTT_TSB.id,
        text!(
        "Oppsummerer de fem kriteriene for akutt TSB, at akutte somatiske eller psykiatriske behov avklares først, og retur innen 48 timer uten ny henvisning.",
        "Samanfattar dei fem kriteria for akutt TSB, at akutte somatiske eller psykiatriske behov vert avklarte først, og retur innan 48 timar utan ny tilvising.",
        "Summarises the five criteria for acute TSB, that acute somatic or psychiatric needs are clarified first, and return within 48 hours without a new referral."
        ),
    ),
    (
        PBRL_OYEBLIKKELIG_HJELP.id,
        text!(
        "Pasienten har rett til øyeblikkelig hjelp fra spesialisthelsetjenesten, også i TSB.",
        "Pasienten har rett til øyeblikkeleg hjelp frå spesialisthelsetenesta, òg i TSB.",
        "Patients have a right to emergency help from the specialist health service, including TSB."
        ),
    ),
    (
        SHTL_3_1.id,
        text!(
        "Plikten til øyeblikkelig hjelp: regionale helseforetak skal utpeke institusjoner som tar imot pasienter med akutt behov for tverrfaglig spesialisert rusbehandling.",
        "Plikta til øyeblikkeleg hjelp: regionale helseføretak skal peike ut institusjonar som tek imot pasientar med akutt behov for tverrfagleg spesialisert rusbehandling.",
        "The duty to give emergency help: regional health authorities must designate institutions that admit patients with an acute need for specialised substance-use treatment."
        ),
    ),
    (
        HPL_7.id,
        text!(
        "Helsepersonell skal straks gi den helsehjelpen de evner når hjelpen må antas å være påtrengende nødvendig.",
        "Helsepersonell skal straks gje den helsehjelpa dei evnar når ein må rekne med at hjelpa er påtrengjande naudsynt.",
        "Health personnel must immediately give the help they can when it must be assumed to be urgently necessary."
        ),
    ),
    (
        HPL_10A.id,
        text!(
        "Helsepersonell skal bidra til å ivareta behovet for informasjon og oppfølging hos pasientens mindreårige barn.",
        "Helsepersonell skal medverke til å ta vare på behovet for informasjon og oppfølging hjå dei mindreårige borna til pasienten.",
        "Health personnel must help meet the information and follow-up needs of the patient's minor children."
        ),
    ),
    (
        HPL_33.id,
        text!(
        "Helsepersonell skal være oppmerksomme på forhold som kan føre til tiltak fra barnevernet, og har opplysningsplikt ved alvorlig omsorgssvikt.",
        "Helsepersonell skal vere merksame på forhold som kan føre til tiltak frå barnevernet, og har opplysningsplikt ved alvorleg omsorgssvikt.",
        "Health personnel must watch for circumstances that may call for child-welfare measures and must inform child welfare services of serious neglect."
        ),
    ),
    (
        AKUTTMEDISINFORSKRIFTEN.id,
        text!(
        "Akuttmedisin omfatter også akutte psykiske lidelser og rusproblemer der rask hjelp kan være avgjørende for liv og helse.",
        "Akuttmedisin omfattar òg akutte psykiske lidingar og rusproblem der rask hjelp kan vere avgjerande for liv og helse.",
        "Emergency medicine includes acute mental disorders and substance problems where rapid help may be decisive for life and health."
        ),
    ),
    (
        UKOM_2026_PASIENTHISTORIER.id,
        text!(
        "Undervisningstilfellene bygger på pasienthistoriene og refleksjonsspørsmålene i materiellet.",
        "Undervisningstilfella byggjer på pasienthistoriene og refleksjonsspørsmåla i materiellet.",
        "The teaching cases build on the material's patient stories and reflection questions."
        ),
    ),
    (
        UKOM_2026_PARALLELL.id,
        text!(
        "Tjenestene må gi parallell hjelp, slik at ett behov ikke må være løst før et annet vurderes; krav om rusfrihet kan hindre utredning.",
        "Tenestene må gje parallell hjelp, slik at eitt behov ikkje må vere løyst før eit anna vert vurdert; krav om rusfridom kan hindre utgreiing.",
        "Services must help in parallel, so that one need does not have to be solved before another is assessed; demanding sobriety can block assessment."
        ),
    ),
    (
        UKOM_2026_ANSVAR.id,
        text!(
        "Gjentatte akuttinnleggelser bør utløse felles vurdering, tydelig ansvar og én samlet plan for pasienten.",
        "Gjentekne akuttinnleggingar bør utløyse felles vurdering, tydeleg ansvar og éin samla plan for pasienten.",
        "Repeated acute admissions should trigger a joint assessment, clear responsibility and one overall plan for the patient."
        ),
    ),
    (
        UKOM_2026_TILGJENGELIGHET.id,
        text!(
        "Uteblivelse skal utløse ny kontaktform, ikke avslutning, og digital tilgang må ikke være et vilkår for helsehjelp.",
        "Utebliving skal utløyse ny kontaktform, ikkje avslutning, og digital tilgang må ikkje vere eit vilkår for helsehjelp.",
        "A missed appointment should prompt a new way of making contact, not discharge, and digital access must not be a condition for care."
        ),
    ),
    (
        UKOM_2026_PARORENDE.id,
        text!(
        "Tjenestene skal systematisk innhente opplysninger fra pårørende og andre som kjenner pasienten godt.",
        "Tenestene skal systematisk hente inn opplysningar frå pårørande og andre som kjenner pasienten godt.",
        "Services should systematically obtain information from relatives and others who know the patient well."
        ),
    ),
    (
        UKOM_2026_ABSTINENS_SMERTE.id,
        text!(
        "Manglende abstinensbehandling og smertelindring kan føre til at pasienter avbryter behandling.",
        "Manglande abstinensbehandling og smertelindring kan føre til at pasientar avbryt behandlinga.",
        "Untreated withdrawal and inadequate pain relief can make patients break off treatment."
        ),
    ),
    (
        HELSE_NORD_FAGPLAN_TSB.id,
        text!(
        "Ambulante tjenester skal ivareta akutt TSB når innleggelse i døgninstitusjon ikke er nødvendig.",
        "Ambulante tenester skal ta hand om akutt TSB når innlegging i døgninstitusjon ikkje er naudsynt.",
        "Ambulant services should handle acute TSB when 24-hour admission is not needed."
        ),
    ),
    (
        HELSE_MIDT_RUSBEHANDLING.id,
        text!(
        "Risikoen for å dø av overdose de fire første ukene etter behandling er om lag 16 ganger høyere, så oppfølging etter utskrivning er avgjørende.",
        "Risikoen for å døy av overdose dei fire første vekene etter behandling er om lag 16 gonger høgare, så oppfølging etter utskriving er avgjerande.",
        "The risk of dying of an overdose in the first four weeks after treatment is about 16 times higher, so follow-up after discharge is vital."
        ),
    ),
    (
        RAVNDAL_AMUNDSEN_2010.id,
        text!(
        "Dødeligheten av overdose de første fire ukene etter utskrivning fra medikamentfri døgnbehandling var nesten 16 ganger høyere (ratio 15,7).",
        "Dødelegheita av overdose dei første fire vekene etter utskriving frå medikamentfri døgnbehandling var nesten 16 gonger høgare (ratio 15,7).",
        "Overdose mortality in the first four weeks after discharge from drug-free inpatient treatment was almost 16 times higher (rate ratio 15.7)."
        ),
    ),
    (
        OSLO_NIVAER.id,
        text!(
        "Fastlege ved lette og kortvarige problemer, kommunale tjenester ved kortvarige alvorlige eller langvarige lette, og spesialisthelsetjenesten ved alvorlige og langvarige.",
        "Fastlege ved lette og kortvarige problem, kommunale tenester ved kortvarige alvorlege eller langvarige lette, og spesialisthelsetenesta ved alvorlege og langvarige.",
        "The GP for mild, short-lived problems; municipal services for severe short-lived or mild long-lasting ones; specialist care for severe, long-lasting ones."
        ),
    ),
    (
        NIMN_31.id,
        text!(
        "Røde kriterier som blek og klam etter overdose, uvel eller svært varm etter sentralstimulerende, vanskelig å vekke, og ruset med mulig alvorlig skade.",
        "Raude kriterium som bleik og klam etter overdose, uvel eller svært varm etter sentralstimulerande, vanskeleg å vekkje, og rusa med mogleg alvorleg skade.",
        "Red (acute) criteria such as pale and clammy after an overdose, unwell or very hot after stimulants, hard to wake, and intoxicated with a possible serious injury."
        ),
    ),
    (
        NIMN_29.id,
        text!(
        "Alvorlig selvmordsforsøk, også med medikamenter, er et rødt kriterium (A.29.02) med akutt respons.",
        "Alvorleg sjølvmordsforsøk, òg med medikament, er eit raudt kriterium (A.29.02) med akutt respons.",
        "A serious suicide attempt, including with medicines, is a red criterion (A.29.02) with an acute response."
        ),
    ),
    (
        NIMN_25.id,
        text!(
        "Pågående kramper i mer enn om lag fem minutter, eller et anfall med pustevansker eller uten at personen våkner, er røde kriterier.",
        "Pågåande krampar i meir enn om lag fem minutt, eller eit anfall med pustevanskar eller utan at personen vaknar, er raude kriterium.",
        "Seizures lasting more than about five minutes, or a seizure with breathing difficulty or failure to wake, are red criteria."
        ),
    ),
    (
        NIMN_17.id,
        text!(
        "Mulig farlig mengde giftig preparat med symptomer er et rødt kriterium, og AMK kan rådføre seg med Giftinformasjonen (22 59 13 00).",
        "Mogleg farleg mengd giftig preparat med symptom er eit raudt kriterium, og AMK kan rådføre seg med Giftinformasjonen (22 59 13 00).",
        "A possibly dangerous amount of a toxic product with symptoms is a red criterion, and the dispatch centre may consult the Poison Information Centre (22 59 13 00)."
        ),
    ),
    (
        NIMN_11.id,
        text!(
        "Sterke smerter midt i brystet i mer enn fem minutter, eller brystsmerter med blek og klam hud, er røde kriterier.",
        "Sterke smerter midt i brystet i meir enn fem minutt, eller brystsmerter med bleik og klam hud, er raude kriterium.",
        "Severe central chest pain for more than five minutes, or chest pain with pale and clammy skin, are red criteria."
        ),
    ),
    (
        NRR_2021_HLR.id,
        text!(
        "Ring 113 straks ved bevisstløs person, og gi 30 brystkompresjoner og 2 innblåsninger når pusten ikke er normal.",
        "Ring 113 straks ved ein medvitslaus person, og gje 30 brystkompresjonar og 2 innblåsingar når pusten ikkje er normal.",
        "Call 113 at once for an unconscious person, and give 30 chest compressions and 2 rescue breaths when breathing is not normal."
        ),
    ),
    (
        HELSENORGE_HLR.id,
        text!(
        "Ring 113 og sett telefonen på høyttaler; ved unormal pust gis 30 brystkompresjoner og to innblåsninger.",
        "Ring 113 og set telefonen på høgtalar; ved unormal pust gjev ein 30 brystkompresjonar og to innblåsingar.",
        "Call 113 and put the phone on speaker; if breathing is abnormal, give 30 chest compressions and two rescue breaths."
        ),
    ),
    (
        HELSENORGE_BEVISSTLOSHET.id,
        text!(
        "Ved bevisstløshet: ring 113, gi fri luftvei og legg personen i sideleie med veiledning fra 113.",
        "Ved medvitsløyse: ring 113, gje fri luftveg og legg personen i sideleie med rettleiing frå 113.",
        "If someone is unconscious: call 113, open the airway and place the person in the recovery position as 113 guides you."
        ),
    ),
    (
        HELSENORGE_OVERDOSE.id,
        text!(
        "Førstehjelp ved overdose: ring 113, gi nalokson nesespray og start HLR; puster personen ikke etter første dose, bør det gis en dose til.",
        "Førstehjelp ved overdose: ring 113, gje nalokson nasespray og start HLR; pustar ikkje personen etter den første dosen, bør han eller ho få ein dose til.",
        "First aid for an overdose: call 113, give naloxone nasal spray and start CPR; if the person is not breathing after the first dose, give a second one."
        ),
    ),
    (
        GIFTINFORMASJONEN.id,
        text!(
        "Giftinformasjonens døgnåpne telefon for akutte forgiftninger er 22 59 13 00.",
        "Giftinformasjonen har døgnopen telefon for akutte forgiftingar: 22 59 13 00.",
        "The Poison Information Centre's 24-hour line for acute poisonings is 22 59 13 00."
        ),
    ),
    (
        GIFTINFORMASJONEN_RUSMIDLER.id,
        text!(
        "Et barn som har fått i seg et rusmiddel skal alltid til lege eller sykehus, og sentralstimulerende midler kan gi livstruende høy kroppstemperatur.",
        "Eit barn som har fått i seg eit rusmiddel, skal alltid til lege eller sjukehus, og sentralstimulerande middel kan gje livstrugande høg kroppstemperatur.",
        "A child who has taken a recreational drug must always see a doctor or go to hospital, and stimulants can cause life-threatening high body temperature."
        ),
    ),
    (
        GIFTINFORMASJONEN_AMFETAMIN_2018.id,
        text!(
        "Hypertermi ved amfetaminforgiftning krever rask og aggressiv ekstern avkjøling.",
        "Hypertermi ved amfetaminforgifting krev rask og aggressiv ekstern avkjøling.",
        "Hyperthermia in amphetamine poisoning requires rapid, aggressive external cooling."
        ),
    ),
    (
        SULLIVAN_1989_CIWA_AR.id,
        text!(
        "Skalaen CIWA-Ar med ti ledd og sumskår 0–67 for alkoholabstinens.",
        "Skalaen CIWA-Ar med ti ledd og samla skåre 0–67 for alkoholabstinens.",
        "The CIWA-Ar scale: ten items, total 0–67, for alcohol withdrawal."
        ),
    ),
    (
        WESSON_LING_2003_COWS.id,
        text!(
        "COWS: elleve ledd for opioidabstinens med sumskår 0–48 og alvorlighetsgrader.",
        "COWS: elleve ledd for opioidabstinens med samla skåre 0–48 og gradar av alvor.",
        "COWS: eleven items for opioid withdrawal, total 0–48, with severity bands."
        ),
    ),
    (
        WHO_2001_AUDIT.id,
        text!(
        "AUDIT: ti spørsmål (0–40) og WHOs risikosoner for alkoholbruk.",
        "AUDIT: ti spørsmål (0–40) og risikosonene til WHO for alkoholbruk.",
        "AUDIT: ten questions (0–40) and the WHO risk zones for alcohol use."
        ),
    ),
    (
        AASLAND_1990_AUDIT_NO.id,
        text!(
        "Den norske versjonen av AUDIT.",
        "Den norske utgåva av AUDIT.",
        "The Norwegian version of AUDIT."
        ),
    ),
    (
        NHI_AUDIT.id,
        text!(
        "Norsk tolkning: skår ≥ 8 for menn og ≥ 6 for kvinner indikerer økt risiko.",
        "Norsk tolking: skåre ≥ 8 for menn og ≥ 6 for kvinner tyder på auka risiko.",
        "Norwegian interpretation: a score of ≥ 8 for men and ≥ 6 for women indicates increased risk."
        ),
    ),
    (
        BUSH_1998_AUDIT_C.id,
        text!(
        "AUDIT-C: de tre første AUDIT-spørsmålene som kort screening (0–12).",
        "AUDIT-C: dei tre første AUDIT-spørsmåla som kort screening (0–12).",
        "AUDIT-C: the first three AUDIT questions as a brief screen (0–12)."
        ),
    ),
    (
        BRADLEY_2007_AUDIT_C.id,
        text!(
        "Grenseverdier for positiv AUDIT-C: ≥ 4 for menn og ≥ 3 for kvinner.",
        "Grenseverdiar for positiv AUDIT-C: ≥ 4 for menn og ≥ 3 for kvinner.",
        "Cut-offs for a positive AUDIT-C: ≥ 4 for men and ≥ 3 for women."
        ),
    ),
    (
        BERMAN_2005_DUDIT.id,
        text!(
        "DUDIT: elleve spørsmål om narkotikabruk (0–44), validert i utvalg fra avrusning og kriminalomsorg.",
        "DUDIT: elleve spørsmål om narkotikabruk (0–44), validert i utval frå avrusing og kriminalomsorg.",
        "DUDIT: eleven drug-use questions (0–44), validated in detoxification and criminal-justice samples."
        ),
    ),
    (
        BERMAN_2003_DUDIT_MANUAL.id,
        text!(
        "Grenseverdier: ≥ 6 for menn og ≥ 2 for kvinner tyder på narkotikarelaterte problemer, ≥ 25 på sannsynlig avhengighet.",
        "Grenseverdiar: ≥ 6 for menn og ≥ 2 for kvinner tyder på narkotikarelaterte problem, ≥ 25 på truleg avhengnad.",
        "Cut-offs: ≥ 6 for men and ≥ 2 for women suggest drug-related problems, ≥ 25 probable dependence."
        ),
    ),
    (
        TEASDALE_JENNETT_1974_GCS.id,
        text!(
        "Glasgow Coma Scale: øyeåpning, verbal respons og motorisk respons (3–15).",
        "Glasgow Coma Scale: augeopning, verbal respons og motorisk respons (3–15).",
        "The Glasgow Coma Scale: eye opening, verbal and motor response (3–15)."
        ),
    ),
    (
        RCP_NEWS2_2017.id,
        text!(
        "NEWS2: poeng for sju vitale parametere og terskler for klinisk respons.",
        "NEWS2: poeng for sju vitale parametrar og tersklar for klinisk respons.",
        "NEWS2: points for seven physiological parameters and thresholds for clinical response."
        ),
    ),
    (
        MALDONADO_2014_PAWSS.id,
        text!(
        "PAWSS: ti ledd etter et terskelspørsmål; ≥ 4 tyder på høy risiko for komplisert alkoholabstinens.",
        "PAWSS: ti ledd etter eit terskelspørsmål; ≥ 4 tyder på høg risiko for komplisert alkoholabstinens.",
        "PAWSS: ten items after a threshold question; ≥ 4 indicates a high risk of complicated alcohol withdrawal."
        ),
    ),
    (
        MALDONADO_2015_PAWSS.id,
        text!(
        "Prospektiv validering av PAWSS hos medisinsk syke inneliggende pasienter.",
        "Prospektiv validering av PAWSS hjå medisinsk sjuke inneliggjande pasientar.",
        "Prospective validation of PAWSS in medically ill inpatients."
        ),
    ),
    (
        PBRL_SAMTYKKE.id,
        text!(
            "Samtykke til helsehjelp for mindreårige.",
            "Samtykke til helsehjelp for mindreårige.",
            "Consent to health care for minors.",
        ),
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_citation_gives_the_year_or_no_date_in_the_language() {
        for r in BIBLIOGRAPHY {
            let nb = r.citation(Lang::Nb);
            match r.year {
                Some(year) => assert!(nb.contains(&format!("({year})")), "{nb}"),
                None => {
                    assert!(nb.contains("(u.å.)"), "{nb}");
                    assert!(r.citation(Lang::En).contains("(n.d.)"));
                }
            }
            assert!(nb.starts_with(r.author) && nb.ends_with('.'), "{nb}");
        }
    }
}
