"""Privacy: what may leave the machine, scrubbed of what must not, recorded when it does."""
