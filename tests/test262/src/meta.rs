//! A test's metadata: the YAML front matter between `/*---` and `---*/` that says which
//! harness files it includes, how it runs (flags) and whether it must fail (negative).

use yaml_rust2::{Yaml, YamlLoader};

#[derive(Debug, Default)]
pub struct Meta {
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

#[derive(Debug)]
pub struct Negative {
    /// `parse`, `early`, `resolution` or `runtime`.
    pub phase: String,
    /// The constructor name of the expected error, e.g. `SyntaxError`.
    pub error_type: String,
}

impl Meta {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Reads the front matter of a test's source; a test without one has empty metadata.
pub fn parse(source: &str) -> Result<Meta, String> {
    let Some(start) = source.find("/*---") else { return Ok(Meta::default()) };
    let rest = &source[start + 5..];
    let end = rest.find("---*/").ok_or("front matter is not closed")?;
    let docs = YamlLoader::load_from_str(&rest[..end]).map_err(|e| format!("bad front matter: {e}"))?;
    let Some(doc) = docs.into_iter().next() else { return Ok(Meta::default()) };
    let list = |key: &str| -> Vec<String> { doc[key].as_vec().map(|v| v.iter().filter_map(|y| y.as_str().map(str::to_string)).collect()).unwrap_or_default() };
    let negative = match &doc["negative"] {
        Yaml::Hash(_) => {
            let n = &doc["negative"];
            Some(Negative { phase: n["phase"].as_str().unwrap_or("").to_string(), error_type: n["type"].as_str().unwrap_or("").to_string() })
        }
        _ => None,
    };
    Ok(Meta { includes: list("includes"), flags: list("flags"), features: list("features"), negative })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lists_and_negative() {
        let src = "// c\n/*---\ndescription: x\nincludes: [propertyHelper.js, compareArray.js]\nflags:\n  - onlyStrict\nnegative:\n  phase: parse\n  type: SyntaxError\nfeatures: [class]\n---*/\n$DONOTEVALUATE();";
        let m = parse(src).unwrap();
        assert_eq!(m.includes, ["propertyHelper.js", "compareArray.js"]);
        assert!(m.has_flag("onlyStrict"));
        assert_eq!(m.features, ["class"]);
        let n = m.negative.unwrap();
        assert_eq!((n.phase.as_str(), n.error_type.as_str()), ("parse", "SyntaxError"));
    }
}
