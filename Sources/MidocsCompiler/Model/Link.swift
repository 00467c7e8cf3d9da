import Foundation

/// A link or image as written in a page, and what it points at.
public struct Link: Sendable, Hashable, Codable {
    public enum Target: Sendable, Hashable, Codable {
        /// Another page (or this one), by slug, with an optional anchor.
        case page(slug: String, fragment: String?)
        /// A file of the content folder, such as `images/flow.svg`.
        case file(path: String)
        /// A link off the site: `https:`, `mailto:` and the like.
        case external(url: String)
    }

    public var destination: String
    public var target: Target
    public var isImage: Bool
    public var range: SourceRange

    public init(destination: String, target: Target, isImage: Bool, range: SourceRange) {
        self.destination = destination
        self.target = target
        self.isImage = isImage
        self.range = range
    }

    /// Reads a destination relative to the page `slug`: `scope-list.md#scope-table` and
    /// `scope-list.html#scope-table` are both the page `scope-list`, anchor `scope-table`.
    public static func target(of destination: String, onPage slug: String) -> Target {
        if destination.hasPrefix("#") {
            return .page(slug: slug, fragment: String(destination.dropFirst()))
        }
        // Each character is looked for only when its byte is there: most destinations are
        // `page.md#anchor`, with no colon, query or percent sign, and a search by
        // characters costs more than the rest of this.
        let bytes = destination.utf8
        if bytes.contains(UInt8(ascii: ":")), let colon = destination.firstIndex(of: ":"),
            destination[..<colon].allSatisfy(isSchemeCharacter)
        {
            return .external(url: destination)
        }
        if destination.hasPrefix("//") { return .external(url: destination) }
        let parts =
            bytes.contains(UInt8(ascii: "#"))
            ? destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false) : [destination[...]]
        var path = String(parts[0])
        if path.utf8.contains(UInt8(ascii: "?")), let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        for suffix in [".md", ".html"] where path.hasSuffix(suffix) && !path.contains("/") {
            return .page(slug: String(path.dropLast(suffix.count)), fragment: fragment)
        }
        if path.isEmpty { return .page(slug: slug, fragment: fragment) }
        return .file(path: path)
    }

    /// A character of a URL scheme (`https`, `mailto`, `x-app+v1.2`) as this reads them.
    private static func isSchemeCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            switch ascii {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                return true
            default:
                return false
            }
        }
        return character.isLetter || character.isNumber
    }
}
