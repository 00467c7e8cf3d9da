extension String {
    /// Whether `needle` occurs in the string, comparing UTF-8 bytes in a plain loop: the
    /// generic searches of the standard library and Foundation cost more than the work
    /// they guard, on ten thousand pages.
    func containsBytes(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { text in
            needle.withUTF8 { pattern in
                guard let first = pattern.first else { return true }
                guard text.count >= pattern.count else { return false }
                var index = 0
                while index <= text.count - pattern.count {
                    if text[index] == first {
                        var offset = 1
                        while offset < pattern.count, text[index + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
