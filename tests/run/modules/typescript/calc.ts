export function double(x: number): number {
  return x * 2;
}
export const version: string = "1.0";
