//! `dxc_linker`: turns compiled object files into an executable by running the system
//! C compiler as the linker, with the runtime archive that is embedded in this crate
//! (built by `build.rs`). The output is written to a temporary file beside the target
//! and renamed into place only when linking succeeded, so a failed build never
//! destroys what was at the output path.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime library archive, embedded at build time.
pub static RUNTIME_ARCHIVE: &[u8] = include_bytes!(env!("DXRT_ARCHIVE"));

#[derive(Debug, Clone, Default)]
pub struct LinkOptions {
    /// Link fully statically (no dynamic dependencies at all).
    pub static_link: bool,
    /// Strip symbols from the output.
    pub strip: bool,
}

/// The C compiler used as linker: `$CC`, else `cc`.
fn cc() -> String {
    std::env::var("CC").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "cc".into())
}

/// A temporary file beside `out`, to be renamed over it (`persist`) once complete, so
/// that a failure leaves whatever was at `out` untouched.
pub fn stage_output(out: &Path) -> Result<tempfile::NamedTempFile, String> {
    let dir = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(format!("cannot write output {}: directory {} does not exist", out.display(), dir.display()));
    }
    tempfile::Builder::new().prefix(".dxc-out").tempfile_in(&dir).map_err(|e| format!("cannot write output {}: {e}", out.display()))
}

/// Links `object` (an object file's bytes) with the runtime into the executable `out`.
pub fn link(object: &[u8], out: &Path, opts: &LinkOptions) -> Result<(), String> {
    let tmp = tempfile::Builder::new().prefix("dxc-link").tempdir().map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let obj_path = tmp.path().join("program.o");
    let rt_path = tmp.path().join("libdxrt.a");
    std::fs::write(&obj_path, object).map_err(|e| format!("cannot write {}: {e}", obj_path.display()))?;
    std::fs::write(&rt_path, RUNTIME_ARCHIVE).map_err(|e| format!("cannot write {}: {e}", rt_path.display()))?;
    let staged = stage_output(out)?.into_temp_path();
    let mut cmd = Command::new(cc());
    cmd.arg("-o").arg(&*staged).arg(&obj_path).arg(&rt_path);
    cmd.args(["-Wl,--gc-sections", "-Wl,-O1", "-lm", "-lpthread", "-ldl"]);
    if opts.static_link {
        cmd.arg("-static");
    }
    if opts.strip {
        cmd.arg("-s");
    }
    let output = cmd.output().map_err(|e| format!("cannot run the C compiler `{}` to link: {e} (install gcc or clang, or set CC)", cc()))?;
    if !output.status.success() {
        return Err(format!("linking failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    staged.persist(out).map_err(|e| format!("cannot write output {}: {e}", out.display()))?;
    Ok(())
}
