package org.socle.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.browser.Browsers;
import org.socle.support.KeycloakServer;
import org.socle.support.SocleWithKeycloak;

/**
 * Two roles sign in through Keycloak's real login page in headless Chromium, land in Socle with
 * their own menus and scope, and logging out ends the session.
 */
@SocleWithKeycloak
class SingleSignOnBrowserKeycloakIT {

	private static final String SOCLE = "http://localhost:" + KeycloakServer.SOCLE_PORT;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browsers.headlessChromium();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aLearnerAndACoordinatorSignInThroughKeycloakWithTheirOwnMenusAndSignOut() {
		signInThroughKeycloak("learner");
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Camille Martin");
		assertThat(browser.findElements(By.linkText("Équipes"))).isEmpty();
		signOut();

		signInThroughKeycloak("coordinator");
		assertThat(browser.findElement(By.cssSelector(".signed-in")).getText()).contains("Yann Quéré");
		browser.findElement(By.linkText("Équipes")).click();
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("Centre hospitalier de Kerlann")
			.doesNotContain("Val-de-Lauragais");
		signOut();

		browser.get(SOCLE + "/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
	}

	private void signInThroughKeycloak(String username) {
		browser.get(SOCLE + "/login");
		browser.findElement(By.id("sso-login")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("socle-demo");
		browser.findElement(By.id("kc-login")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.urlContains("/login?logout"));
	}

}
