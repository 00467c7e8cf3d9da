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

    /// The UTF-8 offset of the first `needle`, found byte by byte as `containsBytes` does.
    func byteOffset(of needle: String) -> Int? {
        let bytes = Array(utf8)
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return start }
        }
        return nil
    }
}
