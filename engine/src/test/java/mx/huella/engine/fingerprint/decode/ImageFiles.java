package mx.huella.engine.fingerprint.decode;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.tiff.BaselineTIFFTagSet;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import org.w3c.dom.Element;

/** Encodes test rasters with the JDK's own writers, stating a resolution or not. */
final class ImageFiles {
    private ImageFiles() {}

    static byte[] png(BufferedImage image, OptionalDouble dpi) {
        return write(
                "png",
                image,
                null,
                metadata -> dpi.ifPresent(value -> {
                    var physical = new IIOMetadataNode("pHYs");
                    String perMetre = String.valueOf(Math.round(value / 0.0254));
                    physical.setAttribute("pixelsPerUnitXAxis", perMetre);
                    physical.setAttribute("pixelsPerUnitYAxis", perMetre);
                    physical.setAttribute("unitSpecifier", "meter");
                    var root = new IIOMetadataNode("javax_imageio_png_1.0");
                    root.appendChild(physical);
                    merge(metadata, root);
                }));
    }

    /** A JFIF file; {@code units} 1 is dots per inch, 2 dots per centimetre, 0 only an aspect ratio. */
    static byte[] jpeg(BufferedImage image, int units, int density) {
        var param = ImageIO.getImageWritersByFormatName("jpeg").next().getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        return write("jpeg", image, param, metadata -> {
            String format = "javax_imageio_jpeg_image_1.0";
            var tree = (Element) metadata.getAsTree(format);
            var jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", String.valueOf(units));
            jfif.setAttribute("Xdensity", String.valueOf(density));
            jfif.setAttribute("Ydensity", String.valueOf(density));
            try {
                metadata.setFromTree(format, tree);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A bitmap with its pixels-per-metre fields set (0 for none). */
    static byte[] bmp(BufferedImage image, int pixelsPerMetre) {
        byte[] data = write("bmp", image, null, metadata -> {});
        for (int offset : new int[] {38, 42}) {
            for (int i = 0; i < 4; i++) {
                data[offset + i] = (byte) (pixelsPerMetre >> 8 * i);
            }
        }
        return data;
    }

    /** A TIFF, uncompressed or with {@code compression} ("LZW", "Deflate", "PackBits"), in dots per inch or not. */
    static byte[] tiff(BufferedImage image, OptionalDouble dpi, String compression) {
        var param = ImageIO.getImageWritersByFormatName("tiff").next().getDefaultWriteParam();
        if (compression != null) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        return write(
                "tiff",
                image,
                param,
                metadata -> dpi.ifPresent(value -> {
                    try {
                        var directory = TIFFDirectory.createFromMetadata(metadata);
                        var tags = BaselineTIFFTagSet.getInstance();
                        long[][] rational = {{Math.round(value * 100), 100}};
                        for (int tag :
                                new int[] {BaselineTIFFTagSet.TAG_X_RESOLUTION, BaselineTIFFTagSet.TAG_Y_RESOLUTION}) {
                            directory.addTIFFField(new TIFFField(tags.getTag(tag), TIFFTag.TIFF_RATIONAL, 1, rational));
                        }
                        directory.addTIFFField(new TIFFField(
                                tags.getTag(BaselineTIFFTagSet.TAG_RESOLUTION_UNIT),
                                BaselineTIFFTagSet.RESOLUTION_UNIT_INCH));
                        merge(metadata, directory.getAsMetadata().getAsTree("javax_imageio_tiff_image_1.0"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
    }

    static byte[] multiPageTiff(List<BufferedImage> pages) {
        var writer = ImageIO.getImageWritersByFormatName("tiff").next();
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private interface MetadataEdit {
        void apply(IIOMetadata metadata);
    }

    private static byte[] write(String format, BufferedImage image, ImageWriteParam param, MetadataEdit edit) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        var writeParam = param != null ? param : writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), writeParam);
        edit.apply(metadata);
        var out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), writeParam);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void merge(IIOMetadata metadata, org.w3c.dom.Node tree) {
        try {
            metadata.mergeTree(tree.getNodeName(), tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
