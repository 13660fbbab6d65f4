console.log("Hello from a native executable!", { answer: 42, list: [1, 2, 3] });
