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
    /// A path is relative to the page's folder (`../api/token.md` from `guide/auth`), or to
    /// the content folder when it starts with `/`; a folder (`guide/`) is its index page.
    /// With docsify's scheme, links are read as docsify reads them: `#/guide/auth?id=x` and
    /// `/#/guide/auth` are pages, `?id=x` is an anchor, and paths start at the top.
    public static func target(of destination: String, onPage slug: String, scheme: HeadingIDScheme = .github) -> Target {
        if scheme == .docsify, let target = docsifyTarget(of: destination, onPage: slug) { return target }
        if destination.hasPrefix("#") {
            return .page(slug: slug, fragment: decoded(String(destination.dropFirst())))
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
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        let fragment = parts.count > 1 ? decoded(String(parts[1])) : nil
        if path.isEmpty { return .page(slug: slug, fragment: fragment) }
        let resolved = resolve(path, from: folder(of: slug))
        if resolved.isEmpty || resolved.hasSuffix("/") { return .page(slug: resolved + "index", fragment: fragment) }
        if SourceFile.isPage(resolved) { return .page(slug: SourceFile.slug(ofPath: resolved), fragment: fragment) }
        if resolved.hasSuffix(".html") { return .page(slug: SourceFile.slug(ofPath: resolved.dropLast(5) + ".md"), fragment: fragment) }
        return .file(path: resolved)
    }

    private static func docsifyTarget(of destination: String, onPage slug: String) -> Target? {
        var rest = Substring(destination)
        let isRoute = rest.hasPrefix("#/") || rest.hasPrefix("/#/")
        if isRoute { rest = rest.dropFirst(rest.hasPrefix("/") ? 3 : 2) } else if rest.hasPrefix("#") || rest.contains(":") { return nil }
        var anchor: String?
        if let question = rest.firstIndex(of: "?") {
            let query = rest[rest.index(after: question)...].split(separator: "&")
            anchor = query.first { $0.hasPrefix("id=") }.map { String($0.dropFirst(3)).removingPercentEncoding ?? String($0.dropFirst(3)) }
            rest = rest[..<question]
        } else if let hash = rest.firstIndex(of: "#") {
            anchor = decoded(String(rest[rest.index(after: hash)...]))
            rest = rest[..<hash]
        }
        if rest.isEmpty { return isRoute ? .page(slug: "index", fragment: anchor) : .page(slug: slug, fragment: anchor) }
        let path = resolve(String(rest), from: "")
        if path.isEmpty || path.hasSuffix("/") { return .page(slug: path + "index", fragment: anchor) }
        if SourceFile.isPage(path) { return .page(slug: SourceFile.slug(ofPath: path), fragment: anchor) }
        // A route names a page without its extension; a path without one may be a file.
        return isRoute ? .page(slug: SourceFile.slug(ofPath: path + ".md"), fragment: anchor) : .file(path: path)
    }

    /// An anchor as the browser compares it: `#%E7%94%A8` is `#用`.
    private static func decoded(_ fragment: String) -> String {
        fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment
    }

    /// The folder of the page `slug`, with its slash: `guide/` for `guide/auth`, empty at the top.
    static func folder(of slug: String) -> String {
        guard let slash = slug.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(slug[...slash])
    }

    /// `path` read from `folder`, with `.` and `..` taken out: `../api/token.md` from
    /// `guide/` is `api/token.md`. A path that climbs above the content folder keeps its
    /// `../`, so that it names no file of the site. A trailing slash stays.
    static func resolve(_ path: String, from folder: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        // The common case: a file name beside the page.
        if !isAbsolute, !path.utf8.contains(UInt8(ascii: "/")), path != ".", path != ".." { return folder + path }
        var segments: [Substring] = isAbsolute ? [] : folder.split(separator: "/")
        var above = 0
        let written = path.split(separator: "/", omittingEmptySubsequences: true)
        for segment in written {
            switch segment {
            case ".": continue
            case "..":
                if segments.isEmpty { above += 1 } else { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        let trailing = path.hasSuffix("/") || written.last == "." || written.last == ".."
        let joined = String(repeating: "../", count: above) + segments.joined(separator: "/")
        return trailing && !segments.isEmpty ? joined + "/" : joined
    }

    /// From the page `slug` back to the top of the site: `../` for `guide/auth`.
    public static func root(of slug: String) -> String {
        String(repeating: "../", count: slug.utf8.count { $0 == UInt8(ascii: "/") })
    }

    /// The page a file path names without its extension (`guide/auth`, or a folder
    /// `guide` for its index page), as docsify writes links; nil when it names none.
    static func page<Value>(named path: String, in pages: [String: Value]) -> String? {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        if pages[trimmed] != nil { return trimmed }
        let index = trimmed.isEmpty ? "index" : trimmed + "/index"
        return pages[index] != nil ? index : nil
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
