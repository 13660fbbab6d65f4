// Across merged namespace blocks only exported members are shared; locals stay per-block.
namespace Shop {
  const taxRate = 0.2;
  export function withTax(n: number): number {
    return Math.round(n * (1 + taxRate) * 100) / 100;
  }
  export const currency = "EUR";
}
namespace Shop {
  const taxRate = 0.5;
  export function price(n: number): string {
    return withTax(n) + " " + currency + " (local rate " + taxRate + ")";
  }
  export function seesOtherLocal(): string {
    return typeof (Shop as any).taxRate;
  }
}
console.log(Shop.price(10), Shop.seesOtherLocal());
console.log(Object.keys(Shop).sort());
namespace Shop.Admin {
  export function audit(): string {
    return "audit " + currency + " " + withTax(1);
  }
}
console.log(Shop.Admin.audit());
namespace Ids {
  export const first = 1;
}
namespace Ids {
  export const second = first + 1;
}
console.log(Ids.first, Ids.second);
