// Realistic: a small typed schema validator using discriminated unions, recursion and type inference helpers.
type Schema =
  | { kind: "string"; minLength?: number; pattern?: RegExp }
  | { kind: "number"; min?: number; max?: number; integer?: boolean }
  | { kind: "boolean" }
  | { kind: "array"; items: Schema; maxItems?: number }
  | { kind: "object"; props: Record<string, Schema>; optional?: readonly string[] }
  | { kind: "enum"; values: readonly (string | number)[] };
interface Issue {
  path: string;
  message: string;
}
const S = {
  str: (o: Omit<Extract<Schema, { kind: "string" }>, "kind"> = {}): Schema => ({ kind: "string", ...o }),
  num: (o: Omit<Extract<Schema, { kind: "number" }>, "kind"> = {}): Schema => ({ kind: "number", ...o }),
  bool: (): Schema => ({ kind: "boolean" }),
  arr: (items: Schema, maxItems?: number): Schema => ({ kind: "array", items, maxItems }),
  obj: (props: Record<string, Schema>, optional: string[] = []): Schema => ({ kind: "object", props, optional }),
  oneOf: <T extends string | number>(...values: T[]): Schema => ({ kind: "enum", values }),
};
function validate(s: Schema, v: unknown, path = "$", out: Issue[] = []): Issue[] {
  const fail = (message: string): Issue[] => (out.push({ path, message }), out);
  switch (s.kind) {
    case "string":
      if (typeof v !== "string") return fail("expected string");
      if (s.minLength !== undefined && v.length < s.minLength) fail(`shorter than ${s.minLength}`);
      if (s.pattern && !s.pattern.test(v)) fail(`does not match ${s.pattern.source}`);
      return out;
    case "number":
      if (typeof v !== "number" || Number.isNaN(v)) return fail("expected number");
      if (s.integer && !Number.isInteger(v)) fail("expected integer");
      if (s.min !== undefined && v < s.min) fail(`below ${s.min}`);
      if (s.max !== undefined && v > s.max) fail(`above ${s.max}`);
      return out;
    case "boolean":
      return typeof v === "boolean" ? out : fail("expected boolean");
    case "enum":
      return s.values.includes(v as string | number) ? out : fail(`not one of ${s.values.join("|")}`);
    case "array":
      if (!Array.isArray(v)) return fail("expected array");
      if (s.maxItems !== undefined && v.length > s.maxItems) fail(`more than ${s.maxItems} items`);
      v.forEach((item, i) => validate(s.items, item, `${path}[${i}]`, out));
      return out;
    case "object": {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return fail("expected object");
      const rec = v as Record<string, unknown>;
      for (const [k, sub] of Object.entries(s.props)) {
        if (!(k in rec)) {
          if (!s.optional?.includes(k)) out.push({ path: `${path}.${k}`, message: "missing" });
          continue;
        }
        validate(sub, rec[k], `${path}.${k}`, out);
      }
      for (const k of Object.keys(rec)) if (!(k in s.props)) out.push({ path: `${path}.${k}`, message: "unexpected" });
      return out;
    }
  }
}
const userSchema = S.obj(
  {
    name: S.str({ minLength: 2 }),
    email: S.str({ pattern: /^[^@\s]+@[^@\s]+\.\w+$/ }),
    age: S.num({ min: 0, max: 150, integer: true }),
    role: S.oneOf("admin", "user"),
    tags: S.arr(S.str(), 3),
    address: S.obj({ city: S.str(), zip: S.num() }, ["zip"]),
    active: S.bool(),
  },
  ["tags", "active"]
);
const inputs: unknown[] = [
  { name: "Ann", email: "ann@example.org", age: 30, role: "admin", address: { city: "Oslo" } },
  { name: "B", email: "nope", age: 12.5, role: "root", tags: ["a", 1, "c", "d"], address: { zip: "x" }, extra: true },
  { name: "Cy", email: "c@d.io", age: -1, role: "user", address: null, active: "yes" },
  "not an object",
];
inputs.forEach((input, i) => {
  const issues = validate(userSchema, input);
  console.log(`#${i}: ${issues.length === 0 ? "valid" : issues.length + " issue(s)"}`);
  for (const is of issues) console.log(`  ${is.path}: ${is.message}`);
});
