// Decorator helpers. The compiler compiles this function body into programs that use
// decorators and keeps the object it returns in a static cell.
//
// Legacy (`experimentalDecorators`) decorators: `decorate`, `decorateParam` and
// `decorateMetadata` behave as tslib's __decorate, __param and __metadata; the
// TypeScript transform's output calls them as `babelHelpers.*`.
//
// TC39 (2023-11) decorators: the compiler's class lowering (compiler/src/lower/class.rs)
// calls `decorateElement`, `decorateClass`, `fieldInitializer`, `initializerRunner` and
// `runInitializers`, in the order tsc's emit applies them.
"use strict";
// The built-ins these helpers use, as they were before the program ran.
const defineProperty = Object.defineProperty;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const createObject = Object.create;
const SymbolCtor = typeof Symbol === "function" ? Symbol : undefined;
const TypeErrorCtor = TypeError;
const call = Function.prototype.call.bind(Function.prototype.call);

function expectFunction(f) {
  if (f !== undefined && typeof f !== "function") throw new TypeErrorCtor("Function expected");
  return f;
}

// The context's `addInitializer`, valid while its decorator runs.
function initializerAdder(list, state) {
  return function addInitializer(f) {
    if (state.done) throw new TypeErrorCtor("Cannot add initializers after decoration has completed");
    if (typeof f !== "function") throw new TypeErrorCtor("Function expected");
    list.push(f);
  };
}

// `context.access` of a public element: reads and writes by key.
function publicAccess(kind, name) {
  const access = { has: (o) => name in o };
  if (kind !== "setter") access.get = (o) => o[name];
  if (kind === "field" || kind === "accessor" || kind === "setter") {
    access.set = (o, v) => {
      o[name] = v;
    };
  }
  return access;
}
function reflect() {
  const r = globalThis.Reflect;
  return typeof r === "object" && r !== null ? r : undefined;
}
return {
  decorate: function decorate(decorators, target, key, desc) {
    const argc = arguments.length;
    let result = argc < 3 ? target : desc === null ? (desc = Object.getOwnPropertyDescriptor(target, key)) : desc;
    const r = reflect();
    if (r && typeof r.decorate === "function") {
      result = r.decorate(decorators, target, key, desc);
    } else {
      for (let i = decorators.length - 1; i >= 0; i--) {
        const d = decorators[i];
        if (d) result = (argc < 3 ? d(result) : argc > 3 ? d(target, key, result) : d(target, key)) || result;
      }
    }
    if (argc > 3 && result) Object.defineProperty(target, key, result);
    return result;
  },
  decorateParam: function decorateParam(index, decorator) {
    return function (target, key) {
      decorator(target, key, index);
    };
  },
  decorateMetadata: function decorateMetadata(key, value) {
    const r = reflect();
    if (r && typeof r.metadata === "function") return r.metadata(key, value);
  },

  // The class metadata object (`context.metadata`), when `Symbol.metadata` exists; it
  // inherits from the superclass's.
  classMetadata: function classMetadata(superclass) {
    if (!SymbolCtor || !SymbolCtor.metadata) return undefined;
    const parent = superclass === null || superclass === undefined ? null : superclass[SymbolCtor.metadata];
    return createObject(parent === undefined ? null : parent);
  },
  // Applies the decorators of one class element, last to first. A public method,
  // getter, setter or accessor is read from and redefined on `home`; a private one
  // comes in as `value` (an accessor's as {get, set}) and the result goes back to the
  // compiler, which puts it where the class keeps it. Field and accessor initializers
  // are added to `initializers`, `addInitializer` functions to `extra`. `access` is the
  // private element's {has, get, set}.
  decorateElement: function decorateElement(metadata, home, kind, name, isStatic, isPrivate, decorators, value, access, initializers, extra) {
    let descriptor;
    if (!isPrivate && kind !== "field") {
      descriptor = getOwnPropertyDescriptor(home, name);
      if (kind === "method") value = descriptor.value;
      else if (kind === "getter") value = descriptor.get;
      else if (kind === "setter") value = descriptor.set;
      else value = { get: descriptor.get, set: descriptor.set };
    }
    for (let i = decorators.length - 1; i >= 0; i--) {
      const state = { done: false };
      const context = {
        kind,
        name,
        static: isStatic,
        private: isPrivate,
        access: isPrivate ? access : publicAccess(kind, name),
        metadata,
        addInitializer: initializerAdder(extra, state),
      };
      let result;
      try {
        result = call(decorators[i], undefined, kind === "field" ? undefined : kind === "accessor" ? { get: value.get, set: value.set } : value, context);
      } finally {
        state.done = true;
      }
      if (result === undefined) continue;
      if (kind === "accessor") {
        if (result === null || typeof result !== "object") throw new TypeErrorCtor("Object expected");
        const get = expectFunction(result.get);
        const set = expectFunction(result.set);
        const init = expectFunction(result.init);
        value = { get: get === undefined ? value.get : get, set: set === undefined ? value.set : set };
        if (init !== undefined) initializers.unshift(init);
      } else if (kind === "field") {
        initializers.unshift(expectFunction(result));
      } else {
        value = expectFunction(result);
      }
    }
    if (isPrivate || kind === "field") return value;
    if (kind === "method") descriptor.value = value;
    else if (kind === "getter") descriptor.get = value;
    else if (kind === "setter") descriptor.set = value;
    else {
      descriptor.get = value.get;
      descriptor.set = value.set;
    }
    defineProperty(home, name, descriptor);
    return undefined;
  },
  // Applies class decorators, last to first: the class they leave.
  decorateClass: function decorateClass(metadata, cls, name, decorators, extra) {
    for (let i = decorators.length - 1; i >= 0; i--) {
      const state = { done: false };
      const context = { kind: "class", name, metadata, addInitializer: initializerAdder(extra, state) };
      let result;
      try {
        result = call(decorators[i], undefined, cls, context);
      } finally {
        state.done = true;
      }
      if (result !== undefined) cls = expectFunction(result);
    }
    if (metadata !== undefined) defineProperty(cls, SymbolCtor.metadata, { enumerable: true, configurable: true, writable: true, value: metadata });
    return cls;
  },
  // Runs initializers on `self` in order; with a value, each transforms it.
  runInitializers: runInitializers,
  // A decorated field's initializer: the original one (if any), then the decorators'.
  fieldInitializer: function fieldInitializer(original, initializers) {
    return function () {
      return runInitializers(this, initializers, original === undefined ? undefined : call(original, this));
    };
  },
  // A field-list step that runs `addInitializer` functions on the instance or class.
  initializerRunner: function initializerRunner(initializers) {
    return function () {
      runInitializers(this, initializers);
    };
  },
};

function runInitializers(self, initializers, value) {
  const transform = arguments.length > 2;
  for (let i = 0; i < initializers.length; i++) {
    value = transform ? call(initializers[i], self, value) : call(initializers[i], self);
  }
  return transform ? value : undefined;
}
