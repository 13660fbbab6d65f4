import { readLater, fromA } from "./tdz_a.mjs";
for (const read of [() => readLater(), () => fromA]) {
  try {
    read();
    console.log("read before initialization");
  } catch (e) {
    console.log(e.constructor.name);
  }
}
export let later = 5;
export function early() {
  return 1;
}
