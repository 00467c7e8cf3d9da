/// Lays out a tree of `JSONTreeValue`s as Foundation's writer does: keys in UTF-8 order,
/// only `"`, `\` and control characters escaped, and when pretty, two spaces per level,
/// `"key" : value` and an empty container as its brackets around an empty line.
struct JSONByteWriter {
    var bytes: [UInt8]
    let pretty: Bool

    mutating func write(_ value: JSONTreeValue, depth: Int) {
        switch value {
        case .string(let string): writeString(string)
        case .integer(let number): writeASCII(String(number))
        case .unsigned(let number): writeASCII(String(number))
        case .bool(let flag): writeASCII(flag ? "true" : "false")
        case .null: writeASCII("null")
        case .number(let text): writeASCII(text)
        case .nothing: open(UInt8(ascii: "{")); close(UInt8(ascii: "}"), depth: depth)
        case .container(let box): write(box, depth: depth)
        }
    }

    private mutating func write(_ box: JSONContainerBox, depth: Int) {
        switch box.kind {
        case .root:
            write(box.members.first?.value ?? .nothing, depth: depth)
        case .array:
            open(UInt8(ascii: "["))
            for index in box.members.indices {
                separate(index, depth: depth)
                write(box.members[index].value, depth: depth + 1)
            }
            close(UInt8(ascii: "]"), depth: depth)
        case .object:
            open(UInt8(ascii: "{"))
            let slots = Self.sortedSlots(box.members)
            for position in slots.indices {
                let member = box.members[slots[position]]
                separate(position, depth: depth)
                writeString(member.key)
                writeASCII(pretty ? " : " : ":")
                write(member.value, depth: depth + 1)
            }
            close(UInt8(ascii: "}"), depth: depth)
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        if pretty { bytes.append(UInt8(ascii: "\n")) }
    }

    /// What goes before the member at `position` of a container `depth` levels deep.
    private mutating func separate(_ position: Int, depth: Int) {
        if position > 0 { bytes.append(UInt8(ascii: ",")) }
        guard pretty else { return }
        if position > 0 { bytes.append(UInt8(ascii: "\n")) }
        indent(depth + 1)
    }

    private mutating func close(_ bracket: UInt8, depth: Int) {
        if pretty {
            bytes.append(UInt8(ascii: "\n"))
            indent(depth)
        }
        bytes.append(bracket)
    }

    /// The members' positions in key order; a key encoded twice keeps its last value, as in
    /// Foundation. An insertion sort: objects are small, and most arrive almost sorted.
    static func sortedSlots(_ members: [JSONContainerBox.Member]) -> [Int] {
        var slots = Array(members.indices)
        var hasRepeats = false
        for index in slots.indices.dropFirst() {
            let slot = slots[index]
            var position = index
            // `<=` keeps equal keys in the order they came: the last encoded ends up last.
            while position > 0, !Self.precedes(members[slots[position - 1]].key, members[slot].key, orEquals: true) {
                slots[position] = slots[position - 1]
                position -= 1
            }
            slots[position] = slot
            if position > 0, members[slots[position - 1]].key == members[slot].key { hasRepeats = true }
        }
        guard hasRepeats else { return slots }
        return slots.indices.filter { position in
            position + 1 == slots.count || members[slots[position + 1]].key != members[slots[position]].key
        }.map { slots[$0] }
    }

    /// Whether `a` sorts before `b` (or equals it, when asked) comparing UTF-8 bytes, as
    /// Foundation sorts keys.
    static func precedes(_ a: String, _ b: String, orEquals: Bool) -> Bool {
        var (a, b) = (a, b)
        return a.withUTF8 { first in
            b.withUTF8 { second in
                for index in 0..<min(first.count, second.count) where first[index] != second[index] {
                    return first[index] < second[index]
                }
                return orEquals ? first.count <= second.count : first.count < second.count
            }
        }
    }

    private mutating func indent(_ depth: Int) {
        let count = 2 * depth
        if count <= Self.spaces.count {
            bytes += Self.spaces[..<count]
        } else {
            bytes += repeatElement(UInt8(ascii: " "), count: count)
        }
    }

    /// Copied from, rather than repeated: an indentation is one copy.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private mutating func writeASCII(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { text in
            var start = 0
            for index in text.indices {
                let byte = text[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): writeASCII("\\\"")
                case UInt8(ascii: "\\"): writeASCII("\\\\")
                case 0x08: writeASCII("\\b")
                case 0x0C: writeASCII("\\f")
                case 0x0A: writeASCII("\\n")
                case 0x0D: writeASCII("\\r")
                case 0x09: writeASCII("\\t")
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    writeASCII("\\u00")
                    bytes.append(hex[Int(byte >> 4)])
                    bytes.append(hex[Int(byte & 0x0F)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
