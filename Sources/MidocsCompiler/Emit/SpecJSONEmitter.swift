import Foundation

/// Writes the spec model as JSON for other tools: sorted keys, stable order, no dates.
public enum SpecJSONEmitter {
    public static func makeJSON(_ spec: Spec) -> Data {
        makeJSON(spec, reusing: Cache(), keeping: false).bytes.data
    }

    /// The encoded elements of the last spec written, by kind.
    struct Cache: Sendable {
        var pages = EncodedParts<Page>()
        var operations = EncodedParts<Operation>()
        var scopes = EncodedParts<Scope>()
        var errorCodes = EncodedParts<ErrorCode>()
    }

    /// The same bytes as encoding `spec` whole, made element by element so that elements
    /// equal to `earlier`'s are not encoded again; the cache is filled only when `keeping`.
    /// A test compares the two.
    static func makeJSON(
        _ spec: Spec, reusing earlier: Cache, keeping: Bool = true
    ) -> (bytes: ByteChunks, cache: Cache) {
        var cache = Cache()
        var bytes = ByteChunks()
        bytes += "{\n".utf8
        func add<Value>(_ name: String, _ values: [Value], _ key: (Value) -> String, _ parts: WritableKeyPath<Cache, EncodedParts<Value>>) {
            bytes += "  \"\(name)\" : ".utf8
            cache[keyPath: parts] = EncodedParts.append(
                values.map { (key($0), $0) }, depth: 1, to: &bytes, reusing: earlier[keyPath: parts], keeping: keeping)
            bytes += ",\n".utf8
        }
        // Keys sorted, as SortedJSONEncoder sorts them: the profile's kinds among the general ones.
        var members: [(key: String, append: () -> Void)] = [
            ("errorCodes", { add("errorCodes", spec.errorCodes, { "\($0.code)" }, \.errorCodes) }),
            ("operations", { add("operations", spec.operations, \.id, \.operations) }),
            ("pages", { add("pages", spec.pages, \.slug, \.pages) }),
            ("scopes", { add("scopes", spec.scopes, { "\($0.id)" }, \.scopes) }),
        ]
        for (key, list) in spec.profileFacts.lists {
            members.append((key, {
                bytes += "  \"\(key)\" : ".utf8
                list.appendJSON(&bytes, 1)
                bytes += ",\n".utf8
            }))
        }
        if !spec.servers.isEmpty {
            members.append(("servers", {
                bytes += "  \"servers\" : [\n".utf8
                for (index, server) in spec.servers.enumerated() {
                    bytes += "    ".utf8
                    bytes += (try? SortedJSONEncoder.encode(server)) ?? []
                    bytes += (index + 1 < spec.servers.count ? ",\n" : "\n").utf8
                }
                bytes += "  ],\n".utf8
            }))
        }
        for member in members.sorted(by: { $0.key < $1.key }) { member.append() }
        bytes += "  \"title\" : ".utf8
        bytes += (try? SortedJSONEncoder.encode(spec.title)) ?? []
        bytes += ",\n  \"version\" : \(spec.version)\n}\n".utf8
        return (bytes, cache)
    }

    static func emit(_ spec: Spec, reusing earlier: Cache = Cache(), keeping: Bool = true) -> ([OutputFile], Cache) {
        let (bytes, cache) = makeJSON(spec, reusing: earlier, keeping: keeping)
        return ([OutputFile(path: "spec.json", contents: bytes), OutputFile(path: "spec.schema.json", text: SpecSchema.text(adding: spec.profile.flatMap(Profile.named)?.schema))], cache)
    }
}
