//! A compact JSON serializer straight into a `String`: the outputs as JSON text (the WebAssembly
//! binding returns them so).
//!
//! `serde_json::to_string` gives the same text, but at `opt-level = "z"` it writes through `io::Write`
//! a few bytes at a time, each write a call (measured: about half the time of an evaluation through
//! the JS API; wasm/BENCHMARKS.md). Here every write goes into one buffer ([`Out`]), eight bytes
//! at a time: fixed-size stores, which are plain loads and stores in the wasm module, where a copy of a
//! few bytes of any length is a call and a `memory.copy` (issue 15: 20 % less time for `evaluateJson`
//! in Node than a `Vec<u8>` written with `extend_from_slice`, for +0.5 KB gzip; BENCHMARKS.md).
//!
//! The text is ASCII only: every character outside ASCII is a `\uXXXX` escape (JSON text has them only
//! inside strings, where `JSON.parse` gives the same characters back). The JS glue decodes the text with
//! `TextDecoder`, which is ten times faster on ASCII (Node 20: about 1 µs for the 7.5 KB of an
//! evaluation, 10 to 20 µs with Norwegian letters in it).
//!
//! As `serde_json`: `None` and unit are `null`, non-finite floats are `null`, enums are externally
//! tagged, map keys that are numbers or booleans are quoted.

use super::read;
use serde::ser::{self, Serialize};
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};

/// A value the serializer cannot write (never for the core's output types).
#[derive(Debug)]
pub struct Error;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not serialisable as JSON")
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Error
    }
}

/// The fields a text leaves out: (struct name, field name) pairs, e.g. `("Message", "text")`, the
/// entries of one struct next to each other.
pub type Skip = &'static [(&'static str, &'static str)];

/// `value` as compact JSON text, ASCII only.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    write(value, &[], 1024)
}

/// `value` as [`to_string`] writes it, without the struct fields named in `skip` (how
/// `options.texts: false` leaves the texts out of an evaluation: `evaluate::TEXT_FIELDS`).
pub fn to_string_without<T: Serialize + ?Sized>(value: &T, skip: Skip) -> Result<String, Error> {
    // An evaluation is 7 to 18 KB: one allocation, not a chain of doublings.
    write(value, skip, 16 * 1024)
}

fn write<T: Serialize + ?Sized>(value: &T, skip: Skip, capacity: usize) -> Result<String, Error> {
    let mut serializer = Serializer::new(skip, capacity);
    value.serialize(&mut serializer)?;
    serializer.out.into_string()
}

/// The text being written: `buf[..len]`, with room beyond it. Writers first make room for the most
/// they may write ([`Out::room`], one check), then store eight bytes at a time: a fixed-size copy is
/// one load and one store in the wasm module, where `Vec::extend_from_slice` of a few bytes is a call
/// and a `memory.copy` (the largest cost of writing an evaluation in a Node profile, issue 15). Bytes
/// past `len` are scratch: a later store overwrites them, and [`Out::into_string`] cuts them off.
pub(super) struct Out {
    buf: Vec<u8>,
    len: usize,
}

impl Out {
    /// An empty text with room for `capacity` bytes.
    pub(super) fn with_capacity(capacity: usize) -> Out {
        Out {
            buf: vec![0; capacity],
            len: 0,
        }
    }

    /// The text, ASCII only or copied from `&str`s: the check cannot fail, and it keeps the crate
    /// free of `unsafe`.
    pub(super) fn into_string(mut self) -> Result<String, Error> {
        self.buf.truncate(self.len);
        String::from_utf8(self.buf).map_err(|_| Error)
    }

    fn len(&self) -> usize {
        self.len
    }

    fn get(&self, at: usize) -> Option<&u8> {
        self.buf.get(..self.len)?.get(at)
    }

    /// At least `n` bytes of room after the text (zeroed once, as the buffer grows).
    #[inline(always)]
    fn room(&mut self, n: usize) {
        if self.buf.len() - self.len < n {
            self.grow(n);
        }
    }

    /// Doubles the buffer (at least): one zeroed allocation and one copy (`Vec::resize` zeroes
    /// byte by byte at `opt-level = "z"`).
    #[inline(never)]
    #[cold]
    fn grow(&mut self, n: usize) {
        let mut bigger = vec![0; (self.len + n).max(self.buf.len() * 2)];
        if let (Some(to), Some(from)) = (bigger.get_mut(..self.len), self.buf.get(..self.len)) {
            to.copy_from_slice(from);
        }
        self.buf = bigger;
    }

    /// Stores `word`'s eight bytes at the end of the text without lengthening it (room made first).
    #[inline(always)]
    fn store8(&mut self, word: [u8; 8]) {
        // An array assignment: one 8-byte store (`copy_from_slice` is a call and a `memory.copy`).
        if let Some(slot) = self
            .buf
            .get_mut(self.len..)
            .and_then(<[u8]>::first_chunk_mut::<8>)
        {
            *slot = word;
        }
    }

    /// Lengthens the text by `n` bytes already stored.
    #[inline(always)]
    fn advance(&mut self, n: usize) {
        self.len = (self.len + n).min(self.buf.len());
    }

    fn push(&mut self, b: u8) {
        self.room(1);
        if let Some(slot) = self.buf.get_mut(self.len) {
            *slot = b;
            self.len += 1;
        }
    }

    /// Appends `bytes`, eight at a time.
    fn extend_from_slice(&mut self, bytes: &[u8]) {
        self.room(bytes.len() + 8);
        self.copy(bytes);
    }

    /// [`Out::extend_from_slice`] after the room is made.
    #[inline(always)]
    fn copy(&mut self, bytes: &[u8]) {
        let mut rest = bytes;
        while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
            self.store8(*chunk);
            self.advance(8);
            rest = tail;
        }
        self.store8(padded(rest));
        self.advance(rest.len());
    }

    /// `n` copies of `b`.
    fn fill(&mut self, n: usize, b: u8) {
        for _ in 0..n {
            self.push(b);
        }
    }

    /// Inserts `b` at `at` (a map key that is a number: rare).
    fn insert(&mut self, at: usize, b: u8) {
        self.room(1);
        if at <= self.len && self.len < self.buf.len() {
            self.buf.copy_within(at..self.len, at + 1);
            if let Some(slot) = self.buf.get_mut(at) {
                *slot = b;
            }
            self.len += 1;
        }
    }
}

/// The first eight bytes of `bytes` (at most eight) as a word, padded with plain spaces.
#[inline(always)]
fn padded(bytes: &[u8]) -> [u8; 8] {
    let mut word = [b' '; 8];
    for (w, b) in word.iter_mut().zip(bytes) {
        *w = *b;
    }
    word
}

/// Writes JSON text into one buffer ([`Out`]).
pub struct Serializer {
    out: Out,
    /// The struct fields left out.
    skip: Skip,
}

const NAME_SLOTS: usize = 128;

/// Field names known to need no escape, by [`name_slot`], each as [`name_identity`]: serde's field
/// names are `&'static str`, each at one address for the life of the program, so each is scanned
/// about once, not in every output. Relaxed atomics: plain loads and stores in the wasm module, and
/// a slot is one number, whole or not yet written, whatever the threads.
static PLAIN_NAMES: [AtomicU64; NAME_SLOTS] = [const { AtomicU64::new(0) }; NAME_SLOTS];

/// A field name's address and length as one number (never 0), when both fit (then no other name has
/// it).
fn name_identity(name: &'static str) -> Option<u64> {
    let address = u64::try_from(name.as_ptr() as usize).ok()?;
    let length = u64::try_from(name.len()).ok()?;
    (address < 1 << 47 && length < 1 << 16).then_some(address << 16 | length | 1 << 63)
}

fn name_slot(name: &'static str) -> usize {
    let address = name.as_ptr() as usize;
    (address ^ (address >> 6) ^ name.len()) % NAME_SLOTS
}

impl Serializer {
    /// Not generic, as `Compound::name`: one copy, not one per output type.
    #[inline(never)]
    fn new(skip: Skip, capacity: usize) -> Serializer {
        Serializer {
            out: Out::with_capacity(capacity),
            skip,
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string literal; with `ascii`, every character outside ASCII as `\uXXXX`.
/// Eight bytes at a time: each word is stored whole, and the text lengthened up to the first byte that
/// needs an escape (most words have none).
pub(super) fn push_string(out: &mut Out, s: &str, ascii: bool) {
    out.push(b'"');
    let mut rest = s.as_bytes();
    loop {
        // A word of `rest` gives at most 48 bytes (eight control characters, six bytes each), and
        // each store writes eight: room for both, one check per word.
        out.room(64);
        let (word, n) = match rest.split_first_chunk::<8>() {
            Some((chunk, _)) => (*chunk, 8),
            None => (padded(rest), rest.len()),
        };
        out.store8(word);
        let escapes = escapes_8(u64::from_le_bytes(word), ascii);
        if escapes == 0 {
            out.advance(n);
            rest = rest.get(n..).unwrap_or_default();
            if n < 8 {
                break;
            }
            continue;
        }
        // A byte of `rest`: padding is never flagged.
        let at = (escapes.trailing_zeros() / 8) as usize;
        out.advance(at);
        rest = rest.get(at..).unwrap_or_default();
        let lead = rest.first().copied().unwrap_or(0);
        let short = match lead {
            b'"' => b'"',
            b'\\' => b'\\',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            _ => 0,
        };
        if short != 0 {
            out.store8([b'\\', short, 0, 0, 0, 0, 0, 0]);
            out.advance(2);
            rest = rest.get(1..).unwrap_or_default();
            continue;
        }
        // Another control character or one outside ASCII, decoded here from its bytes (`rest` starts
        // at a character boundary: the scan stops at a character's first byte).
        let (width, bits) = match lead {
            0xf0.. => (4, lead & 0x07),
            0xe0.. => (3, lead & 0x0f),
            0xc0.. => (2, lead & 0x1f),
            _ => (1, lead),
        };
        let code = rest
            .get(1..width)
            .unwrap_or_default()
            .iter()
            .fold(u32::from(bits), |code, b| code << 6 | u32::from(b & 0x3f));
        let mut units = [0u16; 2];
        let c = char::from_u32(code).unwrap_or('\0');
        for &unit in c.encode_utf16(&mut units).iter() {
            let hex = |shift: u16| HEX[usize::from((unit >> shift) & 0xf)];
            out.store8([b'\\', b'u', hex(12), hex(8), hex(4), hex(0), 0, 0]);
            out.advance(6);
        }
        rest = rest.get(width..).unwrap_or_default();
    }
    out.push(b'"');
}

/// The index of the first byte from `from` on that a JSON string must escape (see [`escapes_8`]):
/// also where a plain run of a string being read ends. Eight bytes at a time (most bytes need none);
/// the last few padded with plain spaces.
pub(super) fn first_escape(bytes: &[u8], from: usize, ascii: bool) -> Option<usize> {
    let mut rest = bytes.get(from..)?;
    let mut at = from;
    while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
        let escapes = escapes_8(u64::from_le_bytes(*chunk), ascii);
        if escapes != 0 {
            return Some(at + (escapes.trailing_zeros() / 8) as usize);
        }
        rest = tail;
        at += 8;
    }
    let mut padded = [b' '; 8];
    if let Some(start) = padded.get_mut(..rest.len()) {
        start.copy_from_slice(rest);
    }
    let escapes = escapes_8(u64::from_le_bytes(padded), ascii);
    // A byte of `rest`: padding is never flagged.
    (escapes != 0).then(|| at + (escapes.trailing_zeros() / 8) as usize)
}

/// The bytes of `x` (eight, little-endian) that need an escape, each flagged by its high bit: `"`,
/// `\\`, a control character and, with `ascii`, any byte outside printable ASCII. Each lane on its
/// own: the sums of 7-bit lanes never carry into the next, so `trailing_zeros() / 8` is the first.
#[inline(always)]
fn escapes_8(x: u64, ascii: bool) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH;
    // High bit set where the byte's low seven bits are at least `n` (for `n` in 1..=0x80).
    let at_least = |n: u64| low7 + ONES * (0x80 - n);
    // High bit set where the byte's low seven bits differ from `b` (below 0x80).
    let differs = |b: u64| (low7 ^ (ONES * b)) + ONES * 0x7f;
    let plain = at_least(0x20) & differs(u64::from(b'"')) & differs(u64::from(b'\\'));
    let plain = if ascii {
        plain & !at_least(0x7f) & !x
    } else {
        // Bytes outside ASCII are copied as they are.
        plain | x
    };
    !plain & HIGH
}

/// The decimal digits of `n` (at most 20), in `digits[start..]`.
fn decimal(mut n: u64, digits: &mut [u8; 20]) -> usize {
    let mut i = digits.len();
    loop {
        i -= 1;
        // `n % 10` is below 10.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return i;
        }
    }
}

fn push_unsigned(out: &mut Out, n: u64) {
    let mut digits = [0u8; 20];
    let start = decimal(n, &mut digits);
    out.extend_from_slice(digits.get(start..).unwrap_or_default());
}

/// Appends a float as JSON writes it: an integer as an integer (`30`, not `30.0`), any other finite
/// number in the fewest significant digits that read back as the same `f64` (`36.6`, `0.001`,
/// `1.5e-7`, `1e300`), a non-finite one as `null` (as `serde_json`).
///
/// Shortest and exact for every number of up to 15 significant digits `d` times `10^e` with
/// `|e| <= 22` (all the engine ever writes: instrument totals and catalog ranges are integers);
/// another is written with up to 17 digits, the last of which may be one off. A shortest-float library (Ryū, zmij) would be exact
/// there too, at 3 KB (gzip) of tables and code in the wasm module.
pub(super) fn push_float(out: &mut Out, f: f64) {
    if !f.is_finite() {
        out.extend_from_slice(b"null");
        return;
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        // Below 2^53: the cast is exact.
        push_integer(out, f as i64);
        return;
    }
    if f < 0.0 {
        out.push(b'-');
    }
    let a = f.abs();
    // The decimal exponent of the first significant digit, near enough: every digit count is tried.
    let mut first = 0i64;
    let mut t = a;
    while t >= 10.0 {
        t /= 10.0;
        first += 1;
    }
    while t < 1.0 {
        t *= 10.0;
        first -= 1;
    }
    let (mut mantissa, mut exponent) = (0u64, 0i64);
    for digits in 1..=17 {
        // `a` as `digits` significant digits: mantissa · 10^exponent.
        exponent = first + 1 - digits;
        mantissa = read::scale_rounded(a, -exponent);
        if read::scale(mantissa, exponent) == a {
            break;
        }
    }
    while mantissa != 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        exponent += 1;
    }
    let mut buffer = [0u8; 20];
    let start = decimal(mantissa, &mut buffer);
    let d = buffer.get(start..).unwrap_or_default();
    let point = d.len() as i64 + exponent;
    let zeros = |out: &mut Out, n: i64| out.fill(n.max(0) as usize, b'0');
    if exponent >= 0 && point <= 21 {
        out.extend_from_slice(d);
        zeros(out, exponent);
    } else if point > 0 && point <= 21 {
        let (whole, fraction) = d.split_at((point as usize).min(d.len()));
        out.extend_from_slice(whole);
        out.push(b'.');
        out.extend_from_slice(fraction);
    } else if point <= 0 && point > -6 {
        out.extend_from_slice(b"0.");
        zeros(out, -point);
        out.extend_from_slice(d);
    } else {
        let (first_digit, rest) = d.split_at(1.min(d.len()));
        out.extend_from_slice(first_digit);
        if !rest.is_empty() {
            out.push(b'.');
            out.extend_from_slice(rest);
        }
        out.push(b'e');
        push_integer(out, point - 1);
    }
}

pub(super) fn push_integer(out: &mut Out, n: i64) {
    if n < 0 {
        out.push(b'-');
    }
    push_unsigned(out, n.unsigned_abs());
}

impl Serializer {
    fn string(&mut self, s: &str) {
        push_string(&mut self.out, s, true);
    }

    fn unsigned(&mut self, n: u64) {
        push_unsigned(&mut self.out, n);
    }

    fn signed(&mut self, n: i64) {
        push_integer(&mut self.out, n);
    }

    fn float(&mut self, f: f64) {
        push_float(&mut self.out, f);
    }

    /// Opens `{"variant":` for an externally tagged enum variant.
    fn variant(&mut self, variant: &str) {
        self.out.push(b'{');
        self.string(variant);
        self.out.push(b':');
    }

    fn compound(&mut self, open: u8, close: &'static [u8]) -> Compound<'_> {
        self.out.push(open);
        Compound {
            ser: self,
            first: true,
            close,
            skip: &[],
        }
    }
}

/// An array, object or enum variant being written; `close` ends it (`]`, `}`, `]}` or `}}`).
pub struct Compound<'a> {
    ser: &'a mut Serializer,
    first: bool,
    close: &'static [u8],
    /// The fields of this struct the serializer leaves out (a run of its `Skip`); empty for anything
    /// else.
    skip: Skip,
}

impl Compound<'_> {
    fn comma(&mut self) {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        let start = self.ser.out.len();
        key.serialize(&mut *self.ser)?;
        if self.ser.out.get(start) != Some(&b'"') {
            // A number or boolean key, quoted as serde_json does.
            self.ser.out.insert(start, b'"');
            self.ser.out.push(b'"');
        }
        self.ser.out.push(b':');
        Ok(())
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        if self.name(key) {
            value.serialize(&mut *self.ser)
        } else {
            Ok(())
        }
    }

    /// `,"key":` for a struct field, unless the field is left out (then false). Not generic (one copy
    /// in the module, not one per field type).
    #[inline(never)]
    fn name(&mut self, key: &'static str) -> bool {
        if !self.skip.is_empty() && self.skip.iter().any(|(_, field)| *field == key) {
            return false;
        }
        let known = name_identity(key);
        let slot = PLAIN_NAMES.get(name_slot(key));
        let plain = match (slot, known) {
            (Some(slot), Some(known)) if slot.load(Ordering::Relaxed) == known => true,
            _ if first_escape(key.as_bytes(), 0, true).is_none() => {
                if let (Some(slot), Some(known)) = (slot, known) {
                    slot.store(known, Ordering::Relaxed);
                }
                true
            }
            _ => false,
        };
        if plain {
            let out = &mut self.ser.out;
            out.room(key.len() + 16);
            if !self.first {
                out.store8([b',', 0, 0, 0, 0, 0, 0, 0]);
                out.advance(1);
            }
            out.store8([b'"', 0, 0, 0, 0, 0, 0, 0]);
            out.advance(1);
            out.copy(key.as_bytes());
            out.store8([b'"', b':', 0, 0, 0, 0, 0, 0]);
            out.advance(2);
            self.first = false;
        } else {
            self.comma();
            self.ser.string(key);
            self.ser.out.push(b':');
        }
        true
    }

    fn close(self) -> Result<(), Error> {
        self.ser.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl<'a> ser::Serializer for &'a mut Serializer {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.signed(v.into());
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.signed(v);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.unsigned(v.into());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.unsigned(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.float(v.into());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.string(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.string(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.compound(b'[', b"]");
        for b in v {
            seq.element(b)?;
        }
        seq.close()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.string(variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound(b'[', b"]"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Compound<'a>, Error> {
        Ok(self.compound(b'[', b"]"))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        Ok(self.compound(b'[', b"]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant);
        Ok(self.compound(b'[', b"]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a>, Error> {
        Ok(self.compound(b'{', b"}"))
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Compound<'a>, Error> {
        // The entries of one struct are consecutive in a `Skip`: found once per struct, not per field.
        let all = self.skip;
        let start = all
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or(all.len());
        let rest = all.get(start..).unwrap_or(&[]);
        let len = rest.iter().take_while(|(n, _)| *n == name).count();
        let mut compound = self.compound(b'{', b"}");
        compound.skip = rest.get(..len).unwrap_or(&[]);
        Ok(compound)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a>, Error> {
        self.variant(variant);
        Ok(self.compound(b'{', b"}}"))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key(key)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), Error> {
        self.close()
    }
}

#[cfg(test)]
mod tests {
    use super::to_string;
    use serde::Serialize;
    use serde_json::{json, Value};
    use std::collections::BTreeMap;

    /// The text is ASCII and means what serde_json's means.
    fn same<T: Serialize>(value: &T) -> String {
        let text = to_string(value).expect("serialisable");
        assert!(text.is_ascii(), "not ASCII: {text}");
        let ours: Value = serde_json::from_str(&text).expect("JSON text");
        assert_eq!(
            ours,
            serde_json::to_value(value).expect("serialisable"),
            "{text}"
        );
        text
    }

    #[test]
    fn strings_with_any_character() {
        let s = "plain \"quoted\" back\\slash \n\r\t\u{0}\u{1f}\u{7f} æøå ÆØÅ € \u{2028} 😀 end";
        let text = same(&s);
        assert!(
            text.contains(r"\u00e6") && text.contains(r"\ud83d\ude00"),
            "{text}"
        );
        assert_eq!(same(&""), r#""""#);
        assert_eq!(same(&'ø'), r#""\u00f8""#);
    }

    /// Strings of every length around the eight-byte words, with escapes at every position of a
    /// word and across words: the same text as serde_json's, with and without `ascii`.
    #[test]
    fn strings_across_words() {
        let pool = [
            'a', ' ', '"', '\\', '\n', '\u{1}', '\u{7f}', 'æ', '€', '😀', '~', 'Z',
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..5_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let s: String = (0..len)
                .map(|i| {
                    let pick = (seed >> (i % 50)) as usize + i * 7;
                    // Mostly plain letters, as in the engine's texts.
                    match pick % 3 {
                        0 => pool[pick / 3 % pool.len()],
                        _ => 'x',
                    }
                })
                .collect();
            let text = same(&s);
            assert_eq!(
                serde_json::from_str::<String>(&crate::json::string_literal(&s)).ok(),
                Some(s.clone()),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_and_literals() {
        assert_eq!(
            same(&json!([
                0,
                -1,
                42,
                i64::MIN,
                u64::MAX,
                0.5,
                -2.25,
                1e300,
                true,
                false,
                null
            ])),
            "[0,-1,42,-9223372036854775808,18446744073709551615,0.5,-2.25,1e300,true,false,null]"
        );
        assert_eq!(to_string(&f64::NAN).ok().as_deref(), Some("null"));
        assert_eq!(to_string(&f64::INFINITY).ok().as_deref(), Some("null"));
        // An integral float is written as an integer (JSON has one kind of number).
        assert_eq!(to_string(&37.0_f64).ok().as_deref(), Some("37"));
        same(&(
            u8::MAX,
            i8::MIN,
            u16::MAX,
            i16::MIN,
            u32::MAX,
            i32::MIN,
            1.5_f32,
        ));
    }

    #[derive(Serialize)]
    enum E {
        Unit,
        Newtype(u8),
        Tuple(u8, String),
        Struct { a: Option<u8>, b: Vec<u8> },
    }

    #[derive(Serialize)]
    struct S<'a> {
        name: &'a str,
        none: Option<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        unit: (),
        nested: Vec<E>,
        bytes: &'a [u8],
    }

    #[test]
    fn structs_enums_and_maps() {
        let text = same(&S {
            name: "n",
            none: None,
            skipped: None,
            unit: (),
            nested: vec![
                E::Unit,
                E::Newtype(1),
                E::Tuple(2, "t".into()),
                E::Struct {
                    a: Some(3),
                    b: vec![],
                },
            ],
            bytes: &[],
        });
        assert_eq!(
            text,
            r#"{"name":"n","none":null,"unit":null,"nested":["Unit",{"Newtype":1},{"Tuple":[2,"t"]},{"Struct":{"a":3,"b":[]}}],"bytes":[]}"#
        );
        let map: BTreeMap<String, Vec<u8>> =
            [("a é".into(), vec![1, 2]), ("".into(), vec![])].into();
        same(&map);
        let numbers: BTreeMap<i32, bool> = [(-1, true), (2, false)].into();
        assert_eq!(same(&numbers), r#"{"-1":true,"2":false}"#);
        same(&json!({ "deep": [[[{ "x": [] }]]], "empty": {} }));
    }
}

#[cfg(test)]
mod chunk_tests {
    use super::escapes_8;

    /// The lowest flag is the first byte that needs an escape, with or without `ascii`.
    fn first_escape(bytes: [u8; 8], ascii: bool) -> Option<usize> {
        let x = escapes_8(u64::from_le_bytes(bytes), ascii);
        (x != 0).then(|| x.trailing_zeros() as usize / 8)
    }

    #[test]
    fn the_first_flagged_byte_is_the_first_that_needs_an_escape() {
        let plain =
            |b: u8, ascii: bool| b >= 0x20 && b != b'"' && b != b'\\' && !(ascii && b >= 0x7f);
        // Every byte value at every position, among plain neighbours and after any of 0..=255 (the
        // borrows of a byte below flag bytes above it, never below).
        for ascii in [true, false] {
            for position in 0..8 {
                for b in 0..=255u8 {
                    for after in [b'a', b' ', b'~', 0x00, 0x22, 0x5c, 0x7f, 0x80, 0xff] {
                        let mut bytes = *b"abcdefgh";
                        bytes[position] = b;
                        for later in bytes.iter_mut().skip(position + 1) {
                            *later = after;
                        }
                        let want = bytes.iter().position(|&b| !plain(b, ascii));
                        assert_eq!(first_escape(bytes, ascii), want, "{bytes:?} ascii {ascii}");
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod float_tests {
    use super::push_float;

    fn text(f: f64) -> String {
        let mut out = super::Out::with_capacity(0);
        push_float(&mut out, f);
        out.into_string().expect("ASCII")
    }

    #[test]
    fn floats_are_shortest_and_read_back_the_same() {
        for (f, want) in [
            (0.0, "0"),
            (-0.0, "0"),
            (30.0, "30"),
            (-7.0, "-7"),
            (36.6, "36.6"),
            (0.1, "0.1"),
            (0.3, "0.3"),
            (-273.15, "-273.15"),
            (0.001, "0.001"),
            (1.5e-7, "1.5e-7"),
            (1e300, "1e300"),
            (123456789012.5, "123456789012.5"),
            (1e20, "100000000000000000000"),
            (1e21, "1e21"),
            (1e22, "1e22"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
        ] {
            assert_eq!(text(f), want, "{f}");
        }
        // Every number of up to 15 significant digits times 10^-22 to 10^7: reads back the same, in
        // no more characters than Rust's shortest form.
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let digits = 1 + (seed >> 60) % 15;
            let mantissa = (seed >> 8) % 10u64.pow(digits as u32);
            let exponent = ((seed >> 40) % 30) as i32 - 22;
            let f: f64 = format!("{mantissa}e{exponent}").parse().unwrap_or(0.0);
            let ours: f64 = text(f).parse().unwrap_or(f64::NAN);
            assert_eq!(ours, f, "{f:e}: {}", text(f));
            assert!(
                text(f).len() <= format!("{f}").len().max(format!("{f:e}").len()),
                "{f}: {}",
                text(f)
            );
        }
        // Any double reads back within one unit in the last place.
        for bits in [
            0x3fb9_9999_9999_999au64,
            0x4009_21fb_5444_2d18,
            0x0010_0000_0000_0001,
        ] {
            let f = f64::from_bits(bits);
            let back: f64 = text(f).parse().unwrap_or(f64::NAN);
            assert!(
                (back.to_bits() as i64 - bits as i64).abs() <= 1,
                "{f}: {}",
                text(f)
            );
        }
    }
}
