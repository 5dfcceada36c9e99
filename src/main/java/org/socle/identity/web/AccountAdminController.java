package org.socle.identity.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.Valid;

import org.socle.identity.AccountAdministration;
import org.socle.identity.AccountAdministration.AccountView;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create, disable and re-enable local accounts and change their roles. */
@Controller
class AccountAdminController {

	static final int SHOWN = 500;

	private final AccountAdministration accounts;

	private final IdentityApi identity;

	AccountAdminController(AccountAdministration accounts, IdentityApi identity) {
		this.accounts = accounts;
		this.identity = identity;
	}

	@InitBinder
	void noIdentifiers(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", accounts.accounts(SHOWN));
		return "identity/admin-accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", new NewAccountForm());
		return "identity/admin-account-new";
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("username") && identity.personByUsername(form.getUsername()).isPresent()) {
			errors.rejectValue("username", "accounts.error.usernameTaken");
		}
		if (errors.hasErrors()) {
			form.setPassword("");
			return "identity/admin-account-new";
		}
		PersonId created = identity.createAccount(form.toNewAccount());
		redirect.addFlashAttribute("notice", "accounts.created");
		return "redirect:/admin/accounts/" + created.value();
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable long id, Model model) {
		model.addAttribute("account", find(id));
		return "identity/admin-account";
	}

	@PostMapping("/admin/accounts/{id}/roles")
	String changeRoles(@PathVariable long id, @RequestParam(name = "roles", required = false) Set<Role> roles,
			RedirectAttributes redirect) {
		find(id);
		if (roles == null || roles.isEmpty()) {
			redirect.addFlashAttribute("problem", "accounts.error.roles");
			return "redirect:/admin/accounts/" + id;
		}
		accounts.changeRoles(PersonId.of(id), EnumSet.copyOf(roles));
		redirect.addFlashAttribute("notice", "accounts.rolesChanged");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		accounts.disable(PersonId.of(id));
		redirect.addFlashAttribute("notice", "accounts.disabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		find(id);
		accounts.enable(PersonId.of(id));
		redirect.addFlashAttribute("notice", "accounts.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	private AccountView find(long id) {
		return accounts.account(PersonId.of(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
