//! Real npm packages compiled unmodified: each `tests/packages/<name>/` program is built
//! against packages installed once from npm into `target/oracle/packages` (pinned
//! versions below) and must print what node prints running tsc's emit of the same
//! program (`tsc_oracle.cjs`). Without npm (or node) nothing is compared.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The packages the programs import, pinned.
const PACKAGES: &[&str] = &["preact@11.2.0", "preact-render-to-string@6.8.2", "typescript@5"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// `target/oracle/packages/node_modules`, installed on first use; None without npm.
fn node_modules() -> Option<PathBuf> {
    let dir = root().join("target/oracle/packages");
    let modules = dir.join("node_modules");
    if !PACKAGES.iter().all(|p| modules.join(p.rsplit_once('@').unwrap().0).join("package.json").exists()) {
        std::fs::create_dir_all(&dir).ok()?;
        let out = Command::new("npm").args(["install", "--no-save", "--silent", "--prefix"]).arg(&dir).args(PACKAGES).output().ok()?;
        if !out.status.success() {
            return None;
        }
    }
    Some(modules)
}

fn check(name: &str) {
    let Some(modules) = node_modules() else {
        eprintln!("npm cannot install {PACKAGES:?} here: {name} not checked");
        return;
    };
    // The program in a scratch directory beside its packages.
    let tmp = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("tests/packages").join(name)).unwrap().flatten() {
        std::fs::copy(entry.path(), tmp.path().join(entry.file_name())).unwrap();
    }
    std::os::unix::fs::symlink(&modules, tmp.path().join("node_modules")).unwrap();
    let exe = tmp.path().join("app");
    let build = Command::new(env!("CARGO_BIN_EXE_dxc")).arg("build").arg(tmp.path().join("app.tsx")).arg("-o").arg(&exe).output().unwrap();
    assert!(build.status.success(), "dxc build failed:\n{}", String::from_utf8_lossy(&build.stderr));
    let run = Command::new(&exe).output().unwrap();
    assert!(run.status.success(), "the program failed:\n{}", String::from_utf8_lossy(&run.stderr));
    let oracle = Command::new("node")
        .arg(root().join("tests/harness/tsc_oracle.cjs"))
        .arg(modules.join("typescript"))
        .arg(tmp.path().join("app.tsx"))
        .env_remove("NODE_EXTRA_CA_CERTS")
        .output();
    let Ok(oracle) = oracle else { return };
    assert!(oracle.status.success(), "node failed:\n{}", String::from_utf8_lossy(&oracle.stderr));
    assert_eq!(String::from_utf8_lossy(&run.stdout), String::from_utf8_lossy(&oracle.stdout));
    assert!(!run.stdout.is_empty());
}

#[test]
fn preact_server_side_rendering() {
    check("preact_ssr");
}
