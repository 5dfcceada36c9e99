package org.socle.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * What a staff file does, line by line: in a dry run what it would do, after an import what it did.
 *
 * @param fileProblem a reason the whole file cannot be read (message code and arguments), or null
 * @param imported    whether anything was written
 */
public record StaffImportReport(List<PlannedLine> lines, String fileProblem, List<String> fileProblemArguments,
		boolean imported) {

	/** What happens to a person of the file. */
	public enum Action {
		CREATE, ADD_MEMBERSHIP, UNCHANGED, REJECTED
	}

	/**
	 * One line of the file.
	 *
	 * @param problems message codes (under {@code staffImport.problem.}) with their arguments
	 */
	public record PlannedLine(int number, String displayName, String rpps, String email, String profession,
			String establishment, String unit, LocalDate startsOn, Action action, List<LineProblem> problems) {
	}

	public record LineProblem(String code, List<String> arguments) {
	}

	public long count(Action action) {
		return lines.stream().filter(line -> line.action() == action).count();
	}

	public long created() {
		return count(Action.CREATE);
	}

	public long added() {
		return count(Action.ADD_MEMBERSHIP);
	}

	public long unchanged() {
		return count(Action.UNCHANGED);
	}

	public long rejected() {
		return count(Action.REJECTED);
	}

	public boolean hasErrors() {
		return fileProblem != null || count(Action.REJECTED) > 0;
	}

}
