import Mustache

// Mustache finds values through reflection unless a view names them itself; naming them
// keeps page rendering fast on large sites. Strings are given as `TemplateText`, which
// Mustache prints without trying its casts.

extension PageView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "siteTitle": return TemplateText(siteTitle)
        case "root": return TemplateText(root)
        case "pageTitle": return TemplateText(pageTitle)
        case "slug": return TemplateText(slug)
        case "pageKind": return TemplateText(pageKind)
        case "content": return TemplateText(content)
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
        case "title": return TemplateText(title)
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
        case "title": return TemplateText(title)
        case "href": return TemplateText(href)
        case "isCurrent": return isCurrent
        default: return nil
        }
    }
}

extension PageView.TableOfContentsEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return TemplateText(id)
        case "title": return TemplateText(title)
        case "isSubsection": return isSubsection
        default: return nil
        }
    }
}

extension PageView.PagerLink: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return TemplateText(title)
        case "href": return TemplateText(href)
        default: return nil
        }
    }
}
