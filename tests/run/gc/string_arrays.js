// dxc: stress-interval=2000
let checksum = 0;
let lastLen = 0;
for (let round = 0; round < 40; round++) {
  const arr = [];
  for (let i = 0; i < 20000; i++) {
    arr.push("item-" + round + "-" + i);
  }
  const joined = arr.slice(0, 100).join(",");
  lastLen = joined.length;
  for (let i = 0; i < arr.length; i += 997) checksum += arr[i].length;
  checksum += arr.length;
}
console.log(checksum, lastLen);
