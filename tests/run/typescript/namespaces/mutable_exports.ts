// Exported `let` variables in namespaces are properties; mutation is visible outside and inside.
namespace Counter {
  export let count = 0;
  let hidden = 100;
  export function inc(): number {
    count++;
    hidden++;
    return count;
  }
  export function read(): string {
    return count + "/" + hidden;
  }
  export var legacy = "v";
}
Counter.inc();
Counter.inc();
console.log(Counter.count, Counter.read());
Counter.count = 10;
console.log(Counter.inc(), Counter.read());
Counter.legacy += "2";
console.log(Counter.legacy);
namespace Counter {
  export function reset(): void {
    count = 0;
  }
}
Counter.reset();
console.log(Counter.count, Counter.read());
namespace Config {
  export let { host, port } = { host: "localhost", port: 8080 };
  export let [first, second] = [1, 2];
}
console.log(Config.host, Config.port, Config.first, Config.second);
Config.port = 9090;
console.log(Config.port);
