const log = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
function breakOverridesReturn() {
  for (let i = 0; i < 3; i++) {
    try {
      return "returned " + i;
    } finally {
      break;
    }
  }
  return "after loop";
}
console.log(breakOverridesReturn());
function continueOverridesThrow() {
  let n = 0;
  for (let i = 0; i < 3; i++) {
    try {
      throw new Error("e" + i);
    } finally {
      n++;
      continue;
    }
  }
  return n;
}
console.log(continueOverridesThrow());
