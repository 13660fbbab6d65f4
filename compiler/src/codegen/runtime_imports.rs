//! The runtime functions as Cranelift imports, declared from the ABI table in
//! `dxrt_abi` (the same table the runtime's exports are checked against).

// `ModuleError` is Cranelift's (large) error type; these run once per compilation.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;

use cranelift_codegen::ir::{self as cir, AbiParam, types};
use cranelift_module::{FuncId, Linkage, Module, ModuleResult};
use cranelift_object::ObjectModule;

pub struct Runtime {
    ids: HashMap<&'static str, FuncId>,
}

macro_rules! kind_type {
    (value, $ptr:expr) => { types::I64 };
    (ptr, $ptr:expr) => { $ptr };
    (i32, $ptr:expr) => { types::I32 };
    (f64, $ptr:expr) => { types::F64 };
}

macro_rules! declare_all {
    ($($name:ident($($p:ident: $k:ident),*) -> $r:ident;)*) => {
        fn declare_table(m: &mut ObjectModule) -> ModuleResult<HashMap<&'static str, FuncId>> {
            let ptr = m.target_config().pointer_type();
            let mut ids = HashMap::new();
            $(
                let mut sig = m.make_signature();
                $(sig.params.push(AbiParam::new(kind_type!($k, ptr)));)*
                sig.returns.push(AbiParam::new(kind_type!($r, ptr)));
                let id = m.declare_function(stringify!($name), Linkage::Import, &sig)?;
                ids.insert(stringify!($name), id);
            )*
            Ok(ids)
        }
    };
}
dxrt_abi::for_each_runtime_fn!(declare_all);

impl Runtime {
    pub fn declare(m: &mut ObjectModule) -> ModuleResult<Runtime> {
        Ok(Runtime { ids: declare_table(m)? })
    }

    /// Runtime function `name`.
    pub fn id(&self, name: &str) -> FuncId {
        *self.ids.get(name).unwrap_or_else(|| panic!("runtime function {name} is not in the ABI table"))
    }

    /// A reference to runtime function `name` usable in `func`.
    pub fn func_ref(&self, m: &mut ObjectModule, func: &mut cir::Function, name: &str) -> cir::FuncRef {
        m.declare_func_in_func(self.id(name), func)
    }
}
