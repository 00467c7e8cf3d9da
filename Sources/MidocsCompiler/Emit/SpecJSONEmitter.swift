import Foundation

/// Writes the spec model as JSON for other tools: sorted keys, stable order, no dates.
public enum SpecJSONEmitter {
    public static func makeJSON(_ spec: Spec) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value in the model encodes; a failure here is a bug in the model itself.
        guard var data = try? encoder.encode(spec) else { preconditionFailure("the spec model does not encode") }
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func emit(_ spec: Spec) -> [OutputFile] {
        [
            OutputFile(path: "spec.json", data: makeJSON(spec)),
            OutputFile(path: "spec.schema.json", text: SpecSchema.text),
        ]
    }
}
