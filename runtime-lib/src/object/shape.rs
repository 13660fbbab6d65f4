//! Hidden classes ("shapes"): the ordered list of an object's named properties with
//! their attributes, shared by every object that got the same properties in the same
//! order. Adding a property follows (or creates) a transition to the next shape.
//!
//! Shared shapes live for the whole program. An object that gets many properties, or
//! loses one with `delete`, moves to *dictionary mode*: it then owns a private shape
//! that is edited in place and freed with the object.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use indexmap::IndexMap;

/// A property key that is not an array index: the bits of an interned string or a
/// symbol value.
pub type PropKey = u64;

/// Property attribute flags.
pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
/// The slot holds an `Accessor` cell instead of a value.
pub const ACCESSOR: u8 = 8;
pub const DEFAULT: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;
pub const HIDDEN: u8 = WRITABLE | CONFIGURABLE;

/// Shapes beyond this many properties go to dictionary mode.
pub const MAX_SHARED_PROPS: usize = 64;

/// Keys are pointers (or pointer-like bits): a multiplicative hash is enough.
#[derive(Default)]
pub struct KeyHasher(u64);
impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100000001b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E3779B97F4A7C15).rotate_left(26);
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(n as u64)
    }
}
pub type KeyBuild = BuildHasherDefault<KeyHasher>;

#[repr(C)]
pub struct Shape {
    /// Counts the in-place edits of an owned shape that can move or reconfigure its
    /// properties (every one goes through `to_owned_shape`); compiled code's cache of
    /// global-object reads checks it (`dxrt_abi::object::SHAPE_EPOCH`). Always 0 for
    /// shared shapes, which never change.
    pub epoch: u64,
    /// Key -> attributes; a key's position is its slot index.
    pub props: IndexMap<PropKey, u8, KeyBuild>,
    transitions: HashMap<(PropKey, u8), *mut Shape, KeyBuild>,
    /// Dictionary mode: this shape belongs to exactly one object.
    pub owned: bool,
}

static mut ROOT: *mut Shape = std::ptr::null_mut();

/// The empty shared shape every new object starts with.
pub fn root() -> *mut Shape {
    unsafe {
        if ROOT.is_null() {
            ROOT = Box::into_raw(Box::new(Shape {
                epoch: 0,
                props: IndexMap::default(),
                transitions: HashMap::default(),
                owned: false,
            }));
        }
        ROOT
    }
}

impl Shape {
    #[inline]
    pub fn lookup(&self, key: PropKey) -> Option<(usize, u8)> {
        self.props.get_full(&key).map(|(i, _, &f)| (i, f))
    }

    /// The shape after adding `key` with `flags`. For an owned shape, edits in place.
    ///
    /// Shape pointers are always valid: shared shapes are never freed and an owned
    /// shape lives as long as the one object that holds it.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn with_added(this: *mut Shape, key: PropKey, flags: u8) -> *mut Shape {
        let s = unsafe { &mut *this };
        if s.owned {
            s.props.insert(key, flags);
            return this;
        }
        if let Some(&next) = s.transitions.get(&(key, flags)) {
            return next;
        }
        let mut props = s.props.clone();
        props.insert(key, flags);
        let owned = props.len() > MAX_SHARED_PROPS;
        let next = Box::into_raw(Box::new(Shape { epoch: 0, props, transitions: HashMap::default(), owned }));
        if !owned {
            s.transitions.insert((key, flags), next);
        }
        next
    }

    /// A private copy for dictionary mode (or `this` itself if it is owned already),
    /// about to be edited in place.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    pub fn to_owned_shape(this: *mut Shape) -> *mut Shape {
        let s = unsafe { &mut *this };
        if s.owned {
            s.epoch += 1;
            return this;
        }
        Box::into_raw(Box::new(Shape {
            epoch: 0,
            props: s.props.clone(),
            transitions: HashMap::default(),
            owned: true,
        }))
    }
}
