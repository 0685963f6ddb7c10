package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Checks the icons that ship in the Teams app package against the sizes and colours Teams requires. */
class TeamsAppIconsTest {

    private final TeamsAppPackage appPackage = TeamsAppPackage.built();

    @Test
    void colourIconIs192PixelsSquareAndOpaque() {
        BufferedImage colour = appPackage.image("color.png");

        assertThat(colour.getWidth()).isEqualTo(192);
        assertThat(colour.getHeight()).isEqualTo(192);
        for (int y = 0; y < 192; y++) {
            for (int x = 0; x < 192; x++) {
                assertThat(alpha(colour.getRGB(x, y)))
                        .as("alpha at %d,%d", x, y)
                        .isEqualTo(255);
            }
        }
    }

    @Test
    void colourIconShowsMoreThanOneColour() {
        BufferedImage colour = appPackage.image("color.png");

        assertThat(colour.getRGB(0, 0)).isNotEqualTo(colour.getRGB(96, 100));
    }

    @Test
    void outlineIconIs32PixelsSquareWhiteOnTransparent() {
        BufferedImage outline = appPackage.image("outline.png");

        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        int transparent = 0;
        int opaque = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                if (alpha(argb) == 0) {
                    transparent++;
                    continue;
                }
                assertThat(argb & 0xFFFFFF).as("colour at %d,%d", x, y).isEqualTo(0xFFFFFF);
                if (alpha(argb) == 255) {
                    opaque++;
                }
            }
        }
        assertThat(transparent).as("transparent pixels").isGreaterThan(32 * 32 / 4);
        assertThat(opaque).as("fully white pixels").isGreaterThan(32 * 32 / 8);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
