// TypeScript modules: `import x = require()`, `export =`, type-only imports and
// exports (erased, and a module imported only for types is not loaded), enums and
// classes shared between files, `paths`/`baseUrl` (`@lib/...`), and `.js` specifiers
// naming `.ts` files.
import Greeter = require("./greeter");
import calc = require("./calc");
import type { Shape } from "./types";
import { Kind, area, type Sized } from "@lib/shapes";
import { Stack } from "./stack.js";

const square: Shape = { kind: Kind.Square, size: 3 };
const circle: Shape = { kind: Kind.Circle, size: 1 };
const sized: Sized = square;
console.log(new Greeter("modules").greet(), calc.double(21), calc.version);
console.log(area(square), area(circle).toFixed(2), Kind[Kind.Circle], sized.size);
const s = new Stack<number>();
s.push(1).push(2);
console.log(s.pop(), s.size, s instanceof Stack);
