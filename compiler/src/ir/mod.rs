//! DxIR: the compiler's own intermediate representation.
//!
//! A function is a control-flow graph of basic blocks. Instructions are JS-level
//! operations (`GetNamed`, `Call`, `Binary(Add)`, `Typeof` ...) over *variables*:
//! numbered, mutable virtual registers holding NaN-boxed values. Variables are not in
//! SSA form; code generation hands them to Cranelift's SSA construction.
//!
//! Exceptions are explicit: every block names the handler block that receives control
//! when one of its instructions throws (or none: the function returns the exception to
//! its caller). An instruction "can throw" by its kind ([`Inst::can_throw`]).
//!
//! The text form ([`write`]) is what `dxc build --emit ir` prints.

pub mod inline;
pub mod liveness;
pub mod thread_jumps;
pub mod types;
pub mod write;

/// A variable (virtual register) of one function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Var(pub u32);

/// A basic block of one function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct BlockId(pub u32);

/// A function of the program.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FuncId(pub u32);

/// An index into the program's string constant table.
pub type StrId = u32;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Number(f64),
    Str(StrId),
    Undefined,
    Null,
    True,
    False,
    /// Array hole / uninitialized binding marker.
    Hole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Sar,
    Shr,
    BitAnd,
    BitOr,
    BitXor,
    Lt,
    Le,
    Gt,
    Ge,
    LooseEq,
    LooseNe,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    BitNot,
    Not,
    Typeof,
    ToNumeric,
    ToString,
    ToPropertyKey,
}

/// What a `CallKnown` expects its callee to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// A closure of this function (with a fast entry taking `params` arguments).
    Func { func: FuncId, params: u32 },
    /// The built-in `Math.x`, `x` = `dxrt_abi::builtin::MATH[index]`.
    Math(u8),
}

/// Error kinds an instruction can raise directly (mirrors `dxrt_abi::error_kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Type,
    Syntax,
    Reference,
    Tdz,
    ConstAssign,
}

/// Slot `slot` of class layout `layout` (`Program::layouts`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSlot {
    pub layout: u32,
    pub slot: u32,
}

#[derive(Clone, Debug)]
pub enum Inst {
    Const { dst: Var, value: Const },
    Move { dst: Var, src: Var },
    Binary { dst: Var, op: BinOp, a: Var, b: Var },
    Unary { dst: Var, op: UnOp, a: Var },
    /// `field`: TypeScript types the object as an instance of a class whose instances
    /// have `key` at a known slot (see `class_fields`); code generation checks that.
    GetNamed { dst: Var, obj: Var, key: StrId, field: Option<FieldSlot> },
    SetNamed { obj: Var, key: StrId, value: Var, strict: bool, field: Option<FieldSlot> },
    GetElem { dst: Var, obj: Var, key: Var },
    SetElem { obj: Var, key: Var, value: Var, strict: bool },
    Delete { dst: Var, obj: Var, key: Var, strict: bool },
    DefineField { obj: Var, key: Var, value: Var },
    DefineAccessor { obj: Var, key: Var, getter: Var, setter: Var },
    SetProtoLiteral { obj: Var, proto: Var },
    /// Makes `obj` (null prototype, a getter per export) a module namespace object.
    MakeModuleNamespace { dst: Var, obj: Var },
    NewObject { dst: Var },
    NewArray { dst: Var, elems: Vec<Var> },
    /// An object literal of data properties with distinct, non-index constant keys, in
    /// order (the values already evaluated): one allocation, in the shape the site's
    /// earlier objects got.
    ObjectLiteral { dst: Var, keys: Vec<StrId>, values: Vec<Var> },
    GetGlobal { dst: Var, name: StrId },
    TypeofGlobal { dst: Var, name: StrId },
    SetGlobal { name: StrId, value: Var, strict: bool },
    /// Declares a script's top-level `var` (no value: undefined unless it exists) or
    /// function (its closure) as a non-configurable property of the global object.
    DeclareGlobal { name: StrId, value: Option<Var> },
    /// A new environment record with `slots` slots whose parent is `parent`.
    NewEnv { dst: Var, parent: Var, slots: u32 },
    /// The parent of environment `env`.
    ParentEnv { dst: Var, env: Var },
    LoadEnv { dst: Var, env: Var, slot: u32 },
    StoreEnv { env: Var, slot: u32, value: Var },
    /// A top-level variable captured by some function lives in a static cell.
    LoadStatic { dst: Var, index: u32 },
    StoreStatic { index: u32, value: Var },
    /// A closure of `func` over `env`; arrows also capture their creator's `this` as `home`.
    MakeClosure { dst: Var, func: FuncId, env: Var, home: Option<Var> },
    /// The `home` value of the called closure (an arrow's lexical `this`).
    LoadCalleeHome { dst: Var },
    Call { dst: Var, callee: Var, this: Var, args: Vec<Var>, site: Option<StrId> },
    /// A call whose callee is expected to be `target`: code generation checks it and
    /// then calls or computes it directly, else makes the generic call.
    CallKnown { dst: Var, callee: Var, this: Var, args: Vec<Var>, site: Option<StrId>, target: Known },
    /// A call to a function known at compile time, through its fast entry.
    CallDirect { dst: Var, func: FuncId, env: Var, this: Var, args: Vec<Var> },
    Construct { dst: Var, callee: Var, args: Vec<Var>, site: Option<StrId> },
    /// The arguments object; with `mapped` > 0 its first `mapped` indices alias the
    /// parameters, which then live in it.
    CreateArguments { dst: Var, mapped: u32 },
    /// A mapped parameter's read and write (see `CreateArguments`).
    ArgParamGet { dst: Var, args: Var, index: u32 },
    ArgParamSet { args: Var, index: u32, value: Var },
    RestArray { dst: Var, start: u32 },
    SloppyThis { dst: Var, this: Var },
    /// Throws `value` (a `throw` statement: its position is the throw site).
    Throw { value: Var },
    /// Throws `value` again after a `finally`, keeping the original throw site.
    Rethrow { value: Var },
    /// Throws a new error of `kind` with message (or binding name) `msg`.
    ThrowError { kind: ErrorKind, msg: StrId },
    /// Throws a TDZ ReferenceError naming `name` if `var` holds the hole.
    CheckTdz { var: Var, name: StrId },
    /// The pending exception (first instruction of a handler block).
    TakeException { dst: Var },
    ForInKeys { dst: Var, obj: Var },
    /// The next key, or the hole when done.
    ForInNext { dst: Var, iter: Var },
    /// String concatenation of two strings (template literals).
    Concat { dst: Var, a: Var, b: Var },
    /// GetIterator(obj): `obj[Symbol.iterator]()`, which must be an object.
    GetIterator { dst: Var, obj: Var },
    /// The next value of an iterator (`next` is its `next` method, read once), or the
    /// hole when it is done.
    IteratorStep { dst: Var, iter: Var, next: Var },
    /// IteratorClose: calls `return()`; on a throw completion (`throwing`) whatever it
    /// does is ignored.
    IteratorClose { iter: Var, throwing: bool },
    /// A new array of the values the iterator has left (a rest element).
    IteratorRest { dst: Var, iter: Var, next: Var },
    /// Appends what `iterable` iterates to the internal array `arr` (spread).
    SpreadInto { arr: Var, iterable: Var },
    /// Appends one value to the internal array `arr`.
    ArrayPush { arr: Var, value: Var },
    /// A call or `new` whose arguments are the elements of the internal array `args`.
    CallSpread { dst: Var, callee: Var, this: Var, args: Var, site: Option<StrId> },
    ConstructSpread { dst: Var, callee: Var, args: Var, site: Option<StrId> },
    /// Copies the own enumerable properties of `source` whose keys are not in the array
    /// `excluded` (or undefined) onto `target` (object rest and spread).
    CopyDataProperties { target: Var, source: Var, excluded: Var },
    /// Sets up class constructor `ctor` with heritage `superclass` (the hole without
    /// `extends`); `dst` is the prototype object.
    MakeClass { dst: Var, ctor: Var, superclass: Var },
    /// Defines a class element on `obj`: `kind` 0 method, 1 getter, 2 setter.
    DefineMethod { obj: Var, key: Var, value: Var, kind: u8 },
    /// Stores a class's instance field list (key, initializer pairs) on its constructor.
    SetClassFields { ctor: Var, fields: Var },
    /// Runs a field list on `obj` (static fields and blocks).
    InitFields { obj: Var, fields: Var },
    /// Runs the instance fields of class constructor `ctor` on `obj`.
    InitInstance { obj: Var, ctor: Var },
    /// `super(...args)` in derived constructor `callee`: the new `this`.
    SuperCall { dst: Var, callee: Var, new_target: Var, args: Var },
    /// GetSuperBase: the prototype of the method's home object `home`.
    SuperBase { dst: Var, home: Var },
    /// `super[key]` read and write on `base` (from `SuperBase`), with `this` as receiver.
    GetSuper { dst: Var, base: Var, key: Var, this: Var },
    SetSuper { base: Var, key: Var, value: Var, this: Var, strict: bool },
    /// What a derived constructor returns for `return value`.
    DerivedResult { dst: Var, value: Var, this: Var },
    /// A new private name (`#x`, described by `desc`) for one evaluation of a class.
    NewPrivateName { dst: Var, desc: StrId },
    /// `obj.#x` read and write, and `#x in obj` (`name` holds the private name).
    PrivateGet { dst: Var, obj: Var, name: Var },
    PrivateSet { obj: Var, name: Var, value: Var },
    PrivateIn { dst: Var, name: Var, obj: Var },
    /// The generator object of the running generator function (its callee gives the
    /// prototype); its frame holds what the function's suspensions save.
    CreateGenerator { dst: Var },
    /// The object of a `with` statement: ToObject(value).
    WithObject { dst: Var, value: Var },
    /// HasBinding of a `with` object: has the property and `@@unscopables` does not hide it.
    WithHas { dst: Var, obj: Var, key: Var },
    /// A tagged template's strings array: `cooked` with `raw` on it, both frozen.
    TemplateObject { dst: Var, cooked: Var, raw: Var },
    /// A new RegExp object for a regular expression literal; the pattern is compiled on
    /// the literal's first evaluation and kept in static cell `cache`.
    RegExpLiteral { dst: Var, pattern: Var, flags: Var, cache: u32 },
    /// Tells the runtime's `Function` that the source text `text` is compiled: `result`
    /// is a factory of closures of it, or the SyntaxError message (see
    /// `lower::dynamic_function`).
    RegisterDynamicFunction { text: Var, result: Var },
    /// One step of `yield*` (resumed in `mode` with `received`): the inner iterator's
    /// result object, or the hole when the generator must return `received`.
    YieldStarStep { dst: Var, iter: Var, mode: Var, received: Var },
    /// Whether an inlined copy of a function may run (see `inline`): `callee` (when
    /// given) is a closure of that function and every argument is a number.
    InlineGuard { dst: Var, callee: Option<(Var, FuncId)>, args: Vec<Var> },
    /// `src`, which an `InlineGuard` has checked to be a number.
    AssumeNumber { dst: Var, src: Var },
}

impl Inst {
    /// Whether executing the instruction can raise an exception.
    pub fn can_throw(&self) -> bool {
        use Inst::*;
        match self {
            Const { .. } | Move { .. } | NewObject { .. } | NewArray { .. } | ObjectLiteral { .. } | NewEnv { .. } | ParentEnv { .. }
            | LoadEnv { .. } | StoreEnv { .. } | LoadStatic { .. } | StoreStatic { .. } | MakeClosure { .. }
            | CreateArguments { .. } | RestArray { .. } | LoadCalleeHome { .. } | TakeException { .. } | ArgParamGet { .. } | ArgParamSet { .. } | ForInKeys { .. } | ForInNext { .. }
            | Concat { .. } | SetProtoLiteral { .. } | MakeModuleNamespace { .. } | ArrayPush { .. } | SetClassFields { .. } | NewPrivateName { .. } | CreateGenerator { .. } | TemplateObject { .. } | RegisterDynamicFunction { .. }
            | InlineGuard { .. } | AssumeNumber { .. } => false,
            IteratorClose { throwing, .. } => !throwing,
            Binary { op, .. } => !matches!(op, BinOp::StrictEq | BinOp::StrictNe),
            Unary { op, .. } => !matches!(op, UnOp::Not | UnOp::Typeof),
            _ => true,
        }
    }
}

impl Inst {
    /// The variable the instruction writes, if any.
    pub fn def(&self) -> Option<Var> {
        use Inst::*;
        match self {
            Const { dst, .. } | Move { dst, .. } | Binary { dst, .. } | Unary { dst, .. } | GetNamed { dst, .. } | GetElem { dst, .. }
            | Delete { dst, .. } | NewObject { dst } | NewArray { dst, .. } | ObjectLiteral { dst, .. } | GetGlobal { dst, .. } | TypeofGlobal { dst, .. }
            | NewEnv { dst, .. } | ParentEnv { dst, .. } | LoadEnv { dst, .. } | LoadStatic { dst, .. } | MakeClosure { dst, .. }
            | LoadCalleeHome { dst } | Call { dst, .. } | CallKnown { dst, .. } | CallDirect { dst, .. } | Construct { dst, .. } | CreateArguments { dst, .. } | ArgParamGet { dst, .. }
            | RestArray { dst, .. } | SloppyThis { dst, .. } | TakeException { dst } | ForInKeys { dst, .. } | ForInNext { dst, .. }
            | Concat { dst, .. } | GetIterator { dst, .. } | IteratorStep { dst, .. } | IteratorRest { dst, .. } | CallSpread { dst, .. }
            | ConstructSpread { dst, .. } | MakeClass { dst, .. } | SuperCall { dst, .. } | GetSuper { dst, .. } | SuperBase { dst, .. } | DerivedResult { dst, .. }
            | NewPrivateName { dst, .. } | PrivateGet { dst, .. } | PrivateIn { dst, .. } | CreateGenerator { dst } | YieldStarStep { dst, .. } | TemplateObject { dst, .. } | RegExpLiteral { dst, .. } | WithObject { dst, .. } | WithHas { dst, .. }
            | InlineGuard { dst, .. } | AssumeNumber { dst, .. } | MakeModuleNamespace { dst, .. } => Some(*dst),
            _ => None,
        }
    }

    /// The variables the instruction reads.
    pub fn uses(&self) -> Vec<Var> {
        use Inst::*;
        match self {
            Const { .. } | NewObject { .. } | GetGlobal { .. } | TypeofGlobal { .. } | LoadStatic { .. } | LoadCalleeHome { .. }
            | CreateArguments { .. } | RestArray { .. } | ThrowError { .. } | TakeException { .. } | NewPrivateName { .. }
            | CreateGenerator { .. } => vec![],
            Move { src, .. } => vec![*src],
            Binary { a, b, .. } | Concat { a, b, .. } => vec![*a, *b],
            Unary { a, .. } => vec![*a],
            GetNamed { obj, .. } | ForInKeys { obj, .. } | GetIterator { obj, .. } => vec![*obj],
            SetNamed { obj, value, .. } => vec![*obj, *value],
            GetElem { obj, key, .. } | Delete { obj, key, .. } => vec![*obj, *key],
            SetElem { obj, key, value, .. } | DefineField { obj, key, value } => vec![*obj, *key, *value],
            DefineAccessor { obj, key, getter, setter } => vec![*obj, *key, *getter, *setter],
            SetProtoLiteral { obj, proto } => vec![*obj, *proto],
            MakeModuleNamespace { obj, .. } => vec![*obj],
            NewArray { elems, .. } => elems.clone(),
            ObjectLiteral { values, .. } => values.clone(),
            SetGlobal { value, .. } | StoreStatic { value, .. } | Throw { value } | Rethrow { value } => vec![*value],
            DeclareGlobal { value, .. } => value.iter().copied().collect(),
            NewEnv { parent, .. } => vec![*parent],
            ParentEnv { env, .. } | LoadEnv { env, .. } => vec![*env],
            StoreEnv { env, value, .. } => vec![*env, *value],
            MakeClosure { env, home, .. } => std::iter::once(*env).chain(*home).collect(),
            Call { callee, this, args, .. } | CallKnown { callee, this, args, .. } => [*callee, *this].into_iter().chain(args.iter().copied()).collect(),
            CallDirect { env, this, args, .. } => [*env, *this].into_iter().chain(args.iter().copied()).collect(),
            Construct { callee, args, .. } => std::iter::once(*callee).chain(args.iter().copied()).collect(),
            SloppyThis { this, .. } => vec![*this],
            CheckTdz { var, .. } => vec![*var],
            ForInNext { iter, .. } => vec![*iter],
            IteratorStep { iter, next, .. } | IteratorRest { iter, next, .. } => vec![*iter, *next],
            IteratorClose { iter, .. } => vec![*iter],
            SpreadInto { arr, iterable } => vec![*arr, *iterable],
            ArrayPush { arr, value } => vec![*arr, *value],
            CallSpread { callee, this, args, .. } => vec![*callee, *this, *args],
            ConstructSpread { callee, args, .. } => vec![*callee, *args],
            CopyDataProperties { target, source, excluded } => vec![*target, *source, *excluded],
            MakeClass { ctor, superclass, .. } => vec![*ctor, *superclass],
            DefineMethod { obj, key, value, .. } => vec![*obj, *key, *value],
            SetClassFields { ctor, fields } => vec![*ctor, *fields],
            InitFields { obj, fields } => vec![*obj, *fields],
            InitInstance { obj, ctor } => vec![*obj, *ctor],
            SuperCall { callee, new_target, args, .. } => vec![*callee, *new_target, *args],
            SuperBase { home, .. } => vec![*home],
            GetSuper { base, key, this, .. } => vec![*base, *key, *this],
            SetSuper { base, key, value, this, .. } => vec![*base, *key, *value, *this],
            DerivedResult { value, this, .. } => vec![*value, *this],
            PrivateGet { obj, name, .. } => vec![*obj, *name],
            PrivateSet { obj, name, value } => vec![*obj, *name, *value],
            PrivateIn { name, obj, .. } => vec![*name, *obj],
            YieldStarStep { iter, mode, received, .. } => vec![*iter, *mode, *received],
            ArgParamGet { args, .. } => vec![*args],
            WithObject { value, .. } => vec![*value],
            WithHas { obj, key, .. } => vec![*obj, *key],
            ArgParamSet { args, value, .. } => vec![*args, *value],
            TemplateObject { cooked, raw, .. } => vec![*cooked, *raw],
            RegExpLiteral { pattern, flags, .. } => vec![*pattern, *flags],
            RegisterDynamicFunction { text, result } => vec![*text, *result],
            InlineGuard { callee, args, .. } => callee.iter().map(|c| c.0).chain(args.iter().copied()).collect(),
            AssumeNumber { src, .. } => vec![*src],
        }
    }
}

#[derive(Clone, Debug)]
pub enum Terminator {
    Jump(BlockId),
    Branch { cond: Var, then: BlockId, else_: BlockId },
    Return(Var),
    /// Control never reaches the end of this block (it ends in a throw).
    Unreachable,
    /// A generator suspends: the function saves its live variables in the generator's
    /// frame and returns `value` to whoever resumed it. The next resumption continues at
    /// `resume` with the value sent in `sent` and how it was resumed in `mode` (0 next,
    /// 1 throw, 2 return). `raw`: `value` is already an iterator result (`yield*`).
    Yield { value: Var, resume: BlockId, sent: Var, mode: Var, raw: bool },
}

impl Terminator {
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch { then, else_, .. } => vec![*then, *else_],
            Terminator::Yield { resume, .. } => vec![*resume],
            Terminator::Return(_) | Terminator::Unreachable => vec![],
        }
    }

    pub fn uses(&self) -> Vec<Var> {
        match self {
            Terminator::Branch { cond, .. } => vec![*cond],
            Terminator::Return(v) | Terminator::Yield { value: v, .. } => vec![*v],
            _ => vec![],
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    /// Each instruction with its source position (byte offset).
    pub insts: Vec<(Inst, u32)>,
    pub term: Terminator,
    /// Where control goes when an instruction of this block throws.
    pub handler: Option<BlockId>,
    /// The block rarely runs (the fallback of an inlined call): its calls keep the
    /// caller's registers (see `codegen::cold`) and its code is placed out of line.
    pub cold: bool,
}

/// How a function is entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryKind {
    /// `fn(env, this, p0, .., pn-1)`: arguments in registers; direct calls use it.
    Fast,
    /// `fn(callee, this, argv, argc, new_target)`: needs `arguments`, rest or new.target.
    Generic,
    /// The program's top-level code: `fn() -> value`.
    Main,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub id: FuncId,
    pub name: StrId,
    pub entry: EntryKind,
    pub params: Vec<Var>,
    /// The function's `length`.
    pub length: u32,
    pub var_count: u32,
    pub blocks: Vec<Block>,
    /// Holds the incoming environment (closure's env) at entry.
    pub env_var: Var,
    pub this_var: Var,
    /// Generic entry only: argv, argc, new.target, callee.
    pub argv_var: Var,
    pub argc_var: Var,
    pub new_target_var: Var,
    pub callee_var: Var,
    /// A generator function's generator object (set by `CreateGenerator`).
    pub gen_var: Option<Var>,
    pub flags: u32,
    /// The function's source text: `source_pos..source_end` of the program source.
    pub source_pos: u32,
    pub source_end: u32,
    /// What the parameters' annotations promise (empty: nothing); code generation
    /// checks it at entry and runs a specialized copy when it holds.
    pub param_hints: Vec<types::ParamHint>,
    /// Compiler plumbing (module loaders, `main` of a multi-file program): no frames in
    /// stack traces.
    pub hidden: bool,
}

impl Function {
    /// A function with one empty block and only its special variables (0-5).
    pub fn new(id: FuncId, name: StrId, entry: EntryKind, source_pos: u32, source_end: u32) -> Self {
        Function {
            id,
            name,
            entry,
            params: Vec::new(),
            length: 0,
            var_count: 6,
            blocks: vec![Block { insts: Vec::new(), term: Terminator::Unreachable, handler: None, cold: false }],
            env_var: Var(0),
            this_var: Var(1),
            argv_var: Var(2),
            argc_var: Var(3),
            new_target_var: Var(4),
            callee_var: Var(5),
            gen_var: None,
            flags: 0,
            source_pos,
            source_end,
            param_hints: Vec::new(),
            hidden: false,
        }
    }

    /// The variables that hold a value on entry: the special ones and the parameters.
    pub fn entry_vars(&self) -> impl Iterator<Item = Var> + '_ {
        [self.env_var, self.this_var, self.argv_var, self.argc_var, self.new_target_var, self.callee_var].into_iter().chain(self.params.iter().copied())
    }
}

/// The edges (block, target) of `f` that close a loop: those to a block on the current
/// path of a depth-first walk from the entry (through exception edges too).
pub fn back_edges(f: &Function) -> std::collections::HashSet<(usize, usize)> {
    let n = f.blocks.len();
    let successors = |b: usize| -> Vec<BlockId> { f.blocks[b].term.successors().into_iter().chain(f.blocks[b].handler).collect() };
    // 0 unvisited, 1 on the path, 2 done.
    let mut state = vec![0u8; n];
    let mut out = std::collections::HashSet::new();
    let mut stack: Vec<(usize, Vec<BlockId>)> = Vec::new();
    if n > 0 {
        state[0] = 1;
        stack.push((0, successors(0)));
    }
    while let Some((b, succs)) = stack.last_mut() {
        let b = *b;
        match succs.pop() {
            Some(t) => {
                let t = t.0 as usize;
                match state[t] {
                    0 => {
                        state[t] = 1;
                        stack.push((t, successors(t)));
                    }
                    1 => {
                        out.insert((b, t));
                    }
                    _ => {}
                }
            }
            None => {
                state[b] = 2;
                stack.pop();
            }
        }
    }
    out
}

/// Each block's predecessors through ordinary edges and, with `handlers`, exception
/// edges too.
pub fn predecessors(f: &Function, handlers: bool) -> Vec<Vec<usize>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for (b, blk) in f.blocks.iter().enumerate() {
        for s in blk.term.successors().into_iter().chain(blk.handler.filter(|_| handlers)) {
            preds[s.0 as usize].push(b);
        }
    }
    preds
}

/// The natural loop of back edge `latch` -> `header`: the header and every block that
/// reaches the latch without passing through it.
pub fn natural_loop(preds: &[Vec<usize>], latch: usize, header: usize) -> std::collections::HashSet<usize> {
    let mut body = std::collections::HashSet::from([header]);
    let mut work = vec![latch];
    while let Some(b) = work.pop() {
        if body.insert(b) {
            work.extend(preds[b].iter().copied());
        }
    }
    body
}

/// A whole program: its functions (the first is the top-level code), string constants
/// and static cells.
#[derive(Debug, Default)]
pub struct Program {
    pub functions: Vec<Function>,
    /// String constants as UTF-16 code units (a JS string may hold unpaired surrogates).
    pub strings: Vec<Vec<u16>>,
    string_index: std::collections::HashMap<Vec<u16>, StrId>,
    pub statics: u32,
    /// The source texts of the program's files, one after the other, each starting on a
    /// new line; source positions are byte offsets into it.
    pub source: String,
    /// Where each file starts in `source`, and its path (for stack traces), in order.
    pub files: Vec<(u32, String)>,
    /// Predicted instance layouts of classes (`class_fields`): their own data
    /// properties' keys in slot order.
    pub layouts: Vec<Vec<StrId>>,
    /// Frames of inlined code: an instruction position with `dxrt_abi::INLINED` set
    /// indexes this table (see `inline`).
    pub inline_frames: Vec<dxrt_abi::InlineFrame>,
    inline_frame_index: std::collections::HashMap<dxrt_abi::InlineFrame, u32>,
}

impl Program {
    pub fn new(file_name: &str, source: &str) -> Self {
        Program { files: vec![(0, file_name.to_string())], source: source.to_string(), ..Default::default() }
    }

    /// Appends a file's source text (on a new line) and returns where it starts.
    pub fn add_file(&mut self, file_name: &str, source: &str) -> u32 {
        if !self.source.is_empty() {
            self.source.push('\n');
        }
        let start = self.source.len() as u32;
        self.source.push_str(source);
        self.files.push((start, file_name.to_string()));
        start
    }

    /// The index of a string constant, adding it if new.
    pub fn string(&mut self, s: &str) -> StrId {
        self.string_units(&s.encode_utf16().collect::<Vec<u16>>())
    }

    /// The index of a string constant given as UTF-16 code units, adding it if new.
    pub fn string_units(&mut self, units: &[u16]) -> StrId {
        if let Some(&i) = self.string_index.get(units) {
            return i;
        }
        let id = self.strings.len() as StrId;
        self.strings.push(units.to_vec());
        self.string_index.insert(units.to_vec(), id);
        id
    }

    /// The index of a string constant, if the program has it.
    pub fn find_string(&self, s: &str) -> Option<StrId> {
        self.string_index.get(&s.encode_utf16().collect::<Vec<u16>>()).copied()
    }

    /// The position (with `dxrt_abi::INLINED`) of an inlined frame, adding it if new.
    pub fn inline_frame(&mut self, frame: dxrt_abi::InlineFrame) -> u32 {
        let next = self.inline_frames.len() as u32;
        let i = *self.inline_frame_index.entry(frame).or_insert(next);
        if i == next {
            self.inline_frames.push(frame);
        }
        i | dxrt_abi::INLINED
    }

    /// A string constant as Rust text (unpaired surrogates become U+FFFD).
    pub fn string_text(&self, id: StrId) -> String {
        String::from_utf16_lossy(&self.strings[id as usize])
    }
}
