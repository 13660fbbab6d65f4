// `override` modifier on methods, properties, and accessors; super calls still work.
class Animal {
  name: string = "animal";
  sound(): string {
    return "...";
  }
  get legs(): number {
    return 4;
  }
  speak(): string {
    return `${this.name} says ${this.sound()} on ${this.legs} legs`;
  }
}
class Bird extends Animal {
  override name = "bird";
  override sound(): string {
    return "tweet";
  }
  override get legs(): number {
    return 2;
  }
}
class Parrot extends Bird {
  override name = "parrot";
  override sound(): string {
    return super.sound() + "/hello";
  }
  override speak(): string {
    return "[" + super.speak() + "]";
  }
}
for (const a of [new Animal(), new Bird(), new Parrot()]) console.log(a.speak());
class Counter {
  protected n = 0;
  inc(by: number = 1): this {
    this.n += by;
    return this;
  }
  get value(): number {
    return this.n;
  }
}
class Double extends Counter {
  override inc(by = 1): this {
    return super.inc(by * 2);
  }
}
console.log(new Double().inc().inc(5).value);
