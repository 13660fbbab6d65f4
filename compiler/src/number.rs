//! Number operations on numbers known at compile time: Number::toString (numeric
//! property keys), ToInt32 (folded bit operations).

pub fn to_js_string(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    let mut b = ryu_js::Buffer::new();
    b.format(n).to_string()
}

/// ECMAScript ToInt32 of a number.
pub fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    x.trunc().rem_euclid(4294967296.0) as u32 as i32
}
