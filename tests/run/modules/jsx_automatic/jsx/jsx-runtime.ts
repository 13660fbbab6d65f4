// A minimal automatic JSX runtime rendering straight to HTML strings.
export const Fragment = Symbol("Fragment");
type Props = { children?: unknown; [attr: string]: unknown };
export function jsx(type: string | symbol | ((p: Props) => string), props: Props, key?: string): string {
  if (typeof type === "function") return type(props);
  const children = ([] as unknown[]).concat(props.children ?? []).join("");
  if (type === Fragment) return children;
  const attrs = Object.keys(props)
    .filter((k) => k !== "children")
    .map((k) => ` ${k}="${String(props[k])}"`)
    .join("");
  return `<${String(type)}${key === undefined ? "" : ` data-key="${key}"`}${attrs}>${children}</${String(type)}>`;
}
export const jsxs = jsx;
