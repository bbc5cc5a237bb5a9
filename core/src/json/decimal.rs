//! Decimal text to the nearest `f64`, correctly rounded (ties to even), for every number JSON can
//! write: what `f64::from_str` gives, without its 16 KB (gzip) of tables and code in the wasm module.
//!
//! Most numbers of an input (up to 15 significant digits, a power of ten within ±22) are one exact
//! IEEE multiplication or division: a single rounding, so exact. Any other number starts from an
//! approximation a few units in the last place off and is corrected by comparing the decimal value
//! exactly, in big integers, with the halfway points to the neighbouring doubles (the "bigcomp" idea of
//! David Gay's `strtod`): only multiplications by small numbers, shifts and comparisons.

use super::read::scale;

/// Digits kept: 767 significant digits decide any rounding of an `f64` (the longest exact halfway
/// point has that many); the rest only say whether anything nonzero follows ("sticky").
const KEPT_DIGITS: usize = 780;

/// The magnitude of `integer.fraction × 10^exponent`, given as ASCII digits (`integer` non-empty),
/// correctly rounded; `f64::INFINITY` when it is beyond the largest `f64`. `exponent` may be any
/// value (a caller saturates a huge written exponent).
pub(super) fn to_f64(integer: &[u8], fraction: &[u8], exponent: i64) -> f64 {
    // The significant digits: from the first that is not 0, at most KEPT_DIGITS of them, then a 1
    // if anything nonzero was cut. One pass over both parts, as one run of digits.
    let mut digits: Vec<u8> = Vec::new();
    let mut leading_zeros: i64 = 0;
    let mut sticky = false;
    for &d in integer.iter().chain(fraction) {
        if digits.is_empty() && d == b'0' {
            leading_zeros += 1;
        } else if digits.len() < KEPT_DIGITS {
            digits.push(d);
        } else {
            sticky |= d != b'0';
        }
    }
    if sticky {
        digits.push(b'1');
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return 0.0;
    }
    // The value is 0.d₁d₂d₃… × 10^point, d₁ ≠ 0.
    let point = (integer.len() as i64 - leading_zeros).saturating_add(exponent);
    // Above 10^309 nothing is finite; below 10^-324 everything rounds to 0 (the smallest double is
    // 4.9e-324, halfway to it 2.5e-324).
    if point > 310 {
        return f64::INFINITY;
    }
    if point < -324 {
        return 0.0;
    }
    // value = D × 10^e, D the digits as an integer.
    let e = point - digits.len() as i64;
    let first = |n: usize| {
        digits
            .iter()
            .take(n)
            .fold(0u64, |m, d| m * 10 + u64::from(d - b'0'))
    };
    if digits.len() <= 15 && (-22..=22).contains(&e) {
        return scale(first(15), e);
    }
    let approximation = {
        let n = digits.len().min(19);
        let (m, e19) = (first(n), point - n as i64);
        // Two steps at the ends of the range: no underflow to 0 or overflow on the way.
        if e19 < -300 {
            scale(m, e19 + 300) * scale(1, -300)
        } else if e19 > 290 {
            scale(m, e19 - 290) * scale(1, 290)
        } else {
            scale(m, e19)
        }
    };
    let exact = Big::from_digits(&digits);
    correct(approximation.min(f64::MAX), &exact, e)
}

/// Steps from `x` (a few units in the last place off) to the double nearest `exact × 10^e`.
fn correct(mut x: f64, exact: &Big, e: i64) -> f64 {
    loop {
        let (m, b, power_of_two) = decompose(x);
        // Above the halfway point to the next double (or on it, with an odd mantissa: ties to even).
        let above = compare(exact, e, 2 * m + 1, b - 1);
        if above.is_gt() || (above.is_eq() && m % 2 == 1) {
            if x == f64::MAX {
                return f64::INFINITY;
            }
            x = f64::from_bits(x.to_bits() + 1);
            continue;
        }
        if x == 0.0 {
            return x;
        }
        // Below the halfway point to the previous double, which is half as far when `x` is a power of
        // two (the previous one has the smaller exponent).
        let below = if power_of_two {
            compare(exact, e, 4 * m - 1, b - 2)
        } else {
            compare(exact, e, 2 * m - 1, b - 1)
        };
        if below.is_lt() || (below.is_eq() && m % 2 == 1) {
            x = f64::from_bits(x.to_bits() - 1);
            continue;
        }
        return x;
    }
}

/// `x = m × 2^b` (`x` finite, non-negative), and whether `x` is a normal power of two whose
/// predecessor is closer than its successor.
fn decompose(x: f64) -> (u64, i64, bool) {
    let bits = x.to_bits();
    let field = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if field == 0 {
        (fraction, -1074, false)
    } else {
        (
            fraction | (1 << 52),
            field - 1075,
            fraction == 0 && field > 1,
        )
    }
}

/// `digits × 10^e` against `m × 2^b`, exactly: `digits × 5^e × 2^e` against `m × 2^b`, each power on
/// the side where it is a whole number.
fn compare(digits: &Big, e: i64, m: u64, b: i64) -> std::cmp::Ordering {
    let mut left = digits.clone();
    let mut right = Big::from_u64(m);
    if e >= 0 {
        left.mul_pow5(e as u32);
    } else {
        right.mul_pow5(e.unsigned_abs() as u32);
    }
    let twos = e - b;
    if twos >= 0 {
        left.shl(twos as u32);
    } else {
        right.shl(twos.unsigned_abs() as u32);
    }
    left.cmp(&right)
}

/// A non-negative big integer: 32-bit limbs, least significant first, no high zero limbs.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(n: u64) -> Big {
        let mut big = Big(vec![n as u32, (n >> 32) as u32]);
        big.trim();
        big
    }

    fn from_digits(digits: &[u8]) -> Big {
        let mut big = Big(Vec::with_capacity(digits.len() / 9 + 1));
        for chunk in digits.chunks(9) {
            let value = chunk.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
            big.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        big
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// `self × factor + add`.
    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    fn mul_pow5(&mut self, mut k: u32) {
        // 5^13 is the largest power of five below 2^32.
        while k > 0 {
            let step = k.min(13);
            self.mul_add(5u32.pow(step), 0);
            k -= step;
        }
    }

    fn shl(&mut self, bits: u32) {
        if self.0.is_empty() {
            return;
        }
        let (words, bits) = ((bits / 32) as usize, bits % 32);
        let mut shifted = vec![0; words];
        let mut carry = 0;
        for &limb in &self.0 {
            let wide = (u64::from(limb) << bits) | carry;
            shifted.push(wide as u32);
            carry = wide >> 32;
        }
        shifted.push(carry as u32);
        self.0 = shifted;
        self.trim();
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Big) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::to_f64;

    /// `text` (digits, an optional point and fraction, an optional exponent) as `to_f64` reads it.
    fn read(text: &str) -> f64 {
        let (mantissa, exponent) = match text.find(['e', 'E']) {
            Some(i) => (&text[..i], text[i + 1..].parse::<i64>().expect("exponent")),
            None => (text, 0),
        };
        let (integer, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        to_f64(integer.as_bytes(), fraction.as_bytes(), exponent)
    }

    #[test]
    fn hard_cases_agree_with_the_standard_library() {
        for text in [
            "0",
            "0.0",
            "120.00000000000001",
            "100.00000000000001",
            "0.9999999999999999",
            "0.99999999999999999",
            "9007199254740993",
            "9007199254740992.5",
            "9007199254740993.0000000000000000000000001",
            "2.2250738585072011e-308",
            "2.2250738585072012e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "179769313486231580793728971405301e276",
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "1e23",
            "8.589973e9",
            "5e-324",
            "1e-400",
            "7.038531e-26",
            "9.007199254740993e15",
        ] {
            let want: f64 = text.parse().expect("a number");
            assert_eq!(read(text).to_bits(), want.to_bits(), "{text}");
        }
        // An exact halfway point between two doubles followed by 1000 zeros and then a 1: rounds up,
        // the sticky digit beyond the kept ones decides.
        let halfway = format!("9007199254740993.{}1", "0".repeat(1000));
        assert_eq!(read(&halfway), 9007199254740994.0);
        let halfway_exact = format!("9007199254740993.{}", "0".repeat(1000));
        assert_eq!(read(&halfway_exact), 9007199254740992.0);
    }

    /// Random doubles written shortest, with 30 digits and with their exact expansion cut at random
    /// places (the hard cases near halfway points), and random digit strings: the same double as
    /// `f64::from_str`.
    #[test]
    fn random_numbers_agree_with_the_standard_library() {
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let x = f64::from_bits(next() % 0x7ff0_0000_0000_0000);
            let exact = format!("{x:.800e}");
            let (mantissa, exponent) = exact.split_once('e').expect("exponent");
            let cut = 2 + (next() % 40) as usize;
            let texts = [
                format!("{x:e}"),
                format!("{x:.30e}"),
                format!("{}e{exponent}", &mantissa[..cut.min(mantissa.len())]),
                format!("{}1e{exponent}", &mantissa[..cut.min(mantissa.len())]),
                format!(
                    "{}.{}e{}",
                    next() % 1000,
                    next(),
                    (next() % 700) as i64 - 350
                ),
            ];
            for text in texts {
                let want: f64 = text.parse().expect("a number");
                assert_eq!(read(&text).to_bits(), want.to_bits(), "{text}");
            }
        }
    }

    #[test]
    fn huge_exponents_with_many_digits_read_the_number_written() {
        let zeros = "0".repeat(100_000);
        assert_eq!(read(&format!("0.{zeros}3e100002")), 30.0);
        assert_eq!(read(&format!("3{zeros}e-100000")), 3.0);
        assert_eq!(read("3e2000000000"), f64::INFINITY);
        assert_eq!(read("3e-2000000000"), 0.0);
    }
}
