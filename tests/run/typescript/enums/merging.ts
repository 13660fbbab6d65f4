// Enum declaration merging and enums merged with namespaces holding functions.
enum Animal {
  Dog,
  Cat,
}
enum Animal {
  Bird = 2,
  Fish,
}
console.log(Animal.Dog, Animal.Cat, Animal.Bird, Animal.Fish);
console.log(Animal[0], Animal[3]);
console.log(Object.keys(Animal).length);
namespace Animal {
  export function sound(a: Animal): string {
    switch (a) {
      case Animal.Dog:
        return "woof";
      case Animal.Cat:
        return "meow";
      default:
        return "...";
    }
  }
  export const count = 4;
}
console.log(Animal.sound(Animal.Dog), Animal.sound(Animal.Cat), Animal.sound(Animal.Fish));
console.log(Animal.count);
enum Weekday {
  Mon = 1,
  Tue,
  Wed,
}
namespace Weekday {
  export function isWeekend(d: Weekday): boolean {
    return false;
  }
  export function parse(s: string): Weekday {
    return (Weekday as any)[s];
  }
}
console.log(Weekday.parse("Tue"), Weekday.isWeekend(Weekday.Wed));
console.log(typeof Weekday.parse, Weekday[3]);
