import Foundation

/// A file the build produces, by its path inside the output folder.
public struct OutputFile: Sendable, Hashable {
    public var path: String
    /// The bytes, as the buffers they were made in.
    public var contents: ByteChunks

    public init(path: String, contents: ByteChunks) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, data: Data) {
        self.init(path: path, contents: ByteChunks([UInt8](data)))
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: ByteChunks(Array(text.utf8)))
    }

    /// The bytes in one buffer.
    public var data: Data { contents.data }
}
