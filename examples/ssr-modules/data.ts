export interface Product {
  id: number;
  name: string;
  price: number;
  tags: string[];
}

export const products: Product[] = [
  { id: 1, name: "Native binaries", price: 0, tags: ["fast", "small"] },
  { id: 2, name: "Stack traces <with> file:line", price: 9.5, tags: ["debuggable"] },
  { id: 3, name: "Modules & packages", price: 12, tags: [] },
];
