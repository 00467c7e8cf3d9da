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
        if let colon = destination.firstIndex(of: ":"),
            destination[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) })
        {
            return .external(url: destination)
        }
        if destination.hasPrefix("//") { return .external(url: destination) }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.hasPrefix("./") { path = String(path.dropFirst(2)) }
        path = path.removingPercentEncoding ?? path
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        for suffix in [".md", ".html"] where path.hasSuffix(suffix) && !path.contains("/") {
            return .page(slug: String(path.dropLast(suffix.count)), fragment: fragment)
        }
        if path.isEmpty { return .page(slug: slug, fragment: fragment) }
        return .file(path: path)
    }
}
