// An automatic JSX runtime that renders to HTML strings (escaped), the way a server
// framework's `renderToString` does.

export type Child = string | number | boolean | null | undefined | Html | Child[];
export type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => Html;

/** Rendered markup; strings are escaped unless they are already Html. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export const Fragment = (props: Props): Html => new Html(renderChildren(props.children));

const VOID_ELEMENTS = new Set(["br", "hr", "img", "input", "link", "meta"]);
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function renderChildren(c: Child): string {
  if (c === null || c === undefined || c === false || c === true) return "";
  if (Array.isArray(c)) return c.map(renderChildren).join("");
  if (c instanceof Html) return c.text;
  return escape(String(c));
}

function renderAttributes(props: Props): string {
  let out = "";
  for (const [name, value] of Object.entries(props)) {
    if (name === "children" || value === false || value === null || value === undefined) continue;
    const attr = name === "className" ? "class" : name;
    out += value === true ? ` ${attr}` : ` ${attr}="${escape(String(value))}"`;
  }
  return out;
}

export function jsx(type: string | Component, props: Props): Html {
  if (typeof type === "function") return type(props);
  if (VOID_ELEMENTS.has(type)) return new Html(`<${type}${renderAttributes(props)}>`);
  return new Html(`<${type}${renderAttributes(props)}>${renderChildren(props.children)}</${type}>`);
}

export { jsx as jsxs };
