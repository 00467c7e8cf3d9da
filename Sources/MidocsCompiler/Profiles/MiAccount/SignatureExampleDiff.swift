/// The MAC signature's worked examples between two versions: integrators test their signing
/// code against them, so one that changes or goes is breaking (the rule it shows changed).
/// Examples are matched by their request (method, host and path), not by their place on
/// the page, so adding one above another changes nothing else.
struct SignatureExampleDiff {
    func diff(old: Spec, new: Spec) -> [APIChange] {
        var before = old.profileFacts.facts(SignatureExample.self).filter { !Self.contains(new, $0) }
        var after = new.profileFacts.facts(SignatureExample.self).filter { !Self.contains(old, $0) }
        var changes: [APIChange] = []
        while let example = before.first {
            before.removeFirst()
            let request = Self.request(example)
            if let index = after.firstIndex(where: { Self.request($0) == request }) {
                let now = after.remove(at: index)
                changes.append(
                    APIChange(
                        kind: "signature-example-changed", level: .breaking, subject: [request],
                        message: "the MAC worked example for \(request) changed: signing code checked against it must be checked again",
                        location: now.location))
            } else {
                changes.append(
                    APIChange(
                        kind: "signature-example-removed", level: .breaking, subject: [request],
                        message: "the MAC worked example for \(request) was removed", location: example.location))
            }
        }
        for example in after {
            changes.append(
                APIChange(
                    kind: "signature-example-added", level: .info, subject: [Self.request(example), example.query.value],
                    message: "a MAC worked example for \(Self.request(example)) was added", location: example.location))
        }
        return changes
    }

    private static func request(_ example: SignatureExample) -> String {
        "\(example.method.value) \(example.host.value)\(example.path.value)"
    }

    private static func contains(_ spec: Spec, _ example: SignatureExample) -> Bool {
        spec.profileFacts.facts(SignatureExample.self).contains { parts($0) == parts(example) }
    }

    private static func parts(_ example: SignatureExample) -> [String] {
        [example.method, example.host, example.path, example.query, example.nonce, example.key, example.signature].map(\.value)
            + [example.normalizedString?.value ?? ""]
    }
}
