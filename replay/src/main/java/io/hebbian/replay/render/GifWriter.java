package io.hebbian.replay.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Writes an animated, looping GIF with the JDK's ImageIO GIF writer. Not thread-safe; close it. */
public final class GifWriter implements AutoCloseable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream out;
    private final int delayCentiseconds;
    private boolean started;

    /**
     * @param file          the GIF (replaced)
     * @param delaySeconds  time per frame, seconds; rounded to 1/100 s, at least 0.02 s
     */
    public GifWriter(Path file, double delaySeconds) throws IOException {
        if (!(delaySeconds > 0) || !Double.isFinite(delaySeconds)) {
            throw new IllegalArgumentException("GIF frame delay must be a positive number of seconds, got "
                    + delaySeconds);
        }
        delayCentiseconds = (int) Math.max(2, Math.round(delaySeconds * 100));
        writer = ImageIO.getImageWritersByFormatName("gif").next();
        Files.deleteIfExists(file);
        out = ImageIO.createImageOutputStream(file.toFile());
        writer.setOutput(out);
    }

    /** Appends one frame. */
    public void add(BufferedImage image) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        gce.setAttribute("transparentColorIndex", "0");
        if (!started) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(FORMAT, root);
        if (!started) {
            writer.prepareWriteSequence(null);
            started = true;
        }
        writer.writeToSequence(new IIOImage(image, null, meta), param);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            if (started) {
                writer.endWriteSequence();
            }
        } finally {
            out.close();
            writer.dispose();
        }
    }
}
