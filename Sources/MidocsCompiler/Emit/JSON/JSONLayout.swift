import Foundation

/// The pretty layout of `SortedJSONEncoder` for containers whose members were encoded
/// separately (each at the depth it will stand at): the spliced parts of the large outputs.
enum JSONLayout {
    /// What goes before the element or member at `position` of a container `depth` levels
    /// deep; the first also opens the container.
    static func beginElement(at position: Int, of container: UInt8, name: String? = nil, depth: Int, to bytes: inout ByteChunks) {
        if position == 0 {
            bytes.append(container)
            bytes.append(UInt8(ascii: "\n"))
        } else {
            bytes += ",\n".utf8
        }
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * (depth + 1))
        if let name {
            // Every String encodes; a member name cannot fail.
            bytes += (try? SortedJSONEncoder.encode(name)) ?? []
            bytes += " : ".utf8
        }
    }

    /// Closes a container `depth` levels deep that had `count` members (an empty one is
    /// opened here too).
    static func end(_ count: Int, opening: UInt8, closing: UInt8, depth: Int, to bytes: inout ByteChunks) {
        if count == 0 {
            bytes.append(opening)
            bytes.append(UInt8(ascii: "\n"))
        }
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
        bytes.append(closing)
    }

    /// An object of encoded members, in the order given (sorted by the caller).
    static func appendObject(_ members: [(name: String, bytes: [UInt8])], depth: Int, to bytes: inout ByteChunks) {
        for (position, member) in members.enumerated() {
            beginElement(at: position, of: UInt8(ascii: "{"), name: member.name, depth: depth, to: &bytes)
            bytes.append(part: member.bytes)
        }
        end(members.count, opening: UInt8(ascii: "{"), closing: UInt8(ascii: "}"), depth: depth, to: &bytes)
    }
}
