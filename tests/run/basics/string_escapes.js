console.log("tab\there");
console.log("line1\nline2");
console.log("quote\"s and 'single'");
console.log('single \'q\'');
console.log("back\\slash");
console.log("\u0041\u0042\x43");
console.log("a\0b".length);
console.log(`tmpl \` backtick`);
console.log("caf\u00e9", "caf\u00e9".length);
console.log("multi\
line");
