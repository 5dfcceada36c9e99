package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium and chromedriver, headless and offline: nothing is downloaded. With what every
 * journey does: sign in and out with a local account, and run axe-core on the page shown.
 */
public final class Browsers {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private Browsers() {
	}

	public static WebDriver headlessChromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("socle.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1024", "--lang=fr");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")))
			.build();
		return new ChromeDriver(service, options);
	}

	/** Signs in through the login form and waits for the signed-in page. */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.get(baseUrl + "/login");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
	}

	public static void signOut(WebDriver browser) {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	/**
	 * Clicks what submits a form or follows a link, and waits until the next page has replaced this
	 * one (the element is gone: stale, or for Chromium a node that "does not belong to the document").
	 */
	public static void clickAndWaitForNextPage(WebDriver browser, org.openqa.selenium.WebElement element) {
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				return true;
			}
		});
	}

	/** The WCAG 2.1 A and AA violations axe-core finds on the page shown, named after {@code page}. */
	public static List<String> accessibilityViolations(WebDriver browser, String page) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
		assertThat(results.getPasses()).as("axe-core really ran on %s", page).isNotEmpty();
		assertThat(results.isErrored()).as("axe-core failed on %s", page).isFalse();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
		}
		return found;
	}

}
