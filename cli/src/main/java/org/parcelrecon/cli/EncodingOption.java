package org.parcelrecon.cli;

import org.parcelrecon.core.text.TextFileEncoding;
import picocli.CommandLine;

/** Converts {@code --encoding NAME}; an unknown name is a usage error that lists the names. */
final class EncodingOption implements CommandLine.ITypeConverter<TextFileEncoding> {
    @Override
    public TextFileEncoding convert(String value) {
        try {
            return TextFileEncoding.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
