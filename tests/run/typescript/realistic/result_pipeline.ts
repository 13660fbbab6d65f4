// Realistic: a Result<T, E> type with typed combinators, overloads, and a CSV-ish record parsing pipeline.
type Ok<T> = { ok: true; value: T };
type Err<E> = { ok: false; error: E };
type Result<T, E = string> = Ok<T> | Err<E>;
const ok = <T>(value: T): Ok<T> => ({ ok: true, value });
const err = <E>(error: E): Err<E> => ({ ok: false, error });
function map<T, U, E>(r: Result<T, E>, f: (v: T) => U): Result<U, E> {
  return r.ok ? ok(f(r.value)) : r;
}
function andThen<T, U, E>(r: Result<T, E>, f: (v: T) => Result<U, E>): Result<U, E> {
  return r.ok ? f(r.value) : r;
}
function all<T, E>(rs: Result<T, E>[]): Result<T[], E[]> {
  const errors = rs.filter((r): r is Err<E> => !r.ok).map((r) => r.error);
  return errors.length ? err(errors) : ok(rs.map((r) => (r as Ok<T>).value));
}
function unwrapOr<T>(r: Result<T, unknown>, d: T): T;
function unwrapOr<T>(r: Result<T, unknown>): T | undefined;
function unwrapOr<T>(r: Result<T, unknown>, d?: T): T | undefined {
  return r.ok ? r.value : d;
}
interface Employee {
  name: string;
  dept: "eng" | "ops" | "sales";
  salary: number;
}
const depts = ["eng", "ops", "sales"] as const;
const isDept = (s: string): s is Employee["dept"] => (depts as readonly string[]).includes(s);
function parseNumber(s: string, field: string): Result<number> {
  const n = Number(s.trim());
  return s.trim() !== "" && Number.isFinite(n) ? ok(n) : err(`${field}: not a number '${s}'`);
}
function parseLine(line: string, no: number): Result<Employee> {
  const cols = line.split(",").map((c) => c.trim());
  if (cols.length !== 3) return err(`line ${no}: expected 3 columns, got ${cols.length}`);
  const [name, dept, salary] = cols;
  if (!isDept(dept)) return err(`line ${no}: unknown dept '${dept}'`);
  return map(
    andThen(parseNumber(salary, `line ${no} salary`), (n) => (n >= 0 ? ok(n) : err(`line ${no}: negative salary`))),
    (s): Employee => ({ name, dept, salary: s })
  );
}
const good = `ann, eng, 120
bob, ops, 90
cid, eng, 100
dee, sales, 80`;
const bad = `eve, eng, 1x0
fay, hr, 50
gus, ops
hal, ops, -5`;
for (const input of [good, bad]) {
  const parsed = all(input.split("\n").map((l, i) => parseLine(l, i + 1)));
  if (!parsed.ok) {
    console.log("errors:\n  " + parsed.error.join("\n  "));
    continue;
  }
  const byDept = new Map<string, number[]>();
  for (const e of parsed.value) byDept.set(e.dept, [...(byDept.get(e.dept) ?? []), e.salary]);
  for (const [d, s] of byDept) console.log(d, s.length, s.reduce((a, b) => a + b, 0) / s.length);
}
console.log(unwrapOr(parseNumber("42", "x"), 0), unwrapOr(parseNumber("?", "x"), -1), unwrapOr(parseNumber("", "x")));
