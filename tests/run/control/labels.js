outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
let found = null;
search: for (let r = 0; r < 5; r++) {
  for (let c = 0; c < 5; c++) {
    if (r * c === 6) {
      found = r + "," + c;
      break search;
    }
  }
}
console.log(found);
let n = 0;
loop1: while (true) {
  n++;
  let m = 0;
  loop2: do {
    m++;
    if (m > 2) continue loop1;
    if (n > 3) break loop1;
  } while (true);
}
console.log(n);
a: b: for (let i = 0; i < 5; i++) {
  if (i === 1) continue a;
  if (i === 3) break b;
  console.log("ab", i);
}
const obj = { x: 1, y: 2, z: 3 };
keys: for (const k in obj) {
  for (let t = 0; t < 2; t++) {
    if (k === "y") continue keys;
    if (t === 1) continue keys;
    console.log(k, t);
  }
}
sw: for (let i = 0; i < 5; i++) {
  switch (i) {
    case 2:
      continue sw;
    case 4:
      break sw;
  }
  console.log("sw", i);
}
