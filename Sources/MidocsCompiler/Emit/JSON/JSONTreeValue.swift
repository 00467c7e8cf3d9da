/// One value in the tree `SortedJSONEncoder` builds: scalars as they came, containers by
/// reference, because `Encodable` fills a container after handing it out.
enum JSONTreeValue {
    case string(String)
    case integer(Int64)
    case unsigned(UInt64)
    case bool(Bool)
    case null
    /// A number already written as text (floating point, laid out by Foundation).
    case number(String)
    case container(JSONContainerBox)
    /// A slot whose value encoded nothing; Foundation writes an empty object there.
    case nothing
}
