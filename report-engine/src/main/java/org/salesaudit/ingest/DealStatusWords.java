package org.salesaudit.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.salesaudit.model.DealStatus;

/** Recognises a deal's status from a status cell, or from a stage name such as "Closed Won". */
final class DealStatusWords {

    private static final Set<String> WON = Set.of("won", "closed won", "win", "wygrana", "wygrane", "zamknieta wygrana",
            "выиграна", "выиграно", "успешно", "성공", "수주", "계약 완료", "ربح", "مربوحة", "فوز", "مغلقة رابحة");
    private static final Set<String> LOST = Set.of("lost", "closed lost", "loss", "przegrana", "przegrane",
            "zamknieta przegrana", "проиграна", "проиграно", "отказ", "실패", "실주", "خسارة", "خاسرة", "مغلقة خاسرة");
    private static final Set<String> OPEN = Set.of("open", "in progress", "active", "otwarta", "otwarte", "w toku",
            "открыта", "открыто", "в работе", "진행중", "진행 중", "مفتوحة", "قيد التنفيذ");

    private DealStatusWords() {
    }

    /** Statuses of texts already seen: a sheet repeats the same few words on every row. */
    private static final Map<String, Optional<DealStatus>> SEEN = new ConcurrentHashMap<>();
    private static final int SEEN_LIMIT = 4096;

    /** @return the status a status cell names, if it names one */
    static Optional<DealStatus> status(String text) {
        Optional<DealStatus> seen = SEEN.get(text);
        if (seen != null) {
            return seen;
        }
        Optional<DealStatus> status = statusOf(text);
        if (SEEN.size() < SEEN_LIMIT) {
            SEEN.put(text, status);
        }
        return status;
    }

    private static Optional<DealStatus> statusOf(String text) {
        String t = HeaderText.normalize(text);
        if (WON.contains(t)) {
            return Optional.of(DealStatus.WON);
        }
        if (LOST.contains(t)) {
            return Optional.of(DealStatus.LOST);
        }
        if (OPEN.contains(t)) {
            return Optional.of(DealStatus.OPEN);
        }
        return Optional.empty();
    }

    /** @return the status implied by a stage name: won and lost stages close the deal, others are open */
    static DealStatus fromStage(String stage) {
        return status(stage).orElse(DealStatus.OPEN);
    }
}
