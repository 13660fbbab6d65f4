// JSX with the automatic runtime (the default without a tsconfig.json) imports
// react/jsx-runtime, which is not installed here.
const page = <main>hello</main>;
console.log(page);
