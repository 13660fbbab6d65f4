import type { Shape } from "../types";
export enum Kind {
  Square,
  Circle,
}
export type Sized = { size: number };
export function area(s: Shape): number {
  return s.kind === Kind.Square ? s.size * s.size : Math.PI * s.size * s.size;
}
