package org.salesaudit.ingest;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import org.salesaudit.model.Dataset;

/**
 * Finds the tables whose header cells are in one row. Tables may sit side by side: the header row is
 * split into blocks of non-blank cells separated by blank columns, and when two or more blocks each
 * name the required columns of a dataset, each becomes a table of its own (a block that names no table
 * belongs to the table on its left). Otherwise the whole row is one table, blank header cells included.
 */
final class TableLayout {

    /** A table recognised by its headers alone names at least this many known columns. */
    static final int MIN_SCORE = 2;

    private final String file;
    private final HeaderAliases aliases;

    TableLayout(String file, HeaderAliases aliases) {
        this.file = file;
        this.aliases = aliases;
    }

    /** @return the tables whose header row this is, recognised by their headers; empty when there are none */
    List<SheetBinding> tablesByHeaders(String sheet, int rowNumber, List<RawCell> cells) {
        List<Block> blocks = blocks(cells);
        List<Block> tables = new ArrayList<>();
        if (blocks.size() > 1) {
            for (Block block : blocks) {
                SheetBinding best = bestComplete(sheet, rowNumber, cells, block.from, block.to);
                if (best != null) {
                    tables.add(block.as(best.dataset()));
                }
            }
        }
        if (tables.size() < 2) {
            SheetBinding whole = bestComplete(sheet, rowNumber, cells, 0, SheetBinding.LAST_COLUMN);
            return whole == null ? List.of() : List.of(whole);
        }
        return bind(sheet, rowNumber, cells, tables);
    }

    /**
     * @return the tables of the header row of a sheet named after {@code dataset}: one table of that dataset,
     *         with further tables beside it when their blocks name the required columns of a dataset
     */
    List<SheetBinding> tablesOfNamedSheet(Dataset dataset, String sheet, int rowNumber, List<RawCell> cells) {
        List<Block> blocks = blocks(cells);
        List<Block> tables = new ArrayList<>();
        boolean named = false;
        if (blocks.size() > 1) {
            for (Block block : blocks) {
                SheetBinding own = SheetBinding.bind(dataset, file, sheet, rowNumber, cells, block.from, block.to,
                        aliases);
                if (!named && own.score() >= MIN_SCORE && isComplete(own)) {
                    tables.add(block.as(dataset));
                    named = true;
                    continue;
                }
                SheetBinding other = bestComplete(sheet, rowNumber, cells, block.from, block.to);
                if (other != null) {
                    tables.add(block.as(other.dataset()));
                }
            }
        }
        if (!named || tables.size() < 2) {
            return List.of(SheetBinding.bind(dataset, file, sheet, rowNumber, cells, aliases));
        }
        return bind(sheet, rowNumber, cells, tables);
    }

    /** Each table spans from its block to the next table's block; the first from column A, the last to the end. */
    private List<SheetBinding> bind(String sheet, int rowNumber, List<RawCell> cells, List<Block> tables) {
        List<SheetBinding> bindings = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            int from = i == 0 ? 0 : tables.get(i).from;
            int to = i == tables.size() - 1 ? SheetBinding.LAST_COLUMN : tables.get(i + 1).from;
            bindings.add(SheetBinding.bind(tables.get(i).dataset, file, sheet, rowNumber, cells, from, to, aliases));
        }
        return bindings;
    }

    /** @return of the datasets whose required columns the block names, the one naming most columns */
    private SheetBinding bestComplete(String sheet, int rowNumber, List<RawCell> cells, int from, int to) {
        SheetBinding chosen = null;
        for (Dataset dataset : Schema.READABLE) {
            SheetBinding b = SheetBinding.bind(dataset, file, sheet, rowNumber, cells, from, to, aliases);
            if (b.score() >= MIN_SCORE && isComplete(b) && (chosen == null || b.score() > chosen.score())) {
                chosen = b;
            }
        }
        return chosen;
    }

    /** @return the required fields the binding lacks; a deal needs a stage or a status column */
    static List<String> missingRequired(SheetBinding binding) {
        List<String> missing = new ArrayList<>(Schema.fields(binding.dataset()).stream()
                .filter(FieldSpec::required)
                .map(FieldSpec::name)
                .filter(f -> !binding.has(f))
                .toList());
        if (binding.dataset() == Dataset.DEALS && !binding.has("stage") && !binding.has("status")) {
            missing.add("stage");
        }
        return missing;
    }

    static boolean isComplete(SheetBinding binding) {
        return missingRequired(binding).isEmpty();
    }

    /** @return true for a row with a single cell of text: a table's title */
    static boolean isTitle(List<RawCell> cells) {
        int filled = 0;
        for (RawCell cell : cells) {
            if (!cell.isBlank()) {
                if (cell.kind() != RawCell.Kind.TEXT || ++filled > 1) {
                    return false;
                }
            }
        }
        return filled == 1;
    }

    /** @return true when every non-blank cell of the row is text, as in a header or title row */
    static boolean isAllText(List<RawCell> cells) {
        boolean any = false;
        for (RawCell cell : cells) {
            if (!cell.isBlank()) {
                if (cell.kind() != RawCell.Kind.TEXT) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** @return the cells of a row as one table beside others sees them: blank outside its columns */
    static List<RawCell> block(int rowNumber, List<RawCell> cells, int from, int to) {
        int size = Math.min(cells.size(), to);
        return new AbstractList<>() {
            @Override
            public RawCell get(int index) {
                if (index < from) {
                    if (index < 0) {
                        throw new IndexOutOfBoundsException(index);
                    }
                    return RawCell.blank(new CellReference(rowNumber - 1, index).formatAsString(false));
                }
                if (index >= size) {
                    throw new IndexOutOfBoundsException(index);
                }
                return cells.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** @return the runs of non-blank header cells (a merged header spans its columns), as [from, to) column ranges */
    private static List<Block> blocks(List<RawCell> cells) {
        List<Block> blocks = new ArrayList<>();
        int start = -1;
        for (int c = 0; c <= cells.size(); c++) {
            boolean blank = c == cells.size() || cells.get(c).headerText().isBlank();
            if (!blank && start < 0) {
                start = c;
            } else if (blank && start >= 0) {
                blocks.add(new Block(start, c, null));
                start = -1;
            }
        }
        return blocks;
    }

    private record Block(int from, int to, Dataset dataset) {
        Block as(Dataset d) {
            return new Block(from, to, d);
        }
    }
}
