// dxc: stress-interval=2000
function Node(value, next) {
  this.value = value;
  this.next = next;
}
let head = null;
for (let i = 0; i < 20000; i++) head = new Node(i, head);
let garbageSum = 0;
for (let round = 0; round < 100; round++) {
  let tmp = null;
  for (let i = 0; i < 5000; i++) {
    tmp = { v: i, prev: tmp, tag: "g" + (i % 10), arr: [i, i + 1] };
  }
  garbageSum += tmp.v + tmp.arr.length;
}
let count = 0;
let sum = 0;
let ordered = true;
let expected = 19999;
for (let n = head; n !== null; n = n.next) {
  if (n.value !== expected) ordered = false;
  expected--;
  sum += n.value;
  count++;
}
console.log(count, sum, ordered, garbageSum);
