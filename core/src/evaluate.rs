//! One full evaluation: parse, decide, check completeness, and build the output of the public contract
//! (SPEC section 2) with every text in the requested language.

use crate::analysis::Analyser;
use crate::answers::{Answered, Answers, Slot};
use crate::catalog::{Domain, Item};
use crate::completeness::{self, Decisive, DomainStatus, SectionCompleteness};
use crate::concurrent::{self, Context};
use crate::criteria::{Indication, IndicationBasis, Necessity, Status, CHILD_UNDER, CRITERIA};
use crate::decision::{decide_with, decisive, influences, Decision, Open};
use crate::facts::{Facts, InstrumentFacts, TotalAnswer, TOTAL_ANSWERS};
use crate::input::{Audience, Input, Service};
use crate::instruments::{news2, pawss, BandContext, CutoffSex, ScoreReport};
use crate::messages::{self as m, Row};
use crate::routing::{self, Contact, Level, TRIGGERS};
use crate::sources::{self, Source, SourceRef};
use crate::text::{Lang, Text};
use crate::{ENGINE_VERSION, RULESET};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// A text with a stable id and, where it makes a claim, the sources it rests on (entries of the
/// bibliography, `sources.rs`).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Message {
    pub id: &'static str,
    pub text: String,
    pub sources: Vec<SourceRef>,
}

impl Message {
    /// The message of a row of `messages.rs`.
    fn row(row: &Row, lang: Lang) -> Message {
        Message::new(row.id, row.text, Some(row.source), lang)
    }

    fn new(id: &'static str, text: Text, source: Option<Source>, lang: Lang) -> Message {
        Message {
            id,
            text: text.get(lang).to_string(),
            sources: source.map_or_else(Vec::new, |s| sources::refs(s, lang)),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Evaluation {
    pub ruleset: &'static str,
    pub engine: &'static str,
    pub lang: Lang,
    pub audience: Audience,
    /// "Decision support, not a decision" (SPEC 1.1).
    pub notice: Message,
    /// What the reader must keep in mind about this evaluation (SPEC 2): `under_18`,
    /// `news2_not_valid`, `news2_total_ignored`, `paediatric_ranges`, `check_sex_pregnancy`.
    pub warnings: Vec<Message>,
    pub indication: IndicationReport,
    pub completeness: CompletenessReport,
    pub routing: RoutingReport,
    /// Each computed instrument by id (none in citizen mode).
    #[cfg_attr(feature = "ts", ts(type = "{ [key in string]: ScoreReport }"))]
    pub scores: Scores,
    /// `options.texts: false`: [`Evaluation::to_json`] leaves the texts out.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub ids_only: bool,
}

/// The text fields of the output, by struct and field: what `options.texts: false` leaves out (SPEC 2,
/// "ids only"). Every id, level, number, flag and source id and address stays, and so do the ids that
/// tell a host to show 113 (`routing.level`, `routing.summary.id`, `routing.citizen.action`).
pub const TEXT_FIELDS: crate::json::Skip = &[
    ("Message", "text"),
    ("IndicationReport", "text"),
    ("CriterionReport", "title"),
    ("DomainReport", "title"),
    ("DecisiveQuestion", "label"),
    ("RoutingReport", "title"),
    ("RoutingReport", "advice"),
    ("ContactReport", "name"),
    ("SummaryReport", "text"),
    ("CitizenAdvice", "headline"),
    ("CitizenAdvice", "text"),
    ("ScoreReport", "name"),
    ("ScoreReport", "band_text"),
    ("ScoreReport", "not_valid"),
    ("ScoreReport", "thresholds"),
    ("FlagReport", "text"),
    ("SourceRef", "citation"),
];

impl Evaluation {
    /// The evaluation as the JSON text of the contract (compact, ASCII only); with `options.texts:
    /// false`, without the [`TEXT_FIELDS`].
    pub fn to_json(&self) -> Result<String, crate::json::WriteError> {
        let skip = if self.ids_only { TEXT_FIELDS } else { &[] };
        crate::json::to_string_without(self, skip)
    }
}

/// The instrument results of an evaluation, by instrument id in alphabetical order; written as a JSON
/// object (`scores.<id>`). A list rather than a map: at most nine entries, and less code in wasm.
#[derive(Clone, Debug, Default)]
pub struct Scores(Vec<ScoreReport>);

impl Scores {
    pub fn get(&self, id: &str) -> Option<&ScoreReport> {
        self.0.iter().find(|s| s.id == id)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Adds `report` in its place by id, replacing a report of the same instrument.
    pub fn insert(&mut self, report: ScoreReport) {
        let at = self.0.partition_point(|s| s.id < report.id);
        match self.0.get_mut(at) {
            Some(same) if same.id == report.id => *same = report,
            _ => self.0.insert(at, report),
        }
    }

    pub fn values(&self) -> impl Iterator<Item = &ScoreReport> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Scores {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for report in &self.0 {
            map.serialize_entry(report.id, report)?;
        }
        map.end()
    }
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct IndicationReport {
    pub status: Indication,
    pub text: String,
    pub necessity: Necessity,
    pub referral_required: bool,
    pub reasons: Vec<Message>,
    pub criteria: Vec<CriterionReport>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CriterionReport {
    pub id: &'static str,
    pub title: &'static str,
    pub status: Status,
    pub because: Vec<Message>,
    pub missing: Vec<&'static str>,
    pub sources: Vec<SourceRef>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CompletenessReport {
    pub percent: u8,
    pub answered: usize,
    pub required: usize,
    pub domains: Vec<DomainReport>,
    /// Context items (age, sex): not a domain, but required and counted in `percent`.
    pub context: DomainReport,
    pub next_questions: Vec<&'static str>,
    /// The decisive questions, with the level an answer could raise the routing to.
    pub decisive: Vec<DecisiveQuestion>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DomainReport {
    pub id: &'static str,
    pub title: &'static str,
    pub status: DomainStatus,
    pub answered: usize,
    pub required: usize,
    pub missing: Vec<&'static str>,
    pub unresolved: Vec<&'static str>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DecisiveQuestion {
    pub id: &'static str,
    pub label: &'static str,
    pub escalates_to: Option<Level>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RoutingReport {
    pub level: Level,
    pub title: &'static str,
    pub advice: &'static str,
    pub provisional: bool,
    pub may_escalate_to: Option<Level>,
    /// The one line a screen shows first (SPEC 1.7 and 6).
    pub summary: SummaryReport,
    pub reasons: Vec<Message>,
    pub concurrent: Vec<Message>,
    pub contacts: Vec<ContactReport>,
    pub services: Vec<Service>,
    pub entry_path: Option<Message>,
    /// "Where to get help now" for a person or a relative (citizen mode only; `null` otherwise).
    pub citizen: Option<CitizenAdvice>,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ContactReport {
    pub id: &'static str,
    pub number: &'static str,
    pub name: &'static str,
}

/// The routing summary (SPEC 6): `settled`, `not_settled`, `may_escalate` or `provisional_minor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Summary {
    Settled,
    NotSettled,
    MayEscalate,
    ProvisionalMinor,
}

#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SummaryReport {
    pub id: Summary,
    pub text: String,
}

/// Where to get help now, for a person or a relative (SPEC 9).
#[derive(Clone, Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CitizenAdvice {
    /// `call_113`, `call_112_and_113`, `call_poison_centre`, `call_legevakt`, `acute_tsb_no_referral`,
    /// `not_settled` or `contact_gp`.
    #[cfg_attr(
        feature = "ts",
        ts(
            type = "\"call_113\" | \"call_112_and_113\" | \"call_poison_centre\" | \"call_legevakt\" | \"acute_tsb_no_referral\" | \"not_settled\" | \"contact_gp\""
        )
    )]
    pub action: &'static str,
    pub headline: &'static str,
    pub text: String,
    /// What the advice may still become: the action that answers to the open citizen questions could
    /// give, when it is more urgent than `action` (`null` when none could). A `not_settled` advice
    /// names it in its text; any other names it as what to check now.
    #[cfg_attr(
        feature = "ts",
        ts(
            type = "\"call_113\" | \"call_112_and_113\" | \"call_poison_centre\" | \"call_legevakt\" | \"acute_tsb_no_referral\" | \"not_settled\" | \"contact_gp\" | null"
        )
    )]
    pub may_become: Option<&'static str>,
    /// The open citizen questions that could change the advice, in the order to ask them: first those
    /// that could make it more urgent, the most urgent first, then the decisive ones (item ids; a
    /// form shows each with its citizen question).
    pub questions: Vec<&'static str>,
    /// With every `call_113`: the first aid of SPEC 9, in order.
    pub first_aid: Vec<Message>,
    pub sources: Vec<SourceRef>,
}

pub const NOTICE: Text = text!(
    "Beslutningsstøtte, ikke en beslutning: forslaget bygger på svarene som er gitt, og klinikeren avgjør.",
    "Avgjerdsstøtte, ikkje ei avgjerd: forslaget byggjer på svara som er gitt, og klinikaren avgjer.",
    "Decision support, not a decision: the suggestion rests on the answers given, and the clinician decides.",
);

/// The notice for a person or a relative (SPEC 1.1 and 9): guidance, not a diagnosis.
pub const NOTICE_CITIZEN: Text = text!(
    "Dette er veiledning, ikke en medisinsk vurdering. Er du i tvil, ring legevakt på 116 117. Ved fare for liv, ring 113.",
    "Dette er rettleiing, ikkje ei medisinsk vurdering. Er du i tvil, ring legevakt på 116 117. Ved fare for liv, ring 113.",
    "This is guidance, not a medical assessment. If in doubt, call legevakt on 116 117. If a life is in danger, call 113.",
);

/// Evaluates a validated input.
pub fn evaluate_input(input: &Input) -> Evaluation {
    let lang = input.options.lang;
    let audience = input.options.audience;
    let instruments = InstrumentFacts::from_inputs(&input.instruments);
    let answers = implied_answers(input.answers.clone(), &instruments);
    let facts = Facts::new(answers, instruments, &input.options.cutoffs);
    let open = Open::of(&facts, audience);
    let analyser = Analyser::new(&facts, open.items);
    let influences = influences(&analyser, &open, audience);
    let decision = decide_with(&analyser, &open, &influences);
    let decisive = decisive(&influences, &decision);
    // The questions are the required items still open; an item that only may become required (a
    // CIWA-Ar total while `withdrawal_signs` is open) is asked once it is.
    let questions = completeness::required_open(&facts.a, audience);
    let decisive: Vec<Decisive> = decisive
        .into_iter()
        .filter(|d| questions.contains(d.item))
        .collect();
    let (decisive, rest) = completeness::order(&decisive, questions);

    Evaluation {
        ruleset: RULESET,
        engine: ENGINE_VERSION,
        lang,
        audience,
        notice: match audience {
            Audience::Clinician => Message::row(&m::DECISION_SUPPORT_NOTICE, lang),
            Audience::Citizen => Message::row(&m::GUIDANCE_NOTICE, lang),
        },
        warnings: warnings(&facts, lang),
        indication: indication_report(&decision, lang),
        completeness: completeness_report(&facts, audience, &decisive, &rest, lang),
        routing: routing_report(&facts, &decision, &decisive, input, lang),
        scores: if audience == Audience::Citizen {
            Scores::default()
        } else {
            scores(input, &facts, lang)
        },
        ids_only: input.options.ids_only,
    }
}

/// Answers that other answers imply: an exact total from an instrument answers `ciwa_ar_score`,
/// `cows_score` or `gcs`; a given `alcohol_permille` means the alcohol test was done (SPEC 3).
fn implied_answers(mut a: Answers, instruments: &InstrumentFacts) -> Answers {
    let f = Facts::new(Answers::default(), *instruments, &Default::default());
    for TotalAnswer { item, .. } in TOTAL_ANSWERS {
        if let (false, Some(total)) = (
            a.known(item),
            f.instrument_total(item).and_then(|i| i.total()),
        ) {
            a.set(item, Slot::Number(total));
        }
    }
    if a.number(Item::AlcoholPermille).is_some() && !a.known(Item::AlcoholTest) {
        if let Some(done) = crate::answers::option_index(Item::AlcoholTest, "done") {
            a.set(Item::AlcoholTest, Slot::Choice(done as u8));
        }
    }
    a
}

/// The warnings of SPEC 2, in that order.
fn warnings(f: &Facts, lang: Lang) -> Vec<Message> {
    let a = &f.a;
    let age = a.number(Item::Age);
    let under = |years: f64| age.is_some_and(|x| x < years);
    let vital_sign = news2::PARAMETERS.iter().any(|p| a.known(*p));
    let mut out = Vec::new();
    if under(18.0) {
        out.push(Message::row(&m::UNDER_18, lang));
    }
    if let (Some(not_valid), true) = (news2::NotValid::of(age, a.pregnant()), vital_sign) {
        let row = &m::NEWS2_NOT_VALID;
        out.push(Message::new(
            row.id,
            not_valid.text(),
            Some(row.source),
            lang,
        ));
    }
    if f.instruments.news2_total.is_some() && under(news2::HOST_TOTAL_FROM_AGE) {
        out.push(Message::row(&m::NEWS2_TOTAL_IGNORED, lang));
    }
    if under(CHILD_UNDER) && (vital_sign || f.gcs_given()) {
        out.push(Message::row(&m::PAEDIATRIC_RANGES, lang));
    }
    if a.is(Item::Sex, "male") && a.pregnant() {
        out.push(Message::row(&m::CHECK_SEX_PREGNANCY, lang));
    }
    out
}

fn indication_report(d: &Decision, lang: Lang) -> IndicationReport {
    let criteria = CRITERIA
        .iter()
        .zip(d.verdicts.iter())
        .map(|(c, v)| {
            let because = match v.status {
                Status::Met => c
                    .met_by
                    .iter()
                    .enumerate()
                    .filter(|(k, _)| v.met_by & (1 << k) != 0)
                    .map(|(_, cond)| {
                        Message::new(cond.id, cond.text, c.sources.first().copied(), lang)
                    })
                    .collect(),
                Status::NotMet => {
                    vec![Message::new(
                        "not_met",
                        c.not_met,
                        c.sources.first().copied(),
                        lang,
                    )]
                }
                Status::Undetermined => {
                    let labels: Vec<&str> =
                        v.missing.items().map(|i| i.def().label.get(lang)).collect();
                    vec![Message {
                        id: m::UNDETERMINED.id,
                        text: m::UNDETERMINED.text.fill(lang, &[&labels.join(", ")]),
                        sources: sources::refs(m::UNDETERMINED.source, lang),
                    }]
                }
            };
            CriterionReport {
                id: c.id,
                title: c.title.get(lang),
                status: v.status,
                because,
                missing: v.missing.items().map(Item::id).collect(),
                sources: sources::refs_of_all(c.sources, lang),
            }
        })
        .collect();
    let mut reasons = Vec::new();
    let basis = match d.basis {
        IndicationBasis::NoSubstanceUse => &m::BASIS_NO_SUBSTANCE,
        IndicationBasis::NecessityOverruled => &m::BASIS_OVERRULED,
        IndicationBasis::CriterionMet if d.necessity == Necessity::Presumed => {
            &m::BASIS_MET_PRESUMED
        }
        IndicationBasis::CriterionMet => &m::BASIS_MET_CONFIRMED,
        IndicationBasis::NoCriterionMet => &m::BASIS_NONE_MET,
        IndicationBasis::Open => &m::BASIS_OPEN,
    };
    reasons.push(Message::row(basis, lang));
    if d.indication == Indication::Indicated {
        reasons.push(Message::row(&m::NO_REFERRAL, lang));
    }
    IndicationReport {
        status: d.indication,
        text: match d.indication {
            Indication::Indicated => INDICATED.get(lang).to_string(),
            Indication::NotIndicated => NOT_INDICATED.get(lang).to_string(),
            Indication::Undetermined => UNDETERMINED_INDICATION.get(lang).to_string(),
        },
        necessity: d.necessity,
        referral_required: d.indication != Indication::Indicated,
        reasons,
        criteria,
    }
}

fn domain_report(
    id: &'static str,
    title: Text,
    s: &SectionCompleteness,
    lang: Lang,
) -> DomainReport {
    DomainReport {
        id,
        title: title.get(lang),
        status: s.status(),
        answered: s.answered,
        required: s.required,
        missing: s.missing.iter().map(|i| i.id()).collect(),
        unresolved: s.unresolved.iter().map(|i| i.id()).collect(),
    }
}

fn completeness_report(
    f: &Facts,
    audience: Audience,
    decisive: &[Decisive],
    rest: &[Item],
    lang: Lang,
) -> CompletenessReport {
    let (domains, context) =
        completeness::sections(&f.a, completeness::required_set(&f.a, audience));
    let percent = completeness::percent(&domains, &context);
    let (answered, required) = domains
        .iter()
        .chain(std::iter::once(&context))
        .fold((0, 0), |(a, r), s| (a + s.answered, r + s.required));
    CompletenessReport {
        percent,
        answered,
        required,
        domains: Domain::ALL
            .iter()
            .zip(domains.iter())
            .map(|(d, s)| domain_report(d.id(), d.title(), s, lang))
            .collect(),
        context: domain_report(
            "context",
            crate::catalog_export::section_title("context"),
            &context,
            lang,
        ),
        next_questions: decisive
            .iter()
            .map(|d| d.item.id())
            .chain(rest.iter().map(|i| i.id()))
            .collect(),
        decisive: decisive
            .iter()
            .map(|d| DecisiveQuestion {
                id: d.item.id(),
                label: item_name(d.item, audience, lang),
                escalates_to: d.escalates_to,
            })
            .collect(),
    }
}

/// The summary of SPEC 6 for a decision.
pub fn summary_id(d: &Decision) -> Summary {
    let acute = |l: Level| l.above(Level::TsbPlanned);
    match d.may_escalate_to {
        None => Summary::Settled,
        Some(to) if !acute(d.level()) && acute(to) => Summary::NotSettled,
        Some(_) if acute(d.level()) => Summary::MayEscalate,
        Some(_) => Summary::ProvisionalMinor,
    }
}

/// How an item is named to the audience: by its label, or to a citizen by its plain question (SPEC 9:
/// no citizen meets a clinician's term).
fn item_name(item: Item, audience: Audience, lang: Lang) -> &'static str {
    match (audience, crate::citizen_wording::wording(item)) {
        (Audience::Citizen, Some(w)) => w.question.get(lang),
        _ => item.def().label.get(lang),
    }
}

/// How many decisive questions a summary names.
const SUMMARY_QUESTIONS: usize = 3;

/// The summary; for a citizen in the citizen's words: the advice, what it may become, the plain
/// questions.
fn summary(
    f: &Facts,
    d: &Decision,
    decisive: &[Decisive],
    citizen: Option<&CitizenAdvice>,
    lang: Lang,
) -> SummaryReport {
    let id = summary_id(d);
    let level = d.level();
    let audience = match citizen {
        Some(_) => Audience::Citizen,
        None => Audience::Clinician,
    };
    // A citizen is asked the questions that could change the citizen's advice.
    let questions: Vec<&str> = match citizen {
        Some(c) => c
            .questions
            .iter()
            .filter_map(|id| Item::from_id(id))
            .take(SUMMARY_QUESTIONS)
            .map(|i| item_name(i, audience, lang))
            .collect(),
        None => decisive
            .iter()
            .take(SUMMARY_QUESTIONS)
            .map(|q| item_name(q.item, audience, lang))
            .collect(),
    };
    let what = if questions.is_empty() {
        if f.a.number(Item::Age).is_some() {
            m::PAEDIATRIC_ASSESSMENT.text.get(lang).to_string()
        } else {
            IF_UNDER_12.get(lang).to_string()
        }
    } else {
        // A citizen's questions end with their own question marks.
        questions.join(if citizen.is_some() { " " } else { ", " })
    };
    let mut to = d.may_escalate_to.map_or("", |l| l.title().get(lang));
    let mut advice = level.advice().get(lang).to_string();
    let mut plain_settled = false;
    if let Some(c) = citizen {
        advice = [c.headline, "."].concat();
        let then = crate::citizen::ACTIONS
            .iter()
            .find(|a| Some(a.id) == c.may_become);
        match then {
            Some(then) => to = then.headline.get(lang),
            // Nothing more urgent to do than what the advice says.
            None => plain_settled = true,
        }
    }
    // A citizen told what to do now reads that first, even while the routing is not settled.
    let shown = match citizen {
        Some(c) if c.action != "not_settled" && id == Summary::NotSettled => Summary::MayEscalate,
        _ => id,
    };
    let mut text = match shown {
        _ if plain_settled && shown != Summary::NotSettled => advice,
        Summary::Settled => advice,
        Summary::NotSettled => SUMMARY_NOT_SETTLED.fill(lang, &[to, &what]),
        Summary::MayEscalate => SUMMARY_MAY_ESCALATE.fill(lang, &[&advice, to, &what]),
        Summary::ProvisionalMinor => SUMMARY_PROVISIONAL_MINOR.fill(lang, &[&advice, &what]),
    };
    if text.ends_with("?.") {
        text.pop();
    }
    SummaryReport { id, text }
}

fn routing_report(
    f: &Facts,
    d: &Decision,
    decisive: &[Decisive],
    input: &Input,
    lang: Lang,
) -> RoutingReport {
    let level = d.level();
    let mut reasons: Vec<Message> = TRIGGERS
        .iter()
        .enumerate()
        .filter(|(k, _)| d.route.fired & (1 << k) != 0)
        .map(|(_, t)| Message::new(t.id, t.text, Some(t.source), lang))
        .collect();
    if d.indication == Indication::Indicated {
        let row = match routing::acute_tsb_level(&d.verdicts) {
            Level::TsbAcuteInpatient => &m::TSB_INPATIENT,
            _ => &m::TSB_OUTPATIENT,
        };
        reasons.push(Message::row(row, lang));
    }
    if !level.is_emergency() && !level.is_acute_tsb() {
        let row = match (
            d.route.non_acute,
            f.a.known(Item::ProblemSeverity) && f.a.known(Item::ProblemDuration),
        ) {
            (Level::TsbPlanned, _) => &m::NON_ACUTE_PLANNED,
            (Level::Municipal, _) => &m::NON_ACUTE_MUNICIPAL,
            (_, true) => &m::NON_ACUTE_GP,
            (_, false) => &m::NON_ACUTE_UNKNOWN,
        };
        reasons.push(Message::row(row, lang));
    }
    if d.indication == Indication::Undetermined {
        reasons.push(Message::row(&m::ROUTING_OPEN, lang));
    }
    if d.basis == IndicationBasis::NecessityOverruled {
        reasons.push(Message::row(&m::BASIS_OVERRULED, lang));
    }
    if level.is_acute_tsb() && f.a.no(Item::SubstanceUseDominant) {
        reasons.push(Message::row(&m::OTHER_SERVICE_MAY_LEAD, lang));
    }
    if d.paediatric && d.may_escalate_to == Some(Level::SomaticEmergency) {
        reasons.push(Message::row(&m::PAEDIATRIC_ASSESSMENT, lang));
    }

    let ctx = Context {
        f,
        level,
        indication: d.indication,
        verdicts: &d.verdicts,
    };
    let concurrent = concurrent::needs(&ctx)
        .map(|n| Message::new(n.id, n.text_for(&ctx), Some(n.source), lang))
        .collect();
    let entry_path = (level.is_acute_tsb() || d.indication == Indication::Indicated)
        .then(|| f.a.choice(Item::Referrer).and_then(routing::entry_path))
        .flatten()
        .map(|row| Message::row(row, lang));
    let citizen = (input.options.audience == Audience::Citizen)
        .then(|| citizen_advice(f, d, decisive, summary_id(d), lang));
    // A citizen told to call 113 (and the police) finds those numbers first, whatever the level (SPEC 9).
    let first: &[Contact] = match citizen.as_ref().map(|c| c.action) {
        Some("call_113") => &[routing::EMERGENCY],
        Some("call_112_and_113") => &[routing::POLICE, routing::EMERGENCY],
        _ => &[],
    };
    let mut contacts = first.to_vec();
    contacts.extend(
        routing::contacts(level, f)
            .into_iter()
            .filter(|c| first.iter().all(|x| x.id != c.id)),
    );
    let contacts = contacts
        .into_iter()
        .map(|c: Contact| ContactReport {
            id: c.id,
            number: c.number,
            name: c.name.get(lang),
        })
        .collect();
    let services = input
        .options
        .services
        .iter()
        .filter(|s| s.levels.contains(&level))
        .cloned()
        .collect();
    let summary = summary(f, d, decisive, citizen.as_ref(), lang);
    RoutingReport {
        level,
        title: level.title().get(lang),
        advice: level.advice().get(lang),
        provisional: d.provisional(),
        may_escalate_to: d.may_escalate_to,
        summary,
        reasons,
        concurrent,
        contacts,
        services,
        entry_path,
        citizen,
    }
}

fn citizen_advice(
    f: &Facts,
    d: &Decision,
    decisive: &[Decisive],
    summary: Summary,
    lang: Lang,
) -> CitizenAdvice {
    let ctx = crate::citizen::Context {
        f,
        level: d.level(),
        not_settled: summary == Summary::NotSettled,
    };
    let action = crate::citizen::action(&ctx);
    let may_become = crate::citizen::may_become(&ctx, d.may_escalate_to, action);
    CitizenAdvice {
        action: action.id,
        headline: action.headline.get(lang),
        text: crate::citizen::advice_text(action, &ctx, may_become, lang),
        may_become: may_become.map(|a| a.id),
        questions: crate::citizen::questions(
            &ctx,
            completeness::required_open(&f.a, Audience::Citizen),
            decisive,
            action,
        )
        .into_iter()
        .map(Item::id)
        .collect(),
        first_aid: if action.first_aid {
            crate::citizen::FIRST_AID
                .iter()
                .map(|s| Message::new(s.id, s.text, Some(s.source), lang))
                .collect()
        } else {
            Vec::new()
        },
        sources: sources::refs(action.source, lang),
    }
}

fn scores(input: &Input, f: &Facts, lang: Lang) -> Scores {
    let context = BandContext {
        sex: if f.a.is(Item::Sex, "male") {
            CutoffSex::Male
        } else {
            CutoffSex::Cautious
        },
        cutoffs: input.options.cutoffs,
    };
    let mut out = Scores::default();
    // The PAWSS gate (SPEC 5.3): the threshold item, alcohol among the substances, or a blood alcohol.
    let pawss_gate = match f.instruments.pawss_threshold {
        Some(true) => pawss::Gate::Met,
        Some(false) => pawss::Gate::NotMet,
        None if f.a.has(Item::Substances, "alcohol")
            || f.a.number(Item::AlcoholPermille).is_some_and(|p| p > 0.0) =>
        {
            pawss::Gate::Met
        }
        None => pawss::Gate::Open,
    };
    for given in &input.instruments {
        if given.instrument.id != "news2" {
            out.insert(crate::instruments::report(
                given, pawss_gate, &context, lang,
            ));
        }
    }
    // Totals given only as answers.
    for TotalAnswer {
        item,
        instrument: id,
    } in TOTAL_ANSWERS
    {
        if !out.contains_key(id) && f.a.known(item) {
            if let (Some(instrument), Some(total)) =
                (crate::instruments::instrument(id), f.a.number(item))
            {
                out.insert(ScoreReport::new(
                    instrument,
                    crate::instruments::Interval::exact(total),
                    Vec::new(),
                    &context,
                    lang,
                ));
            }
        }
    }
    // AUDIT-C from AUDIT Q1-Q3 when only AUDIT is given.
    if let (false, Some(audit)) = (
        out.contains_key("audit_c"),
        input
            .instruments
            .iter()
            .find(|i| i.instrument.id == "audit"),
    ) {
        out.insert(crate::instruments::audit::audit_c_from_audit(
            &audit.items,
            &context,
            lang,
        ));
    }
    let points = news2::PARAMETERS.map(|p| news2::points(p, f.a.get(p)));
    if points.iter().any(Option::is_some) || f.instruments.news2_total.is_some() {
        let age = f.a.number(Item::Age);
        let host_total = f
            .instruments
            .news2_total
            .filter(|_| !age.is_some_and(|a| a < news2::HOST_TOTAL_FROM_AGE));
        out.insert(news2::report(
            points,
            host_total,
            news2::NotValid::of(age, f.a.pregnant()),
            &context,
            lang,
        ));
    }
    out
}

const INDICATED: Text = text!(
    "Akutt TSB er indisert",
    "Akutt TSB er indisert",
    "Acute TSB is indicated",
);
const NOT_INDICATED: Text = text!(
    "Akutt TSB er ikke indisert",
    "Akutt TSB er ikkje indisert",
    "Acute TSB is not indicated",
);
const UNDETERMINED_INDICATION: Text = text!(
    "Indikasjonen for akutt TSB kan ikke avgjøres ennå",
    "Indikasjonen for akutt TSB kan ikkje avgjerast enno",
    "The indication for acute TSB cannot be decided yet",
);
const IF_UNDER_12: Text = text!(
    "alder (hvis under 12 år: vurdering med pediatriske normalverdier)",
    "alder (om under 12 år: vurdering med pediatriske normalverdiar)",
    "age (if under 12: an assessment by paediatric ranges)",
);
const SUMMARY_NOT_SETTLED: Text = text!(
    "Ikke avklart ennå: kan bli «{0}». Avklar først: {1}.",
    "Ikkje avklart enno: kan bli «{0}». Avklar først: {1}.",
    "Not settled yet: may be «{0}». Settle first: {1}.",
);
const SUMMARY_MAY_ESCALATE: Text = text!(
    "{0} Kan bli «{1}»: sjekk nå {2}.",
    "{0} Kan bli «{1}»: sjekk no {2}.",
    "{0} May be «{1}»: check now {2}.",
);
const SUMMARY_PROVISIONAL_MINOR: Text = text!(
    "{0} Foreløpig: kan endres mellom ikke-akutte nivåer; avklar {1}.",
    "{0} Førebels: kan endrast mellom ikkje-akutte nivå; avklar {1}.",
    "{0} Provisional: may change between non-acute levels; settle {1}.",
);
