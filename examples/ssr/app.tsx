// Server-side rendering with TSX: components are functions from props to markup, and
// `h` renders straight to an HTML string (escaped), the way a server framework's
// `renderToString` does. Build and run it:
//
//   dxc build examples/ssr/app.tsx -o app && ./app > page.html

type Child = string | number | boolean | null | undefined | Html | Child[];
type Props = Record<string, unknown> & { children?: Child[] };
type Component<P> = (props: P & { children?: Child[] }) => Html;

/** Rendered markup; strings are escaped unless they are already Html. */
class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "link", "meta"]);

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function renderChildren(children: Child[]): string {
  let out = "";
  for (const c of children) {
    if (c === null || c === undefined || c === false || c === true) continue;
    if (Array.isArray(c)) out += renderChildren(c);
    else if (c instanceof Html) out += c.text;
    else out += escape(String(c));
  }
  return out;
}

function renderAttributes(props: Props | null): string {
  let out = "";
  for (const [name, value] of Object.entries(props ?? {})) {
    if (name === "children" || value === false || value === null || value === undefined) continue;
    const attr = name === "className" ? "class" : name;
    out += value === true ? ` ${attr}` : ` ${attr}="${escape(String(value))}"`;
  }
  return out;
}

function h(tag: string | Component<any>, props: Props | null, ...children: Child[]): Html {
  if (typeof tag === "function") return tag({ ...props, children });
  if (VOID_ELEMENTS.has(tag)) return new Html(`<${tag}${renderAttributes(props)}>`);
  return new Html(`<${tag}${renderAttributes(props)}>${renderChildren(children)}</${tag}>`);
}

function Fragment(props: { children?: Child[] }): Html {
  return new Html(renderChildren(props.children ?? []));
}

// ---- the application --------------------------------------------------------------

interface Product {
  id: number;
  name: string;
  price: number;
  tags: string[];
  inStock: boolean;
}

const products: Product[] = [
  { id: 1, name: "Desk lamp", price: 39.5, tags: ["home", "light"], inStock: true },
  { id: 2, name: "Notebook <A5>", price: 4.25, tags: ["paper"], inStock: true },
  { id: 3, name: "Tom & Jerry's mug", price: 12, tags: [], inStock: false },
];

const money = (n: number) => `$${n.toFixed(2)}`;

function Layout({ title, children }: { title: string; children?: Child[] }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>{title}</title>
      </head>
      <body>{children}</body>
    </html>
  );
}

function ProductCard({ product }: { product: Product }) {
  return (
    <li className={product.inStock ? "product" : "product sold-out"} data-id={product.id}>
      <h2>{product.name}</h2>
      <p className="price">{money(product.price)}</p>
      {product.tags.length > 0 && <ul className="tags">{product.tags.map((t) => <li>{t}</li>)}</ul>}
      <button disabled={!product.inStock}>{product.inStock ? "Add to cart" : "Sold out"}</button>
    </li>
  );
}

function Page({ items }: { items: Product[] }) {
  const total = items.filter((p) => p.inStock).reduce((sum, p) => sum + p.price, 0);
  return (
    <Layout title={`Shop (${items.length} products)`}>
      <>
        <h1>Shop</h1>
        <ul className="products">
          {items.map((p) => (
            <ProductCard product={p} />
          ))}
        </ul>
        <hr />
        <p>
          In stock, together: <strong>{money(total)}</strong>
        </p>
      </>
    </Layout>
  );
}

console.log("<!doctype html>" + Page({ items: products }).toString());
