//! The FHIR R4 `Questionnaire`, generated from the item catalog and the instrument tables.
//!
//! Structure: one group per section (context, the five assessment domains, clinical judgement), then one
//! group per instrument (`instruments.<id>`). Groups never nest. `linkId` is the item id
//! (`instruments.<id>.<item>` and `instruments.<id>.total` for instruments). Each question carries its
//! help text as a child `display` item with the standard `help` item control, its range as the standard
//! `minValue`/`maxValue` extensions and its unit as `questionnaire-unit`. All texts are given in the
//! primary language with the two others in the standard `translation` extension.

use super::{
    choice_system, translations, translations_of, EXT_ITEM_CONTROL, EXT_MAX_VALUE, EXT_MIN_VALUE,
    EXT_ORDINAL_VALUE, EXT_UNIT, LOINC, QUESTIONNAIRE_URL, TRI_SYSTEM, UCUM,
};
use crate::catalog::{Item, ItemDef, Kind, Required, CATALOG};
use crate::errors::{join, quote, Arg, ErrorCode, Errors, InputError};
use crate::input::{shown, EXPECTED_OBJECT, EXPECTED_STRING, MSG_WRONG_TYPE};
use crate::instruments::wording::{option_label, point_values};
use crate::instruments::{self, Instrument, InstrumentItem, Points};
use crate::text::{Lang, Text};
use crate::RULESET;
use serde_json::{json, Map, Value};

/// What a linkId of the Questionnaire stands for.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Link {
    /// A section group (`context`, a domain id, `judgement`).
    Group,
    /// A catalog item.
    Question(Item),
    /// The help text of a catalog item (`<id>.help`, a `display` item).
    Help,
    /// An instrument group (`instruments.<id>`).
    Instrument(&'static Instrument),
    /// An instrument item (`instruments.<id>.<item>`), by its index.
    InstrumentItem(&'static Instrument, usize),
    /// An instrument total (`instruments.<id>.total`).
    InstrumentTotal(&'static Instrument),
}

pub(crate) use crate::catalog_export::SECTION_IDS;

/// What `link_id` stands for, if it is one of the Questionnaire's linkIds.
pub(crate) fn resolve(link_id: &str) -> Option<Link> {
    if SECTION_IDS.contains(&link_id) {
        return Some(Link::Group);
    }
    if let Some(item) = Item::from_id(link_id) {
        return Some(Link::Question(item));
    }
    if let Some(id) = link_id.strip_suffix(".help") {
        return Item::from_id(id).map(|_| Link::Help);
    }
    let rest = link_id.strip_prefix("instruments.")?;
    let (id, item) = match rest.split_once('.') {
        Some((id, item)) => (id, Some(item)),
        None => (rest, None),
    };
    let instrument = instruments::instrument(id)?;
    match item {
        None => Some(Link::Instrument(instrument)),
        Some("total") => Some(Link::InstrumentTotal(instrument)),
        Some(item) => instrument
            .items
            .iter()
            .position(|i| i.id == item)
            .map(|k| Link::InstrumentItem(instrument, k)),
    }
}

/// Every linkId that takes answers or holds them, for "did you mean" suggestions.
pub(crate) fn link_ids() -> Vec<String> {
    let mut out: Vec<String> = SECTION_IDS.iter().map(|s| s.to_string()).collect();
    out.extend(CATALOG.iter().map(|d| d.id.to_string()));
    for id in instruments::ids() {
        if let Some(instrument) = instruments::instrument(id) {
            out.push(format!("instruments.{id}"));
            out.extend(
                instrument
                    .items
                    .iter()
                    .map(|i| format!("instruments.{id}.{}", i.id)),
            );
            out.push(format!("instruments.{id}.total"));
        }
    }
    out
}

/// The answers of a yes/no item, in the order shown.
pub(crate) const TRI: [(&str, Text); 3] = [
    ("yes", text!("Ja", "Ja", "Yes")),
    ("no", text!("Nei", "Nei", "No")),
    ("unknown", text!("Vet ikke", "Veit ikkje", "Unknown")),
];

pub(crate) fn tri_label(code: &str) -> Option<Text> {
    TRI.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

pub(crate) const NOT_TESTABLE: Text = text!("Ikke testbar", "Ikkje testbar", "Not testable");
const TOTAL: Text = text!("Sum", "Sum", "Total");
const TITLE: Text = text!(
    "Vurdering for akutt TSB",
    "Vurdering for akutt TSB",
    "Assessment for acute TSB",
);
const DESCRIPTION: Text = text!(
    "Kartlegging for akutt tverrfaglig spesialisert rusbehandling (TSB): de fem vurderingsområdene, bakgrunn, klinisk vurdering og validerte instrumenter. Beslutningsstøtte, ikke en beslutning: klinikeren avgjør.",
    "Kartlegging for akutt tverrfagleg spesialisert rusbehandling (TSB): dei fem vurderingsområda, bakgrunn, klinisk vurdering og validerte instrument. Avgjerdsstøtte, ikkje ei avgjerd: klinikaren avgjer.",
    "Assessment for acute specialised substance-use treatment (TSB): the five assessment domains, context, clinical judgement and validated instruments. Decision support, not a decision: the clinician decides.",
);

/// LOINC codes of the items that have one (vital signs, age, GCS) and of the instrument totals that have
/// one (AUDIT, AUDIT-C, GCS). Other items and totals carry no code rather than a guessed one.
pub(crate) fn loinc(link_id: &str) -> Option<(&'static str, &'static str)> {
    match link_id {
        "age" => Some(("30525-0", "Age")),
        "resp_rate" => Some(("9279-1", "Respiratory rate")),
        "spo2" => Some((
            "59408-5",
            "Oxygen saturation in Arterial blood by Pulse oximetry",
        )),
        "systolic_bp" => Some(("8480-6", "Systolic blood pressure")),
        "pulse" => Some(("8867-4", "Heart rate")),
        "temperature" => Some(("8310-5", "Body temperature")),
        "gcs" | "instruments.gcs.total" => Some(("9269-2", "Glasgow coma score total")),
        "instruments.audit.total" => Some(("75624-7", "Total score [AUDIT]")),
        "instruments.audit_c.total" => Some(("75626-2", "Total score [AUDIT-C]")),
        _ => None,
    }
}

/// The UCUM code of a catalog unit.
fn ucum(unit: &str) -> Option<&'static str> {
    match unit {
        "years" => Some("a"),
        "hours" => Some("h"),
        "/min" => Some("/min"),
        "%" => Some("%"),
        "mmHg" => Some("mm[Hg]"),
        "°C" => Some("Cel"),
        "‰" => Some("[ppth]"),
        _ => None,
    }
}

/// The FHIR R4 Questionnaire of the whole catalog, with every text in `lang` and the two other
/// languages in the standard translation extension. `lang` only chooses the primary language
/// (`Questionnaire.language`); the linkIds, codes and structure are the same in all three.
pub fn questionnaire(lang: Lang) -> Value {
    let titles = section_titles();
    let mut groups: Vec<Value> = SECTION_IDS
        .iter()
        .zip(titles.iter())
        .map(|(id, title)| {
            let items: Vec<Value> = CATALOG
                .iter()
                .filter(|d| d.section.id() == *id)
                .map(|d| question(d, lang))
                .collect();
            let mut group = text_fields(*title, lang);
            group.insert("linkId".into(), json!(id));
            group.insert("type".into(), json!("group"));
            group.insert("item".into(), Value::Array(items));
            Value::Object(group)
        })
        .collect();
    groups.extend(
        instruments::ids()
            .filter_map(instruments::instrument)
            .map(|i| instrument_group(i, lang)),
    );
    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!("tsb-akutt"));
    q.insert("language".into(), json!(lang.id()));
    q.insert("url".into(), json!(QUESTIONNAIRE_URL));
    q.insert("version".into(), json!(RULESET));
    q.insert("name".into(), json!("TsbAkutt"));
    q.insert("title".into(), json!(TITLE.get(lang)));
    q.insert("_title".into(), translations(TITLE, lang));
    q.insert("status".into(), json!("draft"));
    q.insert("subjectType".into(), json!(["Patient"]));
    q.insert("publisher".into(), json!("tsb-akutt"));
    q.insert("description".into(), json!(DESCRIPTION.get(lang)));
    q.insert("_description".into(), translations(DESCRIPTION, lang));
    q.insert("item".into(), Value::Array(groups));
    Value::Object(q)
}

/// How the Questionnaire is written: plain R4 (the default), or Helsenorge's conventions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Flavour {
    /// One plain R4 Questionnaire with the three languages (the two others than the primary in the
    /// standard `translation` extension).
    #[default]
    R4,
    /// Helsenorge's conventions (the forms that helsenorge.no and its renderer refero show): a
    /// `Bundle` of one `sdf-Questionnaire` per language, each in one language only, named by a
    /// BCP 47 tag in `meta.tag` and `language` (`nb-NO`, `nn-NO`, `en-GB`).
    Helsenorge,
}

/// Helsenorge's profile of the Questionnaire.
pub const SDF_QUESTIONNAIRE: &str = "http://ehelse.no/fhir/StructureDefinition/sdf-Questionnaire";
/// The system of language tags in `meta.tag`.
pub const BCP_47: &str = "urn:ietf:bcp:47";

/// The Helsenorge language tag of a language, and its name.
fn helsenorge_language(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Nb => ("nb-NO", "Norsk bokmål"),
        Lang::Nn => ("nn-NO", "Norsk nynorsk"),
        Lang::En => ("en-GB", "English"),
    }
}

/// The Questionnaire in Helsenorge's conventions: a `Bundle` (type `collection`) of one
/// `sdf-Questionnaire` per language, `lang` first. Each has the same `url`, `version`, linkIds and
/// codes as [`questionnaire`] (so a QuestionnaireResponse of any of them is read the same way), its
/// texts in its own language only, `language` and a `meta.tag` with the language's BCP 47 tag, and
/// `meta.profile` [`SDF_QUESTIONNAIRE`].
pub fn questionnaire_helsenorge(lang: Lang) -> Value {
    let order = std::iter::once(lang).chain(Lang::ALL.into_iter().filter(|l| *l != lang));
    let entries: Vec<Value> = order
        .map(|l| {
            let mut q = questionnaire(l);
            strip_translations(&mut q);
            let (tag, name) = helsenorge_language(l);
            let id = format!("tsb-akutt-{}", l.id());
            if let Value::Object(m) = &mut q {
                m.insert("id".into(), json!(id));
                m.insert("language".into(), json!(tag));
                m.insert(
                    "meta".into(),
                    json!({
                        "profile": [SDF_QUESTIONNAIRE],
                        "tag": [{ "system": BCP_47, "code": tag, "display": name }],
                    }),
                );
            }
            json!({ "fullUrl": format!("{}/Questionnaire/{id}", super::CANONICAL_BASE), "resource": q })
        })
        .collect();
    json!({
        "resourceType": "Bundle",
        "id": "tsb-akutt-helsenorge",
        "type": "collection",
        "entry": entries,
    })
}

/// Removes the `translation` extensions (`_text`, `_display`, `_title`, `_description`) everywhere.
fn strip_translations(value: &mut Value) {
    match value {
        Value::Object(m) => {
            m.retain(|key, _| !key.starts_with('_'));
            m.values_mut().for_each(strip_translations);
        }
        Value::Array(list) => list.iter_mut().for_each(strip_translations),
        _ => {}
    }
}

/// The Questionnaire for `options` (`{ "lang": "nb" | "nn" | "en", "flavour": "r4" | "helsenorge" }`,
/// both optional; `null` for the defaults): [`questionnaire`] or [`questionnaire_helsenorge`]. Unknown
/// options and values are errors, in the options' language.
pub fn questionnaire_for(options: &Value) -> Result<Value, Vec<InputError>> {
    let lang = options
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::parse)
        .unwrap_or_default();
    let mut errors = Errors::default();
    let mut flavour = Flavour::default();
    match options {
        Value::Null => {}
        Value::Object(map) => {
            for (key, value) in map {
                let path = join("options", key);
                match (key.as_str(), value) {
                    ("lang", Value::String(s)) if Lang::parse(s).is_some() => {}
                    ("flavour", Value::String(s)) if s == "r4" => flavour = Flavour::R4,
                    ("flavour", Value::String(s)) if s == "helsenorge" => {
                        flavour = Flavour::Helsenorge
                    }
                    ("lang" | "flavour", Value::String(s)) => errors.push(
                        ErrorCode::InvalidChoice,
                        path,
                        MSG_OPTION_VALUE,
                        &[
                            &quote(s),
                            &format!("`{key}`"),
                            if key == "lang" {
                                "`nb`, `nn`, `en`"
                            } else {
                                "`r4`, `helsenorge`"
                            },
                        ],
                    ),
                    ("lang" | "flavour", _) => {
                        crate::input::wrong_type(&mut errors, path, EXPECTED_STRING, &value.into())
                    }
                    _ => errors.push(
                        ErrorCode::UnknownOption,
                        path,
                        MSG_UNKNOWN_QUESTIONNAIRE_OPTION,
                        &[&quote(key), "`lang`, `flavour`"],
                    ),
                }
            }
        }
        other => {
            errors.push_args(
                ErrorCode::WrongType,
                "options".into(),
                MSG_WRONG_TYPE,
                vec![
                    Arg::Plain("`options`".into()),
                    Arg::Phrase(EXPECTED_OBJECT),
                    Arg::Plain(shown(&other.into())),
                ],
            );
        }
    }
    if !errors.is_empty() {
        return Err(errors.render(lang));
    }
    Ok(match flavour {
        Flavour::R4 => questionnaire(lang),
        Flavour::Helsenorge => questionnaire_helsenorge(lang),
    })
}

const MSG_UNKNOWN_QUESTIONNAIRE_OPTION: Text = text!(
    "ukjent innstilling {0}; gyldige innstillinger er {1}",
    "ukjend innstilling {0}; gyldige innstillingar er {1}",
    "unknown option {0}; valid options are {1}",
);
const MSG_OPTION_VALUE: Text = text!(
    "{0} er ikke en gyldig verdi for {1}; gyldige verdier er {2}",
    "{0} er ikkje ein gyldig verdi for {1}; gyldige verdiar er {2}",
    "{0} is not a valid value for {1}; valid values are {2}",
);

/// The section titles as one text in three languages, in the order of [`SECTION_IDS`].
pub(crate) fn section_titles() -> Vec<Text> {
    SECTION_IDS
        .iter()
        .map(|id| crate::catalog_export::section_title(id))
        .collect()
}

/// `text` and `_text`.
fn text_fields(text: Text, lang: Lang) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("text".into(), json!(text.get(lang)));
    m.insert("_text".into(), translations(text, lang));
    m
}

fn coding(system: &str, code: &str, display: Text, lang: Lang) -> Value {
    json!({
        "system": system,
        "code": code,
        "display": display.get(lang),
        "_display": translations(display, lang),
    })
}

fn tri_coding(code: &str, label: Text, lang: Lang) -> Value {
    coding(TRI_SYSTEM, code, label, lang)
}

fn range_extensions(kind: &Kind, lang: Lang) -> Vec<Value> {
    let mut out = Vec::new();
    match kind {
        Kind::Int { min, max, unit } => {
            out.push(json!({ "url": EXT_MIN_VALUE, "valueInteger": min }));
            out.push(json!({ "url": EXT_MAX_VALUE, "valueInteger": max }));
            out.extend(unit_extension(unit, lang));
        }
        Kind::Number { min, max, unit } => {
            out.push(json!({ "url": EXT_MIN_VALUE, "valueDecimal": super::number(*min) }));
            out.push(json!({ "url": EXT_MAX_VALUE, "valueDecimal": super::number(*max) }));
            out.extend(unit_extension(unit, lang));
        }
        _ => {}
    }
    out
}

fn unit_extension(unit: &'static str, lang: Lang) -> Option<Value> {
    let display = crate::catalog::unit_label(unit).get(lang);
    ucum(unit).map(|code| {
        json!({
            "url": EXT_UNIT,
            "valueCoding": { "system": UCUM, "code": code, "display": display }
        })
    })
}

fn help_item(d: &ItemDef, lang: Lang) -> Value {
    let mut m = text_fields(d.help, lang);
    m.insert("linkId".into(), json!(format!("{}.help", d.id)));
    m.insert("type".into(), json!("display"));
    m.insert(
        "extension".into(),
        json!([{
            "url": EXT_ITEM_CONTROL,
            "valueCodeableConcept": {
                "coding": [{
                    "system": "http://hl7.org/fhir/questionnaire-item-control",
                    "code": "help",
                    "display": "Help-Button"
                }],
                "text": "Help-Button"
            }
        }]),
    );
    Value::Object(m)
}

fn enable_when_tri_yes(question: Item) -> Value {
    json!({
        "question": question.id(),
        "operator": "=",
        "answerCoding": { "system": TRI_SYSTEM, "code": "yes" }
    })
}

fn enable_when_has(question: Item, code: &str) -> Value {
    json!({
        "question": question.id(),
        "operator": "=",
        "answerCoding": { "system": choice_system(question.id()), "code": code }
    })
}

/// `enableWhen`, `enableBehavior` and `required` for a requirement. Conditions that plain R4
/// `enableWhen` can express exactly, and where hiding the item can never drop a finding that matters,
/// become `enableWhen`; the two score conditions stay visible and optional (see docs/FHIR.md).
fn requirement(required: Required) -> (bool, Vec<Value>, Option<&'static str>) {
    match required {
        Required::Never => (false, vec![], None),
        Required::Always => (true, vec![], None),
        Required::IfMinorChildren => (true, vec![enable_when_tri_yes(Item::MinorChildren)], None),
        Required::IfOat => (true, vec![enable_when_tri_yes(Item::Oat)], None),
        Required::IfWithdrawalSubstance => (
            true,
            crate::answers::WITHDRAWAL_SUBSTANCES
                .iter()
                .map(|s| enable_when_has(Item::Substances, s))
                .collect(),
            Some("any"),
        ),
        // Absent sex counts as relevant (SPEC section 3), so: sex not answered, or not male. The age
        // limits are left out: an absent age also counts as relevant, and R4 cannot say "absent or
        // 12-55" without hiding the question when age is unknown.
        Required::IfPregnancyRelevant => (
            true,
            vec![
                json!({ "question": "sex", "operator": "exists", "answerBoolean": false }),
                json!({
                    "question": "sex",
                    "operator": "!=",
                    "answerCoding": { "system": choice_system("sex"), "code": "male" }
                }),
            ],
            Some("any"),
        ),
        // A CIWA-Ar or COWS total meets criterion 3 whatever else is known: hiding it behind
        // `withdrawal_signs` would drop a finding that raises the level.
        Required::IfAlcoholWithdrawal | Required::IfOpioidWithdrawal => (false, vec![], None),
    }
}

fn question(d: &ItemDef, lang: Lang) -> Value {
    let mut m = text_fields(d.label, lang);
    m.insert("linkId".into(), json!(d.id));
    if let Some((code, display)) = loinc(d.id) {
        m.insert(
            "code".into(),
            json!([{ "system": LOINC, "code": code, "display": display }]),
        );
    }
    let (kind, options): (&str, Vec<Value>) = match d.kind {
        Kind::Tri(_) => (
            "choice",
            TRI.iter()
                .map(|(code, label)| json!({ "valueCoding": tri_coding(code, *label, lang) }))
                .collect(),
        ),
        Kind::Int { .. } => ("integer", vec![]),
        Kind::Number { .. } => ("decimal", vec![]),
        Kind::Choice(choices) | Kind::Multi(choices) => (
            "choice",
            choices
                .iter()
                .map(
                    |c| json!({ "valueCoding": coding(&choice_system(d.id), c.id, c.label, lang) }),
                )
                .collect(),
        ),
    };
    m.insert("type".into(), json!(kind));
    let (required, enable_when, behavior) = requirement(d.required);
    if !enable_when.is_empty() {
        m.insert("enableWhen".into(), Value::Array(enable_when));
    }
    if let Some(b) = behavior {
        m.insert("enableBehavior".into(), json!(b));
    }
    m.insert("required".into(), json!(required));
    if matches!(d.kind, Kind::Multi(_)) {
        m.insert("repeats".into(), json!(true));
    }
    if !options.is_empty() {
        m.insert("answerOption".into(), Value::Array(options));
    }
    let extensions = range_extensions(&d.kind, lang);
    if !extensions.is_empty() {
        m.insert("extension".into(), Value::Array(extensions));
    }
    m.insert("item".into(), json!([help_item(d, lang)]));
    Value::Object(m)
}

/// The display of a point option: the points, then their words (`3 – Moderat, med armene strakt ut`).
pub(crate) fn point_display(instrument: &str, item: &str, points: u8, lang: Lang) -> String {
    match option_label(instrument, item, points) {
        Some(label) => format!("{points} – {}", label.get(lang)),
        None => points.to_string(),
    }
}

/// One answer option of an item scored by points (SDC, as LOINC's scored panels do): a code of the
/// item's own code system (the points as text), its words in the three languages, and the points in
/// the standard `ordinalValue` extension.
fn point_option(
    instrument: &Instrument,
    item: &InstrumentItem,
    link_id: &str,
    points: u8,
    lang: Lang,
) -> Value {
    let display = |l: Lang| point_display(instrument.id, item.id, points, l);
    json!({
        "extension": [{ "url": EXT_ORDINAL_VALUE, "valueDecimal": points }],
        "valueCoding": {
            "system": choice_system(link_id),
            "code": points.to_string(),
            "display": display(lang),
            "_display": translations_of(display, lang),
        }
    })
}

fn instrument_group(instrument: &'static Instrument, lang: Lang) -> Value {
    let mut items: Vec<Value> = instrument
        .items
        .iter()
        .map(|it| {
            let mut m = text_fields(it.label, lang);
            let link_id = format!("instruments.{}.{}", instrument.id, it.id);
            let (kind, options): (&str, Vec<Value>) = match it.points {
                Points::Range(..) | Points::Set(_) | Points::RangeOrNotTestable(..) => {
                    let mut options: Vec<Value> = point_values(it.points)
                        .into_iter()
                        .map(|p| point_option(instrument, it, &link_id, p, lang))
                        .collect();
                    if matches!(it.points, Points::RangeOrNotTestable(..)) {
                        options.push(json!({
                            "valueCoding": coding(&choice_system(&link_id), "nt", NOT_TESTABLE, lang)
                        }));
                    }
                    ("choice", options)
                }
                Points::Bool | Points::Gate => ("boolean", vec![]),
            };
            m.insert("linkId".into(), json!(link_id));
            m.insert("type".into(), json!(kind));
            m.insert("required".into(), json!(false));
            if !options.is_empty() {
                m.insert("answerOption".into(), Value::Array(options));
            }
            Value::Object(m)
        })
        .collect();
    let total_id = format!("instruments.{}.total", instrument.id);
    let mut total = text_fields(TOTAL, lang);
    if let Some((code, display)) = loinc(&total_id) {
        total.insert(
            "code".into(),
            json!([{ "system": LOINC, "code": code, "display": display }]),
        );
    }
    total.insert("linkId".into(), json!(total_id));
    total.insert("type".into(), json!("integer"));
    total.insert("required".into(), json!(false));
    total.insert(
        "extension".into(),
        json!([
            { "url": EXT_MIN_VALUE, "valueInteger": super::number(instrument.min_total) },
            { "url": EXT_MAX_VALUE, "valueInteger": super::number(instrument.max_total) },
        ]),
    );
    items.push(Value::Object(total));
    json!({
        "linkId": format!("instruments.{}", instrument.id),
        "text": instrument.name,
        "type": "group",
        "item": items,
    })
}
