/**
 * Staff accounts and how they sign in: roles, Argon2 password hashes, lockout after repeated
 * failures, the first administrator's one-time password, forced password changes, and the staff's
 * part of the portal's HTTP security (the front door: what no other area claims is for staff roles). Never logs or stores a password in clear text.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and sign-in")
package mx.huella.staff;
