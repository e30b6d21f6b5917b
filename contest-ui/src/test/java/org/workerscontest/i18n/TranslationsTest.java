package org.workerscontest.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;
import org.workerscontest.shared.DomainRuleViolation;

class TranslationsTest {

    private final Translations translations = new Translations();

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations_" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveEveryKeyAndNoEmptyText() throws IOException {
        Properties chinese = bundle("zh_CN");
        Properties english = bundle("en");
        assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
        chinese.forEach((key, value) -> assertThat(value.toString()).as("zh_CN %s", key).isNotBlank());
        english.forEach((key, value) -> assertThat(value.toString()).as("en %s", key).isNotBlank()
                .matches(text -> key.equals("language.zh-CN") || !text.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "no Chinese"));
    }

    @Test
    void chineseUnlessTheCallerAsksForEnglish() {
        assertThat(Translations.fromAcceptLanguage(null)).isEqualTo(Translations.CHINESE);
        assertThat(Translations.fromAcceptLanguage("en-GB,en;q=0.8")).isEqualTo(Translations.ENGLISH);
        assertThat(Translations.fromAcceptLanguage("fr-FR")).isEqualTo(Translations.CHINESE);
        assertThat(Translations.fromAcceptLanguage("zh-TW,zh;q=0.9")).isEqualTo(Translations.CHINESE);
        assertThat(Translations.fromAcceptLanguage(";;;not a header")).isEqualTo(Translations.CHINESE);
    }

    @Test
    void refusalsNameTheFieldInTheReadersLanguage() {
        DomainRuleViolation violation = new DomainRuleViolation("error.tooLong", "field.team.name", 50);
        assertThat(translations.describe(violation, Translations.CHINESE)).isEqualTo("代表队名称不能超过 50 个字");
        assertThat(translations.describe(violation, Translations.ENGLISH)).contains("Team name", "50");
        assertThat(translations.getTranslation("no.such.key", Translations.CHINESE)).isEqualTo("!no.such.key");
    }

    @Test
    void anApostropheInATextWithValuesStaysAnApostrophe() {
        assertThat(translations.getTranslation("error.mark.notOnPanel", Translations.ENGLISH, "j9"))
                .isEqualTo("\"j9\" is not on this discipline's panel and cannot mark");
    }

    @Test
    void auditSummariesFillNamedValuesAndTranslateCodedOnes() {
        String summary = translations.fill("audit.summary.TeamRegistered", Translations.CHINESE,
                Map.of("name", "杭州市代表队", "kind", "REGION", "area", "杭州市", "leader", "王建国"));
        assertThat(summary).isEqualTo("「杭州市代表队」（地区代表队，杭州市），领队王建国");
        assertThat(translations.fill("audit.summary.NoSuchEvent", Translations.CHINESE, Map.of())).isEmpty();
    }

    /** Every event an aggregate applies is named in the audit trail and a sheet's history, in both languages. */
    @Test
    void everyEventHasANameInBothLanguages() throws IOException {
        Set<String> events = eventTypes();
        assertThat(events).contains("ContestCreated", "MarkEntered", "Nominated", "ReportSubmitted", "StudioNamed");
        for (String suffix : List.of("zh_CN", "en")) {
            Properties bundle = bundle(suffix);
            assertThat(events.stream().filter(event -> !bundle.containsKey("event." + event)).toList())
                    .as("events without a name in %s", suffix).isEmpty();
        }
    }

    private static Set<String> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
                .hasAnnotatedMethods(EventSourcingHandler.class.getName()));
        Set<String> events = new TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.workerscontest")) {
            Class<?> aggregate = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            for (Method method : aggregate.getDeclaredMethods()) {
                if (method.isAnnotationPresent(EventSourcingHandler.class)) {
                    events.add(method.getParameterTypes()[0].getSimpleName());
                }
            }
        }
        return events;
    }

    @Test
    void auditSummariesReachIntoNestedValues() {
        assertThat(translations.fill("audit.summary.Nominated", Translations.CHINESE, Map.of("nominee",
                Map.of("name", "陈丽", "employer", "国网杭州供电公司"), "nominatedBy", "杭州市总工会")))
                .isEqualTo("陈丽（国网杭州供电公司），杭州市总工会推荐");
        assertThat(translations.fill("audit.summary.Nominated", Translations.CHINESE, Map.of("nominatedBy", "杭州市总工会")))
                .as("a value that is missing, or not a map, shows as nothing").isEqualTo("（），杭州市总工会推荐");
    }
}
