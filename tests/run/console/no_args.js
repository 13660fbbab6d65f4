console.log();
console.log("after empty");
console.log();
console.log("", "");
console.log("end");
