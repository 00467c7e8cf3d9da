/// The JSON Schema (draft 2020-12) of `spec.json`, published beside it as
/// `spec.schema.json`. A test validates the real spec.json against it, so the two cannot
/// drift apart.
enum SpecSchema {
    /// What a profile adds for its facts: required keys, property lines and definitions.
    struct Addition: Sendable {
        var required: [String] = []
        var properties: [String] = []
        /// Whole members of `$defs`, each ending in a comma and a line feed.
        var definitions = ""
    }

    static func text(adding addition: Addition?) -> String {
        let addition = addition ?? Addition()
        return general
            .replacingOccurrences(of: "@REQUIRED@", with: addition.required.map { ", \"\($0)\"" }.joined())
            .replacingOccurrences(of: "@PROPERTIES@", with: addition.properties.map { ",\n    " + $0 }.joined())
            .replacingOccurrences(of: "@DEFINITIONS@", with: addition.definitions)
    }

    /// The schema of the general model, with where a profile's parts go.
    private static let general = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://midocs.dev/schema/spec-1.json",
          "title": "midocs spec",
          "description": "The typed model of a documentation set, as midocs reads it from Markdown.",
          "type": "object",
          "required": ["version", "title", "pages", "operations", "scopes", "errorCodes"@REQUIRED@],
          "additionalProperties": false,
          "properties": {
            "servers": {
              "description": "Where the API is served (site.yml servers:); the first is the host of paths given without one.",
              "type": "array", "items": { "type": "string", "format": "uri" }
            },
            "version": { "const": 2, "description": "Raised when a field changes meaning or goes away. 2: required may be absent (the docs do not say), parameters may be in path, body or cookie, responses may carry a status, a URL may be a path alone." },
            "title": { "type": "string" },
            "pages": { "type": "array", "items": { "$ref": "#/$defs/page" } },
            "operations": { "type": "array", "items": { "$ref": "#/$defs/operation" } },
            "scopes": { "type": "array", "items": { "$ref": "#/$defs/scope" } },
            "errorCodes": { "type": "array", "items": { "$ref": "#/$defs/errorCode" } }@PROPERTIES@
          },
          "$defs": {
            "location": {
              "description": "A point in a content file; lines and columns count from 1, columns in UTF-8 bytes.",
              "type": "object",
              "required": ["file", "line", "column"],
              "additionalProperties": false,
              "properties": {
                "file": { "type": "string" },
                "line": { "type": "integer", "minimum": 1 },
                "column": { "type": "integer", "minimum": 1 }
              }
            },
            "range": {
              "description": "A span of a content file; the end is exclusive.",
              "type": "object",
              "required": ["start", "end"],
              "additionalProperties": false,
              "properties": { "start": { "$ref": "#/$defs/location" }, "end": { "$ref": "#/$defs/location" } }
            },
            "text": {
              "type": "object",
              "required": ["markdown", "plain"],
              "additionalProperties": false,
              "properties": { "markdown": { "type": "string" }, "plain": { "type": "string" } }
            },
            "valueType": {
              "description": "long, int, number, string, boolean, object, file, any, or 'list of ' followed by a type.",
              "type": "string",
              "pattern": "^(list of )*(long|int|number|string|boolean|object|file|any)$"
            },
            "page": {
              "type": "object",
              "required": ["slug", "title", "kind", "file", "headings", "links", "location"],
              "additionalProperties": false,
              "properties": {
                "slug": { "type": "string" },
                "title": { "type": "string" },
                "kind": { "enum": ["guide", "operations", "reference"] },
                "file": { "type": "string" },
                "headings": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["level", "title", "id", "location"],
                    "additionalProperties": false,
                    "properties": {
                      "level": { "type": "integer", "minimum": 1, "maximum": 6 },
                      "title": { "type": "string" },
                      "id": { "type": "string" },
                      "location": { "$ref": "#/$defs/location" }
                    }
                  }
                },
                "links": { "type": "array", "items": { "$ref": "#/$defs/link" } },
                "anchors": {
                  "type": "array", "items": { "type": "string" },
                  "description": "Ids given by raw HTML (<a id>, <a name>) that links may target; absent when none."
                },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "link": {
              "type": "object",
              "required": ["destination", "target", "isImage", "range"],
              "additionalProperties": false,
              "properties": {
                "destination": { "type": "string" },
                "isImage": { "type": "boolean" },
                "range": { "$ref": "#/$defs/range" },
                "target": {
                  "oneOf": [
                    {
                      "type": "object", "required": ["page"], "additionalProperties": false,
                      "properties": {
                        "page": {
                          "type": "object", "required": ["slug"], "additionalProperties": false,
                          "properties": { "slug": { "type": "string" }, "fragment": { "type": "string" } }
                        }
                      }
                    },
                    {
                      "type": "object", "required": ["file"], "additionalProperties": false,
                      "properties": {
                        "file": {
                          "type": "object", "required": ["path"], "additionalProperties": false,
                          "properties": { "path": { "type": "string" } }
                        }
                      }
                    },
                    {
                      "type": "object", "required": ["external"], "additionalProperties": false,
                      "properties": {
                        "external": {
                          "type": "object", "required": ["url"], "additionalProperties": false,
                          "properties": { "url": { "type": "string" } }
                        }
                      }
                    }
                  ]
                }
              }
            },
            "operation": {
              "type": "object",
              "required": ["id", "title", "page", "anchor", "summary", "scopes", "parameters", "responses", "errorCodes", "location"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "string", "description": "The page slug and the heading id: open-api.get-the-user-profile." },
                "title": { "type": "string" },
                "page": { "type": "string" },
                "anchor": { "type": "string" },
                "method": { "enum": ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PROPFIND", "PROPPATCH", "REPORT", "MKCOL"] },
                "url": {
                  "type": "object",
                  "description": "Scheme and host are empty when the docs give the path alone and no host anywhere. Path parameters are written {name}; a host may be a placeholder such as {host}.",
                  "required": ["scheme", "host", "path"],
                  "additionalProperties": false,
                  "properties": {
                    "scheme": { "enum": ["http", "https", ""] },
                    "host": { "type": "string" },
                    "path": { "type": "string", "pattern": "^/" }
                  }
                },
                "summary": { "$ref": "#/$defs/text" },
                "scopes": {
                  "type": "array",
                  "items": {
                    "type": "object", "required": ["id", "range"], "additionalProperties": false,
                    "properties": { "id": { "type": "integer" }, "range": { "$ref": "#/$defs/range" } }
                  }
                },
                "parameters": { "type": "array", "items": { "$ref": "#/$defs/parameter" } },
                "requestExamples": {
                  "description": "Examples of the request the docs show: a JSON body, or a raw request.",
                  "type": "array", "items": { "$ref": "#/$defs/example" }
                },
                "responses": { "type": "array", "items": { "$ref": "#/$defs/response" } },
                "rateLimit": { "type": "string" },
                "errorCodes": {
                  "description": "The codes of the error table that the operation's section cites.",
                  "type": "array", "items": { "type": "integer" }
                },
                "discriminator": {
                  "description": "Set when operations share a method and URL: the parameter whose fixed value tells them apart.",
                  "type": "object", "required": ["parameter", "value"], "additionalProperties": false,
                  "properties": { "parameter": { "type": "string" }, "value": { "type": "string" } }
                },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "parameter": {
              "type": "object",
              "required": ["name", "in", "typeName", "description", "location"],
              "additionalProperties": false,
              "properties": {
                "name": { "type": "string", "description": "For a body parameter, nested keys joined by dots: address.city." },
                "in": { "enum": ["query", "header", "path", "form", "body", "cookie", "fragment", "callback"] },
                "required": { "type": "boolean", "description": "Absent when the docs do not say." },
                "type": { "$ref": "#/$defs/valueType" },
                "typeName": { "type": "string", "description": "The type as the docs write it." },
                "description": { "$ref": "#/$defs/text" },
                "fixedValue": { "type": "string" },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "field": {
              "type": "object",
              "required": ["name", "typeName", "description", "fields", "location"],
              "additionalProperties": false,
              "properties": {
                "name": { "type": "string" },
                "type": { "$ref": "#/$defs/valueType" },
                "typeName": { "type": "string" },
                "required": { "type": "boolean", "description": "Absent when the docs do not say." },
                "description": { "$ref": "#/$defs/text" },
                "fields": { "type": "array", "items": { "$ref": "#/$defs/field" } },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "response": {
              "type": "object",
              "required": ["outcome", "delivery", "fields", "examples", "location"],
              "additionalProperties": false,
              "properties": {
                "outcome": { "enum": ["success", "failure"] },
                "delivery": { "enum": ["redirect with query", "redirect with fragment", "JSON body", "callback"] },
                "status": { "type": "integer", "minimum": 100, "maximum": 599, "description": "The HTTP status, when the docs give one." },
                "bodyPrefix": { "type": "string", "description": "Text before the JSON, such as &&&START&&&." },
                "fields": { "type": "array", "items": { "$ref": "#/$defs/field" } },
                "examples": { "type": "array", "items": { "$ref": "#/$defs/example" } },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "example": {
              "type": "object", "required": ["language", "text", "location"], "additionalProperties": false,
              "properties": {
                "language": { "type": "string" },
                "text": { "type": "string" },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "scope": {
              "type": "object",
              "required": ["id", "description", "apis", "location"],
              "additionalProperties": false,
              "properties": {
                "id": { "type": "integer" },
                "description": { "$ref": "#/$defs/text" },
                "apis": {
                  "type": "array",
                  "items": {
                    "type": "object", "required": ["name", "isPath", "range"], "additionalProperties": false,
                    "properties": {
                      "name": { "type": "string" },
                      "isPath": { "type": "boolean" },
                      "range": { "$ref": "#/$defs/range" }
                    }
                  }
                },
                "location": { "$ref": "#/$defs/location" }
              }
            },
            "part": {
              "type": "object", "required": ["value", "range"], "additionalProperties": false,
              "properties": { "value": { "type": "string" }, "range": { "$ref": "#/$defs/range" } }
            },
        @DEFINITIONS@    "errorCode": {
              "type": "object",
              "required": ["code", "name", "description", "location"],
              "additionalProperties": false,
              "properties": {
                "code": { "type": "integer" },
                "name": { "type": "string" },
                "description": { "$ref": "#/$defs/text" },
                "location": { "$ref": "#/$defs/location" }
              }
            }
          }
        }

        """#
}
