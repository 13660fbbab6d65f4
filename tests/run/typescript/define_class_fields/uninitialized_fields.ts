// useDefineForClassFields=false: fields without initializers emit nothing and don't appear as own keys.
class Shape {
  name: string;
  sides: number;
  color?: string;
  tag!: string;
  area = 0;
  constructor(name: string, sides: number) {
    this.name = name;
    this.sides = sides;
  }
}
const s = new Shape("tri", 3);
console.log(Object.keys(s), "color" in s, "tag" in s, s);
class Base {
  value: string = "base";
  other = "keep";
}
class Child extends Base {
  value!: string;
  other?: string;
}
const c = new Child();
console.log(c.value, c.other, Object.keys(c));
class Empty {
  a: number;
  b: string;
}
console.log(Object.keys(new Empty()), JSON.stringify(new Empty()));
class WithStatic {
  static registered: string[];
  static count = 0;
}
console.log(Object.keys(WithStatic), "registered" in WithStatic);
