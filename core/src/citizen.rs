//! Citizen mode (SPEC section 9): "where to get help now" for a person or a relative, as a table of
//! actions in the order SPEC 9 gives them (the first that applies is the advice), each with its
//! condition, plain-language texts and source, and the first aid that goes with every `call_113`.
//! No scores, no clinical terms.

use crate::answers::{option_index, Answered, ItemSet, Slot, Tri};
use crate::catalog::{Item, Kind};
use crate::completeness::Decisive;
use crate::criteria::CHILD_UNDER;
use crate::facts::Facts;
use crate::routing::Level;
use crate::sources::{self, Source};
use crate::text::{Lang, Text};

/// What a citizen action's condition reads.
pub struct Context<'a> {
    pub f: &'a Facts,
    pub level: Level,
    /// The routing summary is `not_settled` (SPEC 6).
    pub not_settled: bool,
}

/// A second wording and the condition under which it applies.
pub type Variant = (fn(&Context) -> bool, Text);

/// One row of the citizen table: what to do now.
pub struct Action {
    pub id: &'static str,
    pub when: fn(&Context) -> bool,
    pub headline: Text,
    pub text: Text,
    /// A second wording where the action reads differently: used when its condition holds.
    pub variant: Option<Variant>,
    /// The first aid of SPEC 9 goes with this action.
    pub first_aid: bool,
    pub source: Source,
}

impl Action {
    pub fn text_for(&self, c: &Context) -> Text {
        match self.variant {
            Some((applies, text)) if applies(c) => text,
            _ => self.text,
        }
    }
}

/// Consciousness "reacts only when you speak loudly" or worse.
fn hard_to_wake(c: &Context) -> bool {
    c.f.a
        .is_any(Item::Consciousness, &["voice", "pain", "unresponsive"])
}

/// The citizen actions, in SPEC 9's order: the first whose condition holds applies.
pub static ACTIONS: [Action; 7] = [
    Action {
        id: "call_113",
        when: |c| {
            let a = &c.f.a;
            c.level == Level::Emergency113
                || a.yes(Item::AbnormalBreathing)
                // Norsk indeks A.31.06: reduced consciousness after substances, or substances unknown.
                || (hard_to_wake(c) && a.substance_use() != Tri::No)
                || a.yes(Item::Seizure)
                || a.yes(Item::DeliriumNow)
                || a.yes(Item::SuicideAttempt)
                || a.yes(Item::RedFlagSymptoms)
        },
        headline: text!("Ring 113 nå", "Ring 113 no", "Call 113 now"),
        text: text!(
            "Dette kan være livsfarlig. Ring 113 nå og følg rådene du får på telefonen. Ikke la personen være alene.",
            "Dette kan vere livsfarleg. Ring 113 no og følg råda du får på telefonen. Ikkje la personen vere åleine.",
            "This may be life-threatening. Call 113 now and follow the advice you get on the phone. Do not leave the person alone.",
        ),
        variant: Some((
            |c| c.f.a.yes(Item::DangerToOthers),
            text!(
                "Dette kan være livsfarlig. Ring 113 nå. Personen kan også skade andre, så ring politiet på 112 i tillegg. Pass på din egen og andres sikkerhet, og hjelp bare hvis det er trygt.",
                "Dette kan vere livsfarleg. Ring 113 no. Personen kan også skade andre, så ring politiet på 112 i tillegg. Pass på din eigen og andre sin tryggleik, og hjelp berre om det er trygt.",
                "This may be life-threatening. Call 113 now. The person may also hurt others, so call the police on 112 as well. Keep yourself and others safe, and only help if it is safe to do so.",
            ),
        )),
        first_aid: true,
        source: sources::CALL_113,
    },
    Action {
        id: "call_112_and_113",
        when: |c| c.f.a.yes(Item::DangerToOthers),
        headline: text!("Ring 112 (politiet) nå", "Ring 112 (politiet) no", "Call 112 (police) now"),
        text: text!(
            "Personen kan være farlig for andre. Ring politiet på 112, og hold deg selv og andre på trygg avstand. Ring 113 hvis noen er skadet eller personen blir dårlig.",
            "Personen kan vere farleg for andre. Ring politiet på 112, og hald deg sjølv og andre på trygg avstand. Ring 113 om nokon er skadd eller personen blir dårleg.",
            "The person may be dangerous to others. Call the police on 112, and keep yourself and others at a safe distance. Call 113 if anyone is hurt or the person becomes unwell.",
        ),
        variant: None,
        first_aid: false,
        source: sources::DANGER_TO_OTHERS,
    },
    Action {
        id: "call_poison_centre",
        when: |c| {
            c.f.a.number(Item::Age).is_some_and(|a| a < CHILD_UNDER)
                && c.f.a.substance_use() == Tri::Yes
        },
        headline: text!(
            "Ring Giftinformasjonen nå: 22 59 13 00",
            "Ring Giftinformasjonen no: 22 59 13 00",
            "Call Giftinformasjonen (Poison Information) now: 22 59 13 00",
        ),
        text: text!(
            "Et barn kan ha fått i seg noe farlig. Ring Giftinformasjonen på 22 59 13 00 nå og få råd om hva du skal gjøre. Ring 113 med en gang hvis barnet blir søvnig eller vanskelig å vekke, puster dårlig eller får krampeanfall.",
            "Eit barn kan ha fått i seg noko farleg. Ring Giftinformasjonen på 22 59 13 00 no og få råd om kva du skal gjere. Ring 113 med ein gong om barnet blir søvnig eller vanskeleg å vekkje, pustar dårleg eller får krampeanfall.",
            "A child may have taken something dangerous. Call Giftinformasjonen (Poison Information) on 22 59 13 00 now for advice on what to do. Call 113 at once if the child becomes drowsy or hard to wake, breathes badly or has a seizure.",
        ),
        variant: None,
        first_aid: false,
        source: sources::POISON_CENTRE,
    },
    Action {
        id: "call_legevakt",
        when: |c| matches!(c.level, Level::SomaticEmergency | Level::PsychiatricEmergency),
        headline: text!(
            "Ring legevakten nå: 116 117",
            "Ring legevakta no: 116 117",
            "Call legevakt now: 116 117",
        ),
        text: text!(
            "Personen må vurderes av lege nå, ikke i morgen. Ring legevakten på 116 117 og fortell hva som har skjedd. Bli hos personen hvis det er trygt. Ring 113 hvis personen blir vanskelig å vekke, puster dårlig eller får krampeanfall, eller hvis noens liv er i fare.",
            "Personen må vurderast av lege no, ikkje i morgon. Ring legevakta på 116 117 og fortel kva som har skjedd. Bli hjå personen om det er trygt. Ring 113 om personen blir vanskeleg å vekkje, pustar dårleg eller får krampeanfall, eller om livet til nokon er i fare.",
            "The person needs to be seen by a doctor now, not tomorrow. Call legevakt (the out-of-hours doctor) on 116 117 and say what has happened. Stay with the person if it is safe. Call 113 if the person becomes hard to wake, breathes badly or has a seizure, or if anyone's life is in danger.",
        ),
        variant: None,
        first_aid: false,
        source: sources::SOMATIC_FIRST,
    },
    Action {
        id: "acute_tsb_no_referral",
        when: |c| c.level.is_acute_tsb(),
        headline: text!(
            "Få akutt hjelp for rusen i dag: ring 116 117",
            "Få akutt hjelp for rusen i dag: ring 116 117",
            "Get urgent help with the drinking or drug use today: call 116 117",
        ),
        text: text!(
            "Personen har rett til akutt hjelp for rusproblemer, og det trengs ingen henvisning. Ring legevakten på 116 117, eller det lokale akuttilbudet for rus hvis du kjenner det. Personen trenger ikke å være rusfri for å få hjelp. Ring 113 hvis noens liv er i fare.",
            "Personen har rett til akutt hjelp for rusproblem, og det trengst inga tilvising. Ring legevakta på 116 117, eller det lokale akuttilbodet for rus om du kjenner det. Personen treng ikkje vere rusfri for å få hjelp. Ring 113 om livet til nokon er i fare.",
            "The person has a right to urgent help for drug or alcohol problems, and no referral is needed. Call legevakt (the out-of-hours doctor) on 116 117, or the local urgent substance-use service if you know it. The person does not have to be sober to get help. Call 113 if anyone's life is in danger.",
        ),
        variant: None,
        first_aid: false,
        source: sources::RIGHT_TO_EMERGENCY_HELP,
    },
    Action {
        id: "not_settled",
        when: |c| c.not_settled,
        headline: text!(
            "Det kan haste: svar på spørsmålene",
            "Det kan haste: svar på spørsmåla",
            "This may be urgent: answer the questions",
        ),
        text: text!(
            "Vi vet ikke ennå hvor mye det haster. {0}Svar først på spørsmålene du ser her. Er du i tvil, ring legevakten på 116 117. Ring 113 hvis noens liv kan være i fare.",
            "Vi veit ikkje enno kor mykje det hastar. {0}Svar først på spørsmåla du ser her. Er du i tvil, ring legevakta på 116 117. Ring 113 om livet til nokon kan vere i fare.",
            "We do not know yet how urgent this is. {0}First answer the questions shown here. If in doubt, call legevakt (the out-of-hours doctor) on 116 117. Call 113 if anyone's life may be in danger.",
        ),
        variant: None,
        first_aid: false,
        source: sources::NOT_SETTLED,
    },
    Action {
        id: "contact_gp",
        when: |_| true,
        headline: text!("Kontakt fastlegen", "Kontakt fastlegen", "Contact the GP (fastlege)"),
        text: text!(
            "Ut fra svarene er det riktig å kontakte fastlegen, som kan hjelpe videre og henvise ved behov. Kommunen har også tjenester for rus og psykisk helse. Ring legevakten på 116 117 hvis det blir verre, og 113 hvis noens liv er i fare.",
            "Ut frå svara er det rett å kontakte fastlegen, som kan hjelpe vidare og tilvise ved behov. Kommunen har også tenester for rus og psykisk helse. Ring legevakta på 116 117 om det blir verre, og 113 om livet til nokon er i fare.",
            "Based on the answers, the right place is the GP (fastlege), who can help further and refer if needed. The municipality also has services for drug and alcohol problems and mental health. Call legevakt on 116 117 if things get worse, and 113 if anyone's life is in danger.",
        ),
        variant: None,
        first_aid: false,
        source: sources::LEVELS_OF_CARE,
    },
];

/// The action for a citizen: the first row whose condition holds.
pub fn action(c: &Context) -> &'static Action {
    // The last row (`contact_gp`) holds always; a fixed-size array, so the fallback cannot fail.
    ACTIONS.iter().find(|a| (a.when)(c)).unwrap_or(&ACTIONS[6])
}

/// What an advice may still become (SPEC 1.7 and 9): the action that the most urgent answers to the
/// open citizen questions would give, when it is more urgent than `now`. Each open yes/no question is
/// tried as yes and an open consciousness as "does not react" (every citizen action's condition only
/// grows with those), at the most urgent level that answers to the open items could give together
/// (`may_escalate_to`, the worst-case completion of SPEC 6). A routing can be settled while the citizen
/// action is not: with consciousness and breathing answered, an open seizure question cannot raise
/// `somatic_emergency`, but a yes would turn "call legevakt" into "call 113".
pub fn may_become(
    c: &Context,
    may_escalate_to: Option<Level>,
    now: &'static Action,
) -> Option<&'static Action> {
    let mut worst = c.f.clone();
    for item in crate::citizen_wording::ORDER {
        if let (false, Some(slot)) = (worst.a.known(item), worst_answer(item)) {
            worst.a.set(item, slot);
        }
    }
    let worst = Context {
        f: &worst,
        level: may_escalate_to.unwrap_or(c.level),
        not_settled: false,
    };
    let then = action(&worst);
    let rank = |a: &Action| ACTIONS.iter().position(|x| x.id == a.id);
    (rank(then) < rank(now)).then_some(then)
}

/// The most urgent answer a citizen can give to `item` (every citizen action's condition only grows
/// with it): yes, or for consciousness "does not react"; `None` for the other items.
fn worst_answer(item: Item) -> Option<Slot> {
    match item.def().kind {
        Kind::Tri(_) => Some(Slot::Yes),
        Kind::Choice(_) if item == Item::Consciousness => {
            option_index(item, "unresponsive").map(|k| Slot::Choice(k as u8))
        }
        _ => None,
    }
}

/// The open citizen questions that could change the advice, in the order to ask them (SPEC 1.7: what
/// to check now): first those whose answer alone could make the advice more urgent than `now`, the
/// most urgent first (a seizure that would turn "call legevakt" into "call 113" before anything that
/// only moves the clinical routing), then the decisive questions of SPEC 8 (`decisive`, with the
/// most urgent level an answer to each can bring about); each group in the citizen order
/// ([`crate::citizen_wording::ORDER`]). `open` are the citizen's open questions.
pub fn questions(
    c: &Context,
    open: ItemSet,
    decisive: &[Decisive],
    now: &'static Action,
) -> Vec<Item> {
    let rank = |a: &Action| {
        ACTIONS
            .iter()
            .position(|x| x.id == a.id)
            .unwrap_or(ACTIONS.len())
    };
    let now = rank(now);
    let mut ranked: Vec<(usize, Item)> = Vec::new();
    for item in crate::citizen_wording::ORDER {
        if !open.contains(item) {
            continue;
        }
        let brings = decisive.iter().find(|d| d.item == item);
        let level = match brings.and_then(|d| d.brings_about) {
            Some(l) if l.above(c.level) => l,
            _ => c.level,
        };
        let mut f = c.f.clone();
        if let Some(slot) = worst_answer(item) {
            f.a.set(item, slot);
        }
        let then = rank(action(&Context {
            f: &f,
            level,
            not_settled: false,
        }));
        if then < now || brings.is_some() {
            // Inserted in its place: stable, and no sort routine in wasm.
            let at = ranked.partition_point(|(r, _)| *r <= then);
            ranked.insert(at, (then, item));
        }
    }
    ranked.into_iter().map(|(_, item)| item).collect()
}

/// In a `not_settled` advice: what the answers may mean (the headline of [`may_become`]).
const MAY_BECOME: Text = text!(
    "Svarene kan bety: «{0}». ",
    "Svara kan tyde: «{0}». ",
    "The answers may mean: «{0}». ",
);

/// After any other advice that may still become more urgent: what to check now.
const CHECK_NOW: Text = text!(
    "Sjekk også spørsmålene du ser her nå: svarene kan bety «{0}».",
    "Sjekk også spørsmåla du ser her no: svara kan tyde «{0}».",
    "Also check the questions shown here now: the answers may mean «{0}».",
);

/// The text of an advice: the action's own text first (unsoftened), what it may still become, and that
/// a health professional must assess what a citizen is not asked.
pub fn advice_text(
    action: &Action,
    c: &Context,
    may_become: Option<&Action>,
    lang: Lang,
) -> String {
    let then = may_become.map_or("", |a| a.headline.get(lang));
    let mut text = if action.id == "not_settled" {
        let may = if then.is_empty() {
            String::new()
        } else {
            MAY_BECOME.fill(lang, &[then])
        };
        action.text_for(c).fill(lang, &[&may])
    } else {
        let mut text = action.text_for(c).get(lang).to_string();
        if !then.is_empty() {
            text.push(' ');
            text.push_str(&CHECK_NOW.fill(lang, &[then]));
        }
        text
    };
    text.push(' ');
    text.push_str(HEALTH_PROFESSIONAL_MUST_ASSESS.get(lang));
    text
}

/// Said with every citizen advice: what a citizen is not asked must be assessed by health personnel.
pub const HEALTH_PROFESSIONAL_MUST_ASSESS: Text = text!(
    "Noe kan bare helsepersonell sjekke, for eksempel hvor raskt personen puster, oksygenet i blodet og blodtrykket; de må vurdere resten.",
    "Noko kan berre helsepersonell sjekke, til dømes kor raskt personen pustar, oksygenet i blodet og blodtrykket; dei må vurdere resten.",
    "Some things only health personnel can check, such as how fast the person is breathing, the oxygen in the blood and the blood pressure; they must assess the rest.",
);

/// One step of first aid.
pub struct FirstAid {
    pub id: &'static str,
    pub text: Text,
    pub source: Source,
}

/// The first aid with every `call_113`, in SPEC 9's order (Norsk Resuscitasjonsråd 2021; helsenorge's
/// first aid for overdose).
pub static FIRST_AID: &[FirstAid] = &[
    FirstAid {
        id: "call_113_speaker",
        text: text!(
            "Ring 113 med en gang. Sett telefonen på høyttaler, så får du hjelp helt til ambulansen kommer.",
            "Ring 113 med ein gong. Set telefonen på høgtalar, så får du hjelp heilt til ambulansen kjem.",
            "Call 113 at once. Put the phone on speaker so they can guide you until the ambulance arrives.",
        ),
        source: sources::FIRST_AID,
    },
    FirstAid {
        id: "cpr",
        text: text!(
            "Reagerer ikke personen og puster ikke normalt, eller bare gisper? Start hjerte- og lungeredning (HLR): 30 harde trykk midt på brystet, så 2 innblåsinger, om og om igjen. Få noen til å hente en hjertestarter hvis det finnes en, og gjør som den sier.",
            "Reagerer ikkje personen og pustar ikkje normalt, eller berre gispar? Start hjarte- og lungeredning (HLR): 30 harde trykk midt på brystet, så 2 innblåsingar, om att og om att. Få nokon til å hente ein hjartestartar om det finst ein, og gjer som han seier.",
            "Not responding and not breathing normally, or only gasping? Start CPR: 30 hard pushes in the middle of the chest, then 2 rescue breaths, again and again. Have someone fetch a defibrillator (hjertestarter) if there is one, and do what it says.",
        ),
        source: sources::FIRST_AID,
    },
    FirstAid {
        id: "naloxone",
        text: text!(
            "Kan personen ha tatt heroin, metadon, sterke smertestillende eller noe du ikke vet hva er? Gi nalokson nesespray hvis du har det, men ikke vent med hjerte- og lungeredningen. Gi en ny dose hvis pusten ikke kommer tilbake.",
            "Kan personen ha teke heroin, metadon, sterke smertestillande eller noko du ikkje veit kva er? Gje nalokson nasespray om du har det, men ikkje vent med hjarte- og lungeredninga. Gje ein ny dose om pusten ikkje kjem tilbake.",
            "Could the person have taken heroin, methadone, strong painkillers or something you don't know? Give naloxone nasal spray if you have it, but do not delay CPR. Give a second dose if breathing does not return.",
        ),
        source: sources::FIRST_AID,
    },
    FirstAid {
        id: "recovery_position",
        text: text!(
            "Puster personen, men våkner ikke? Legg personen i stabilt sideleie, og sjekk pusten hele tiden til hjelpen kommer. Slutter personen å puste normalt, start hjerte- og lungeredning.",
            "Pustar personen, men vaknar ikkje? Legg personen i stabilt sideleie, og sjekk pusten heile tida til hjelpa kjem. Sluttar personen å puste normalt, start hjarte- og lungeredning.",
            "Breathing but not waking up? Put the person in the recovery position (stabilt sideleie) and keep checking their breathing until help arrives. If they stop breathing normally, start CPR.",
        ),
        source: sources::FIRST_AID,
    },
    FirstAid {
        id: "stay",
        text: text!(
            "Bli hos personen til hjelpen kommer. Nalokson virker kortere enn mange rusmidler, som metadon, så personen kan bli dårlig igjen. Personen må undersøkes av lege, også om personen våkner.",
            "Bli hjå personen til hjelpa kjem. Nalokson verkar kortare enn mange rusmiddel, som metadon, så personen kan bli dårleg att. Personen må undersøkjast av lege, også om personen vaknar.",
            "Stay with the person until help arrives. Naloxone wears off sooner than many drugs, such as methadone, so they can become unwell again. The person must be seen by a doctor, even if they wake up.",
        ),
        source: sources::FIRST_AID,
    },
];

/// Each action's condition in words, for clinical review (`docs/DECISION_TABLES.md`); a test checks
/// that every action has one. Kept beside `ACTIONS` rather than in it: the module never shows them.
pub static CONDITIONS: &[(&str, &str)] = &[
    ("call_113", "the level is 113; or `abnormal_breathing` yes; or consciousness `voice`, `pain` or `unresponsive` with substance use not ruled out (Norsk indeks A.31.06); or `seizure`, `delirium_now`, `suicide_attempt` or `red_flag_symptoms` yes (with `danger_to_others` yes: the 112-too wording)"),
    ("call_112_and_113", "`danger_to_others` yes"),
    ("call_poison_centre", "`age` under 12 and substance use yes"),
    ("call_legevakt", "the level is somatic or psychiatric emergency"),
    ("acute_tsb_no_referral", "the level is acute TSB (24-hour or outpatient)"),
    ("not_settled", "the routing is not settled (`routing.summary` `not_settled`)"),
    ("contact_gp", "none of the above"),
];
