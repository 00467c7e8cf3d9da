import Foundation
import Testing

@testable import MidocsCompiler

/// Large outputs are kept as the buffers they were made in; they must read as one run of bytes.
struct ByteChunksTests {
    private let large = [UInt8](repeating: UInt8(ascii: "x"), count: 5000)

    @Test func largePartsAreSharedAndSmallPiecesGathered() {
        var chunks = ByteChunks()
        chunks += "[".utf8
        chunks.append(part: large)
        chunks.append(part: Array(",".utf8))
        chunks.append(UInt8(ascii: " "))
        chunks.append(part: large)
        chunks += "]".utf8
        #expect(chunks.closed.map(\.count) == [1, 5000, 2, 5000, 1])
        #expect(chunks.count == 10_004)
        #expect(chunks.data == Data(Array("[".utf8) + large + Array(", ".utf8) + large + Array("]".utf8)))
    }

    @Test func equalityIsByBytesHoweverTheyAreSplit() {
        var split = ByteChunks()
        split.append(part: large)
        split += "tail".utf8
        let whole = ByteChunks(large + Array("tail".utf8))
        #expect(split == whole)
        #expect(split.hashValue == whole.hashValue)
        #expect(split != ByteChunks(large + Array("tall".utf8)))
        #expect(split != ByteChunks(large))
    }
}
