const log2 = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    try {
      try {
        if (j === 1) continue outer;
        log2.push(i + "" + j);
      } finally {
        log2.push("f1");
      }
    } finally {
      log2.push("f2");
    }
  }
}
console.log(log2.join(" "));
const log3 = [];
blk: {
  try {
    log3.push("in");
    break blk;
  } finally {
    log3.push("fin");
  }
}
console.log(log3.join(" "));
let w = 0;
while (true) {
  try {
    w++;
    if (w === 3) break;
  } finally {
    console.log("while finally", w);
  }
}
