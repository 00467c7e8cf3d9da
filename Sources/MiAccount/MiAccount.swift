// The client library: the types in Generated/ come from the docs (`midocs swift`), and the
// runtime they build on comes with them, so `import MiAccount` is all an app needs.
@_exported import MiAccountRuntime
