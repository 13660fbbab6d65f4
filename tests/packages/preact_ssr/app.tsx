// Server-side rendering with Preact and preact-render-to-string, both unmodified from
// npm: ES modules from node_modules, found through their package.json `exports`.
import { render } from "preact-render-to-string";
import type { ComponentChildren } from "preact";

function Card({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <section class="card">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

const items = ["fast", "small", "<escaped>"];
const html = render(
  <main>
    <Card title="dxc & Preact">
      <ul>
        {items.map((i) => (
          <li key={i}>{i}</li>
        ))}
      </ul>
    </Card>
    <input type="text" value="x" disabled />
  </main>,
);
console.log(html);
