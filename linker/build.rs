//! Builds the runtime library (`dxrt`) as an optimized static archive and hands its
//! path to the crate, which embeds it: an installed `dxc` then needs only a C
//! toolchain on the machine. The runtime is always built in release mode, with frame
//! pointers (stack traces walk them) and `panic = "abort"`.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.parent().unwrap().to_path_buf();
    let target_dir = root.join("target").join("dxrt-embed");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(&root)
        .args(["build", "--release", "-p", "dxrt", "--lib", "--target-dir"])
        .arg(&target_dir)
        .env_remove("CARGO_TARGET_DIR")
        .env_remove("RUSTFLAGS")
        // Under `cargo clippy` the wrapper would only check the runtime, not build it.
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("RUSTC_WRAPPER")
        .env("CARGO_ENCODED_RUSTFLAGS", "-Cforce-frame-pointers=yes")
        .env("CARGO_PROFILE_RELEASE_PANIC", "abort")
        .env("CARGO_PROFILE_RELEASE_LTO", "true")
        .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "1")
        .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "3")
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        .status()
        .expect("failed to run cargo to build the runtime library");
    assert!(status.success(), "building the runtime library (dxrt) failed");
    let lib = target_dir.join("release").join("libdxrt.a");
    println!("cargo:rustc-env=DXRT_ARCHIVE={}", lib.display());
    for dir in ["runtime-lib/src", "runtime-lib/abi/src", "runtime-lib/Cargo.toml", "runtime-lib/abi/Cargo.toml"] {
        println!("cargo:rerun-if-changed={}", root.join(dir).display());
    }
}
