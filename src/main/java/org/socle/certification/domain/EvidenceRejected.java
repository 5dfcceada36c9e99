package org.socle.certification.domain;

/**
 * A submission or a review that cannot be taken as it is; nothing was saved. The code names the
 * message the person sees ({@code certification.evidence.error.<code>}).
 */
public class EvidenceRejected extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	public EvidenceRejected(String code) {
		super(code);
		this.code = code;
	}

	public String code() {
		return code;
	}

}
