package mx.huella.seal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The layout every document the platform issues shares (receipts, certificates): a heading with the
 * folio, a table of facts, free paragraphs, and the cadena original with its seal at the end.
 */
public final class SealedDocument {
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.COURIER, 7);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.LETTER, 54, 54, 54, 54);
    private PdfPTable facts;

    public SealedDocument(String heading, String folio) {
        PdfWriter.getInstance(document, out);
        document.addTitle(heading + " " + folio);
        document.addCreator("Huella");
        document.open();
        document.add(new Paragraph(heading, TITLE));
        document.add(new Paragraph("Folio " + folio, LABEL));
        document.add(Chunk.NEWLINE);
    }

    /** One row of the table of facts. */
    public SealedDocument fact(String name, String value) {
        if (facts == null) {
            facts = new PdfPTable(new float[] {1.3f, 2.7f});
            facts.setWidthPercentage(100);
        }
        PdfPCell left = new PdfPCell(new Phrase(name, LABEL));
        PdfPCell right = new PdfPCell(new Phrase(value, TEXT));
        left.setPadding(4);
        right.setPadding(4);
        facts.addCell(left);
        facts.addCell(right);
        return this;
    }

    public SealedDocument paragraph(String text) {
        endFacts();
        document.add(new Paragraph(text, TEXT));
        return this;
    }

    public SealedDocument image(java.awt.Image picture, float size) {
        endFacts();
        try {
            Image image = Image.getInstance(picture, null);
            image.scaleAbsolute(size, size);
            document.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot place the image", e);
        }
        return this;
    }

    /** A QR code of the document's verification address, for a phone to check a paper copy. */
    public SealedDocument qr(String url, float size) {
        try {
            com.google.zxing.common.BitMatrix matrix = new com.google.zxing.qrcode.QRCodeWriter()
                    .encode(
                            url,
                            com.google.zxing.BarcodeFormat.QR_CODE,
                            240,
                            240,
                            java.util.Map.of(com.google.zxing.EncodeHintType.MARGIN, 1));
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(
                    matrix.getWidth(), matrix.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    picture.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image(picture, size);
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalStateException("cannot draw the verification QR code", e);
        }
    }

    /** Ends the document with the cadena original and the seal, and answers its bytes. */
    public byte[] sealedWith(String canonical, String seal, String certificateNumber) {
        endFacts();
        document.add(Chunk.NEWLINE);
        document.add(new Paragraph("Cadena original", LABEL));
        document.add(new Paragraph(canonical, SMALL));
        document.add(new Paragraph("Sello digital (SHA256withRSA, certificado " + certificateNumber + ")", LABEL));
        document.add(new Paragraph(seal, SMALL));
        document.close();
        return out.toByteArray();
    }

    private void endFacts() {
        if (facts != null) {
            document.add(facts);
            document.add(Chunk.NEWLINE);
            facts = null;
        }
    }
}
