const primes = [];
for (let n = 2; primes.length < 15; n++) {
  let isPrime = true;
  for (let d = 2; d * d <= n; d++) {
    if (n % d === 0) {
      isPrime = false;
      break;
    }
  }
  if (isPrime) primes.push(n);
}
console.log(primes.join(" "));
let table = "";
for (let i = 1; i <= 3; i++) {
  let row = "";
  for (let j = 1; j <= 3; j++) row += String(i * j).padStart(3, " ");
  table += row + "\n";
}
console.log(table);
let fizz = [];
for (let i = 1; i <= 15; i++) {
  if (i % 15 === 0) fizz.push("FizzBuzz");
  else if (i % 3 === 0) fizz.push("Fizz");
  else if (i % 5 === 0) fizz.push("Buzz");
  else fizz.push(i);
}
console.log(fizz.join(","));
