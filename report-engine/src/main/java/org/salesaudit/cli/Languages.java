package org.salesaudit.cli;

import java.util.Locale;

import org.salesaudit.engine.ReportRequest;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks {@code --lang}. */
final class Languages {

    private Languages() {
    }

    static Locale locale(CommandLine cli, String language) {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!ReportRequest.LANGUAGES.contains(lang)) {
            throw new ParameterException(cli, "--lang: unsupported language '" + language + "' (supported: "
                    + String.join(", ", ReportRequest.LANGUAGES) + ")");
        }
        return Locale.forLanguageTag(lang);
    }
}
