/** Accounts: learners and instructors, their roles and their seeds. */
package org.consentlab.account;
