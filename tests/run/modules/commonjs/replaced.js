module.exports = exports = (x) => x * 100;
