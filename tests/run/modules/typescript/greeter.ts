class Greeter {
  constructor(private readonly name: string) {}
  greet(): string {
    return `hello, ${this.name}`;
  }
}
export = Greeter;
