function words(s) {
  return s.split(/\s+/);
}
console.log(words("a b"));
