export const answer = 42;
export default function () {
  return "default of an ES module";
}
