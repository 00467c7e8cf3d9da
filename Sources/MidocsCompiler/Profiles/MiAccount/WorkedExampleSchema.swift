/// The parts of spec.json's schema that Mi Account's worked examples need.
enum WorkedExampleSchema {
    static let addition = SpecSchema.Addition(
        required: ["signatureExamples", "redirectURIExamples"],
        properties: [
            ##""signatureExamples": { "type": "array", "items": { "$ref": "#/$defs/signatureExample" } }"##,
            ##""redirectURIExamples": { "type": "array", "items": { "$ref": "#/$defs/redirectURIExample" } }"##,
        ],
        definitions: #"""
            "signatureExample": {
              "description": "A worked MAC-signature example; midocs recomputes its signature.",
              "type": "object",
              "required": ["method", "host", "path", "query", "nonce", "key", "signature", "location"],
              "additionalProperties": false,
              "properties": {
                "method": { "$ref": "#/$defs/part" },
                "host": { "$ref": "#/$defs/part" },
                "path": { "$ref": "#/$defs/part" },
                "query": { "$ref": "#/$defs/part" },
                "nonce": { "$ref": "#/$defs/part" },
                "key": { "$ref": "#/$defs/part" },
                "signature": { "$ref": "#/$defs/part" },
                "normalizedString": { "$ref": "#/$defs/part" },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "redirectURIExample": {
              "description": "A row of the redirect-URI table; midocs checks it against the matching rule.",
              "type": "object",
              "required": ["registered", "requested", "isAccepted", "verdictRange", "location"],
              "additionalProperties": false,
              "properties": {
                "registered": { "type": "string" },
                "requested": { "type": "string" },
                "isAccepted": { "type": "boolean" },
                "verdictRange": { "$ref": "#/$defs/range" },
                "location": { "$ref": "#/$defs/location" }
              }
            },

        """#)
}
