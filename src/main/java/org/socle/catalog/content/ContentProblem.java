package org.socle.catalog.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Something wrong in a content file, precise enough to fix: which file, which line (0 when the
 * whole file is concerned), and a message code with its arguments so it can be shown in the
 * reader's language ({@code content.problem.<code>} in the message bundles).
 */
public record ContentProblem(Path file, int line, String code, List<String> arguments) {

	public static ContentProblem of(Path file, int line, String code, String... arguments) {
		return new ContentProblem(file, line, code, Arrays.asList(arguments));
	}

	/** The file's name alone, for messages shown to people who uploaded it. */
	public String fileName() {
		return file.getFileName() == null ? file.toString() : file.getFileName().toString();
	}

	/** The same problem naming its file relative to {@code folder}, as an author knows it. */
	public ContentProblem within(Path folder) {
		return file.startsWith(folder) ? new ContentProblem(folder.relativize(file), line, code, arguments) : this;
	}

	/** The message key of this problem. */
	public String messageKey() {
		return "content.problem." + code;
	}

	/** For the log, which is read by operators in English. */
	public String describe() {
		return file + (line > 0 ? ":" + line : "") + ": " + code + " " + arguments;
	}

}
