//! One full evaluation: parse, decide, check completeness, and build the output of the public contract
//! (SPEC section 2) with every text in the requested language.

use crate::analysis::Analyser;
use crate::answers::{Answered, Answers, Slot};
use crate::catalog::{Domain, Item};
use crate::completeness::{self, Decisive, DomainStatus, SectionCompleteness};
use crate::concurrent::{self, Context};
use crate::criteria::{Indication, IndicationBasis, Necessity, Status, CHILD_UNDER, CRITERIA};
use crate::decision::{decide_with, decisive, influences, Decision, Open};
use crate::facts::{Facts, InstrumentFacts};
use crate::input::{Audience, Input, Service, TOTAL_ANSWERS};
use crate::instruments::{news2, pawss, BandContext, CutoffSex, ScoreReport};
use crate::routing::{self, Contact, Level, TRIGGERS};
use crate::sources::{self, Source};
use crate::text::{Lang, Text};
use crate::{ENGINE_VERSION, RULESET};
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// A text with a stable id and, where it makes a claim, its source.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Message {
    pub id: &'static str,
    pub text: String,
    pub source: Option<&'static str>,
}

impl Message {
    fn new(id: &'static str, text: Text, source: Option<Source>, lang: Lang) -> Message {
        Message {
            id,
            text: text.get(lang).to_string(),
            source: source.map(|s| s.citation),
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
    pub sources: Vec<&'static str>,
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
    /// With every `call_113`: the first aid of SPEC 9, in order.
    pub first_aid: Vec<Message>,
    pub source: &'static str,
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
            Audience::Clinician => Message::new("decision_support_notice", NOTICE, None, lang),
            Audience::Citizen => Message::new("guidance_notice", NOTICE_CITIZEN, None, lang),
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
    }
}

/// Answers that other answers imply: an exact total from an instrument answers `ciwa_ar_score`,
/// `cows_score` or `gcs`; a given `alcohol_permille` means the alcohol test was done (SPEC 3).
fn implied_answers(mut a: Answers, instruments: &InstrumentFacts) -> Answers {
    let f = Facts::new(Answers::default(), *instruments, &Default::default());
    for (item, _) in TOTAL_ANSWERS {
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
    let mut warn = |id: &'static str, text: Text, source: Source| {
        out.push(Message::new(id, text, Some(source), lang));
    };
    if under(18.0) {
        warn("under_18", UNDER_18, sources::NFR_AVRUSNING_AKUTT);
    }
    if let (Some(not_valid), true) = (news2::NotValid::of(age, a.pregnant()), vital_sign) {
        warn("news2_not_valid", not_valid.text(), sources::RCP_NEWS2);
    }
    if f.instruments.news2_total.is_some() && under(news2::HOST_TOTAL_FROM_AGE) {
        warn(
            "news2_total_ignored",
            NEWS2_TOTAL_IGNORED,
            sources::PAEDIATRIC,
        );
    }
    if under(CHILD_UNDER) && (vital_sign || f.gcs_given()) {
        warn("paediatric_ranges", PAEDIATRIC_RANGES, sources::PAEDIATRIC);
    }
    if a.is(Item::Sex, "male") && a.pregnant() {
        warn(
            "check_sex_pregnancy",
            CHECK_SEX_PREGNANCY,
            sources::PAKKEFORLOP_GRAVIDE,
        );
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
                        id: "undetermined",
                        text: UNDETERMINED.fill(lang, &[&labels.join(", ")]),
                        source: Some(sources::NFR_AVRUSNING_AKUTT.citation),
                    }]
                }
            };
            CriterionReport {
                id: c.id,
                title: c.title.get(lang),
                status: v.status,
                because,
                missing: v.missing.items().map(Item::id).collect(),
                sources: c.sources.iter().map(|s| s.citation).collect(),
            }
        })
        .collect();
    let mut reasons = Vec::new();
    let (id, text) = match d.basis {
        IndicationBasis::NoSubstanceUse => ("no_substance_use", BASIS_NO_SUBSTANCE),
        IndicationBasis::NecessityOverruled => ("necessity_overruled", BASIS_OVERRULED),
        IndicationBasis::CriterionMet if d.necessity == Necessity::Presumed => {
            ("criterion_met_necessity_presumed", BASIS_MET_PRESUMED)
        }
        IndicationBasis::CriterionMet => ("criterion_met_necessity_confirmed", BASIS_MET_CONFIRMED),
        IndicationBasis::NoCriterionMet => ("no_criterion_met", BASIS_NONE_MET),
        IndicationBasis::Open => ("indication_open", BASIS_OPEN),
    };
    reasons.push(Message::new(id, text, Some(sources::PBRL_2_1B), lang));
    if d.indication == Indication::Indicated {
        reasons.push(Message::new(
            "referral_not_required",
            NO_REFERRAL,
            Some(sources::NFR_AVRUSNING_AKUTT),
            lang,
        ));
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
                label: d.item.def().label.get(lang),
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

/// How many decisive questions a summary names.
const SUMMARY_QUESTIONS: usize = 3;

fn summary(f: &Facts, d: &Decision, decisive: &[Decisive], lang: Lang) -> SummaryReport {
    let id = summary_id(d);
    let level = d.level();
    let questions: Vec<&str> = decisive
        .iter()
        .take(SUMMARY_QUESTIONS)
        .map(|q| q.item.def().label.get(lang))
        .collect();
    let what = if questions.is_empty() {
        if f.a.number(Item::Age).is_some() {
            PAEDIATRIC_ASSESSMENT.get(lang).to_string()
        } else {
            IF_UNDER_12.get(lang).to_string()
        }
    } else {
        questions.join(", ")
    };
    let to = d.may_escalate_to.map_or("", |l| l.title().get(lang));
    let text = match id {
        Summary::Settled => level.advice().get(lang).to_string(),
        Summary::NotSettled => SUMMARY_NOT_SETTLED.fill(lang, &[to, &what]),
        Summary::MayEscalate => {
            SUMMARY_MAY_ESCALATE.fill(lang, &[level.advice().get(lang), to, &what])
        }
        Summary::ProvisionalMinor => {
            SUMMARY_PROVISIONAL_MINOR.fill(lang, &[level.advice().get(lang), &what])
        }
    };
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
        let (id, text, source) = match routing::acute_tsb_level(&d.verdicts) {
            Level::TsbAcuteInpatient => (
                "tsb_acute_inpatient_indicated",
                TSB_INPATIENT,
                sources::NFR_AVRUSNING_AKUTT,
            ),
            _ => (
                "tsb_acute_outpatient_indicated",
                TSB_OUTPATIENT,
                sources::SEED001_AMBULANT,
            ),
        };
        reasons.push(Message::new(id, text, Some(source), lang));
    }
    if !level.is_emergency() && !level.is_acute_tsb() {
        let (id, text) = match (
            d.route.non_acute,
            f.a.known(Item::ProblemSeverity) && f.a.known(Item::ProblemDuration),
        ) {
            (Level::TsbPlanned, _) => ("non_acute_severe_long", NON_ACUTE_PLANNED),
            (Level::Municipal, _) => ("non_acute_municipal", NON_ACUTE_MUNICIPAL),
            (_, true) => ("non_acute_mild_short", NON_ACUTE_GP),
            (_, false) => ("non_acute_severity_unknown", NON_ACUTE_UNKNOWN),
        };
        reasons.push(Message::new(id, text, Some(sources::SEED004_NIVAA), lang));
    }
    if d.indication == Indication::Undetermined {
        reasons.push(Message::new(
            "indication_undetermined",
            ROUTING_OPEN,
            Some(sources::NFR_AVRUSNING_AKUTT),
            lang,
        ));
    }
    if d.basis == IndicationBasis::NecessityOverruled {
        reasons.push(Message::new(
            "necessity_overruled",
            BASIS_OVERRULED,
            Some(sources::PBRL_2_1B),
            lang,
        ));
    }
    if level.is_acute_tsb() && f.a.no(Item::SubstanceUseDominant) {
        reasons.push(Message::new(
            "other_service_may_lead",
            OTHER_SERVICE_MAY_LEAD,
            Some(sources::NFR_AVRUSNING_AKUTT),
            lang,
        ));
    }
    if d.paediatric && d.may_escalate_to == Some(Level::SomaticEmergency) {
        reasons.push(Message::new(
            "paediatric_assessment",
            PAEDIATRIC_ASSESSMENT,
            Some(sources::PAEDIATRIC),
            lang,
        ));
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
        .map(|(id, text)| Message::new(id, text, Some(sources::SEED000_INNGANG), lang));
    let contacts = routing::contacts(level, f)
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
    let summary = summary(f, d, decisive, lang);
    let citizen = (input.options.audience == Audience::Citizen)
        .then(|| citizen_advice(f, level, summary.id, lang));
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

fn citizen_advice(f: &Facts, level: Level, summary: Summary, lang: Lang) -> CitizenAdvice {
    let ctx = crate::citizen::Context {
        f,
        level,
        not_settled: summary == Summary::NotSettled,
    };
    let action = crate::citizen::action(&ctx);
    let mut text = action.text_for(&ctx).get(lang).to_string();
    text.push(' ');
    text.push_str(crate::citizen::HEALTH_PROFESSIONAL_MUST_ASSESS.get(lang));
    CitizenAdvice {
        action: action.id,
        headline: action.headline.get(lang),
        text,
        first_aid: if action.first_aid {
            crate::citizen::FIRST_AID
                .iter()
                .map(|s| Message::new(s.id, s.text, Some(s.source), lang))
                .collect()
        } else {
            Vec::new()
        },
        source: action.source.citation,
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
    for (item, id) in TOTAL_ANSWERS {
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

const UNDETERMINED: Text = text!(
    "Kan ikke avgjøres ennå. Mangler: {0}",
    "Kan ikkje avgjerast enno. Manglar: {0}",
    "Cannot be decided yet. Missing: {0}",
);
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
const BASIS_NO_SUBSTANCE: Text = text!(
    "Ingen rusmiddelbruk er oppgitt",
    "Inga rusmiddelbruk er oppgitt",
    "No substance use is recorded",
);
const BASIS_OVERRULED: Text = text!(
    "Klinikeren har vurdert at hjelpen ikke er påtrengende nødvendig",
    "Klinikaren har vurdert at hjelpa ikkje er påtrengjande naudsynt",
    "The clinician has judged that help is not urgently necessary (påtrengende nødvendig)",
);
const BASIS_MET_PRESUMED: Text = text!("Minst ett kriterium er oppfylt; hjelpen antas å være påtrengende nødvendig (klinikeren kan overprøve dette)", "Minst eitt kriterium er oppfylt; hjelpa blir rekna som påtrengjande naudsynt (klinikaren kan overprøve dette)", "At least one criterion is met; help is presumed urgently necessary (the clinician may overrule this)");
const BASIS_MET_CONFIRMED: Text = text!(
    "Minst ett kriterium er oppfylt, og klinikeren har vurdert hjelpen som påtrengende nødvendig",
    "Minst eitt kriterium er oppfylt, og klinikaren har vurdert hjelpa som påtrengjande naudsynt",
    "At least one criterion is met, and the clinician has judged help urgently necessary",
);
const BASIS_NONE_MET: Text = text!(
    "Ingen av de fem kriteriene er oppfylt",
    "Ingen av dei fem kriteria er oppfylte",
    "None of the five criteria is met",
);
const BASIS_OPEN: Text = text!(
    "Ingen kriterier er oppfylt ennå, men minst ett kan ikke avgjøres på det som er kjent",
    "Ingen kriterium er oppfylt enno, men minst eitt kan ikkje avgjerast på det som er kjent",
    "No criterion is met yet, but at least one cannot be decided on what is known",
);
const NO_REFERRAL: Text = text!(
    "Henvisning er ikke nødvendig",
    "Tilvising er ikkje naudsynt",
    "No referral is needed",
);
const TSB_INPATIENT: Text = text!(
    "Akutt TSB er indisert med kriterium 1–4 oppfylt: akutt døgnbehandling",
    "Akutt TSB er indisert med kriterium 1–4 oppfylt: akutt døgnbehandling",
    "Acute TSB is indicated with criterion 1–4 met: acute 24-hour care",
);
const TSB_OUTPATIENT: Text = text!("Akutt TSB er indisert bare på grunn av akutt sosial krise: poliklinisk eller ambulant akutthjelp", "Akutt TSB er indisert berre på grunn av akutt sosial krise: poliklinisk eller ambulant akutthjelp", "Acute TSB is indicated by the acute social crisis alone: outpatient or ambulant acute care");
const NON_ACUTE_PLANNED: Text = text!(
    "Ikke akutt; alvorlige og langvarige problemer: henvisning til TSB",
    "Ikkje akutt; alvorlege og langvarige problem: tilvising til TSB",
    "Not acute; severe and long-lasting problems: referral to TSB",
);
const NON_ACUTE_MUNICIPAL: Text = text!(
    "Ikke akutt; alvorlige og kortvarige eller lette og langvarige problemer: kommunale tjenester",
    "Ikkje akutt; alvorlege og kortvarige eller lette og langvarige problem: kommunale tenester",
    "Not acute; severe and short or mild and long-lasting problems: municipal services",
);
const NON_ACUTE_GP: Text = text!(
    "Ikke akutt; lette og kortvarige problemer: fastlege",
    "Ikkje akutt; lette og kortvarige problem: fastlege",
    "Not acute; mild and short problems: GP",
);
const NON_ACUTE_UNKNOWN: Text = text!(
    "Ikke akutt; alvorlighet eller varighet er ikke kjent: fastlegen kan henvise videre",
    "Ikkje akutt; alvor eller varigheit er ikkje kjent: fastlegen kan tilvise vidare",
    "Not acute; severity or duration is not known: the GP can refer on",
);
const ROUTING_OPEN: Text = text!(
    "Indikasjonen er ikke avklart: nivået er foreløpig, svar på de neste spørsmålene",
    "Indikasjonen er ikkje avklart: nivået er førebels, svar på dei neste spørsmåla",
    "The indication is not settled: the level is provisional, answer the next questions",
);
const OTHER_SERVICE_MAY_LEAD: Text = text!("Rusmiddelbruk dominerer ikke sykdomsbildet: en annen tjeneste kan måtte lede, men nivået senkes ikke", "Rusmiddelbruk dominerer ikkje sjukdomsbiletet: ei anna teneste kan måtte leie, men nivået blir ikkje senka", "Substance use does not dominate the clinical picture: another service may need to lead, but the level is not lowered");
const UNDER_18: Text = text!("Under 18 år: kriteriene er skrevet for voksne, og barne- og ungdomstjenester må involveres", "Under 18 år: kriteria er skrivne for vaksne, og barne- og ungdomstenester må involverast", "Under 18: the criteria are written for adults, and child and adolescent services must be involved");
const NEWS2_TOTAL_IGNORED: Text = text!(
    "NEWS2-summen fra journalen er ikke brukt: under 12 år gjelder ikke voksengrensene",
    "NEWS2-summen frå journalen er ikkje brukt: under 12 år gjeld ikkje vaksengrensene",
    "The host's NEWS2 total is not used: under 12 the adult limits do not apply",
);
const PAEDIATRIC_RANGES: Text = text!(
    "Barn under 12 år: vurder de vitale tegnene med pediatriske normalverdier (f.eks. PEWS); voksengrensene gjelder ikke",
    "Born under 12 år: vurder dei vitale teikna med pediatriske normalverdiar (t.d. PEWS); vaksengrensene gjeld ikkje",
    "A child under 12: judge the vital signs by paediatric ranges (e.g. PEWS); the adult limits do not apply",
);
const CHECK_SEX_PREGNANCY: Text = text!(
    "Graviditet er oppgitt for en pasient registrert som mann: kontroller opplysningene; graviditeten teller",
    "Graviditet er oppgitt for ein pasient registrert som mann: kontroller opplysningane; graviditeten tel",
    "Pregnancy is given for a patient recorded as male: check the record; the pregnancy counts",
);
const PAEDIATRIC_ASSESSMENT: Text = text!(
    "vurdering av barnets vitale tegn med pediatriske normalverdier",
    "vurdering av dei vitale teikna til barnet med pediatriske normalverdiar",
    "an assessment of the child's vital signs by paediatric ranges",
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
