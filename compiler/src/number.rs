//! Number::toString for numbers known at compile time (numeric property keys).

pub fn to_js_string(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    let mut b = ryu_js::Buffer::new();
    b.format(n).to_string()
}
