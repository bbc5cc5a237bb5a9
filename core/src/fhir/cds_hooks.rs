//! CDS Hooks 2.0 response: `{ "cards": [...] }`.
//!
//! Cards, in this order: the routing (always), the decisive missing data (when the routing is
//! provisional), one card per warning (under 18, NEWS2 not valid) and one per concurrent need. Every
//! card has the required `summary` (at most 139 characters), `indicator` and `source.label`, a
//! GitHub-flavoured Markdown `detail` with the reasons and their sources, a `source.topic` saying which
//! kind of card it is, and a `uuid` derived from its content (the core has no randomness).

use super::{id_of, md, system, truncate, uuid_from};
use crate::evaluate::{Evaluation, Message, Summary};
use crate::routing::Level;
use crate::text::{fill, Lang, Text};
use serde_json::{json, Value};

/// The longest summary: CDS Hooks asks for fewer than 140 characters.
pub(crate) const SUMMARY_MAX: usize = 139;

/// The CDS Hooks response for one evaluation.
pub fn cds_hooks_response(e: &Evaluation) -> Value {
    let mut cards = vec![routing_card(e)];
    if e.routing.provisional {
        cards.push(missing_card(e));
    }
    for w in &e.warnings {
        let index = cards.len();
        cards.push(message_card(e, w, "warning", "warning", index));
    }
    for c in &e.routing.concurrent {
        let index = cards.len();
        cards.push(message_card(
            e,
            c,
            "concurrent-need",
            concurrent_indicator(c.id),
            index,
        ));
    }
    json!({ "cards": cards })
}

/// `critical` for the emergency levels, `warning` for acute TSB, `info` otherwise.
pub(crate) fn indicator(level: Level) -> &'static str {
    match level {
        Level::Emergency113 | Level::SomaticEmergency | Level::PsychiatricEmergency => "critical",
        Level::TsbAcuteInpatient | Level::TsbAcuteOutpatient => "warning",
        Level::TsbPlanned | Level::Municipal | Level::Gp => "info",
    }
}

/// Concurrent needs that carry a duty or a sharply raised risk are warnings; the others are info.
fn concurrent_indicator(id: &str) -> &'static str {
    match id {
        "child_welfare_concern"
        | "overdose_risk_after_discharge"
        | "overdose_followup"
        | "pregnancy_pathway" => "warning",
        _ => "info",
    }
}

fn card(
    e: &Evaluation,
    topic: &str,
    index: usize,
    indicator: &str,
    summary: &str,
    detail: String,
) -> Value {
    let summary = truncate(summary, SUMMARY_MAX);
    let topic_text = match topic {
        "routing" => TOPIC_ROUTING,
        "missing-data" => TOPIC_MISSING,
        "warning" => TOPIC_WARNING,
        _ => TOPIC_CONCURRENT,
    };
    let uuid = uuid_from(&format!(
        "{}\u{1f}{}\u{1f}{topic}\u{1f}{index}\u{1f}{indicator}\u{1f}{summary}\u{1f}{detail}",
        e.ruleset,
        e.lang.id()
    ));
    json!({
        "uuid": uuid,
        "summary": summary,
        "indicator": indicator,
        "detail": detail,
        "source": {
            "label": SOURCE_LABEL.fill(e.lang, &[e.ruleset]),
            "topic": {
                "system": system("card-topic"),
                "code": topic,
                "display": topic_text.get(e.lang),
            }
        }
    })
}

/// The sources of a message in Markdown, each a link where it has an address.
fn sources_md(m: &Message) -> Option<String> {
    (!m.sources.is_empty()).then(|| {
        m.sources
            .iter()
            .map(|s| match s.url {
                Some(url) => format!("[{}]({})", md(&s.citation), url),
                None => md(&s.citation),
            })
            .collect::<Vec<_>>()
            .join("; ")
    })
}

fn source_line(m: &Message, lang: Lang) -> String {
    match sources_md(m) {
        Some(s) => format!(" _({}: {})_", SOURCE.get(lang), s),
        None => String::new(),
    }
}

fn footer(e: &Evaluation) -> String {
    format!(
        "_{}_ {}",
        md(&e.notice.text),
        md(&RULESET_LINE.fill(e.lang, &[e.ruleset, e.engine]))
    )
}

fn contacts(e: &Evaluation, out: &mut String) {
    let lang = e.lang;
    if e.routing.contacts.is_empty() && e.routing.services.is_empty() {
        return;
    }
    out.push_str(&format!("#### {}\n\n", H_CONTACTS.get(lang)));
    for c in &e.routing.contacts {
        out.push_str(&format!("- **{}** {}\n", md(c.number), md(c.name)));
    }
    for s in &e.routing.services {
        let mut line = format!("- **{}**", md(&s.name));
        for extra in [&s.phone, &s.url, &s.hours].into_iter().flatten() {
            line.push_str(&format!(" · {}", md(extra)));
        }
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
}

/// The routing card's summary (SPEC 1.7): a non-acute floor that may still become acute is "not
/// settled", never the floor's name; an acute level that may rise keeps its own action first.
fn routing_summary(e: &Evaluation) -> String {
    let lang = e.lang;
    if let Some(citizen) = &e.routing.citizen {
        return citizen.headline.to_string();
    }
    let up = e.routing.may_escalate_to.map(|l| l.title().get(lang));
    match (e.routing.summary.id, up) {
        (Summary::NotSettled, Some(up)) => NOT_SETTLED.fill(lang, &[up]),
        (Summary::MayEscalate, Some(up)) => {
            format!("{} ({})", e.routing.title, MAY_ESCALATE.fill(lang, &[up]))
        }
        (Summary::ProvisionalMinor, _) => {
            format!("{} ({})", e.routing.title, PROVISIONAL.get(lang))
        }
        _ => e.routing.title.to_string(),
    }
}

/// The indicator of the routing card: the most urgent level the routing may reach while it is not
/// settled, so that a possible emergency is never shown as `info`.
fn routing_indicator(e: &Evaluation) -> &'static str {
    indicator(
        e.routing
            .may_escalate_to
            .unwrap_or(e.routing.level)
            .min(e.routing.level),
    )
}

fn routing_card(e: &Evaluation) -> Value {
    let lang = e.lang;
    let mut d = String::new();
    if let Some(citizen) = &e.routing.citizen {
        d.push_str(&format!(
            "**{}**\n\n{}\n\n",
            md(citizen.headline),
            md(&citizen.text)
        ));
        contacts(e, &mut d);
        d.push_str(&footer(e));
        return card(
            e,
            "routing",
            0,
            routing_indicator(e),
            &routing_summary(e),
            d,
        );
    }
    d.push_str(&format!("**{}**\n\n", md(&e.routing.summary.text)));
    d.push_str(&format!("#### {}\n\n", H_REASONS.get(lang)));
    for r in &e.routing.reasons {
        d.push_str(&format!("- {}{}\n", md(&r.text), source_line(r, lang)));
    }
    d.push('\n');
    d.push_str(&format!(
        "#### {}: {}\n\n",
        H_INDICATION.get(lang),
        md(&e.indication.text)
    ));
    for r in &e.indication.reasons {
        d.push_str(&format!("- {}{}\n", md(&r.text), source_line(r, lang)));
    }
    d.push('\n');
    d.push_str(&format!(
        "| {} | {} | {} |\n| --- | --- | --- |\n",
        COL_CRITERION.get(lang),
        COL_STATUS.get(lang),
        COL_BECAUSE.get(lang)
    ));
    for c in &e.indication.criteria {
        let status = match id_of(&c.status).as_str() {
            "met" => MET,
            "not_met" => NOT_MET,
            _ => UNDETERMINED,
        };
        let because: Vec<String> = c.because.iter().map(|m| md(&m.text)).collect();
        d.push_str(&format!(
            "| {} | {} | {} |\n",
            md(c.title),
            status.get(lang),
            because.join("; ")
        ));
    }
    d.push('\n');
    if let Some(entry) = &e.routing.entry_path {
        d.push_str(&format!(
            "#### {}\n\n{}{}\n\n",
            H_ENTRY.get(lang),
            md(&entry.text),
            source_line(entry, lang)
        ));
    }
    contacts(e, &mut d);
    d.push_str(&footer(e));
    card(
        e,
        "routing",
        0,
        routing_indicator(e),
        &routing_summary(e),
        d,
    )
}

/// The label of an item id in `lang` (the id itself if it is not an item).
pub(crate) fn label(id: &str, lang: Lang) -> String {
    crate::catalog::Item::from_id(id)
        .map_or(id, |i| i.def().label.get(lang))
        .to_string()
}

/// The missing facts to ask first while the routing is provisional: the decisive questions, most urgent
/// escalation first, with the level an answer could raise the routing to (or, if none is decisive, the
/// first five next questions).
pub(crate) fn first_questions(e: &Evaluation) -> Vec<(String, String, Option<Level>)> {
    let first: Vec<(String, String, Option<Level>)> = e
        .completeness
        .decisive
        .iter()
        .map(|q| (q.id.to_string(), q.label.to_string(), q.escalates_to))
        .collect();
    if !first.is_empty() {
        return first;
    }
    e.completeness
        .next_questions
        .iter()
        .take(5)
        .map(|id| (id.to_string(), label(id, e.lang), None))
        .collect()
}

fn missing_card(e: &Evaluation) -> Value {
    let lang = e.lang;
    let first = first_questions(e);
    let count = first.len().to_string();
    let summary = match (first.len(), e.routing.may_escalate_to) {
        (1, Some(up)) => MISSING_ONE_UP.fill(lang, &[up.title().get(lang)]),
        (1, None) => MISSING_ONE.get(lang).to_string(),
        (_, Some(up)) => MISSING_MANY_UP.fill(lang, &[&count, up.title().get(lang)]),
        (_, None) => MISSING_MANY.fill(lang, &[&count]),
    };
    let mut d = format!("{}\n\n", MISSING_INTRO.get(lang));
    for (k, (id, text, up)) in first.iter().enumerate() {
        d.push_str(&format!("{}. **{}** (`{id}`)", k + 1, md(text)));
        if let Some(up) = up {
            d.push_str(&format!(
                " — {}",
                md(&CAN_GIVE.fill(lang, &[up.title().get(lang)]))
            ));
        }
        d.push('\n');
    }
    d.push('\n');
    let rest: Vec<String> = e
        .completeness
        .next_questions
        .iter()
        .filter(|id| !first.iter().any(|(f, _, _)| f == *id))
        .map(|id| md(&label(id, lang)))
        .collect();
    if !rest.is_empty() {
        d.push_str(&format!(
            "{} {}\n\n",
            OTHER_MISSING.get(lang),
            rest.join(", ")
        ));
    }
    let (percent, answered, required) = (
        e.completeness.percent.to_string(),
        e.completeness.answered.to_string(),
        e.completeness.required.to_string(),
    );
    d.push_str(&fill(
        COMPLETENESS.get(lang),
        &[&percent, &answered, &required],
    ));
    d.push_str("\n\n");
    d.push_str(&footer(e));
    let indicator = if e.routing.may_escalate_to.is_some() {
        "warning"
    } else {
        "info"
    };
    card(e, "missing-data", 1, indicator, &summary, d)
}

fn message_card(e: &Evaluation, m: &Message, topic: &str, indicator: &str, index: usize) -> Value {
    let lang = e.lang;
    let mut d = md(&m.text);
    if let Some(s) = sources_md(m) {
        d.push_str(&format!("\n\n_{}: {}_", SOURCE.get(lang), s));
    }
    d.push_str(&format!("\n\n`{}`", m.id));
    card(e, topic, index, indicator, &m.text, d)
}

const SOURCE_LABEL: Text = text!(
    "TSB akutt: beslutningsstøtte, regelsett {0}",
    "TSB akutt: avgjerdsstøtte, regelsett {0}",
    "Acute TSB decision support, ruleset {0}",
);
const SOURCE: Text = text!("Kilde", "Kjelde", "Source");
const RULESET_LINE: Text = text!(
    "(regelsett {0}, motor {1})",
    "(regelsett {0}, motor {1})",
    "(ruleset {0}, engine {1})",
);
const PROVISIONAL: Text = text!("foreløpig", "førebels", "provisional");
const MAY_ESCALATE: Text = text!("kan bli {0}", "kan bli {0}", "may escalate to {0}");
const NOT_SETTLED: Text = text!(
    "Ikke avklart: kan bli {0}",
    "Ikkje avklart: kan bli {0}",
    "Not settled: may be {0}",
);
const H_REASONS: Text = text!("Begrunnelse", "Grunngiving", "Reasons");
const H_INDICATION: Text = text!("Indikasjon", "Indikasjon", "Indication");
const H_ENTRY: Text = text!("Innkomstvei", "Innkomstveg", "Entry path");
const H_CONTACTS: Text = text!("Kontakt", "Kontakt", "Contact");
const COL_CRITERION: Text = text!("Kriterium", "Kriterium", "Criterion");
const COL_STATUS: Text = text!("Status", "Status", "Status");
const COL_BECAUSE: Text = text!("Grunnlag", "Grunnlag", "Because");
const MET: Text = text!("Oppfylt", "Oppfylt", "Met");
const NOT_MET: Text = text!("Ikke oppfylt", "Ikkje oppfylt", "Not met");
const UNDETERMINED: Text = text!(
    "Kan ikke avgjøres ennå",
    "Kan ikkje avgjerast enno",
    "Not yet decided",
);
const MISSING_ONE: Text = text!(
    "Foreløpig: én avgjørende opplysning mangler",
    "Førebels: éi avgjerande opplysning manglar",
    "Provisional: one decisive fact is missing",
);
const MISSING_ONE_UP: Text = text!(
    "Foreløpig: én avgjørende opplysning mangler og kan gi «{0}»",
    "Førebels: éi avgjerande opplysning manglar og kan gi «{0}»",
    "Provisional: one decisive fact is missing and could give «{0}»",
);
const MISSING_MANY: Text = text!(
    "Foreløpig: {0} avgjørende opplysninger mangler",
    "Førebels: {0} avgjerande opplysningar manglar",
    "Provisional: {0} decisive facts are missing",
);
const MISSING_MANY_UP: Text = text!(
    "Foreløpig: {0} avgjørende opplysninger mangler og kan gi «{1}»",
    "Førebels: {0} avgjerande opplysningar manglar og kan gi «{1}»",
    "Provisional: {0} decisive facts are missing and could give «{1}»",
);
const MISSING_INTRO: Text = text!(
    "Nivået er foreløpig. Svar på disse først, de mest avgjørende øverst:",
    "Nivået er førebels. Svar på desse først, dei mest avgjerande øvst:",
    "The level is provisional. Answer these first, the most decisive at the top:",
);
const CAN_GIVE: Text = text!("kan gi: {0}", "kan gi: {0}", "could give: {0}");
const OTHER_MISSING: Text = text!(
    "Deretter, i anbefalt rekkefølge:",
    "Deretter, i tilrådd rekkjefølgje:",
    "Then, in the recommended order:",
);
const COMPLETENESS: Text = text!(
    "Fullstendighet: {0} % ({1} av {2} påkrevde opplysninger).",
    "Fullstende: {0} % ({1} av {2} påkravde opplysningar).",
    "Completeness: {0} % ({1} of {2} required facts).",
);
const TOPIC_ROUTING: Text = text!("Behandlingsnivå", "Behandlingsnivå", "Care level");
const TOPIC_MISSING: Text = text!(
    "Manglende opplysninger",
    "Manglande opplysningar",
    "Missing data",
);
const TOPIC_WARNING: Text = text!("Advarsel", "Åtvaring", "Warning");
const TOPIC_CONCURRENT: Text = text!("Parallelt behov", "Parallelt behov", "Concurrent need");
