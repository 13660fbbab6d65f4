// Dotted namespace declarations `namespace A.B.C` and re-opening parts of the chain.
namespace App.Core.Util {
  export function join(parts: string[]): string {
    return parts.join("/");
  }
}
namespace App.Core {
  export const version = "1.2";
}
namespace App.Core.Util {
  export function upper(s: string): string {
    return s.toUpperCase();
  }
}
namespace App.UI {
  export function render(name: string): string {
    return "<" + Core.Util.upper(name) + " v" + Core.version + ">";
  }
}
console.log(App.Core.Util.join(["a", "b", "c"]));
console.log(App.Core.Util.upper("hi"), App.Core.version);
console.log(App.UI.render("button"));
console.log(Object.keys(App), Object.keys(App.Core), Object.keys(App.Core.Util));
