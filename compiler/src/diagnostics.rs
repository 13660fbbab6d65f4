//! Diagnostics: every compile error (syntax, early errors, not-yet-supported
//! features) is rendered as `error: message` with `file:line:col` and a code frame,
//! through oxc's diagnostic renderer.

use oxc_diagnostics::{GraphicalReportHandler, GraphicalTheme, NamedSource, OxcDiagnostic};
use oxc_span::Span;

/// A diagnostic for a construct that is not supported yet.
pub fn unsupported_feature(what: &str, span: Span) -> OxcDiagnostic {
    OxcDiagnostic::error(format!("not supported by dxc yet: {what}"))
        .with_label(span)
        .with_help("this feature is on the roadmap; see docs/architecture.md for the current status")
}

/// Renders diagnostics against the source text.
pub fn render(diags: Vec<OxcDiagnostic>, file: &str, source: &str) -> String {
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor());
    let mut out = String::new();
    let src = std::sync::Arc::new(NamedSource::new(file, source.to_string()));
    for d in diags {
        let report = d.with_source_code(src.clone());
        let _ = handler.render_report(&mut out, report.as_ref());
    }
    out
}
