import { Kind } from "@lib/shapes";
console.log("types.ts is never loaded: only its types are imported");
export interface Shape {
  kind: Kind;
  size: number;
}
