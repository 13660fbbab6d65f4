const a = [1, 2, 3];
a.extra = "yes";
console.log(a);
const b = [];
b.name = "empty with prop";
console.log(b);
const c = [1, , 3];
c.k = 0;
console.log(c);
