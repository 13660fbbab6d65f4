import type { Product } from "@/data";

const price = (p: number) => (p === 0 ? "free" : `$${p.toFixed(2)}`);

export function ProductCard({ product }: { product: Product }) {
  return (
    <article id={`product-${product.id}`} className="card">
      <h2>{product.name}</h2>
      <p>{price(product.price)}</p>
      {product.tags.length > 0 ? (
        <ul>
          {product.tags.map((t) => (
            <li>{t}</li>
          ))}
        </ul>
      ) : (
        <p>
          <em>no tags</em>
        </p>
      )}
    </article>
  );
}
