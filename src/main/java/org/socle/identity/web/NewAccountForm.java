package org.socle.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.socle.identity.NewAccount;
import org.socle.identity.Role;

/** What an administrator types to create a local account. */
class NewAccountForm {

	@NotBlank(message = "{accounts.error.username}")
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{accounts.error.username}")
	private String username = "";

	@NotBlank(message = "{accounts.error.displayName}")
	@Size(max = 200, message = "{accounts.error.displayName}")
	private String displayName = "";

	@Email(message = "{accounts.error.email}")
	@Size(max = 254, message = "{accounts.error.email}")
	private String email = "";

	@Size(min = 12, max = 200, message = "{accounts.error.password}")
	private String password = "";

	@NotEmpty(message = "{accounts.error.roles}")
	private Set<Role> roles = EnumSet.of(Role.LEARNER);

	NewAccount toNewAccount() {
		return new NewAccount(username.strip(), displayName.strip(), email.isBlank() ? null : email.strip(), roles,
				password);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password == null ? "" : password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

}
