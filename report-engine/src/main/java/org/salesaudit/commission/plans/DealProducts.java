package org.salesaudit.commission.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.salesaudit.model.Deal;
import org.salesaudit.model.SourceRef;

/**
 * The product of each deal, for SPIFs: from the deal record, or else from the Product column of the
 * row the deal was read from (headers {@code Product}, {@code Product Name}, {@code Produkt},
 * {@code Продукт}, {@code 제품}, {@code المنتج}).
 */
public final class DealProducts {

    private static final List<String> HEADERS = List.of("Product", "Product Name", "Produkt", "Продукт", "제품",
            "المنتج");

    private DealProducts() {
    }

    /** @return the deals, each with its product where the Deals sheet has one */
    public static List<Deal> withProducts(List<Path> files, List<Deal> deals) throws IOException {
        List<SourceRef> missing = deals.stream().filter(d -> d.product() == null).map(Deal::source).toList();
        if (missing.isEmpty()) {
            return deals;
        }
        Map<SourceRef, String> products = SourceColumns.read(files, missing, HEADERS);
        List<Deal> result = new ArrayList<>(deals.size());
        for (Deal d : deals) {
            String product = d.product() != null ? d.product() : products.get(d.source());
            result.add(product == d.product() ? d : new Deal(d.id(), d.leadId(), d.ownerId(), d.account(), d.created(),
                    d.closeDate(), d.stage(), d.statedProbability(), d.amount(), d.currency(), d.status(), product,
                    d.region(), d.type(), d.source()));
        }
        return result;
    }
}
