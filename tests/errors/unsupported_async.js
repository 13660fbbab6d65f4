async function load(url) {
  return url;
}
console.log(load("x"));
