// dxc: exit=1
console.log("about to throw");
throw new Error("uncaught failure");
