package org.workerscontest.readmodel;

import java.time.LocalDate;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Dates of the read models are stored as ISO text ("2026-09-01"): a calendar date has no time zone,
 * and the default conversion to a BSON date would shift with the server's zone.
 */
public final class ReadModelConversions {

    private ReadModelConversions() {
    }

    public static MongoCustomConversions customConversions() {
        return new MongoCustomConversions(List.of(new LocalDateToString(), new StringToLocalDate()));
    }

    @WritingConverter
    static final class LocalDateToString implements Converter<LocalDate, String> {
        @Override
        public String convert(LocalDate source) {
            return source.toString();
        }
    }

    @ReadingConverter
    static final class StringToLocalDate implements Converter<String, LocalDate> {
        @Override
        public LocalDate convert(String source) {
            return LocalDate.parse(source);
        }
    }
}
