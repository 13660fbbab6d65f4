exports.loadEsm = () => require("./answer.mjs");
