package org.salesaudit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.salesaudit.model.Deal;

/**
 * Finds near-duplicate deals: deals with the same account (compared as {@link SpellingVariants#squash} does),
 * owner, created date and amount. Deals are added in order, while their rows are read (the deal is then at
 * hand, and the work is done beside the reading of the sheet); each one's key is kept as a 64-bit digest.
 * When first asked, the digests are sorted once (with their deal's index in their low bits, so that equal
 * digests line up in the order the deals were added), and for each deal the first earlier deal with the same
 * digest is found among its neighbours: a sequential sort instead of a hash table with a cache miss per deal.
 * The keys themselves are compared only for those few deals.
 */
final class LookalikeDeals {

    private static final long SEED = 1125899906842597L;
    private static final KeyPart SEPARATOR = KeyPart.of("\u0000");

    /** The digest parts of the names, dates and amounts seen (each appears on many deals). */
    private final PartCache<String> accountParts = new PartCache<>(SpellingVariants::squash, 16);
    private final PartCache<String> ownerParts = new PartCache<>(o -> o, 12);
    private final PartCache<LocalDate> dateParts = new PartCache<>(LocalDate::toString, 13);
    private final PartCache<BigDecimal> amountParts = new PartCache<>(LookalikeDeals::plainAmount, 12);
    /** The digest of each deal added; the deals without a key (no account or created date) are in {@link #keyless}. */
    private long[] digests;
    private final java.util.BitSet keyless = new java.util.BitSet();
    private int size;
    /** The answers of {@link #earlierWithSameDigest}, found when first asked; null until then. */
    private int[] earlier;

    LookalikeDeals(int expected) {
        digests = new long[Math.max(16, expected)];
    }

    /** @return the digests of {@code deals}, in order */
    static LookalikeDeals of(List<Deal> deals) {
        LookalikeDeals lookalikes = new LookalikeDeals(deals.size());
        deals.forEach(lookalikes::add);
        return lookalikes;
    }

    /** Adds the next deal. */
    void add(Deal deal) {
        int index = size++;
        if (index == digests.length) {
            digests = Arrays.copyOf(digests, index * 2);
        }
        earlier = null;
        if (deal.account() == null || deal.created() == null) {
            keyless.set(index);
        } else {
            digests[index] = digest(deal);
        }
    }

    /** @return how many deals were added */
    int size() {
        return size;
    }

    /**
     * @return the index of the first deal added before the one at {@code index} whose key has the same digest,
     *         or -1; the caller compares their {@link #key}s
     */
    int earlierWithSameDigest(int index) {
        if (earlier == null) {
            earlier = findEarlier();
        }
        return earlier[index];
    }

    private int[] findEarlier() {
        int[] found = new int[size];
        Arrays.fill(found, -1);
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, size - 1));
        long indexMask = (1L << indexBits) - 1;
        long[] sorted = new long[size - keyless.cardinality()];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (!keyless.get(i)) {
                sorted[n++] = (mix(digests[i]) & ~indexMask) | i;
            }
        }
        Arrays.sort(sorted);
        int groupStart = 0;
        for (int k = 1; k <= n; k++) {
            if (k < n && (sorted[k] & ~indexMask) == (sorted[groupStart] & ~indexMask)) {
                continue;
            }
            // sorted[groupStart, k) share the top bits of their digest, in the order their deals were added
            for (int j = groupStart + 1; j < k; j++) {
                int index = (int) (sorted[j] & indexMask);
                for (int e = groupStart; e < j; e++) {
                    int candidate = (int) (sorted[e] & indexMask);
                    if (digests[candidate] == digests[index]) {
                        found[index] = candidate;
                        break;
                    }
                }
            }
            groupStart = k;
        }
        return found;
    }

    /** A one-to-one mixing of a digest, so that its top bits depend on every bit. */
    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** @return the text two deals share when they have the same account (as compared), owner, created date and amount */
    static String key(Deal deal) {
        return SpellingVariants.squash(deal.account()) + '\u0000' + deal.ownerId() + '\u0000' + deal.created()
                + '\u0000' + plainAmount(deal.amount());
    }

    /**
     * @return the digest of {@link #key}, the 64-bit polynomial hash of its characters, composed from the
     *         cached hashes of its parts instead of being computed over a new text for every deal
     */
    private long digest(Deal deal) {
        long h = accountParts.part(deal.account()).append(SEED);
        h = SEPARATOR.append(h);
        h = ownerParts.part(String.valueOf(deal.ownerId())).append(h);
        h = SEPARATOR.append(h);
        h = dateParts.part(deal.created()).append(h);
        h = SEPARATOR.append(h);
        return amountParts.part(deal.amount()).append(h);
    }

    /**
     * The digest parts of the values of one key field: a small table of the recently used ones, indexed by hash,
     * answers most deals (the values are shared between records, so mostly by identity) before a map lookup.
     */
    static final class PartCache<K> {
        private final Function<K, String> text;
        private final Map<K, KeyPart> known = new HashMap<>();
        private final int recentBits;
        private final Object[] recentValues;
        private final KeyPart[] recentParts;

        /** @param recentBits the log2 of the number of recent values kept (a field with many values needs more) */
        PartCache(Function<K, String> text, int recentBits) {
            this.text = text;
            this.recentBits = recentBits;
            this.recentValues = new Object[1 << recentBits];
            this.recentParts = new KeyPart[1 << recentBits];
        }

        KeyPart part(K value) {
            int slot = (value.hashCode() * 0x9E3779B9) >>> (32 - recentBits);
            Object recent = recentValues[slot];
            if (recent == value || (recent != null && recent.equals(value))) {
                return recentParts[slot];
            }
            KeyPart part = known.get(value);
            if (part == null) {
                part = KeyPart.of(text.apply(value));
                if (known.size() < SpellingVariants.MAX_NAMES) {
                    known.put(value, part);
                }
            }
            recentValues[slot] = value;
            recentParts[slot] = part;
            return part;
        }
    }

    private static String plainAmount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /**
     * A text's share of a polynomial hash: appending it to a hash {@code h} gives {@code h * 31^length + hash},
     * the same value as hashing on over its characters one by one.
     */
    private record KeyPart(long hash, long power) {
        static KeyPart of(String text) {
            long hash = 0;
            long power = 1;
            for (int i = 0; i < text.length(); i++) {
                hash = 31 * hash + text.charAt(i);
                power *= 31;
            }
            return new KeyPart(hash, power);
        }

        long append(long h) {
            return h * power + hash;
        }
    }
}
