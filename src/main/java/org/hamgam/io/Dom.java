package org.hamgam.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM walks for the importers: one pass over the tree instead of live node lists. */
final class Dom {
    private Dom() {
    }

    /** Every element below {@code root} (not root itself) with this namespace ({@code ""} for none) and local name. */
    static List<Element> descendants(Element root, String ns, String name) {
        List<Element> out = new ArrayList<>();
        Node n = root.getFirstChild();
        while (n != null) {
            if (n instanceof Element e && matches(e, ns, name)) {
                out.add(e);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                continue;
            }
            while (n != null && n.getNextSibling() == null) {
                n = n.getParentNode();
                if (n == root) {
                    return out;
                }
            }
            n = n == null ? null : n.getNextSibling();
        }
        return out;
    }

    /** The child elements of {@code parent} with this namespace and local name. */
    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && matches(e, ns, name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first such child, or null. */
    static Element first(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && matches(e, ns, name)) {
                return e;
            }
        }
        return null;
    }

    private static boolean matches(Element e, String ns, String name) {
        String local = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
        return name.equals(local) && ns.equals(Objects.toString(e.getNamespaceURI(), ""));
    }
}
