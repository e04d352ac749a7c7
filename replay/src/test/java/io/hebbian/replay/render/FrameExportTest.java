package io.hebbian.replay.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.hebbian.replay.TestRuns;
import io.hebbian.replay.trajectory.Trajectory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class FrameExportTest {

    @Test
    void framesShowTheRobotsAndChangeOverTime(@TempDir Path dir) throws Exception {
        List<Trajectory> runs = TestRuns.record(200, 50, "intact", "damaged-left-front");
        FrameRenderer r = new FrameRenderer(runs, 320, 200);
        BufferedImage first = r.render(0);
        BufferedImage last = r.render(r.frameCount() - 1);
        assertThat(foreground(first)).as("pixels that are not background").isGreaterThan(0.02);
        assertThat(difference(first, last)).as("pixels that changed").isGreaterThan(0.01);

        FrameExport export = FrameExport.of(runs, 160, 100, 50);
        assertThat(export.writePngs(dir.resolve("png"))).isEqualTo(5);
        assertThat(dir.resolve("png/frame-00200.png")).exists();
        Path gif = dir.resolve("a.gif");
        assertThat(export.writeGif(gif, runs.get(0).info().controlPeriodSeconds())).isEqualTo(5);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            reader.dispose();
        }
        assertThat(Files.size(gif)).isPositive();
    }

    static double foreground(BufferedImage img) {
        int background = img.getRGB(img.getWidth() - 1, 0);
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += img.getRGB(x, y) != background ? 1 : 0;
            }
        }
        return (double) n / (img.getWidth() * img.getHeight());
    }

    static double difference(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return (double) n / (a.getWidth() * a.getHeight());
    }
}
