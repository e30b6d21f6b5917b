package org.workerscontest.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.workerscontest.shared.DomainRuleViolation;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The translation bundles ({@code vaadin-i18n/translations_zh_CN} and {@code _en}), for the UI and for
 * the API's error messages alike. Simplified Chinese is the default for anything not English.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Pattern NAMED = Pattern.compile("\\{([\\w.]+)(?:\\|(\\w+))?}");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** English for English, Chinese for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : CHINESE;
    }

    public static Locale forLanguageTag(String tag) {
        return tag == null ? CHINESE : supported(Locale.forLanguageTag(tag));
    }

    /** The best locale for an Accept-Language header; Chinese when there is none. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), List.of(CHINESE, ENGLISH,
                    Locale.CHINESE));
            return supported(match);
        } catch (IllegalArgumentException e) {
            return CHINESE;
        }
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            return "!" + key;
        }
        String pattern = bundle.getString(key);
        // The bundles never quote on purpose; an apostrophe ("discipline's") is just an apostrophe.
        return params.length == 0 ? pattern
                : new MessageFormat(pattern.replace("'", "''"), supported(locale)).format(params);
    }

    /** The endings of all keys that start with the prefix, e.g. the event types under "event.". */
    public List<String> keysUnder(String prefix) {
        return bundle(CHINESE).keySet().stream().filter(key -> key.startsWith(prefix))
                .map(key -> key.substring(prefix.length())).sorted().toList();
    }

    public boolean has(String key, Locale locale) {
        return bundle(locale).containsKey(key);
    }

    /** A refused command's message, with field names translated. */
    public String describe(DomainRuleViolation violation, Locale locale) {
        Object[] arguments = violation.arguments().stream()
                .map(argument -> argument instanceof String text && text.startsWith("field.")
                        ? getTranslation(text, locale) : argument)
                .toArray();
        return getTranslation(violation.messageKey(), locale, arguments);
    }

    /**
     * Fills a template with named values, e.g. "{name}", "{nominee.name}" (a value of a nested map) or
     * "{level|level}" (the value translated under the key prefix "level."). Used for readable summaries of
     * stored events.
     */
    public String fill(String key, Locale locale, Map<String, Object> values) {
        if (!has(key, locale)) {
            return "";
        }
        Matcher matcher = NAMED.matcher(bundle(locale).getString(key));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = valueAt(values, matcher.group(1));
            String shown = value == null ? "" : value.toString();
            if (matcher.group(2) != null && value != null) {
                shown = getTranslation(matcher.group(2) + "." + value, locale);
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(shown));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static Object valueAt(Map<?, ?> values, String path) {
        Object value = values;
        for (String name : path.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(name) : null;
        }
        return value;
    }

    private static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, supported(locale),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Translation bundle missing for " + locale, e);
        }
    }
}
