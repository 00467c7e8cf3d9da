/// Compares secrets, such as signatures, in a time that does not depend on where they first
/// differ, so timing a forged `_xmSign` does not tell an attacker how much of it was right.
public enum ConstantTime {
    /// Whether the UTF-8 bytes are equal. Only a difference in length returns early: the
    /// length of a signature is no secret.
    public static func equals(_ lhs: String, _ rhs: String) -> Bool {
        let left = Array(lhs.utf8)
        let right = Array(rhs.utf8)
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices {
            difference |= left[index] ^ right[index]
        }
        return difference == 0
    }
}
