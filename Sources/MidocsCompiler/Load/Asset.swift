import Foundation

/// A file that is copied to the site as it is: an image, an archive, a stylesheet.
public struct Asset: Sendable, Hashable {
    /// The path relative to the folder it came from, which is also its path in the site.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
