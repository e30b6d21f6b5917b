package org.workerscontest.honour;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workerscontest.contest.api.ContestLevel;
import org.workerscontest.honour.CertificatePdf.Certificate;
import org.workerscontest.honour.NominationDocument.Stage;
import org.workerscontest.honour.api.RecipientKind;
import org.workerscontest.i18n.Translations;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.Formats;
import org.workerscontest.ui.PublicUrls;

/**
 * Certificates of conferred honours, in Chinese whatever the organizer's language: they are handed to
 * the honoured. A revoked honour gets none; its QR code on an earlier print now says "revoked".
 */
@Component
public class Certificates {

    public enum Status {
        VALID, REVOKED
    }

    /** What the verification page and API tell anyone holding a certificate. */
    public record Verification(String nominationId, String number, Status status, String name, String employer,
                               String honourName, ContestLevel level, int year, LocalDate conferredOn,
                               String conferringBody, LocalDate revokedOn, String revocationReason) {
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    private final HonourQueries honours;
    private final PublicUrls urls;
    private final Translations translations;

    public Certificates(HonourQueries honours, PublicUrls urls, Translations translations) {
        this.honours = honours;
        this.urls = urls;
        this.translations = translations;
    }

    public byte[] pdf(String nominationId) {
        NominationDocument nomination = honours.nomination(nominationId)
                .orElseThrow(() -> new DomainRuleViolation("error.nomination.unknown", nominationId));
        if (nomination.stage() == Stage.REVOKED) {
            throw new DomainRuleViolation("error.certificate.revoked", nomination.nominee().name());
        }
        if (nomination.stage() != Stage.CONFERRED) {
            throw new DomainRuleViolation("error.certificate.notConferred", nomination.nominee().name());
        }
        RoundDocument round = honours.round(nomination.roundId())
                .orElseThrow(() -> new DomainRuleViolation("error.round.unknown", nomination.roundId()));
        try {
            return CertificatePdf.render(certificate(nomination, round));
        } catch (CertificatePdf.NoChineseFont e) {
            throw new DomainRuleViolation("error.certificate.noFont");
        }
    }

    /** Empty for an unknown id and for a nomination never conferred: no certificate was ever issued. */
    public Optional<Verification> verify(String nominationId) {
        return honours.nomination(nominationId)
                .filter(nomination -> nomination.stage() == Stage.CONFERRED || nomination.stage() == Stage.REVOKED)
                .map(nomination -> {
                    boolean revoked = nomination.stage() == Stage.REVOKED;
                    return new Verification(nomination.id(), number(nomination), revoked ? Status.REVOKED : Status.VALID,
                            nomination.nominee().name(), nomination.nominee().employer(), nomination.honourName(),
                            nomination.level(), nomination.year(), nomination.conferredOn(),
                            honours.round(nomination.roundId()).map(RoundDocument::conferringBody).orElse(null),
                            revoked && nomination.revokedAt() != null
                                    ? LocalDate.ofInstant(nomination.revokedAt(), Formats.BEIJING) : null,
                            revoked ? nomination.reason() : null);
                });
    }

    Certificate certificate(NominationDocument nomination, RoundDocument round) {
        String level = translations.getTranslation("level." + nomination.level(), Translations.CHINESE);
        String honour = level + nomination.honourName();
        boolean person = nomination.nominee().kind() == RecipientKind.PERSON;
        String recipient = nomination.nominee().name() + (person ? "同志：" : "：");
        List<String> paragraphs = List.of(
                (person ? "您" : "你单位") + "在" + nomination.year() + "年度" + honour + "评选中，经推荐、审核和公示，被授予“"
                        + honour + "”荣誉称号。",
                "特发此证，以资鼓励。");
        return new Certificate(number(nomination), recipient, paragraphs, round.conferringBody(),
                chineseDate(nomination.conferredOn()), urls.verification(nomination.id()),
                nomination.nominee().name() + " · " + nomination.year() + "年度" + honour);
    }

    /** Short and the same on every print; the verification page shows it for comparison. */
    public static String number(NominationDocument nomination) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(nomination.id().getBytes(StandardCharsets.UTF_8));
            return nomination.year() + "-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 2026-04-26 as certificates write it: 二〇二六年四月二十六日. */
    static String chineseDate(LocalDate date) {
        StringBuilder year = new StringBuilder();
        String.valueOf(date.getYear()).chars().forEach(digit -> year.append(DIGITS.charAt(digit - '0')));
        return year + "年" + upToThirtyOne(date.getMonthValue()) + "月" + upToThirtyOne(date.getDayOfMonth()) + "日";
    }

    private static String upToThirtyOne(int number) {
        int tens = number / 10;
        int ones = number % 10;
        String prefix = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return prefix + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
