import Mustache

// Mustache finds values through reflection unless a view names them itself; naming them
// keeps page rendering fast on large sites.

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": return siteTitle
        case "pageTitle": return pageTitle
        case "slug": return slug
        case "pageKind": return pageKind
        case "content": return content
        case "navigation": return navigation
        case "toc": return toc
        case "hasToc": return hasToc
        case "previous": return previous
        case "next": return next
        default: return nil
        }
    }
}

extension PageView.NavigationGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "pages": return pages
        case "hiddenCount": return hiddenCount
        case "hasHidden": return hasHidden
        default: return nil
        }
    }
}

extension PageView.NavigationItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        case "isCurrent": return isCurrent
        default: return nil
        }
    }
}

extension PageView.TableOfContentsEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "isSubsection": return isSubsection
        default: return nil
        }
    }
}

extension PageView.PagerLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "href": return href
        default: return nil
        }
    }
}
