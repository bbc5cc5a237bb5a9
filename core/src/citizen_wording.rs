//! Citizen wording (SPEC 9): every question, help line and choice a citizen sees, in plain language,
//! and the order in which a form asks them.
//!
//! Written for a worried relative at night, or the person themself: "du" is the reader, "personen" is
//! the one it is about. No clinical terms: no scale names or their letters (ACVPU), no service
//! acronyms, no diagnoses, no vital-sign names. nb is canonical; nn is Nynorsk; en is plain English.
//!
//! An item has a citizen wording exactly when it is asked of a citizen ([`crate::catalog::Item::for_citizen`]):
//! the twenty citizen items of SPEC 9. Every other item is never shown to a citizen, never among a
//! citizen's questions, and the citizen advice says that a health professional must assess the rest
//! ([`crate::citizen::HEALTH_PROFESSIONAL_MUST_ASSESS`]).
//!
//! What the wording claims rests on SPEC 3 and 9 (the meaning of each item) and the sources they cite;
//! help lines explain the question in everyday words and never add a criterion of their own. Wording
//! that a source did not support was left out (listed for clinical governance in the session note of
//! issue 12): "no one is punished for calling 113", "blue or grey lips", brand names of sleeping pills,
//! a second naloxone dose "after 2–3 minutes".

use crate::catalog::{Item, Kind};
use crate::text::Text;

/// How a citizen is asked one item.
#[derive(Clone, Copy, Debug)]
pub struct CitizenWording {
    /// The question.
    pub question: Text,
    /// One short line under the question (what counts, examples).
    pub help: Text,
    /// One text per answer: for a yes/no item the answers `yes`, `no`, `unknown`; for a choice or
    /// multi-choice item one per choice, in the catalog's order (`unknown` is [`UNKNOWN`]); none for a
    /// number.
    pub choices: &'static [Text],
}

/// The answer `unknown` for a citizen ("asked, not known"), for every item.
pub const UNKNOWN: Text = text!("Vet ikke", "Veit ikkje", "Don't know");

/// The answers yes, no, unknown of a yes/no item, where no item-specific wording is needed.
const YES_NO_UNKNOWN: &[Text] = &[text!("Ja", "Ja", "Yes"), text!("Nei", "Nei", "No"), UNKNOWN];

/// The citizen items in the order a form asks them (SPEC 9): the life-threatening first
/// (consciousness, breathing, suspected overdose, seizure, suicide attempt, red flags, danger to
/// others), so that the first three answers already give the 113 or legevakt advice where they call
/// for it; then age and the substances, which decide the advice for a child and for reduced
/// consciousness; then the rest.
pub const ORDER: [Item; 20] = [
    Item::Consciousness,
    Item::AbnormalBreathing,
    Item::SuspectedOverdose,
    Item::Seizure,
    Item::SuicideAttempt,
    Item::RedFlagSymptoms,
    Item::DangerToOthers,
    Item::Age,
    Item::Substances,
    Item::NaloxoneGiven,
    Item::DeliriumNow,
    Item::SelfHarmSigns,
    Item::Psychosis,
    Item::DangerousBehaviourSelf,
    Item::Sex,
    Item::Pregnant,
    Item::DailyUse,
    Item::WithdrawalSigns,
    Item::MinorChildren,
    Item::AcuteSocialRisks,
];

/// The number of answers a citizen wording has for an item of this kind.
pub fn choice_count(kind: Kind) -> usize {
    match kind {
        Kind::Tri(_) => 3,
        Kind::Choice(c) | Kind::Multi(c) => c.len(),
        Kind::Int { .. } | Kind::Number { .. } => 0,
    }
}

const fn yes_no(question: Text, help: Text) -> Option<CitizenWording> {
    Some(CitizenWording {
        question,
        help,
        choices: YES_NO_UNKNOWN,
    })
}

/// The citizen wording of `item`, or `None` for an item a citizen is never asked.
pub fn wording(item: Item) -> Option<CitizenWording> {
    match item {
        Item::Age => Some(CitizenWording {
            question: text!(
                "Hvor gammel er personen?",
                "Kor gammal er personen?",
                "How old is the person?",
            ),
            help: text!(
                "Skriv alderen i hele år. Omtrent er nok hvis du ikke vet nøyaktig.",
                "Skriv alderen i heile år. Omtrent er nok om du ikkje veit nøyaktig.",
                "Write the age in whole years. An estimate is fine if you do not know exactly.",
            ),
            choices: &[],
        }),
        Item::Sex => Some(CitizenWording {
            question: text!(
                "Hvilket kjønn har personen?",
                "Kva kjønn har personen?",
                "What is the person's sex?",
            ),
            help: text!(
                "Vi spør fordi det kan ha betydning for om graviditet er aktuelt.",
                "Vi spør fordi det kan ha noko å seie for om graviditet er aktuelt.",
                "We ask because it can matter for whether pregnancy is possible.",
            ),
            choices: const {
                &[
                    // female
                    text!("Kvinne eller jente", "Kvinne eller jente", "Female"),
                    // male
                    text!("Mann eller gutt", "Mann eller gut", "Male"),
                    // other
                    text!("Annet", "Anna", "Other"),
                ]
            },
        }),
        Item::Substances => Some(CitizenWording {
            question: text!(
                "Hva har personen tatt eller brukt den siste tiden?",
                "Kva har personen teke eller brukt den siste tida?",
                "What has the person taken or used recently?",
            ),
            help: text!(
                "Alkohol, rusmidler og medisiner. Kryss av for alt du vet om eller tror. Ikke tobakk eller snus. Velg «Ingenting av dette» bare hvis du er sikker.",
                "Alkohol, rusmiddel og medisinar. Kryss av for alt du veit om eller trur. Ikkje tobakk eller snus. Vel «Ingenting av dette» berre om du er sikker.",
                "Alcohol, drugs and medicines. Tick everything you know of or think. Not tobacco or snus. Choose «None of these» only if you are sure.",
            ),
            choices: const {
                &[
                    // alcohol
                    text!("Alkohol", "Alkohol", "Alcohol"),
                    // opioids
                    text!(
                        "Heroin, metadon, Subutex eller sterke smertestillende (som morfin, oksykodon eller kodein)",
                        "Heroin, metadon, Subutex eller sterke smertestillande (som morfin, oksykodon eller kodein)",
                        "Heroin, methadone, Subutex or strong painkillers (such as morphine, oxycodone or codeine)",
                    ),
                    // benzodiazepines
                    text!(
                        "Sovetabletter eller beroligende tabletter («benzo»)",
                        "Sovetablettar eller roande tablettar («benzo»)",
                        "Sleeping pills or tranquillisers («benzos»)",
                    ),
                    // ghb
                    text!("GHB eller GBL («G»)", "GHB eller GBL («G»)", "GHB or GBL («G»)"),
                    // stimulants (MDMA counts here, SPEC 3)
                    text!(
                        "Amfetamin («speed»), metamfetamin eller ecstasy (MDMA)",
                        "Amfetamin («speed»), metamfetamin eller ecstasy (MDMA)",
                        "Amphetamine («speed»), methamphetamine or ecstasy (MDMA)",
                    ),
                    // cocaine
                    text!("Kokain, også crack", "Kokain, også crack", "Cocaine, including crack"),
                    // cannabis
                    text!(
                        "Hasj, marihuana eller annen cannabis",
                        "Hasj, marihuana eller anna cannabis",
                        "Hash, weed or other cannabis",
                    ),
                    // hallucinogens
                    text!(
                        "LSD, fleinsopp eller lignende",
                        "LSD, fleinsopp eller liknande",
                        "LSD, magic mushrooms or similar",
                    ),
                    // solvents
                    text!(
                        "Sniffing av løsemidler, gass eller lim",
                        "Sniffing av løysemiddel, gass eller lim",
                        "Sniffing solvents, gas or glue",
                    ),
                    // other
                    text!(
                        "Noe annet, eller medisiner tatt i for store mengder",
                        "Noko anna, eller medisinar tekne i for store mengder",
                        "Something else, or medicines taken in too large amounts",
                    ),
                    // none
                    text!("Ingenting av dette", "Ingenting av dette", "None of these"),
                ]
            },
        }),
        Item::DailyUse => yes_no(
            text!(
                "Har personen drukket alkohol eller brukt rusmidler hver dag eller nesten hver dag de siste ukene?",
                "Har personen drukke alkohol eller brukt rusmiddel kvar dag eller nesten kvar dag dei siste vekene?",
                "Has the person been drinking or using drugs every day or almost every day in recent weeks?",
            ),
            text!(
                "Tell med sovetabletter, beroligende tabletter og sterke smertestillende, også når de er skrevet ut av lege.",
                "Tel med sovetablettar, roande tablettar og sterke smertestillande, også når dei er skrivne ut av lege.",
                "Count sleeping pills, tranquillisers and strong painkillers too, even if a doctor prescribed them.",
            ),
        ),
        Item::WithdrawalSigns => yes_no(
            text!(
                "Har personen abstinenser nå?",
                "Har personen abstinensar no?",
                "Does the person have withdrawal symptoms now?",
            ),
            text!(
                "Plager når rusen går ut av kroppen, for eksempel skjelving, svetting, uro, kvalme, gåsehud eller rennende nese.",
                "Plager når rusen går ut av kroppen, til dømes skjelving, sveitte, uro, kvalme, gåsehud eller rennande nase.",
                "Discomfort as the alcohol or drug wears off, such as shaking, sweating, restlessness, nausea, goosebumps or a runny nose.",
            ),
        ),
        Item::SuspectedOverdose => yes_no(
            text!(
                "Kan personen ha tatt en overdose eller blitt forgiftet?",
                "Kan personen ha teke ein overdose eller vorte forgifta?",
                "Could the person have taken an overdose or been poisoned?",
            ),
            text!(
                "Av alkohol, rusmidler, medisiner eller noe annet. Svar ja også hvis du bare mistenker det.",
                "Av alkohol, rusmiddel, medisinar eller noko anna. Svar ja også om du berre mistenkjer det.",
                "From alcohol, drugs, medicines or anything else. Answer yes even if you only suspect it.",
            ),
        ),
        Item::NaloxoneGiven => yes_no(
            text!(
                "Har personen fått nalokson denne gangen?",
                "Har personen fått nalokson denne gongen?",
                "Has the person been given naloxone this time?",
            ),
            text!(
                "Nalokson er en nesespray eller sprøyte som motvirker overdose av heroin og lignende. Svar ja også hvis personen våknet etterpå.",
                "Nalokson er ein nasespray eller sprøyte som motverkar overdose av heroin og liknande. Svar ja også om personen vakna etterpå.",
                "Naloxone is a nasal spray or injection that reverses an overdose of heroin and similar drugs. Answer yes even if the person woke up afterwards.",
            ),
        ),
        Item::Consciousness => Some(CitizenWording {
            question: text!(
                "Hvor våken er personen nå?",
                "Kor vaken er personen no?",
                "How awake is the person now?",
            ),
            help: text!(
                "Sover personen, så snakk til personen og rist forsiktig i skulderen. Er du i tvil mellom to svar, velg det nederste av dem.",
                "Søv personen, så snakk til personen og rist varsamt i skuldra. Er du i tvil mellom to svar, vel det nedste av dei.",
                "If the person seems asleep, speak to them and gently shake their shoulder. If you are unsure between two answers, choose the lower one.",
            ),
            choices: const {
                &[
                    // alert
                    text!(
                        "Våken og snakker som vanlig",
                        "Vaken og snakkar som vanleg",
                        "Awake and talks as usual",
                    ),
                    // new_confusion
                    text!(
                        "Forvirret eller ikke seg selv",
                        "Forvirra eller ikkje seg sjølv",
                        "Confused or not like themselves",
                    ),
                    // voice
                    text!(
                        "Reagerer bare når du snakker høyt til personen",
                        "Reagerer berre når du snakkar høgt til personen",
                        "Reacts only when you speak loudly to them",
                    ),
                    // pain
                    text!(
                        "Reagerer bare på smerte eller når du rister personen",
                        "Reagerer berre på smerte eller når du ristar personen",
                        "Reacts only to pain or shaking",
                    ),
                    // unresponsive
                    text!(
                        "Reagerer ikke i det hele tatt",
                        "Reagerer ikkje i det heile",
                        "Does not react at all",
                    ),
                ]
            },
        }),
        Item::AbnormalBreathing => Some(CitizenWording {
            question: text!(
                "Puster personen svært langsomt eller ujevnt, med lange pauser, eller snorker eller gurgler personen?",
                "Pustar personen svært sakte eller ujamt, med lange pausar, eller snorkar eller gurglar personen?",
                "Is the person breathing very slowly or irregularly, with long pauses, or snoring or gurgling?",
            ),
            help: text!(
                "Se og lytt etter pusten i opptil 10 sekunder. Svar ja også hvis personen ikke puster, eller bare gisper.",
                "Sjå og lytt etter pusten i opptil 10 sekund. Svar ja også om personen ikkje pustar, eller berre gispar.",
                "Look and listen for breathing for up to 10 seconds. Also answer yes if the person is not breathing, or only gasping.",
            ),
            choices: const {
                &[
                    // yes
                    text!("Ja", "Ja", "Yes"),
                    // no
                    text!(
                        "Nei, puster som vanlig",
                        "Nei, pustar som vanleg",
                        "No, breathing normally",
                    ),
                    // unknown
                    UNKNOWN,
                ]
            },
        }),
        Item::Seizure => yes_no(
            text!(
                "Har personen hatt krampeanfall nå eller det siste døgnet?",
                "Har personen hatt krampeanfall no eller det siste døgnet?",
                "Has the person had a seizure (fit) now or in the last 24 hours?",
            ),
            text!(
                "For eksempel: faller om, blir stiv og rykker i armer og bein. Svar ja selv om personen er våken nå.",
                "Til dømes: fell om, blir stiv og rykkjer i armar og bein. Svar ja sjølv om personen er vaken no.",
                "For example: collapses, goes stiff and jerks their arms and legs. Answer yes even if they are awake now.",
            ),
        ),
        Item::DeliriumNow => yes_no(
            text!(
                "Er personen svært forvirret nå, og ser eller hører ting som ikke er der, eller skjelver og svetter kraftig?",
                "Er personen svært forvirra no, og ser eller høyrer ting som ikkje er der, eller skjelv og sveittar kraftig?",
                "Is the person very confused now, and seeing or hearing things that are not there, or shaking and sweating heavily?",
            ),
            text!(
                "For eksempel: vet ikke hvor de er eller hva tid det er, kjenner ikke igjen folk, eller ser dyr eller insekter som ikke finnes.",
                "Til dømes: veit ikkje kvar dei er eller kva tid det er, kjenner ikkje att folk, eller ser dyr eller insekt som ikkje finst.",
                "For example: does not know where they are or what time it is, does not recognise people, or sees animals or insects that are not there.",
            ),
        ),
        Item::Pregnant => yes_no(
            text!("Er personen gravid?", "Er personen gravid?", "Is the person pregnant?"),
            text!(
                "Svar «Vet ikke» hvis det ikke er sikkert.",
                "Svar «Veit ikkje» om det ikkje er sikkert.",
                "Answer «Don't know» if you are not sure.",
            ),
        ),
        Item::RedFlagSymptoms => yes_no(
            text!(
                "Har personen noe av dette nå: vondt i brystet, føler seg svært varm eller overopphetet, er blek og klam, eller kan ha fått en alvorlig skade, også i hodet?",
                "Har personen noko av dette no: vondt i brystet, kjenner seg svært varm eller overoppheta, er bleik og klam, eller kan ha fått ein alvorleg skade, også i hovudet?",
                "Does the person have any of these now: chest pain, feeling very hot or overheated, pale and clammy skin, or a possible serious injury, head injury included?",
            ),
            text!(
                "Svar ja hvis bare én av disse passer.",
                "Svar ja om berre éin av desse passar.",
                "Answer yes if just one of these applies.",
            ),
        ),
        Item::SelfHarmSigns => yes_no(
            text!(
                "Har personen denne gangen snakket om å ta sitt eget liv eller om å skade seg selv?",
                "Har personen denne gongen snakka om å ta sitt eige liv eller om å skade seg sjølv?",
                "This time, has the person talked about taking their own life or about harming themselves?",
            ),
            text!(
                "Også i meldinger eller på nett.",
                "Også i meldingar eller på nett.",
                "Including in messages or online.",
            ),
        ),
        Item::SuicideAttempt => yes_no(
            text!(
                "Har personen prøvd å ta sitt eget liv eller skadet seg selv denne gangen?",
                "Har personen prøvd å ta sitt eige liv eller skadd seg sjølv denne gongen?",
                "Has the person tried to take their own life or harmed themselves this time?",
            ),
            text!(
                "Uansett hvordan, også med tabletter eller rusmidler.",
                "Uansett korleis, også med tablettar eller rusmiddel.",
                "In any way, including with pills or drugs.",
            ),
        ),
        Item::DangerToOthers => yes_no(
            text!(
                "Truer personen andre nå, eller oppfører personen seg slik at noen kan bli skadet?",
                "Trugar personen andre no, eller oppfører personen seg slik at nokon kan bli skadd?",
                "Is the person threatening others now, or behaving in a way that could hurt someone?",
            ),
            text!(
                "For eksempel vold, trusler eller våpen.",
                "Til dømes vald, truslar eller våpen.",
                "For example violence, threats or weapons.",
            ),
        ),
        Item::DangerousBehaviourSelf => yes_no(
            text!(
                "Gjør personen farlige ting i rusen som kan skade personen selv?",
                "Gjer personen farlege ting i rusen som kan skade personen sjølv?",
                "Is the person doing dangerous things while drunk or high that could hurt themselves?",
            ),
            text!(
                "For eksempel kjører bil i rus, går ut i trafikken eller blir liggende ute i kulden.",
                "Til dømes køyrer bil i rus, går ut i trafikken eller blir liggjande ute i kulda.",
                "For example driving, walking out into traffic, or lying outside in the cold.",
            ),
        ),
        Item::Psychosis => yes_no(
            text!(
                "Hører personen stemmer nå, eller tror personen på ting som virker helt urimelige?",
                "Høyrer personen røyster no, eller trur personen på ting som verkar heilt urimelege?",
                "Is the person hearing voices now, or believing things that seem completely unrealistic?",
            ),
            text!(
                "For eksempel: tror at noen er ute etter dem, eller at tv-en snakker til dem.",
                "Til dømes: trur at nokon er ute etter dei, eller at tv-en snakkar til dei.",
                "For example: believes someone is after them, or that the TV is talking to them.",
            ),
        ),
        Item::MinorChildren => yes_no(
            text!(
                "Har personen barn eller søsken under 18 år?",
                "Har personen barn eller sysken under 18 år?",
                "Does the person have children, or brothers or sisters, under 18?",
            ),
            text!(
                "Også hvis de ikke bor sammen med personen.",
                "Også om dei ikkje bur saman med personen.",
                "Even if they do not live with the person.",
            ),
        ),
        Item::AcuteSocialRisks => Some(CitizenWording {
            question: text!(
                "Står personen nå i fare for noe av dette på grunn av rusen?",
                "Står personen no i fare for noko av dette på grunn av rusen?",
                "Because of the drinking or drug use, is the person now at risk of any of these?",
            ),
            help: text!(
                "Kryss av for alt som passer. Velg «Ingenting av dette» bare hvis du er sikker.",
                "Kryss av for alt som passar. Vel «Ingenting av dette» berre om du er sikker.",
                "Tick everything that applies. Choose «None of these» only if you are sure.",
            ),
            choices: const {
                &[
                    // relationship_breakdown
                    text!(
                        "Et alvorlig brudd med familie, partner eller venner",
                        "Eit alvorleg brot med familie, partnar eller vener",
                        "A serious break with family, partner or friends",
                    ),
                    // housing_loss
                    text!("Å miste boligen", "Å miste bustaden", "Losing their home"),
                    // job_or_study_loss
                    text!(
                        "Å miste jobben eller skole- eller studieplassen",
                        "Å miste jobben eller skule- eller studieplassen",
                        "Losing their job or their place at school or college",
                    ),
                    // functional_decline
                    text!(
                        "Å ikke lenger klare hverdagen (mat, søvn, hygiene, regninger)",
                        "Å ikkje lenger klare kvardagen (mat, søvn, hygiene, rekningar)",
                        "No longer managing daily life (food, sleep, hygiene, bills)",
                    ),
                    // none
                    text!("Ingenting av dette", "Ingenting av dette", "None of these"),
                ]
            },
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    fn all_texts() -> Vec<Text> {
        let mut texts = vec![UNKNOWN];
        for item in ORDER {
            let w = wording(item).unwrap();
            texts.push(w.question);
            texts.push(w.help);
            texts.extend_from_slice(w.choices);
        }
        texts
    }

    #[test]
    fn the_order_holds_every_citizen_item_once_and_only_those() {
        for item in Item::all() {
            let times = ORDER.iter().filter(|i| **i == item).count();
            assert_eq!(times, usize::from(wording(item).is_some()), "{}", item.id());
        }
        // SPEC 9 and issue 12: the life-threatening questions first, in this order.
        assert_eq!(
            ORDER[..7].iter().map(|i| i.id()).collect::<Vec<_>>(),
            [
                "consciousness",
                "abnormal_breathing",
                "suspected_overdose",
                "seizure",
                "suicide_attempt",
                "red_flag_symptoms",
                "danger_to_others"
            ]
        );
    }

    #[test]
    fn every_answer_of_the_catalog_has_a_citizen_text() {
        for item in ORDER {
            assert_eq!(
                wording(item).unwrap().choices.len(),
                choice_count(item.def().kind),
                "{}",
                item.id()
            );
        }
    }

    #[test]
    fn every_text_is_written_in_every_language() {
        for text in all_texts() {
            for lang in Lang::ALL {
                assert!(!text.get(lang).trim().is_empty(), "{:?} {lang:?}", text);
            }
            assert_ne!(
                text.get(Lang::Nb),
                text.get(Lang::En),
                "{text:?} not translated"
            );
        }
    }

    #[test]
    fn the_consciousness_choices_are_the_plain_ones_of_spec_9() {
        let w = wording(Item::Consciousness).unwrap();
        let en: Vec<&str> = w.choices.iter().map(|t| t.get(Lang::En)).collect();
        for (got, want) in en.iter().zip([
            "awake and talks as usual",
            "confused or not like themselves",
            "reacts only when you speak loudly",
            "reacts only to pain or shaking",
            "does not react",
        ]) {
            assert!(got.to_lowercase().starts_with(want), "{got:?}");
        }
    }

    #[test]
    fn the_unknown_answer_the_help_names_is_a_choice() {
        let w = wording(Item::Pregnant).unwrap();
        for lang in Lang::ALL {
            assert_eq!(w.choices[2].get(lang), UNKNOWN.get(lang));
            assert!(w.help.get(lang).contains(UNKNOWN.get(lang)));
        }
    }
}
