// JSX with the automatic runtime (`"jsx": "react-jsx"`): elements become calls of
// `jsx`/`jsxs` imported from `<jsxImportSource>/jsx-runtime`, keys passed apart.
function Item({ name }: { name: string }) {
  return <li class="item">{name}</li>;
}
const names = ["a", "b"];
const page = (
  <>
    <h1 id="title">List</h1>
    <ul>{names.map((n) => <Item key={n} name={n} />)}</ul>
    <p>{names.length} items</p>
  </>
);
console.log(page);
