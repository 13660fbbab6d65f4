function* count() {
  yield 1;
}
