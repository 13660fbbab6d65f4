// Server-side rendering with TSX components spread over modules: the automatic JSX
// runtime (imported from the project's own `html-jsx` package through tsconfig
// `paths`), `@/` imports, and type-only imports. Build and run it:
//
//   dxc build examples/ssr-modules/app.tsx -o app && ./app > page.html
import { Layout } from "@/components/layout";
import { ProductCard } from "@/components/product";
import { products } from "@/data";

const page = (
  <Layout title="dxc & friends">
    {products.map((p) => (
      <ProductCard product={p} />
    ))}
    <hr />
    <p>{products.length} products</p>
  </Layout>
);
console.log("<!doctype html>" + page);
