// dxc: exit=3
console.log("before exit");
function stop() {
  process.exit(3);
}
stop();
console.log("never printed");
