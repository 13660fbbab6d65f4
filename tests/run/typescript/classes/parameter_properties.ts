// Parameter properties (public/private/protected/readonly) and their order relative to field initializers.
class Person {
  greeting = "hi " + this.name;
  constructor(public name: string, private age: number, protected readonly id: number = 0) {
    console.log("ctor body", this.greeting);
  }
  describe(): string {
    return `${this.name} (${this.age}) #${this.id}`;
  }
}
const p = new Person("Ann", 30, 7);
console.log(p.describe(), p);
console.log(Object.keys(p));
class Employee extends Person {
  constructor(name: string, age: number, public role: string) {
    super(name, age, 99);
    console.log("employee", this.role, this.id);
  }
}
const e = new Employee("Bob", 40, "dev");
console.log(e, Object.keys(e));
class Opt {
  constructor(public a?: number, public b: string = "dflt", ...rest: number[]) {
    console.log("rest", rest);
  }
}
console.log(new Opt(), new Opt(1, "x", 2, 3));
class Destr {
  constructor(readonly pos: { x: number; y: number }, public override_: boolean = false) {}
}
console.log(new Destr({ x: 1, y: 2 }));
