function year(s) {
  return /(\d{4}/.exec(s);
}
console.log(year("2024"));
