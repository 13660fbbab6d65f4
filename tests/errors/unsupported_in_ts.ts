interface Shape {
  area(): number;
}
enum Color {
  Red,
  Green,
}
const s: Shape = { area: () => 1 };
console.log(s.area(), Color.Red);
