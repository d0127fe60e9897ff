package org.salesaudit.commission.plans;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import org.salesaudit.model.SourceRef;

/** A sales incentive: a fixed bonus for every won deal of a product (or of any product, {@code *}). */
public record Spif(String product, BigDecimal bonusPerDeal, SourceRef source) {

    public Spif {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(bonusPerDeal, "bonusPerDeal");
        Objects.requireNonNull(source, "source");
    }

    /** @return whether a deal of {@code dealProduct} qualifies */
    public boolean qualifies(String dealProduct) {
        if ("*".equals(product)) {
            return true;
        }
        return dealProduct != null && dealProduct.strip().toLowerCase(Locale.ROOT).equals(product.strip().toLowerCase(Locale.ROOT));
    }
}
