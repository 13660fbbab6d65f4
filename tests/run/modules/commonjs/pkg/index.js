const helper = require("./helper");
module.exports = { describe: () => "pkg " + helper.count() };
