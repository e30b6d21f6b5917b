package org.workerscontest.honour;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a certificate on one landscape A4 page. The text is drawn as the outlines of a CJK font the
 * JVM finds on this machine: PDF font embedding cannot subset the CFF-based Noto CJK fonts most Linux
 * systems have, and outlines look the same in every viewer and printer, with no font on the reader's side.
 */
public final class CertificatePdf {

    /** What a certificate says; the renderer only lays it out. */
    public record Certificate(String number, String recipientLine, List<String> paragraphs, String conferringBody,
                              String dateLine, String verificationUrl, String subject) {
    }

    /** No font on this machine can write Chinese (install fonts-noto-cjk). */
    public static final class NoChineseFont extends RuntimeException {
        NoChineseFont() {
            super("No font with Chinese characters found; install fonts-noto-cjk");
        }
    }

    private static final List<String> SERIF_FAMILIES = List.of("Noto Serif CJK SC", "Source Han Serif SC",
            "AR PL UMing CN", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
            "Droid Sans Fallback", Font.SERIF);
    private static final String SAMPLE = "荣誉证书劳动奖章同志二〇年月日";
    private static final String NO_LINE_START = "，。、；：！？）》」』”’";
    private static final FontRenderContext OUTLINES = new FontRenderContext(null, true, true);
    private static final Color RED = new Color(0xB0, 0x1E, 0x23);
    private static final Color GOLD = new Color(0xC8, 0x9B, 0x3C);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color PAPER = new Color(0xFF, 0xFB, 0xF0);
    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float TEXT_LEFT = 130;
    private static final float TEXT_WIDTH = WIDTH - 2 * TEXT_LEFT;

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate) {
        Font family = chineseFont().orElseThrow(NoChineseFont::new);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("荣誉证书");
            information.setSubject(certificate.subject());
            information.setAuthor(certificate.conferringBody());
            information.setKeywords(certificate.number() + " " + certificate.verificationUrl());
            information.setCreator("workers-contest");
            try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
                frame(canvas);
                Font title = family.deriveFont(Font.BOLD, 54f);
                drawCentered(canvas, "荣 誉 证 书", title, RED, 150);
                Font body = family.deriveFont(Font.PLAIN, 21f);
                float y = 235;
                draw(canvas, certificate.recipientLine(), family.deriveFont(Font.BOLD, 24f), INK, TEXT_LEFT, y);
                y += 50;
                for (String paragraph : certificate.paragraphs()) {
                    for (String line : wrap("\u3000\u3000" + paragraph, body, TEXT_WIDTH)) {
                        draw(canvas, line, body, INK, TEXT_LEFT, y);
                        y += 38;
                    }
                }
                float signatureRight = WIDTH - TEXT_LEFT;
                if (certificate.conferringBody() != null) {
                    drawRight(canvas, certificate.conferringBody(), body, INK, signatureRight, 455);
                }
                drawRight(canvas, certificate.dateLine(), body, INK, signatureRight, 495);
                qrCode(canvas, certificate.verificationUrl(), 70, 420, 92);
                Font small = family.deriveFont(Font.PLAIN, 10f);
                draw(canvas, "扫码核验真伪", small, INK, 82, 528);
                draw(canvas, "证书编号：" + certificate.number(), small, INK, 70, 545);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first installed serif (else sans) CJK family that writes every character a certificate uses. */
    static Optional<Font> chineseFont() {
        return SERIF_FAMILIES.stream().map(name -> new Font(name, Font.PLAIN, 12))
                .filter(font -> font.getFamily().equalsIgnoreCase(font.getName()) && font.canDisplayUpTo(SAMPLE) < 0)
                .findFirst();
    }

    /** Greedy by character (Chinese breaks anywhere), keeping closing punctuation off a line's start. */
    static List<String> wrap(String text, Font font, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char next = text.charAt(i);
            if (line.length() > 0 && NO_LINE_START.indexOf(next) < 0 && advance(line + String.valueOf(next), font) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(next);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void frame(PDPageContentStream canvas) throws IOException {
        canvas.setNonStrokingColor(PAPER);
        canvas.addRect(0, 0, WIDTH, HEIGHT);
        canvas.fill();
        canvas.setStrokingColor(RED);
        canvas.setLineWidth(6);
        canvas.addRect(22, 22, WIDTH - 44, HEIGHT - 44);
        canvas.stroke();
        canvas.setStrokingColor(GOLD);
        canvas.setLineWidth(1.5f);
        canvas.addRect(34, 34, WIDTH - 68, HEIGHT - 68);
        canvas.stroke();
    }

    private static void qrCode(PDPageContentStream canvas, String text, float left, float top, float size)
            throws IOException {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        float module = size / (qr.size + 2);
        canvas.setNonStrokingColor(Color.WHITE);
        canvas.addRect(left, HEIGHT - top - size, size, size);
        canvas.fill();
        canvas.setNonStrokingColor(Color.BLACK);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    canvas.addRect(left + (x + 1) * module, HEIGHT - top - (y + 2) * module, module, module);
                }
            }
        }
        canvas.fill();
    }

    private static float advance(String text, Font font) {
        return (float) font.getStringBounds(text, OUTLINES).getWidth();
    }

    private static void drawCentered(PDPageContentStream canvas, String text, Font font, Color color, float baseline)
            throws IOException {
        draw(canvas, text, font, color, (WIDTH - advance(text, font)) / 2, baseline);
    }

    private static void drawRight(PDPageContentStream canvas, String text, Font font, Color color, float right,
                                  float baseline) throws IOException {
        draw(canvas, text, font, color, right - advance(text, font), baseline);
    }

    /** @param baseline distance from the top of the page, as Java2D measures */
    private static void draw(PDPageContentStream canvas, String text, Font font, Color color, float left,
                             float baseline) throws IOException {
        if (text.isBlank()) {
            return;
        }
        GlyphVector glyphs = font.layoutGlyphVector(OUTLINES, text.toCharArray(), 0, text.length(),
                Font.LAYOUT_LEFT_TO_RIGHT);
        Shape outline = glyphs.getOutline(left, baseline);
        PathIterator path = outline.getPathIterator(null);
        double[] point = new double[6];
        double lastX = 0;
        double lastY = 0;
        while (!path.isDone()) {
            int segment = path.currentSegment(point);
            switch (segment) {
                case PathIterator.SEG_MOVETO -> canvas.moveTo(x(point[0]), y(point[1]));
                case PathIterator.SEG_LINETO -> canvas.lineTo(x(point[0]), y(point[1]));
                // PDF has cubic curves only; a quadratic one is the cubic with control points 2/3 of the way.
                case PathIterator.SEG_QUADTO -> canvas.curveTo(
                        x(lastX + 2.0 / 3 * (point[0] - lastX)), y(lastY + 2.0 / 3 * (point[1] - lastY)),
                        x(point[2] + 2.0 / 3 * (point[0] - point[2])), y(point[3] + 2.0 / 3 * (point[1] - point[3])),
                        x(point[2]), y(point[3]));
                case PathIterator.SEG_CUBICTO -> canvas.curveTo(x(point[0]), y(point[1]), x(point[2]), y(point[3]),
                        x(point[4]), y(point[5]));
                default -> canvas.closePath();
            }
            if (segment != PathIterator.SEG_CLOSE) {
                int end = segment == PathIterator.SEG_QUADTO ? 2 : segment == PathIterator.SEG_CUBICTO ? 4 : 0;
                lastX = point[end];
                lastY = point[end + 1];
            }
            path.next();
        }
        canvas.setNonStrokingColor(color);
        if (path.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            canvas.fillEvenOdd();
        } else {
            canvas.fill();
        }
    }

    private static float x(double x) {
        return (float) x;
    }

    /** Java2D counts down from the top, PDF up from the bottom. */
    private static float y(double y) {
        return HEIGHT - (float) y;
    }
}
