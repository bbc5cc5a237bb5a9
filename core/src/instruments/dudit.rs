//! DUDIT, Drug Use Disorders Identification Test (Berman 2005).
//! Q1-Q9 0-4, Q10-Q11 only 0, 2 or 4; total 0-44.

use super::{Band, BandContext, CutoffSex, Instrument, InstrumentItem, Points};
use crate::sources;

const R: Points = Points::Range(0, 4);
const S: Points = Points::Set(&[0, 2, 4]);

pub const DUDIT: Instrument = Instrument {
    id: "dudit",
    name: "DUDIT",
    items: &[
        q!(
            "q1",
            R,
            "Hvor ofte bruker du andre rusmidler enn alkohol?",
            "Kor ofte brukar du andre rusmiddel enn alkohol?",
            "How often do you use drugs other than alcohol?",
        ),
        q!(
            "q2",
            R,
            "Bruker du mer enn ett rusmiddel ved samme anledning?",
            "Brukar du meir enn eitt rusmiddel ved same høve?",
            "Do you use more than one type of drug on the same occasion?",
        ),
        q!(
            "q3",
            R,
            "Hvor mange ganger tar du rusmidler en typisk dag?",
            "Kor mange gonger tek du rusmiddel ein typisk dag?",
            "How many times do you take drugs on a typical day?",
        ),
        q!(
            "q4",
            R,
            "Hvor ofte er du kraftig påvirket av rusmidler?",
            "Kor ofte er du kraftig påverka av rusmiddel?",
            "How often are you influenced heavily by drugs?",
        ),
        q!(
            "q5",
            R,
            "Sterk lengsel etter rusmidler",
            "Sterk lengt etter rusmiddel",
            "Strong craving for drugs",
        ),
        q!(
            "q6",
            R,
            "Ikke klart å stoppe når du først har begynt",
            "Ikkje klart å stoppe når du først har byrja",
            "Unable to stop once started",
        ),
        q!(
            "q7",
            R,
            "Forsømt noe du skulle ha gjort på grunn av rusmidler",
            "Forsømt noko du skulle ha gjort på grunn av rusmiddel",
            "Neglected something you should have done because of drugs",
        ),
        q!(
            "q8",
            R,
            "Trengt rusmidler om morgenen",
            "Trengt rusmiddel om morgonen",
            "Needed drugs in the morning",
        ),
        q!(
            "q9",
            R,
            "Skyldfølelse eller dårlig samvittighet",
            "Skuldkjensle eller dårleg samvit",
            "Guilt feelings or bad conscience",
        ),
        q!(
            "q10",
            S,
            "Du eller andre er blitt skadet på grunn av bruken din",
            "Du eller andre er skadde på grunn av bruken din",
            "You or anyone else hurt because of your drug use",
        ),
        q!(
            "q11",
            S,
            "Andre har vært bekymret for bruken din",
            "Andre har vore uroa for bruken din",
            "Others worried about your drug use",
        ),
    ],
    min_total: 0.0,
    max_total: 44.0,
    band,
};

fn band(total: f64, context: &BandContext) -> Band {
    let problems_from = if context.sex == CutoffSex::Male {
        6.0
    } else {
        2.0
    };
    let (id, text) = if total >= 25.0 {
        (
            "probable_dependence",
            text!(
                "Sannsynlig avhengighet",
                "Sannsynleg avhengnad",
                "Probable dependence",
            ),
        )
    } else if total >= problems_from {
        (
            "problems",
            text!(
                "Rusrelaterte problemer",
                "Rusrelaterte problem",
                "Drug-related problems",
            ),
        )
    } else {
        (
            "no_problems",
            text!(
                "Ingen tegn til rusrelaterte problemer",
                "Ingen teikn på rusrelaterte problem",
                "No sign of drug-related problems",
            ),
        )
    };
    Band {
        id,
        text,
        flags: Vec::new(),
        thresholds: "problems men ≥ 6, women ≥ 2; ≥ 25 probable dependence",
        source: sources::DUDIT,
    }
}
