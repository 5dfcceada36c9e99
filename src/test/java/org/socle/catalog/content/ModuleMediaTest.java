package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.socle.catalog.content.ModuleMedia.Kind;

class ModuleMediaTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void theTypeIsReadFromTheContentNeverFromTheName() {
		assertThat(ModuleMedia.sniff(PNG)).contains(Kind.PNG);
		assertThat(ModuleMedia.sniff(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 })).contains(Kind.JPEG);
		assertThat(ModuleMedia.sniff(ascii("GIF89a…"))).contains(Kind.GIF);
		assertThat(ModuleMedia.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "))).contains(Kind.WEBP);
		assertThat(ModuleMedia.sniff(ascii("%PDF-1.7\n"))).contains(Kind.PDF);

		assertThat(ModuleMedia.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"))).isEmpty();
		assertThat(ModuleMedia.sniff(ascii("<!DOCTYPE html><script>alert(1)</script>"))).isEmpty();
		assertThat(ModuleMedia.sniff(new byte[0])).isEmpty();
	}

	@Test
	void aFileIsRefusedWhenItsNameContentOrSizeIsWrong() {
		assertThat(ModuleMedia.problemWith("media/schema.png", PNG)).isEmpty();
		assertThat(ModuleMedia.problemWith("media/page.png", ascii("<html><script>alert(1)</script>"))).contains("media-type");
		assertThat(ModuleMedia.problemWith("media/schema.pdf", PNG)).contains("media-type-mismatch");
		assertThat(ModuleMedia.problemWith("media/schema.svg", PNG)).contains("invalid-media-name");
		assertThat(ModuleMedia.problemWith("media/../../etc/passwd.png", PNG)).contains("invalid-media-name");
		byte[] huge = Arrays.copyOf(PNG, ModuleMedia.MAX_BYTES + 1);
		assertThat(ModuleMedia.problemWith("media/huge.png", huge)).contains("media-too-large");
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
