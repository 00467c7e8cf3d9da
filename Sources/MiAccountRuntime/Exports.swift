// The service's rules (MACSignature, RedirectURIRule, ConstantTime) are part of the client's
// API: an app names them after `import MiAccount` alone.
@_exported import MiAccountRules
