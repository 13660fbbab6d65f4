// JSX with the automatic runtime (the default without a tsconfig.json) imports jsx-runtime.
const page = <main>hello</main>;
console.log(page);
