// Enums in type positions: union members, keyof typeof, Record keys, and generic helpers.
enum Suit {
  Hearts = "H",
  Spades = "S",
}
enum Rank {
  Ace = 1,
  Two,
  Three,
}
type Card = { suit: Suit; rank: Rank };
type RedSuit = Suit.Hearts;
const red: RedSuit = Suit.Hearts;
console.log(red);
function cardName(c: Card): string {
  return Rank[c.rank] + " of " + (c.suit === Suit.Hearts ? "Hearts" : "Spades");
}
const deck: Card[] = [];
for (const s of [Suit.Hearts, Suit.Spades]) {
  for (const r of [Rank.Ace, Rank.Two, Rank.Three]) deck.push({ suit: s, rank: r });
}
console.log(deck.length, deck.map(cardName).join("; "));
type RankName = keyof typeof Rank;
const rn: RankName = "Two";
console.log(Rank[rn]);
function enumValues<T extends Record<string, string | number>>(e: T): Array<T[keyof T]> {
  return Object.keys(e)
    .filter((k) => isNaN(Number(k)))
    .map((k) => e[k as keyof T]);
}
console.log(enumValues(Rank), enumValues(Suit));
const counts: Record<Suit, number> = { [Suit.Hearts]: 0, [Suit.Spades]: 0 };
for (const c of deck) counts[c.suit] += c.rank;
console.log(counts);
