// Legacy decorator evaluation order across instance, static, parameter and class decorators.
const order: string[] = [];
function d(name: string): any {
  order.push("eval " + name);
  return function () {
    order.push("call " + name);
  };
}
@d("class1")
@d("class2")
class Demo {
  @d("prop") prop = 1;
  @d("static-prop") static sp = 2;
  constructor(@d("ctor-param") x?: number) {}
  @d("method1")
  @d("method2")
  method(@d("param0") a?: number, @d("param1") b?: number): void {}
  @d("static-method") static sm(): void {}
  @d("getter") get g(): number {
    return 1;
  }
}
for (const line of order) console.log(line);
console.log(new Demo().prop, Demo.sp);
