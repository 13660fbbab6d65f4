console.log(process.argv.length);
console.log(typeof process.argv.length);
