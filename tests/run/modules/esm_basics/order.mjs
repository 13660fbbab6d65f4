export const log = ["order"];
