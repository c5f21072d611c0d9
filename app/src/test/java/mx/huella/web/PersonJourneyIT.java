package mx.huella.web;

import static org.assertj.core.api.Assertions.assertThat;

import mx.huella.RunningPortal;
import mx.huella.registry.PersonDraft;
import mx.huella.registry.Persons;
import mx.huella.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An operator's journey in Debian's headless Chromium: sign in, register a person, find them. */
class PersonJourneyIT extends RunningPortal {
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        chromium = HeadlessChromium.open();
        browser = chromium.browser();
        wait = chromium.waiting();
    }

    @AfterEach
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOperatorRegistersAPersonAfterFixingABadCurpAndFindsThem() {
        String password = accountWith("journey.operator", Role.OPERATOR);
        PersonDraft person = Persons.aPerson();
        String badCurp =
                person.curp().substring(0, 17) + (char) ('0' + (person.curp().charAt(17) - '0' + 1) % 10);

        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys("journey.operator");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-person"))).click();

        fillIn(person, badCurp);
        browser.findElement(By.id("save")).click();

        WebElement curpError =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#curp-error span")));
        assertThat(curpError.getText()).contains("dígito verificador").contains("18");
        assertThat(browser.findElement(By.id("error-summary")).getText()).isEqualTo("Corrija los campos marcados.");

        WebElement curp = browser.findElement(By.id("curp"));
        curp.clear();
        curp.sendKeys(person.curp());
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.textToBe(By.id("person-curp"), person.curp()));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).isEqualTo("Persona registrada.");

        browser.get(baseUrl() + "/persons");
        browser.findElement(By.id("q")).sendKeys(person.curp());
        browser.findElement(By.id("search")).click();
        WebElement found =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results tbody tr")));
        assertThat(found.getText()).contains(person.curp()).contains(person.firstSurname());
    }

    @Test
    void inlineValidationExplainsABadCurpBeforeTheFormIsSent() {
        String password = accountWith("inline.operator", Role.OPERATOR);
        browser.get(baseUrl() + "/login");
        browser.findElement(By.id("username")).sendKeys("inline.operator");
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("new-person"))).click();

        browser.findElement(By.id("curp")).sendKeys("PEGJ900101QDFRRN09");
        browser.findElement(By.id("givenNames")).click();

        WebElement error =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#curp-error span")));
        assertThat(error.getText()).contains("11");
    }

    private void fillIn(PersonDraft person, String curp) {
        browser.findElement(By.id("curp")).sendKeys(curp);
        browser.findElement(By.id("nss")).sendKeys(person.nss());
        browser.findElement(By.id("givenNames")).sendKeys(person.givenNames());
        browser.findElement(By.id("firstSurname")).sendKeys(person.firstSurname());
        browser.findElement(By.id("secondSurname")).sendKeys(person.secondSurname());
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('birthDate').value = arguments[0];", person.birthDate());
        new Select(browser.findElement(By.id("sex"))).selectByValue(person.sex());
        new Select(browser.findElement(By.id("birthState"))).selectByValue(person.birthState());
    }
}
