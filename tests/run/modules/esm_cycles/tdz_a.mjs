import { later, early } from "./tdz_b.mjs";
export const fromA = "a";
export function readLater() {
  return later + early();
}
