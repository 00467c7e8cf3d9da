import Foundation

/// The bytes of an output file as the buffers it was made in, never joined into one: a large
/// output (spec.json is 186 MB at 10,000 pages) is made of encoded parts that the cache also
/// holds, and joining them cost a copy of the whole file in memory and time on every build.
/// Small pieces between parts are gathered into one buffer rather than kept one by one.
public struct ByteChunks: Sendable {
    public private(set) var chunks: [[UInt8]] = []
    private var pending: [UInt8] = []
    /// Every byte appended.
    public private(set) var count = 0

    /// Parts shorter than this are copied into the pending buffer; longer ones are kept as
    /// they are (a copy of openapi.json's many small schemas was 60 MB at 10,000 pages).
    private static let sharedPartSize = 512
    /// The pending buffer becomes a chunk at this size: grown by doubling without end, it
    /// held twice the bytes of a large file made of small parts.
    private static let pendingLimit = 1 << 16

    public init() {}

    public init(_ bytes: [UInt8]) {
        count = bytes.count
        if !bytes.isEmpty { chunks = [bytes] }
    }

    /// Appends `part`, sharing its buffer rather than copying it when it is large.
    mutating func append(part: [UInt8]) {
        count += part.count
        guard part.count >= Self.sharedPartSize else {
            // Room for the whole pending buffer at once, rather than doubling past it.
            if pending.isEmpty { pending.reserveCapacity(Self.pendingLimit + Self.sharedPartSize) }
            pending += part
            if pending.count >= Self.pendingLimit { closePending() }
            return
        }
        closePending()
        chunks.append(part)
    }

    mutating func append(_ byte: UInt8) {
        count += 1
        pending.append(byte)
    }

    mutating func append<Bytes: Sequence<UInt8>>(contentsOf bytes: Bytes) {
        let before = pending.count
        pending += bytes
        count += pending.count - before
        if pending.count >= Self.pendingLimit { closePending() }
    }

    static func += <Bytes: Sequence<UInt8>>(chunks: inout ByteChunks, bytes: Bytes) {
        chunks.append(contentsOf: bytes)
    }

    private mutating func closePending() {
        guard !pending.isEmpty else { return }
        chunks.append(pending)
        pending = []
    }

    /// The chunks with the pending bytes closed, for writing.
    var closed: [[UInt8]] {
        pending.isEmpty ? chunks : chunks + [pending]
    }

    /// All the bytes in one buffer, for callers that want them whole; large outputs are
    /// written chunk by chunk instead.
    public var data: Data {
        var data = Data(capacity: count)
        for chunk in closed { data.append(contentsOf: chunk) }
        return data
    }
}

extension ByteChunks: Equatable {
    /// Equal when they hold the same bytes, however they are split.
    public static func == (left: ByteChunks, right: ByteChunks) -> Bool {
        guard left.count == right.count else { return false }
        let (leftChunks, rightChunks) = (left.closed, right.closed)
        if leftChunks.count == rightChunks.count, zip(leftChunks, rightChunks).allSatisfy({ $0.count == $1.count }) {
            // Split alike, as a rebuild's output and the one before it are: chunks reused from
            // a cache share their buffers, and are equal without reading them.
            return zip(leftChunks, rightChunks).allSatisfy { mine, theirs in
                mine.withUnsafeBytes { mine in
                    theirs.withUnsafeBytes { theirs in
                        mine.count == 0 || mine.baseAddress == theirs.baseAddress || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0
                    }
                }
            }
        }
        return sameBytes(leftChunks, rightChunks)
    }

    private static func sameBytes(_ left: [[UInt8]], _ right: [[UInt8]]) -> Bool {
        var rightChunks = right.makeIterator()
        var rightChunk: ArraySlice<UInt8> = []
        for chunk in left {
            var leftChunk = chunk[...]
            while !leftChunk.isEmpty {
                while rightChunk.isEmpty {
                    guard let next = rightChunks.next() else { return false }
                    rightChunk = next[...]
                }
                let length = min(leftChunk.count, rightChunk.count)
                guard leftChunk.prefix(length).elementsEqual(rightChunk.prefix(length)) else { return false }
                leftChunk = leftChunk.dropFirst(length)
                rightChunk = rightChunk.dropFirst(length)
            }
        }
        return true
    }
}

extension ByteChunks: Hashable {
    /// The count alone: equal chunks have equal counts, however they are split.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
    }
}
