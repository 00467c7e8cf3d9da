import Foundation

/// How heading ids are made (site.yml `anchors:`), so that links written for the site the
/// docs came from keep working. Each follows its generator's own rule, repeats included.
public enum HeadingIDScheme: String, Sendable, Hashable, Codable, CaseIterable {
    /// GitHub and kramdown's GFM parser: lower case, punctuation dropped, spaces to
    /// hyphens, any script kept; repeats `-1`, `-2`.
    case github
    /// docsify: ASCII upper case lowered, punctuation dropped, runs of spaces and hyphens
    /// to one hyphen, a leading digit prefixed with `_`; repeats `-1`, `-2`. Its links are
    /// written `#/page?id=anchor`, from the top of the site.
    case docsify
    /// kramdown's own ids (Jekyll without GFM input): ASCII letters, digits, spaces and
    /// hyphens only, leading non-letters dropped, `section` when nothing is left.
    case kramdown
    /// MkDocs (Python-Markdown's toc): accents folded to ASCII, other letters dropped,
    /// runs of spaces and hyphens to one hyphen; repeats `_1`, `_2`.
    case mkdocs

    /// The id of a heading before repeats are told apart.
    func slug(_ title: String) -> String {
        switch self {
        case .github: return HeadingIDGenerator.githubSlug(title)
        case .docsify: return Self.docsifySlug(title)
        case .kramdown: return Self.kramdownSlug(title)
        case .mkdocs: return Self.mkdocsSlug(title)
        }
    }

    /// The id of the `count`th repeat of `base` (the first is 1).
    func repeated(_ base: String, _ count: Int) -> String {
        self == .mkdocs ? "\(base)_\(count)" : "\(base)-\(count)"
    }

    private static let docsifyPunctuation: Set<Character> = Set("\\'!\"#$%&()*+,./:;<=>?@[]^`{|}~")

    private static func docsifySlug(_ title: String) -> String {
        var slug = ""
        var lastWasHyphen = false
        for scalar in title.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars {
            let value = scalar.value
            if (0x2000...0x206F).contains(value) || (0x2E00...0x2E7F).contains(value) || docsifyPunctuation.contains(Character(scalar)) {
                continue
            }
            if scalar.properties.isWhitespace || scalar == "-" {
                if !lastWasHyphen { slug += "-" }
                lastWasHyphen = true
                continue
            }
            lastWasHyphen = false
            slug.unicodeScalars.append(scalar.isASCII ? Unicode.Scalar(UInt8(value).lowercasedASCII) : scalar)
        }
        if let first = slug.unicodeScalars.first, first.isASCII, first.properties.numericType != nil { slug = "_" + slug }
        return slug
    }

    private static func kramdownSlug(_ title: String) -> String {
        let kept = title.drop { !($0.isASCII && $0.isLetter) }.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-") }
        let slug = String(kept).replacingOccurrences(of: " ", with: "-").lowercased()
        return slug.isEmpty ? "section" : slug
    }

    private static func mkdocsSlug(_ title: String) -> String {
        let ascii = (title.utf8.allSatisfy { $0 < 0x80 } ? title : title.decomposedStringWithCompatibilityMapping).unicodeScalars.filter(\.isASCII)
        var words = ""
        for scalar in ascii where scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-"
            || scalar.properties.isWhitespace
        {
            words.unicodeScalars.append(scalar)
        }
        var slug = ""
        var lastWasSeparator = false
        for character in words.trimmingCharacters(in: .whitespaces).lowercased() {
            if character == "-" || character.isWhitespace {
                if !lastWasSeparator { slug += "-" }
                lastWasSeparator = true
            } else {
                slug.append(character)
                lastWasSeparator = false
            }
        }
        return slug
    }
}

extension UInt8 {
    fileprivate var lowercasedASCII: UInt8 { (0x41...0x5A).contains(self) ? self | 0x20 : self }
}
