package org.salesaudit.commission.statements.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The logical structure of a tagged PDF: a {@code Document} element whose descendants (H1, H2, P,
 * Table, TR, TH, TD) are created in reading order, each leaf holding the marked-content ids of its
 * text, and the parent tree that leads from every marked-content id of a page back to its element.
 */
final class StructureTree {

    private static final COSName STRUCT_ELEM = COSName.getPDFName("StructElem");
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName MCID = COSName.getPDFName("MCID");

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document;
    /** Per page, the element of each marked-content id, in id order. */
    private final List<COSArray> parents = new ArrayList<>();

    StructureTree() {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        document = new COSDictionary();
        document.setItem(COSName.TYPE, STRUCT_ELEM);
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        root.setItem(COSName.K, document);
    }

    COSDictionary document() {
        return document;
    }

    /** @return a new element of {@code type}, the last child of {@code parent} */
    COSDictionary element(COSDictionary parent, String type) {
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, STRUCT_ELEM);
        element.setItem(COSName.S, COSName.getPDFName(type));
        element.setItem(COSName.P, parent);
        kids(parent).add(element);
        return element;
    }

    /** A header cell for its column: {@code /A << /O /Table /Scope /Column >>}. */
    COSDictionary columnHeader(COSDictionary row) {
        COSDictionary th = element(row, "TH");
        COSDictionary attributes = new COSDictionary();
        attributes.setItem(COSName.O, COSName.getPDFName("Table"));
        attributes.setItem(COSName.getPDFName("Scope"), COSName.getPDFName("Column"));
        th.setItem(COSName.A, attributes);
        return th;
    }

    /** Records that the marked content {@code mcid} of {@code page} belongs to {@code element}. */
    void mark(COSDictionary element, PageCanvas canvas, PDPage page, int mcid) {
        COSDictionary pg = page.getCOSObject();
        if (!element.containsKey(COSName.PG)) {
            element.setItem(COSName.PG, pg);
        }
        if (element.getDictionaryObject(COSName.PG) == pg) {
            kids(element).add(COSInteger.get(mcid));
        } else {
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TYPE, MCR);
            reference.setItem(COSName.PG, pg);
            reference.setInt(MCID, mcid);
            kids(element).add(reference);
        }
        while (parents.size() <= canvas.index) {
            parents.add(new COSArray());
        }
        parents.get(canvas.index).add(element);
    }

    /** Links the pages to the parent tree and returns the structure tree root. */
    COSDictionary finish(List<PDPage> pages) {
        COSArray nums = new COSArray();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).getCOSObject().setInt(COSName.STRUCT_PARENTS, i);
            nums.add(COSInteger.get(i));
            nums.add(i < parents.size() ? parents.get(i) : new COSArray());
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, pages.size());
        return root;
    }

    private static COSArray kids(COSDictionary element) {
        COSArray kids = element.getCOSArray(COSName.K);
        if (kids == null) {
            kids = new COSArray();
            element.setItem(COSName.K, kids);
        }
        return kids;
    }
}
