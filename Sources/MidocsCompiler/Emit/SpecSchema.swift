enum SpecSchema { static let text = "{}\n" }
