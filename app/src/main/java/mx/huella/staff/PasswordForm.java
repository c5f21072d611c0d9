package mx.huella.staff;

/** The password page's fields. */
record PasswordForm(String currentPassword, String newPassword, String confirmation) {
    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
