// A module the error programs import.
export const present = 1;
