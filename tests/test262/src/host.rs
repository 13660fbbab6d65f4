//! The test host: the runtime linked once into an executable that loads each test's
//! compiled code as a shared library, so a test costs a compile and a millisecond
//! `ld -shared` instead of a full static link against the runtime archive.
//!
//! The host executable is the runtime's own `main` linked with every runtime function
//! exported (`--export-dynamic`, `-u` for each name in the ABI table) and a dependency
//! on `libdxctest.so`, the library that defines `dxc_program_info`. Each worker links
//! its test into `libdxctest.so` in a directory of its own and starts the host with
//! `LD_LIBRARY_PATH` pointing there: the process is exactly a dxc-built program, with
//! the program's code in a shared object.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use wait_timeout::ChildExt;

pub const LIBRARY: &str = "libdxctest.so";

pub struct Host {
    exe: PathBuf,
}

/// How a test process ended.
pub enum Exit {
    Code(i32),
    Signal(i32),
    Timeout,
}

pub struct Run {
    pub exit: Exit,
    pub stdout: String,
    pub stderr: String,
}

fn run_tool(cmd: &mut Command) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!("{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(())
}

/// Links a compiled program object into `dir/libdxctest.so`.
pub fn link_library(object: &[u8], dir: &Path) -> Result<(), String> {
    let obj = dir.join("test.o");
    std::fs::write(&obj, object).map_err(|e| format!("cannot write {}: {e}", obj.display()))?;
    run_tool(Command::new("ld").args(["-shared", "-soname", LIBRARY, "-o"]).arg(dir.join(LIBRARY)).arg(&obj))
}

impl Host {
    /// Builds the host in `dir`, linking it against `stub` (any compiled program's
    /// object) as the stand-in `libdxctest.so`.
    pub fn build(dir: &Path, stub: &[u8]) -> Result<Host, String> {
        let stub_dir = dir.join("stub");
        std::fs::create_dir_all(&stub_dir).map_err(|e| e.to_string())?;
        link_library(stub, &stub_dir)?;
        let archive = dir.join("libdxrt.a");
        std::fs::write(&archive, dxc_linker::RUNTIME_ARCHIVE).map_err(|e| e.to_string())?;
        let exe = dir.join("dxc-test262-host");
        let mut cc = Command::new(std::env::var("CC").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "cc".into()));
        cc.arg("-o").arg(&exe).arg("-Wl,--export-dynamic");
        for name in dxrt_abi::RUNTIME_FN_NAMES {
            cc.arg(format!("-Wl,-u,{name}"));
        }
        cc.arg(&archive).arg("-L").arg(&stub_dir).args(["-ldxctest", "-lm", "-lpthread", "-ldl"]);
        run_tool(&mut cc)?;
        Ok(Host { exe })
    }

    /// Runs the test linked into `dir` with a time limit.
    pub fn run(&self, dir: &Path, timeout: Duration) -> Result<Run, String> {
        let out_path = dir.join("stdout");
        let err_path = dir.join("stderr");
        let out = std::fs::File::create(&out_path).map_err(|e| e.to_string())?;
        let err = std::fs::File::create(&err_path).map_err(|e| e.to_string())?;
        let mut child = Command::new(&self.exe)
            .env("LD_LIBRARY_PATH", dir)
            .stdin(Stdio::null())
            .stdout(out)
            .stderr(err)
            .spawn()
            .map_err(|e| format!("cannot start the test host: {e}"))?;
        let exit = match child.wait_timeout(timeout).map_err(|e| e.to_string())? {
            Some(status) => {
                use std::os::unix::process::ExitStatusExt;
                match (status.code(), status.signal()) {
                    (Some(c), _) => Exit::Code(c),
                    (None, Some(s)) => Exit::Signal(s),
                    _ => Exit::Code(-1),
                }
            }
            None => {
                let _ = child.kill();
                let _ = child.wait();
                Exit::Timeout
            }
        };
        let read = |p: &Path| std::fs::read(p).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        Ok(Run { exit, stdout: read(&out_path), stderr: read(&err_path) })
    }
}
