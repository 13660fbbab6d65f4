// The helpers of legacy (`experimentalDecorators`) decorators, as tslib's __decorate,
// __param and __metadata behave. The TypeScript transform calls them as
// `babelHelpers.decorate(...)`; the compiler compiles this function body into programs
// that use them and binds `babelHelpers` to the object it returns.
"use strict";
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
};
