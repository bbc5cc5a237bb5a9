//! QuestionnaireResponse in, QuestionnaireResponse out.
//!
//! Reading maps an R4 QuestionnaireResponse to the engine input (`{answers, instruments, options}`)
//! through the linkIds of [`super::questionnaire`], then validates it with the ordinary input contract,
//! so that a FHIR host gets the same decisions and the same errors as a JSON host; only the paths differ
//! (`QuestionnaireResponse.item[1].item[0].answer[0].valueInteger` instead of `answers.age`). The FHIR
//! structure is checked here: resource type, status, questionnaire, unknown fields, modifier extensions,
//! missing or unknown linkIds, nested groups, items below questions, repeated items, repeated answers to
//! a non-repeating question, answer value types. Every problem is reported together, with a code of the
//! public contract; nothing is dropped or guessed, and nothing here panics, whatever the JSON.

use super::questionnaire::{
    link_ids, point_display, resolve, section_titles, tri_label, Link, NOT_TESTABLE, SECTION_IDS,
};
use super::{
    choice_system, number, EXT_DATA_ABSENT_REASON, EXT_ORDINAL_VALUE, POINTS_SYSTEM,
    QUESTIONNAIRE_URL, TRI_SYSTEM,
};
use crate::catalog::{ItemDef, Kind, CATALOG};
use crate::errors::{join, quote, suggest, Arg, ErrorCode, Errors, InputError};
use crate::evaluate::{evaluate_input, Evaluation};
use crate::input::{
    shown, Input, EXPECTED_ARRAY, EXPECTED_BOOL, EXPECTED_NUMBER, EXPECTED_OBJECT, EXPECTED_STRING,
    EXPECTED_WHOLE, MSG_WRONG_TYPE,
};
use crate::instruments::{self, Instrument, Points};
use crate::text::{Lang, Text};
use crate::RULESET;
use serde_json::{json, Map, Value};

const ROOT: &str = "QuestionnaireResponse";
const ROOT_WHAT: &str = "`QuestionnaireResponse`";

/// The JSON type of an R4 element (see [`Reader::check_element`]).
#[derive(Clone, Copy)]
enum ElementType {
    String,
    Object,
    Array,
    Bool,
}

/// The elements of an R4 QuestionnaireResponse (its primitive ones may also appear as `_name`).
const QR_FIELDS: &[&str] = &[
    "resourceType",
    "id",
    "meta",
    "implicitRules",
    "language",
    "text",
    "contained",
    "extension",
    "modifierExtension",
    "identifier",
    "basedOn",
    "partOf",
    "questionnaire",
    "status",
    "subject",
    "encounter",
    "authored",
    "author",
    "source",
    "item",
];
const ITEM_FIELDS: &[&str] = &[
    "id",
    "extension",
    "modifierExtension",
    "linkId",
    "definition",
    "text",
    "answer",
    "item",
];
const ANSWER_FIELDS: &[&str] = &["id", "extension", "modifierExtension", "item"];
const CODING_FIELDS: &[&str] = &[
    "id",
    "extension",
    "system",
    "version",
    "code",
    "display",
    "userSelected",
];
/// `QuestionnaireResponse.item.answer.value[x]` in R4.
const VALUE_TYPES: &[&str] = &[
    "valueBoolean",
    "valueDecimal",
    "valueInteger",
    "valueDate",
    "valueDateTime",
    "valueTime",
    "valueString",
    "valueUri",
    "valueAttachment",
    "valueCoding",
    "valueQuantity",
    "valueReference",
];
const STATUSES: &[&str] = &[
    "in-progress",
    "completed",
    "amended",
    "entered-in-error",
    "stopped",
];
/// `http://terminology.hl7.org/CodeSystem/data-absent-reason` (R4).
const ABSENT_REASONS: &[&str] = &[
    "unknown",
    "asked-unknown",
    "temp-unknown",
    "not-asked",
    "asked-declined",
    "masked",
    "not-applicable",
    "unsupported",
    "as-text",
    "error",
    "not-a-number",
    "negative-infinity",
    "positive-infinity",
    "not-performed",
    "not-permitted",
];

/// Evaluates an R4 QuestionnaireResponse of the [`questionnaire`](super::questionnaire()) with the engine
/// `options` (`lang`, `audience`, `services`, `cutoffs`; `null` for none). When `options` has no `lang`,
/// the response's `language` (`nb`, `nn`, `en`, or `no`/`nb-NO`/… ) chooses it.
pub fn evaluate_questionnaire_response(
    qr: &Value,
    options: &Value,
) -> Result<Evaluation, Vec<InputError>> {
    convert(qr, options).map(|(_, input)| evaluate_input(&input))
}

/// The engine input (`{answers, instruments?, options?}`) that a QuestionnaireResponse maps to, after
/// the same validation as [`evaluate_questionnaire_response`].
pub fn input_from_questionnaire_response(
    qr: &Value,
    options: &Value,
) -> Result<Value, Vec<InputError>> {
    convert(qr, options).map(|(value, _)| value)
}

fn convert(qr: &Value, options: &Value) -> Result<(Value, Input), Vec<InputError>> {
    let qr_lang = qr
        .get("language")
        .and_then(Value::as_str)
        .and_then(lang_of_tag);
    let lang = match options.get("lang") {
        Some(given) => given.as_str().and_then(Lang::parse).unwrap_or_default(),
        None => qr_lang.unwrap_or_default(),
    };
    let mut reader = Reader::default();
    reader.read(qr);
    let input = reader.engine_input(options, qr_lang);
    match crate::input::parse(&(&input).into()) {
        Ok(parsed) if reader.count == 0 => Ok((input, parsed)),
        Ok(_) => Err(reader.errors.render(lang)),
        Err(engine) => {
            for e in engine {
                reader.push_engine(e);
            }
            Err(reader.errors.render(lang))
        }
    }
}

/// The engine language of a BCP-47 tag: `nb`, `no` (Norwegian, written as Bokmål), `nn`, `en`, with any
/// region.
fn lang_of_tag(tag: &str) -> Option<Lang> {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    match primary.to_ascii_lowercase().as_str() {
        "nb" | "no" => Some(Lang::Nb),
        "nn" => Some(Lang::Nn),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// The answer value a question takes.
#[derive(Clone, Copy)]
enum Expect {
    /// `valueCoding` from the yes/no/unknown system.
    Tri,
    /// `valueCoding` from the item's own code system.
    Choice(&'static str),
    /// `valueInteger`.
    Integer,
    /// `valueDecimal` (or `valueInteger`).
    Decimal,
    /// An instrument item scored by points: `valueCoding` of the item's own code system (the points
    /// as the code, or `nt`; or, without a code, the points in the `ordinalValue` extension), or
    /// `valueInteger`.
    Points(Points),
    /// `valueBoolean`.
    Boolean,
}

impl Expect {
    fn keys(self) -> &'static [&'static str] {
        match self {
            Expect::Tri | Expect::Choice(_) => &["valueCoding"],
            Expect::Integer => &["valueInteger"],
            Expect::Decimal => &["valueDecimal", "valueInteger"],
            Expect::Points(_) => &["valueCoding", "valueInteger"],
            Expect::Boolean => &["valueBoolean"],
        }
    }

    fn describe(self) -> String {
        self.keys()
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// One answer read.
enum Answer {
    /// The engine value and the FHIR path of the value.
    Value(Value, String),
    /// A data-absent-reason other than `not-asked`: the engine's `"unknown"`.
    Unknown(String),
    /// `not-asked`: as if the item were absent.
    NotAsked,
}

/// Where each engine path came from: `(engine path, FHIR path, linkId)`.
type PathMap = Vec<(String, String, String)>;

#[derive(Default)]
struct Reader {
    errors: Errors,
    answers: Map<String, Value>,
    instruments: Map<String, Value>,
    paths: PathMap,
    /// Each linkId read, with the path where it was first found.
    seen: Vec<(String, String)>,
    /// The number of errors so far.
    count: usize,
    /// Every linkId, for suggestions (made on the first unknown linkId).
    known: Vec<String>,
}

impl Reader {
    fn push(&mut self, code: ErrorCode, path: String, message: Text, args: Vec<String>) {
        self.count += 1;
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.errors.push(code, path, message, &args);
    }

    fn push_args(&mut self, code: ErrorCode, path: String, message: Text, args: Vec<Arg>) {
        self.count += 1;
        self.errors.push_args(code, path, message, args);
    }

    fn wrong_type(&mut self, path: String, expected: Text, got: &Value) {
        let what = format!("`{path}`");
        self.push_args(
            ErrorCode::WrongType,
            path,
            MSG_WRONG_TYPE,
            vec![
                Arg::Plain(what),
                Arg::Phrase(expected),
                Arg::Plain(shown(&got.into())),
            ],
        );
    }

    fn missing(&mut self, path: String, field: &str) {
        self.push(
            ErrorCode::WrongType,
            path,
            MSG_REQUIRED_FIELD,
            vec![format!("`{field}`")],
        );
    }

    /// Checks the keys of one FHIR element: known elements (and their `_name` primitive extensions)
    /// pass, `modifierExtension` and anything else are errors.
    fn check_fields(&mut self, obj: &Map<String, Value>, path: &str, allowed: &[&str], what: &str) {
        for key in obj.keys() {
            let bare = key.strip_prefix('_').unwrap_or(key);
            if key == "modifierExtension" {
                self.push(
                    ErrorCode::UnknownField,
                    join(path, key),
                    MSG_MODIFIER,
                    vec![],
                );
            } else if !allowed.contains(&bare) {
                self.push(
                    ErrorCode::UnknownField,
                    join(path, key),
                    MSG_UNKNOWN_FIELD,
                    vec![quote(key), what.to_string()],
                );
            } else if let Some(value) = obj.get(key) {
                self.check_element(value, join(path, key), what, key);
            }
        }
    }

    /// An element that carries no answer still has its R4 type (`id` a string, `meta` an object,
    /// `extension` an array of objects, `_status` an object, …). The elements the reader reads itself
    /// (`resourceType`, `status`, `questionnaire`, `item`, `linkId`, `answer`, the values) are
    /// checked where they are read.
    fn check_element(&mut self, value: &Value, path: String, what: &str, key: &str) {
        let expected = match key {
            _ if key.starts_with('_') => ElementType::Object,
            "text" if what == ROOT_WHAT => ElementType::Object,
            "id" | "implicitRules" | "language" | "authored" | "definition" | "text" | "system"
            | "version" | "code" | "display" => ElementType::String,
            "meta" | "identifier" | "subject" | "encounter" | "author" | "source" => {
                ElementType::Object
            }
            "contained" | "extension" | "basedOn" | "partOf" => ElementType::Array,
            "userSelected" => ElementType::Bool,
            _ => return,
        };
        match (expected, value) {
            (ElementType::String, Value::String(_)) | (ElementType::Object, Value::Object(_)) => {}
            (ElementType::Bool, Value::Bool(_)) => {}
            (ElementType::Array, Value::Array(entries)) => {
                // Each entry of these lists is a resource, a Reference or an Extension: an object.
                for (i, entry) in entries.iter().enumerate() {
                    if !entry.is_object() {
                        self.wrong_type(format!("{path}[{i}]"), EXPECTED_OBJECT, entry);
                    }
                }
            }
            (ElementType::String, other) => self.wrong_type(path, EXPECTED_STRING, other),
            (ElementType::Object, other) => self.wrong_type(path, EXPECTED_OBJECT, other),
            (ElementType::Array, other) => self.wrong_type(path, EXPECTED_ARRAY, other),
            (ElementType::Bool, other) => self.wrong_type(path, EXPECTED_BOOL, other),
        }
    }

    fn read(&mut self, qr: &Value) {
        let Value::Object(root) = qr else {
            self.wrong_type(ROOT.into(), EXPECTED_OBJECT, qr);
            return;
        };
        match root.get("resourceType") {
            Some(Value::String(s)) if s == ROOT => {}
            Some(Value::String(s)) => {
                self.push(
                    ErrorCode::InvalidChoice,
                    join(ROOT, "resourceType"),
                    MSG_RESOURCE_TYPE,
                    vec![quote(s)],
                );
                return;
            }
            Some(other) => {
                self.wrong_type(join(ROOT, "resourceType"), EXPECTED_STRING, other);
                return;
            }
            None => {
                self.missing(join(ROOT, "resourceType"), "resourceType");
                return;
            }
        }
        self.check_fields(root, ROOT, QR_FIELDS, ROOT_WHAT);
        match root.get("status") {
            None => {}
            Some(Value::String(s)) if s == "entered-in-error" => self.push(
                ErrorCode::InvalidChoice,
                join(ROOT, "status"),
                MSG_ENTERED_IN_ERROR,
                vec![],
            ),
            Some(Value::String(s)) if STATUSES.contains(&s.as_str()) => {}
            Some(Value::String(s)) => self.push(
                ErrorCode::InvalidChoice,
                join(ROOT, "status"),
                MSG_STATUS,
                vec![quote(s), list(STATUSES)],
            ),
            Some(other) => self.wrong_type(join(ROOT, "status"), EXPECTED_STRING, other),
        }
        match root.get("questionnaire") {
            None => {}
            Some(Value::String(s)) => {
                let url = s.split('|').next().unwrap_or_default();
                if url != QUESTIONNAIRE_URL {
                    self.push(
                        ErrorCode::InvalidChoice,
                        join(ROOT, "questionnaire"),
                        MSG_QUESTIONNAIRE,
                        vec![quote(s), format!("`{QUESTIONNAIRE_URL}`")],
                    );
                }
            }
            Some(other) => self.wrong_type(join(ROOT, "questionnaire"), EXPECTED_STRING, other),
        }
        match root.get("item") {
            None => {}
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    self.read_item(item, format!("{ROOT}.item[{i}]"), false);
                }
            }
            Some(other) => self.wrong_type(join(ROOT, "item"), EXPECTED_ARRAY, other),
        }
    }

    /// `true` the first time `link_id` is read; an error (and `false`) after that.
    fn first(&mut self, link_id: &str, path: &str) -> bool {
        if let Some((_, first)) = self.seen.iter().find(|(l, _)| l == link_id) {
            let first = first.clone();
            self.push(
                ErrorCode::WrongType,
                path.to_string(),
                MSG_DUPLICATE,
                vec![quote(link_id), format!("`{first}`")],
            );
            return false;
        }
        self.seen.push((link_id.to_string(), path.to_string()));
        true
    }

    fn read_item(&mut self, value: &Value, path: String, in_group: bool) {
        let Value::Object(obj) = value else {
            self.wrong_type(path, EXPECTED_OBJECT, value);
            return;
        };
        self.check_fields(obj, &path, ITEM_FIELDS, "`QuestionnaireResponse.item`");
        let link_id = match obj.get("linkId") {
            Some(Value::String(s)) => s.as_str(),
            Some(other) => {
                self.wrong_type(join(&path, "linkId"), EXPECTED_STRING, other);
                return;
            }
            None => {
                self.missing(join(&path, "linkId"), "linkId");
                return;
            }
        };
        let Some(link) = resolve(link_id) else {
            if self.known.is_empty() {
                self.known = link_ids();
            }
            let near = suggest(link_id, self.known.iter().map(String::as_str)).map(str::to_string);
            match near {
                Some(near) => self.push(
                    ErrorCode::UnknownItem,
                    join(&path, "linkId"),
                    MSG_UNKNOWN_LINK_NEAR,
                    vec![quote(link_id), quote(&near)],
                ),
                None => self.push(
                    ErrorCode::UnknownItem,
                    join(&path, "linkId"),
                    MSG_UNKNOWN_LINK,
                    vec![quote(link_id)],
                ),
            }
            return;
        };
        match link {
            Link::Group | Link::Instrument(_) => {
                if in_group {
                    self.push(
                        ErrorCode::WrongType,
                        path,
                        MSG_NESTED_GROUP,
                        vec![quote(link_id)],
                    );
                    return;
                }
                if !self.first(link_id, &path) {
                    return;
                }
                if obj.contains_key("answer") {
                    self.push(
                        ErrorCode::WrongType,
                        join(&path, "answer"),
                        MSG_GROUP_ANSWER,
                        vec![quote(link_id)],
                    );
                }
                if let Link::Instrument(instrument) = link {
                    self.instruments
                        .entry(instrument.id)
                        .or_insert_with(|| json!({}));
                }
                match obj.get("item") {
                    None => {}
                    Some(Value::Array(children)) => {
                        for (j, child) in children.iter().enumerate() {
                            self.read_item(child, format!("{path}.item[{j}]"), true);
                        }
                    }
                    Some(other) => self.wrong_type(join(&path, "item"), EXPECTED_ARRAY, other),
                }
            }
            Link::Help => {
                if obj.contains_key("answer") || obj.contains_key("item") {
                    self.push(
                        ErrorCode::WrongType,
                        path,
                        MSG_DISPLAY_ANSWER,
                        vec![quote(link_id)],
                    );
                }
            }
            Link::Question(_) | Link::InstrumentItem(..) | Link::InstrumentTotal(_) => {
                if self.first(link_id, &path) {
                    self.read_question(obj, &path, link, link_id);
                }
            }
        }
    }

    /// Items below a question or an answer: only the question's help text (a display item) may be
    /// there.
    fn check_nested(&mut self, children: &Value, path: String, link_id: &str) {
        let Value::Array(list) = children else {
            self.wrong_type(path, EXPECTED_ARRAY, children);
            return;
        };
        for (j, child) in list.iter().enumerate() {
            let help = child
                .get("linkId")
                .and_then(Value::as_str)
                .and_then(resolve)
                .is_some_and(|l| matches!(l, Link::Help))
                && child.get("answer").is_none()
                && child.get("item").is_none();
            if !help {
                self.push(
                    ErrorCode::WrongType,
                    format!("{path}[{j}]"),
                    MSG_NESTED_ITEM,
                    vec![quote(link_id)],
                );
            }
        }
    }

    fn read_question(&mut self, obj: &Map<String, Value>, path: &str, link: Link, link_id: &str) {
        let (expect, repeats) = match link {
            Link::Question(item) => match item.def().kind {
                Kind::Tri(_) => (Expect::Tri, false),
                Kind::Int { .. } => (Expect::Integer, false),
                Kind::Number { .. } => (Expect::Decimal, false),
                Kind::Choice(_) => (Expect::Choice(item.id()), false),
                Kind::Multi(_) => (Expect::Choice(item.id()), true),
            },
            Link::InstrumentItem(instrument, k) => {
                match instrument.items.get(k).map(|i| i.points) {
                    Some(Points::Bool) => (Expect::Boolean, false),
                    Some(Points::Gate) => (Expect::Boolean, false),
                    Some(p) => (Expect::Points(p), false),
                    None => (Expect::Integer, false),
                }
            }
            _ => (Expect::Integer, false),
        };
        if let Some(children) = obj.get("item") {
            self.check_nested(children, join(path, "item"), link_id);
        }
        let list = match obj.get("answer") {
            None => return,
            Some(Value::Array(list)) => list,
            Some(other) => {
                self.wrong_type(join(path, "answer"), EXPECTED_ARRAY, other);
                return;
            }
        };
        if list.is_empty() {
            return;
        }
        if !repeats && list.len() > 1 {
            self.push(
                ErrorCode::WrongType,
                join(path, "answer"),
                MSG_REPEATED,
                vec![quote(link_id), list.len().to_string()],
            );
            return;
        }
        let mut answers = Vec::with_capacity(list.len());
        for (k, a) in list.iter().enumerate() {
            if let Some(answer) =
                self.read_answer(a, format!("{path}.answer[{k}]"), link_id, expect)
            {
                answers.push(answer);
            }
        }
        if answers.len() != list.len() {
            return;
        }
        let (engine_path, target) = match link {
            Link::Question(item) => (join("answers", item.id()), None),
            Link::InstrumentItem(instrument, k) => match instrument.items.get(k) {
                Some(i) => (
                    format!("instruments.{}.{}", instrument.id, i.id),
                    Some((instrument, i.id)),
                ),
                None => return,
            },
            Link::InstrumentTotal(instrument) => (
                format!("instruments.{}.total", instrument.id),
                Some((instrument, "total")),
            ),
            _ => return,
        };
        let answer_path = join(path, "answer");
        let value = if repeats {
            let absent = answers
                .iter()
                .any(|a| matches!(a, Answer::Unknown(_) | Answer::NotAsked));
            match (absent, answers.as_slice()) {
                (true, [Answer::Unknown(p)]) => {
                    self.map(&engine_path, p, link_id);
                    Value::from("unknown")
                }
                (true, [_]) => return,
                (true, _) => {
                    self.push(
                        ErrorCode::Inconsistent,
                        answer_path,
                        MSG_ABSENT_WITH_OTHERS,
                        vec![quote(link_id)],
                    );
                    return;
                }
                (false, _) => {
                    self.map(&engine_path, &answer_path, link_id);
                    let mut values = Vec::with_capacity(answers.len());
                    for (k, a) in answers.into_iter().enumerate() {
                        if let Answer::Value(v, p) = a {
                            self.map(&format!("{engine_path}[{k}]"), &p, link_id);
                            values.push(v);
                        }
                    }
                    Value::Array(values)
                }
            }
        } else {
            match answers.into_iter().next() {
                Some(Answer::Value(v, p)) => {
                    self.map(&engine_path, &p, link_id);
                    v
                }
                // An instrument item or total that is not known is simply not given.
                Some(Answer::Unknown(p)) if target.is_none() => {
                    self.map(&engine_path, &p, link_id);
                    Value::from("unknown")
                }
                _ => return,
            }
        };
        match target {
            None => {
                if let Link::Question(item) = link {
                    self.answers.insert(item.id().to_string(), value);
                }
            }
            Some((instrument, key)) => {
                let entry = self
                    .instruments
                    .entry(instrument.id)
                    .or_insert_with(|| json!({}));
                if let Value::Object(fields) = entry {
                    fields.insert(key.to_string(), value);
                }
            }
        }
    }

    fn map(&mut self, engine_path: &str, fhir_path: &str, link_id: &str) {
        self.paths.push((
            engine_path.to_string(),
            fhir_path.to_string(),
            link_id.to_string(),
        ));
    }

    fn read_answer(
        &mut self,
        value: &Value,
        path: String,
        link_id: &str,
        expect: Expect,
    ) -> Option<Answer> {
        let Value::Object(obj) = value else {
            self.wrong_type(path, EXPECTED_OBJECT, value);
            return None;
        };
        let before = self.error_count();
        let mut value_keys = Vec::new();
        for key in obj.keys() {
            let bare = key.strip_prefix('_').unwrap_or(key);
            if key == "modifierExtension" {
                self.push(
                    ErrorCode::UnknownField,
                    join(&path, key),
                    MSG_MODIFIER,
                    vec![],
                );
            } else if VALUE_TYPES.contains(&key.as_str()) {
                value_keys.push(key.as_str());
            } else if key.starts_with("value") {
                self.push(
                    ErrorCode::UnknownField,
                    join(&path, key),
                    MSG_UNKNOWN_VALUE_TYPE,
                    vec![quote(key), quote(link_id), expect.describe()],
                );
            } else if !ANSWER_FIELDS.contains(&bare) && !VALUE_TYPES.contains(&bare) {
                self.push(
                    ErrorCode::UnknownField,
                    join(&path, key),
                    MSG_UNKNOWN_FIELD,
                    vec![quote(key), "`QuestionnaireResponse.item.answer`".into()],
                );
            } else if let Some(value) = obj.get(key).filter(|_| key != "item") {
                self.check_element(
                    value,
                    join(&path, key),
                    "`QuestionnaireResponse.item.answer`",
                    key,
                );
            }
        }
        if let Some(children) = obj.get("item") {
            self.check_nested(children, join(&path, "item"), link_id);
        }
        let absent = self.absent_reason(obj, &path);
        if self.error_count() > before {
            return None;
        }
        match (value_keys.as_slice(), absent) {
            ([], None) => {
                self.push(
                    ErrorCode::WrongType,
                    path,
                    MSG_NO_VALUE,
                    vec![quote(link_id), expect.describe()],
                );
                None
            }
            ([], Some(Some(reason))) if reason == "not-asked" => Some(Answer::NotAsked),
            ([], Some(Some(_))) => Some(Answer::Unknown(path)),
            ([], Some(None)) => None,
            ([key], None) => {
                let key = *key;
                let v = obj.get(key).unwrap_or(&Value::Null);
                self.read_value(key, v, join(&path, key), link_id, expect)
            }
            ([_], Some(_)) => {
                self.push(
                    ErrorCode::Inconsistent,
                    path,
                    MSG_VALUE_AND_ABSENT,
                    vec![quote(link_id)],
                );
                None
            }
            _ => {
                self.push(
                    ErrorCode::WrongType,
                    path,
                    MSG_MANY_VALUES,
                    vec![quote(link_id)],
                );
                None
            }
        }
    }

    fn error_count(&self) -> usize {
        self.count
    }

    /// The data-absent-reason extension of an answer: `None` when there is none, `Some(None)` when it
    /// is malformed (reported), `Some(Some(code))` otherwise.
    fn absent_reason(&mut self, obj: &Map<String, Value>, path: &str) -> Option<Option<String>> {
        let extensions = obj.get("extension")?.as_array()?;
        let (i, ext) = extensions
            .iter()
            .enumerate()
            .find(|(_, e)| e.get("url").and_then(Value::as_str) == Some(EXT_DATA_ABSENT_REASON))?;
        let code_path = format!("{path}.extension[{i}].valueCode");
        match ext.get("valueCode") {
            Some(Value::String(code)) if ABSENT_REASONS.contains(&code.as_str()) => {
                Some(Some(code.clone()))
            }
            Some(Value::String(code)) => {
                self.push(
                    ErrorCode::InvalidChoice,
                    code_path,
                    MSG_ABSENT_REASON,
                    vec![quote(code)],
                );
                Some(None)
            }
            Some(other) => {
                self.wrong_type(code_path, EXPECTED_STRING, other);
                Some(None)
            }
            None => {
                self.missing(code_path, "valueCode");
                Some(None)
            }
        }
    }

    fn read_value(
        &mut self,
        key: &str,
        value: &Value,
        path: String,
        link_id: &str,
        expect: Expect,
    ) -> Option<Answer> {
        if !expect.keys().contains(&key) {
            self.push(
                ErrorCode::WrongType,
                path,
                MSG_VALUE_TYPE,
                vec![quote(link_id), expect.describe(), format!("`{key}`")],
            );
            return None;
        }
        match key {
            "valueCoding" => self.read_coding(value, path, link_id, expect),
            "valueInteger" => match value {
                Value::Number(n) if n.is_i64() || n.is_u64() => {
                    Some(Answer::Value(value.clone(), path))
                }
                other => {
                    self.wrong_type(path, EXPECTED_WHOLE, other);
                    None
                }
            },
            "valueDecimal" => match value {
                Value::Number(_) => Some(Answer::Value(value.clone(), path)),
                other => {
                    self.wrong_type(path, EXPECTED_NUMBER, other);
                    None
                }
            },
            "valueBoolean" => match value {
                Value::Bool(_) => Some(Answer::Value(value.clone(), path)),
                other => {
                    self.wrong_type(path, EXPECTED_BOOL, other);
                    None
                }
            },
            _ => None,
        }
    }

    fn read_coding(
        &mut self,
        value: &Value,
        path: String,
        link_id: &str,
        expect: Expect,
    ) -> Option<Answer> {
        let Value::Object(coding) = value else {
            self.wrong_type(path, EXPECTED_OBJECT, value);
            return None;
        };
        let before = self.error_count();
        self.check_fields(coding, &path, CODING_FIELDS, "`Coding`");
        let system = match expect {
            Expect::Tri => TRI_SYSTEM.to_string(),
            Expect::Choice(id) => choice_system(id),
            _ => choice_system(link_id),
        };
        match coding.get("system") {
            None => {}
            Some(Value::String(s)) if *s == system => {}
            // The points system of engine 0.2.0's Questionnaire (GCS components), still read.
            Some(Value::String(s)) if matches!(expect, Expect::Points(_)) && s == POINTS_SYSTEM => {
            }
            Some(Value::String(s)) => self.push(
                ErrorCode::InvalidChoice,
                join(&path, "system"),
                MSG_SYSTEM,
                vec![quote(s), quote(link_id), format!("`{system}`")],
            ),
            Some(other) => self.wrong_type(join(&path, "system"), EXPECTED_STRING, other),
        }
        if let Expect::Points(points) = expect {
            return self.read_points(coding, path, link_id, points, before);
        }
        let code = match coding.get("code") {
            Some(Value::String(code)) => code.clone(),
            Some(other) => {
                self.wrong_type(join(&path, "code"), EXPECTED_STRING, other);
                return None;
            }
            None => {
                self.missing(join(&path, "code"), "code");
                return None;
            }
        };
        if self.error_count() > before {
            return None;
        }
        // The engine checks the code against the item's choices (and names the valid ones).
        Some(Answer::Value(Value::String(code), path))
    }

    /// The points of a `valueCoding` answer to an instrument item: by its code (the points as text,
    /// or `nt`), or, when it has no code, by the points of its `ordinalValue` extension (a renderer
    /// that carries the score of the option chosen). Both given must agree.
    fn read_points(
        &mut self,
        coding: &Map<String, Value>,
        path: String,
        link_id: &str,
        points: Points,
        before: usize,
    ) -> Option<Answer> {
        let ordinal = self.ordinal_value(coding, &path, link_id, points);
        let code = match coding.get("code") {
            Some(Value::String(code)) => Some(code.clone()),
            Some(other) => {
                self.wrong_type(join(&path, "code"), EXPECTED_STRING, other);
                return None;
            }
            None => None,
        };
        if self.error_count() > before {
            return None;
        }
        let by_code = match code.as_deref() {
            None => None,
            Some("nt") if matches!(points, Points::RangeOrNotTestable(..)) => {
                if ordinal.is_some() {
                    self.push(
                        ErrorCode::Inconsistent,
                        path,
                        MSG_POINTS_DISAGREE,
                        vec![quote(link_id)],
                    );
                    return None;
                }
                return Some(Answer::Value(Value::from("nt"), path));
            }
            Some(code) => match code.parse::<u8>() {
                Ok(p) if points.allows(f64::from(p)) && code == p.to_string() => Some(p),
                _ => {
                    self.push(
                        ErrorCode::InvalidChoice,
                        join(&path, "code"),
                        MSG_POINTS,
                        vec![quote(code), quote(link_id), points.describe()],
                    );
                    return None;
                }
            },
        };
        match (by_code, ordinal) {
            (Some(a), Some(b)) if a != b => {
                self.push(
                    ErrorCode::Inconsistent,
                    path,
                    MSG_POINTS_DISAGREE,
                    vec![quote(link_id)],
                );
                None
            }
            (Some(p), _) | (None, Some(p)) => Some(Answer::Value(Value::from(p), path)),
            (None, None) => {
                self.push(
                    ErrorCode::WrongType,
                    join(&path, "code"),
                    MSG_POINTS_MISSING,
                    vec![quote(link_id)],
                );
                None
            }
        }
    }

    /// The points in the `ordinalValue` extension of a coding, if it has one (an error, and `None`,
    /// when they are not points the item allows).
    fn ordinal_value(
        &mut self,
        coding: &Map<String, Value>,
        path: &str,
        link_id: &str,
        points: Points,
    ) -> Option<u8> {
        let extensions = coding.get("extension")?.as_array()?;
        let (i, ext) = extensions
            .iter()
            .enumerate()
            .find(|(_, e)| e.get("url").and_then(Value::as_str) == Some(EXT_ORDINAL_VALUE))?;
        let at = format!("{path}.extension[{i}]");
        let (key, value) = match (ext.get("valueDecimal"), ext.get("valueInteger")) {
            (Some(v), None) => ("valueDecimal", v),
            (None, Some(v)) => ("valueInteger", v),
            _ => {
                self.missing(join(&at, "valueDecimal"), "valueDecimal");
                return None;
            }
        };
        match value.as_f64() {
            Some(v) if points.allows(v) => Some(v as u8),
            Some(_) => {
                self.push(
                    ErrorCode::InvalidChoice,
                    join(&at, key),
                    MSG_POINTS,
                    vec![value.to_string(), quote(link_id), points.describe()],
                );
                None
            }
            None => {
                self.wrong_type(join(&at, key), EXPECTED_NUMBER, value);
                None
            }
        }
    }

    fn engine_input(&self, options: &Value, qr_lang: Option<Lang>) -> Value {
        let mut input = Map::new();
        input.insert("answers".into(), Value::Object(self.answers.clone()));
        if !self.instruments.is_empty() {
            input.insert(
                "instruments".into(),
                Value::Object(self.instruments.clone()),
            );
        }
        match options {
            Value::Null => {
                if let Some(lang) = qr_lang {
                    input.insert("options".into(), json!({ "lang": lang.id() }));
                }
            }
            Value::Object(given) => {
                let mut given = given.clone();
                if let (false, Some(lang)) = (given.contains_key("lang"), qr_lang) {
                    given.insert("lang".into(), json!(lang.id()));
                }
                input.insert("options".into(), Value::Object(given));
            }
            // The engine reports it (`wrong_type` at `options`).
            other => {
                input.insert("options".into(), other.clone());
            }
        }
        Value::Object(input)
    }

    /// An error of the engine, with its path (and the path in its message) turned into the FHIR path.
    fn push_engine(&mut self, e: InputError) {
        let found = self
            .paths
            .iter()
            .find(|(engine, _, _)| *engine == e.path)
            .map(|(_, fhir, link)| (fhir.clone(), link.clone()));
        let (path, message) = match found {
            Some((fhir, link)) => (
                fhir,
                e.message
                    .replace(&format!("`{}`", e.path), &format!("`{link}`")),
            ),
            None => (e.path, e.message),
        };
        self.push_args(e.code, path, PASS, vec![Arg::Plain(message)]);
    }
}

fn list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The R4 QuestionnaireResponse of an engine input, with the same answers and instrument answers (the
/// inverse of [`evaluate_questionnaire_response`]): texts in `options.lang`, `unknown` as the `unknown`
/// code for yes/no items and as the standard data-absent-reason `asked-unknown` for other items,
/// `status` `completed` when the assessment is complete and `in-progress` otherwise. Invalid input gives
/// the engine's errors.
pub fn questionnaire_response(input: &Value) -> Result<Value, Vec<InputError>> {
    let parsed = crate::input::parse(&input.into())?;
    let lang = parsed.options.lang;
    let complete = evaluate_input(&parsed).completeness.percent == 100;
    let answers = input.get("answers").and_then(Value::as_object);
    let given_instruments = input.get("instruments").and_then(Value::as_object);
    let mut groups = Vec::new();
    for (section, title) in SECTION_IDS.iter().zip(section_titles()) {
        let items: Vec<Value> = CATALOG
            .iter()
            .filter(|d| d.section.id() == *section)
            .filter_map(|d| {
                answers
                    .and_then(|a| a.get(d.id))
                    .and_then(|v| qr_item(d, v, lang))
            })
            .collect();
        if !items.is_empty() {
            groups.push(json!({ "linkId": section, "text": title.get(lang), "item": items }));
        }
    }
    for id in instruments::ids() {
        if let (Some(instrument), Some(Value::Object(given))) = (
            instruments::instrument(id),
            given_instruments.and_then(|m| m.get(id)),
        ) {
            groups.push(instrument_group(instrument, given, lang));
        }
    }
    let mut qr = Map::new();
    qr.insert("resourceType".into(), json!(ROOT));
    qr.insert("language".into(), json!(lang.id()));
    qr.insert(
        "questionnaire".into(),
        json!(format!("{QUESTIONNAIRE_URL}|{RULESET}")),
    );
    qr.insert(
        "status".into(),
        json!(if complete { "completed" } else { "in-progress" }),
    );
    if !groups.is_empty() {
        qr.insert("item".into(), Value::Array(groups));
    }
    Ok(Value::Object(qr))
}

fn absent_answer() -> Value {
    json!({
        "extension": [{ "url": EXT_DATA_ABSENT_REASON, "valueCode": "asked-unknown" }]
    })
}

fn qr_item(d: &ItemDef, value: &Value, lang: Lang) -> Option<Value> {
    let coding = |code: &str| -> Option<Value> {
        let label = match d.kind {
            Kind::Tri(_) => tri_label(code)?,
            _ => d.kind.choices().iter().find(|c| c.id == code)?.label,
        };
        let system = match d.kind {
            Kind::Tri(_) => TRI_SYSTEM.to_string(),
            _ => choice_system(d.id),
        };
        Some(
            json!({ "valueCoding": { "system": system, "code": code, "display": label.get(lang) } }),
        )
    };
    let answers: Vec<Value> = match (d.kind, value) {
        (Kind::Tri(_), Value::String(s)) => vec![coding(s)?],
        (_, Value::String(s)) if s == "unknown" => vec![absent_answer()],
        (Kind::Int { .. }, Value::Number(n)) => {
            vec![json!({ "valueInteger": number(n.as_f64()?) })]
        }
        (Kind::Number { .. }, Value::Number(n)) => vec![json!({ "valueDecimal": n })],
        (Kind::Choice(_), Value::String(s)) => vec![coding(s)?],
        (Kind::Multi(_), Value::Array(list)) => list
            .iter()
            .map(|v| v.as_str().and_then(coding))
            .collect::<Option<Vec<Value>>>()?,
        _ => return None,
    };
    Some(json!({ "linkId": d.id, "text": d.label.get(lang), "answer": answers }))
}

fn instrument_group(instrument: &Instrument, given: &Map<String, Value>, lang: Lang) -> Value {
    let system = |item: &str| choice_system(&format!("instruments.{}.{item}", instrument.id));
    let mut items: Vec<Value> = instrument
        .items
        .iter()
        .filter_map(|it| {
            let answer = match (it.points, given.get(it.id)?) {
                (Points::Bool, Value::Bool(b)) => json!({ "valueBoolean": b }),
                (Points::RangeOrNotTestable(..), Value::String(s)) if s == "nt" => json!({
                    "valueCoding": { "system": system(it.id), "code": "nt", "display": NOT_TESTABLE.get(lang) }
                }),
                (Points::Bool | Points::Gate, _) => return None,
                (_, Value::Number(n)) => {
                    let v = n.as_f64()?;
                    let p = u8::try_from(v as i64).ok().filter(|p| f64::from(*p) == v)?;
                    json!({ "valueCoding": {
                        "system": system(it.id),
                        "code": p.to_string(),
                        "display": point_display(instrument.id, it.id, p, lang),
                    } })
                }
                _ => return None,
            };
            Some(json!({
                "linkId": format!("instruments.{}.{}", instrument.id, it.id),
                "text": it.label.get(lang),
                "answer": [answer],
            }))
        })
        .collect();
    if let Some(total) = given.get("total").and_then(Value::as_f64) {
        items.push(json!({
            "linkId": format!("instruments.{}.total", instrument.id),
            "text": TOTAL.get(lang),
            "answer": [{ "valueInteger": number(total) }],
        }));
    }
    let mut group = Map::new();
    group.insert(
        "linkId".into(),
        json!(format!("instruments.{}", instrument.id)),
    );
    group.insert("text".into(), json!(instrument.name));
    if !items.is_empty() {
        group.insert("item".into(), Value::Array(items));
    }
    Value::Object(group)
}

// ---- Messages (lower case, no final period, user input in backticks) ---------------------------------

const TOTAL: Text = text!("Sum", "Sum", "Total");
/// An engine message passed through as it is.
const PASS: Text = text!("{0}", "{0}", "{0}");
const MSG_REQUIRED_FIELD: Text = text!(
    "feltet {0} mangler",
    "feltet {0} manglar",
    "the field {0} is missing",
);
const MSG_UNKNOWN_FIELD: Text = text!(
    "{0} er ikke et felt i {1} (FHIR R4)",
    "{0} er ikkje eit felt i {1} (FHIR R4)",
    "{0} is not a field of {1} (FHIR R4)",
);
const MSG_MODIFIER: Text = text!(
    "`modifierExtension` forstås ikke, og en modifikator som ikke forstås, kan endre meningen av svaret",
    "`modifierExtension` blir ikkje forstått, og ein modifikator som ikkje blir forstått, kan endre meininga av svaret",
    "`modifierExtension` is not understood, and a modifier that is not understood may change the meaning of the answer",
);
const MSG_RESOURCE_TYPE: Text = text!(
    "{0} er ikke `QuestionnaireResponse`",
    "{0} er ikkje `QuestionnaireResponse`",
    "{0} is not `QuestionnaireResponse`",
);
const MSG_STATUS: Text = text!(
    "{0} er ikke en gyldig status; gyldige verdier er {1}",
    "{0} er ikkje ein gyldig status; gyldige verdiar er {1}",
    "{0} is not a valid status; valid values are {1}",
);
const MSG_ENTERED_IN_ERROR: Text = text!(
    "et svar som er registrert ved en feil (`entered-in-error`), kan ikke vurderes",
    "eit svar som er registrert ved ein feil (`entered-in-error`), kan ikkje vurderast",
    "a response entered in error (`entered-in-error`) cannot be evaluated",
);
const MSG_QUESTIONNAIRE: Text = text!(
    "{0} er ikke dette skjemaet; forventet {1}",
    "{0} er ikkje dette skjemaet; venta {1}",
    "{0} is not this questionnaire; expected {1}",
);
const MSG_UNKNOWN_LINK: Text = text!(
    "ukjent linkId {0}",
    "ukjend linkId {0}",
    "unknown linkId {0}",
);
const MSG_UNKNOWN_LINK_NEAR: Text = text!(
    "ukjent linkId {0}; mente du {1}?",
    "ukjend linkId {0}; meinte du {1}?",
    "unknown linkId {0}; did you mean {1}?",
);
const MSG_NESTED_GROUP: Text = text!(
    "gruppen {0} ligger inne i en annen gruppe; gruppene har bare ett nivå",
    "gruppa {0} ligg inne i ei anna gruppe; gruppene har berre eitt nivå",
    "the group {0} is nested in another group; groups are one level deep",
);
const MSG_NESTED_ITEM: Text = text!(
    "elementer kan ikke ligge under spørsmålet {0}",
    "element kan ikkje liggje under spørsmålet {0}",
    "items cannot be nested below the question {0}",
);
const MSG_GROUP_ANSWER: Text = text!(
    "gruppen {0} kan ikke ha svar",
    "gruppa {0} kan ikkje ha svar",
    "the group {0} cannot have answers",
);
const MSG_DISPLAY_ANSWER: Text = text!(
    "hjelpeteksten {0} kan ikke ha svar eller elementer",
    "hjelpeteksten {0} kan ikkje ha svar eller element",
    "the help text {0} cannot have answers or items",
);
const MSG_REPEATED: Text = text!(
    "{0} tar ett svar, men fikk {1}",
    "{0} tek eitt svar, men fekk {1}",
    "{0} takes one answer, but got {1}",
);
const MSG_DUPLICATE: Text = text!(
    "{0} forekommer mer enn én gang (først i {1})",
    "{0} kjem meir enn éin gong (først i {1})",
    "{0} appears more than once (first at {1})",
);
const MSG_NO_VALUE: Text = text!(
    "svaret på {0} har verken verdi eller data-absent-reason; forventet {1}",
    "svaret på {0} har verken verdi eller data-absent-reason; venta {1}",
    "the answer to {0} has neither a value nor a data-absent-reason; expected {1}",
);
const MSG_MANY_VALUES: Text = text!(
    "svaret på {0} har mer enn én verdi",
    "svaret på {0} har meir enn éin verdi",
    "the answer to {0} has more than one value",
);
const MSG_VALUE_AND_ABSENT: Text = text!(
    "svaret på {0} har både en verdi og en data-absent-reason",
    "svaret på {0} har både ein verdi og ein data-absent-reason",
    "the answer to {0} has both a value and a data-absent-reason",
);
const MSG_ABSENT_WITH_OTHERS: Text = text!(
    "data-absent-reason kan ikke kombineres med andre svar på {0}",
    "data-absent-reason kan ikkje kombinerast med andre svar på {0}",
    "a data-absent-reason cannot be combined with other answers to {0}",
);
const MSG_VALUE_TYPE: Text = text!(
    "feil svartype for {0}: forventet {1}, fikk {2}",
    "feil svartype for {0}: venta {1}, fekk {2}",
    "wrong answer type for {0}: expected {1}, got {2}",
);
const MSG_UNKNOWN_VALUE_TYPE: Text = text!(
    "{0} er ikke en svartype i FHIR R4; {1} forventer {2}",
    "{0} er ikkje ein svartype i FHIR R4; {1} ventar {2}",
    "{0} is not an answer type of FHIR R4; {1} expects {2}",
);
const MSG_SYSTEM: Text = text!(
    "kodesystemet {0} passer ikke til {1}; forventet {2}",
    "kodesystemet {0} passar ikkje til {1}; venta {2}",
    "the code system {0} does not belong to {1}; expected {2}",
);
const MSG_ABSENT_REASON: Text = text!(
    "{0} er ikke en kode i data-absent-reason",
    "{0} er ikkje ein kode i data-absent-reason",
    "{0} is not a data-absent-reason code",
);
const MSG_POINTS_DISAGREE: Text = text!(
    "koden og `ordinalValue` i svaret på {0} gir ulike poeng",
    "koden og `ordinalValue` i svaret på {0} gir ulike poeng",
    "the code and the `ordinalValue` of the answer to {0} give different points",
);
const MSG_POINTS_MISSING: Text = text!(
    "svaret på {0} har verken kode eller poeng (`ordinalValue`)",
    "svaret på {0} har verken kode eller poeng (`ordinalValue`)",
    "the answer to {0} has neither a code nor points (`ordinalValue`)",
);
const MSG_POINTS: Text = text!(
    "{0} er ikke en gyldig poengverdi for {1}; gyldige verdier er {2}",
    "{0} er ikkje ein gyldig poengverdi for {1}; gyldige verdiar er {2}",
    "{0} is not a valid score for {1}; valid values are {2}",
);
