package org.consentlab.account;

/**
 * Published, inside the deleting transaction, just before an account's row is removed. Every world
 * that keeps something for a person beyond its sandbox parts (status-list indices, keys, answers)
 * forgets it here, so deleting an account leaves nothing of that person behind.
 */
public record AccountDeleted(long accountId) {}
