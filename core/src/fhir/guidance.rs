//! FHIR R4 `GuidanceResponse`, self-contained (no Bundle): the outputs are resources in
//! `GuidanceResponse.contained`:
//!
//! - `#output`, a `Parameters` (referenced by `outputParameters`): ruleset, indication, the five
//!   criteria, level, provisional, may_escalate_to, reasons, concurrent needs, completeness, and one
//!   `score` parameter referencing each score's Observation;
//! - `#score-<id>`, one `Observation` per instrument total, coded with LOINC where a code exists (AUDIT
//!   75624-7, AUDIT-C 75626-2, GCS 9269-2) and always with the local `score` code system;
//! - `#warnings`, an `OperationOutcome` (referenced by `evaluationMessage`) when there are warnings.
//!
//! `status` is `data-required` while the routing is provisional, with one `dataRequirement` per decisive
//! missing linkId, and `success` otherwise. `moduleUri` names the ruleset.

use super::cds_hooks::first_questions;
use super::questionnaire::loinc;
use super::{fhir_id, id_of, system, uuid_from, CANONICAL_BASE, LOINC, QUESTIONNAIRE_URL};
use crate::evaluate::{Evaluation, Message};
use crate::instruments::ScoreReport;
use crate::text::{fill, Lang, Text};
use serde_json::{json, Map, Value};

const DATA_ABSENT_REASON: &str = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";

/// `GuidanceResponse.moduleUri`: the ruleset that made the evaluation.
pub(crate) fn module_uri(ruleset: &str) -> String {
    format!("{CANONICAL_BASE}/ruleset/{ruleset}")
}

/// The GuidanceResponse for one evaluation.
pub fn guidance_response(e: &Evaluation) -> Value {
    let lang = e.lang;
    let uuid = uuid_from(&serde_json::to_string(e).unwrap_or_default());
    let observations: Vec<(String, Value)> = e
        .scores
        .values()
        .map(|s| (format!("score-{}", fhir_id(s.id)), observation(s, lang)))
        .collect();
    let mut contained = vec![parameters(e, &observations)];
    contained.extend(observations.into_iter().map(|(_, o)| o));
    let mut g = Map::new();
    g.insert("resourceType".into(), json!("GuidanceResponse"));
    g.insert("id".into(), json!(uuid));
    g.insert("language".into(), json!(lang.id()));
    if !e.warnings.is_empty() {
        contained.push(warnings(&e.warnings));
        g.insert(
            "evaluationMessage".into(),
            json!([{ "reference": "#warnings" }]),
        );
    }
    g.insert("contained".into(), Value::Array(contained));
    g.insert(
        "identifier".into(),
        json!([{ "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{uuid}") }]),
    );
    g.insert("moduleUri".into(), json!(module_uri(e.ruleset)));
    g.insert(
        "status".into(),
        json!(if e.routing.provisional {
            "data-required"
        } else {
            "success"
        }),
    );
    g.insert(
        "performer".into(),
        json!({ "display": format!("tsb-akutt-core {} (ruleset {})", e.engine, e.ruleset) }),
    );
    g.insert("note".into(), json!([{ "text": e.notice.text }]));
    g.insert("outputParameters".into(), json!({ "reference": "#output" }));
    if e.routing.provisional {
        let requirements: Vec<Value> = first_questions(e)
            .into_iter()
            .map(|(id, label, _)| {
                json!({
                    "type": "QuestionnaireResponse",
                    "codeFilter": [{
                        "path": "item.linkId",
                        "code": [{ "system": QUESTIONNAIRE_URL, "code": id, "display": label }]
                    }]
                })
            })
            .collect();
        if !requirements.is_empty() {
            g.insert("dataRequirement".into(), Value::Array(requirements));
        }
    }
    Value::Object(g)
}

fn coding(name: &str, code: &str, display: &str) -> Value {
    json!({ "system": system(name), "code": code, "display": display })
}

/// A source as a parameter: its id as a code, with the citation as display and its address.
fn source(s: &crate::sources::SourceRef) -> Value {
    let mut part = vec![
        json!({ "name": "id", "valueString": s.id }),
        json!({ "name": "citation", "valueString": s.citation }),
    ];
    if let Some(url) = s.url {
        part.push(json!({ "name": "url", "valueUri": url }));
    }
    json!({ "name": "source", "part": part })
}

/// A message as a parameter: its id as a code (with the text as display) and its sources.
fn message(name: &str, m: &Message) -> Value {
    let mut part = vec![json!({ "name": "code", "valueCoding": coding("message", m.id, &m.text) })];
    part.extend(m.sources.iter().map(source));
    json!({ "name": name, "part": part })
}

fn parameters(e: &Evaluation, observations: &[(String, Value)]) -> Value {
    let mut p: Vec<Value> = vec![
        json!({ "name": "ruleset", "valueString": e.ruleset }),
        json!({ "name": "engine", "valueString": e.engine }),
        json!({ "name": "lang", "valueCode": e.lang.id() }),
        json!({ "name": "audience", "valueCode": id_of(&e.audience) }),
        json!({
            "name": "indication",
            "valueCoding": coding("indication", &id_of(&e.indication.status), &e.indication.text)
        }),
        json!({ "name": "necessity", "valueCode": id_of(&e.indication.necessity) }),
        json!({ "name": "referral_required", "valueBoolean": e.indication.referral_required }),
    ];
    p.extend(
        e.indication
            .reasons
            .iter()
            .map(|m| message("indication_reason", m)),
    );
    for c in &e.indication.criteria {
        let mut part = vec![
            json!({ "name": "id", "valueCoding": coding("criterion", c.id, c.title) }),
            json!({ "name": "status", "valueCode": id_of(&c.status) }),
        ];
        part.extend(c.because.iter().map(|m| message("because", m)));
        part.extend(
            c.missing
                .iter()
                .map(|id| json!({ "name": "missing", "valueString": id })),
        );
        part.extend(c.sources.iter().map(source));
        p.push(json!({ "name": "criterion", "part": part }));
    }
    p.push(json!({
        "name": "level",
        "valueCoding": coding("care-level", &id_of(&e.routing.level), e.routing.title)
    }));
    p.push(json!({ "name": "advice", "valueString": e.routing.advice }));
    p.push(json!({ "name": "provisional", "valueBoolean": e.routing.provisional }));
    p.push(json!({
        "name": "summary",
        "part": [
            { "name": "id", "valueCode": id_of(&e.routing.summary.id) },
            { "name": "text", "valueString": e.routing.summary.text },
        ]
    }));
    if let Some(up) = e.routing.may_escalate_to {
        p.push(json!({
            "name": "may_escalate_to",
            "valueCoding": coding("care-level", up.id(), up.title().get(e.lang))
        }));
    }
    p.extend(e.routing.reasons.iter().map(|m| message("reason", m)));
    p.extend(
        e.routing
            .concurrent
            .iter()
            .map(|m| message("concurrent", m)),
    );
    p.extend(e.warnings.iter().map(|m| message("warning", m)));
    if let Some(entry) = &e.routing.entry_path {
        p.push(message("entry_path", entry));
    }
    p.push(json!({ "name": "completeness_percent", "valueInteger": e.completeness.percent }));
    p.extend(
        e.completeness
            .next_questions
            .iter()
            .map(|id| json!({ "name": "next_question", "valueString": id })),
    );
    for (id, o) in observations {
        p.push(json!({
            "name": "score",
            "valueReference": {
                "reference": format!("#{id}"),
                "display": o.get("code").and_then(|c| c.get("text")).cloned().unwrap_or(Value::Null)
            }
        }));
    }
    json!({ "resourceType": "Parameters", "id": "output", "parameter": p })
}

fn observation(s: &ScoreReport, lang: Lang) -> Value {
    let mut codings = Vec::new();
    if let Some((code, display)) = loinc(&format!("instruments.{}.total", s.id)) {
        codings.push(json!({ "system": LOINC, "code": code, "display": display }));
    }
    codings.push(coding("score", s.id, s.name));
    let mut o = Map::new();
    o.insert("resourceType".into(), json!("Observation"));
    o.insert("id".into(), json!(format!("score-{}", fhir_id(s.id))));
    o.insert(
        "category".into(),
        json!([{ "coding": [{ "system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey" }] }]),
    );
    o.insert("code".into(), json!({ "coding": codings, "text": s.name }));
    let cited = crate::sources::line(&s.sources).unwrap_or_default();
    let mut notes = vec![json!({ "text": format!("{}. {}", s.thresholds, cited) })];
    let absent = |code: &str, display: &str| json!({ "coding": [{ "system": DATA_ABSENT_REASON, "code": code, "display": display }] });
    match (s.total, s.not_valid) {
        (Some(total), _) => {
            o.insert("status".into(), json!("final"));
            o.insert("valueInteger".into(), json!(total));
        }
        (None, Some(reason)) => {
            o.insert("status".into(), json!("final"));
            o.insert(
                "dataAbsentReason".into(),
                absent("not-applicable", "Not Applicable"),
            );
            notes.push(json!({ "text": reason }));
        }
        (None, None) => {
            o.insert("status".into(), json!("preliminary"));
            o.insert(
                "dataAbsentReason".into(),
                absent("temp-unknown", "Temporarily Unknown"),
            );
            let (min, max) = (s.min.to_string(), s.max.to_string());
            notes.push(json!({
                "text": fill(PARTIAL.get(lang), &[&min, &max, &s.missing_items.join(", ")])
            }));
        }
    }
    let mut interpretation = Vec::new();
    if let (Some(band), Some(text)) = (s.band, s.band_text) {
        interpretation.push(json!({
            "coding": [coding("score-band", &format!("{}.{band}", s.id), text)],
            "text": text
        }));
    }
    for flag in &s.flags {
        interpretation.push(json!({
            "coding": [coding("score-flag", flag.id, flag.text)],
            "text": flag.text
        }));
    }
    if !interpretation.is_empty() {
        o.insert("interpretation".into(), Value::Array(interpretation));
    }
    o.insert("note".into(), Value::Array(notes));
    Value::Object(o)
}

fn warnings(list: &[Message]) -> Value {
    let issues: Vec<Value> = list
        .iter()
        .map(|m| {
            let mut issue = json!({
                "severity": "warning",
                "code": "informational",
                "details": { "coding": [coding("message", m.id, &m.text)], "text": m.text },
            });
            if let (Some(source), Value::Object(map)) =
                (crate::sources::line(&m.sources), &mut issue)
            {
                map.insert("diagnostics".into(), json!(source));
            }
            issue
        })
        .collect();
    json!({ "resourceType": "OperationOutcome", "id": "warnings", "issue": issues })
}

const PARTIAL: Text = text!(
    "Summen er ikke kjent ennå: mulig sum {0}–{1}; mangler: {2}",
    "Summen er ikkje kjend enno: mogleg sum {0}–{1}; manglar: {2}",
    "The total is not known yet: possible total {0}–{1}; missing: {2}",
);
