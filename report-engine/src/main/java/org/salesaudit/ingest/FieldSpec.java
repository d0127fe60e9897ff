package org.salesaudit.ingest;

/**
 * A column a dataset can have.
 *
 * @param name     the field name used in the alias file and mapping files (e.g. {@code amount})
 * @param required whether a sheet of the dataset is unusable without it
 */
record FieldSpec(String name, boolean required) {

    static FieldSpec required(String name) {
        return new FieldSpec(name, true);
    }

    static FieldSpec optional(String name) {
        return new FieldSpec(name, false);
    }
}
